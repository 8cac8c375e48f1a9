// The parent side of the plugin conformance suite: each plugin is checked
// in a child process (`kit __conformance-child MANIFEST`), so a plugin that
// crashes or hangs is a reported failure and the run goes on.
#pragma once

#include <filesystem>
#include <string>

namespace kit::host {

struct ConformanceReport {
  int passed = 0;
  int failed = 0;
  std::string text;  // human-readable lines for this plugin
};

ConformanceReport run_conformance(const std::filesystem::path& manifest, bool verbose);

}  // namespace kit::host
