// Running child processes: one small interface, one implementation per
// platform. kit never calls fork() in application code (a forked child of a
// threaded process may deadlock, and Windows has no fork): POSIX uses
// posix_spawn, Windows will use CreateProcessW with inherited pipe HANDLEs
// (process_windows.cpp, see docs/PORTABILITY.md). Callers see only argv in,
// exit status and captured output out.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace kit::host {

struct ProcessOptions {
  bool capture_stdout = true;
  bool capture_stderr = true;
  std::optional<std::chrono::milliseconds> timeout;  // kill the child after this
  // Extra environment entries "NAME=VALUE" added to (or replacing in) ours.
  std::vector<std::string> env;
};

struct ProcessResult {
  int exit_code = -1;       // valid when !signaled && !timed_out
  bool signaled = false;    // killed by a signal / crashed (Windows: exception code)
  int signal = 0;
  bool timed_out = false;
  std::string out;
  std::string err;

  bool ok() const { return !signaled && !timed_out && exit_code == 0; }
  // "exit code 3", "killed by signal 11 (SIGSEGV)", "timed out"
  std::string describe() const;
};

// Runs argv[0] (a path, not searched in PATH) and waits. Throws kit::Error
// if the process cannot be started.
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

}  // namespace kit::host
