#include "runner.hpp"

#include <sstream>

#include "../paths.hpp"
#include "../process.hpp"

namespace kit::host {

ConformanceReport run_conformance(const std::filesystem::path& manifest, bool verbose) {
  ConformanceReport r;
  std::ostringstream text;
  text << "plugin " << manifest.string() << "\n";
  ProcessOptions opts;
  opts.timeout = std::chrono::seconds(120);
  ProcessResult pr =
      run_process({executable_path().string(), "__conformance-child", manifest.string()}, opts);
  std::istringstream lines(pr.out);
  std::string line, current;
  while (std::getline(lines, line)) {
    if (line.rfind("BEGIN ", 0) == 0) {
      current = line.substr(6);
    } else if (line.rfind("PASS ", 0) == 0) {
      ++r.passed;
      if (verbose) text << "  ok    " << line.substr(5) << "\n";
      current.clear();
    } else if (line.rfind("FAIL ", 0) == 0) {
      ++r.failed;
      text << "  FAIL  " << line.substr(5) << "\n";
      current.clear();
    } else if (line.rfind("SKIP ", 0) == 0) {
      if (verbose) text << "  skip  " << line.substr(5) << "\n";
      current.clear();
    }
  }
  if (!pr.ok()) {
    // A check that began and never ended: the plugin took the child down.
    if (!current.empty() || pr.signaled || pr.timed_out) {
      ++r.failed;
      text << "  FAIL  " << (current.empty() ? "run" : current) << ": the plugin "
           << (pr.timed_out ? "hung (timed out)" : "crashed the test process (" + pr.describe() + ")")
           << "\n";
    } else if (r.failed == 0) {
      ++r.failed;
      text << "  FAIL  run: conformance child ended with " << pr.describe() << ": " << pr.err
           << "\n";
    }
  }
  text << "  " << r.passed << " passed, " << r.failed << " failed\n";
  r.text = text.str();
  return r;
}

}  // namespace kit::host
