// Contracts of format plugins. Object reading and writing and image linking
// arrive in later SDK versions; their contracts are added here with them.
#include "checks.hpp"
#include "kit/format.hpp"

namespace kit::host::conformance {

void check_format_contracts(Reporter& r, FormatPlugin& p, const PluginManifest& m) {
  r.check("format.provides-one-format", [&] {
    if (m.provides.size() != 1) fail("a format plugin provides exactly one object format");
  });
  (void)p;
}

}  // namespace kit::host::conformance
