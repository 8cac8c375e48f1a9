// The process interface (host/process.hpp): exit codes, crashes, timeouts,
// captured output on both streams, environment.
#include <gtest/gtest.h>

#include "kit/diag.hpp"
#include "process.hpp"

using kit::host::ProcessOptions;
using kit::host::run_process;

namespace {

kit::host::ProcessResult sh(const std::string& script, ProcessOptions o = {}) {
  return run_process({"/bin/sh", "-c", script}, o);
}

TEST(Process, ExitCodeAndBothStreams) {
  auto r = sh("echo out; echo err >&2; exit 3");
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.signaled);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "err\n");
  EXPECT_EQ(r.describe(), "exit code 3");
  EXPECT_TRUE(sh("true").ok());
}

TEST(Process, ACrashIsReportedWithItsSignal) {
  auto r = sh("echo before; kill -SEGV $$");
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.signaled);
  EXPECT_EQ(r.signal, 11);
  EXPECT_EQ(r.out, "before\n");
  EXPECT_EQ(r.describe(), "killed by signal 11 (SIGSEGV)");
}

TEST(Process, TimeoutKillsTheChild) {
  ProcessOptions o;
  o.timeout = std::chrono::milliseconds(200);
  auto start = std::chrono::steady_clock::now();
  auto r = sh("echo started; exec sleep 30", o);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  EXPECT_TRUE(r.timed_out);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.describe(), "timed out");
}

TEST(Process, LargeOutputOnBothStreamsDoesNotDeadlock) {
  // More than a pipe buffer on each stream, interleaved.
  auto r = sh("i=0; while [ $i -lt 2000 ]; do "
              "echo 0123456789012345678901234567890123456789012345678901234567890123456789; "
              "echo 0123456789012345678901234567890123456789012345678901234567890123456789 >&2; "
              "i=$((i+1)); done");
  EXPECT_TRUE(r.ok()) << r.describe();
  EXPECT_EQ(r.out.size(), 2000u * 71);
  EXPECT_EQ(r.err.size(), 2000u * 71);
}

TEST(Process, EnvironmentEntriesAreAddedOrReplaced) {
  ProcessOptions o;
  o.env = {"KIT_PROCESS_TEST=hello", "HOME=/nonexistent-home"};
  auto r = sh("echo \"$KIT_PROCESS_TEST $HOME\"", o);
  EXPECT_EQ(r.out, "hello /nonexistent-home\n");
}

TEST(Process, AProgramThatCannotStartIsAnError) {
  EXPECT_THROW(run_process({"/nonexistent/program"}), kit::Error);
  EXPECT_THROW(run_process({}), kit::Error);
}

}  // namespace
