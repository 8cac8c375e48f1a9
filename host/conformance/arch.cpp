// Contracts of arch plugins. The SDK's arch interface gains code
// generation, ABI lowering and relocation in later SDK versions; their
// contracts are added here with them.
#include "checks.hpp"
#include "kit/arch.hpp"

namespace kit::host::conformance {

void check_arch_contracts(Reporter& r, ArchPlugin& p, const PluginManifest& m) {
  r.check("arch.provides-one-isa", [&] {
    if (m.provides.size() != 1) fail("an arch plugin provides exactly one instruction set");
  });
  (void)p;
}

}  // namespace kit::host::conformance
