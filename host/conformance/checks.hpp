// The child side of the conformance suite. Each check prints
//   BEGIN <name>        before it runs (flushed, so a crash is attributed)
//   PASS <name>         or
//   FAIL <name>: <why>  or
//   SKIP <name>: <why>
// Kind-specific contracts live in one file per kind (frontend.cpp, ...);
// they grow as the SDK interfaces grow.
#pragma once

#include <functional>
#include <string>

#include "../manifest.hpp"
#include "kit/plugin.hpp"

namespace kit::host::conformance {

class Reporter {
 public:
  // Runs fn as check `name`; an exception is a failure with its message.
  // Returns whether it passed.
  bool check(const std::string& name, const std::function<void()>& fn);
  void skip(const std::string& name, const std::string& why);
};

// Thrown by checks to fail with a message.
[[noreturn]] void fail(const std::string& why);

void check_frontend_contracts(Reporter& r, FrontendPlugin& p, const PluginManifest& m);
void check_arch_contracts(Reporter& r, ArchPlugin& p, const PluginManifest& m);
void check_format_contracts(Reporter& r, FormatPlugin& p, const PluginManifest& m);

}  // namespace kit::host::conformance
