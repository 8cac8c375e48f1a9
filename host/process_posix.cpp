// POSIX implementation of process.hpp: posix_spawn with pipes, poll() to
// drain stdout and stderr together (a child blocking on a full stderr pipe
// while we wait on stdout would deadlock), optional timeout.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>

#include "kit/diag.hpp"
#include "process.hpp"

extern char** environ;

namespace kit::host {

std::string ProcessResult::describe() const {
  if (timed_out) return "timed out";
  if (signaled) {
    const char* name = sigabbrev_np(signal);
    return "killed by signal " + std::to_string(signal) +
           (name ? std::string(" (SIG") + name + ")" : std::string());
  }
  return "exit code " + std::to_string(exit_code);
}

namespace {
struct Pipe {
  int fd[2] = {-1, -1};
  ~Pipe() {
    for (int f : fd)
      if (f >= 0) close(f);
  }
};
}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options) {
  if (argv.empty()) throw Error("run_process: empty argv");
  Pipe out, err;
  if ((options.capture_stdout && pipe2(out.fd, O_CLOEXEC) != 0) ||
      (options.capture_stderr && pipe2(err.fd, O_CLOEXEC) != 0))
    throw Error(std::string("cannot create pipe: ") + std::strerror(errno));

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (options.capture_stdout) posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
  if (options.capture_stderr) posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);

  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  // Environment: ours, with options.env replacing entries of the same name.
  std::map<std::string, std::string> envmap;
  for (char** e = environ; *e; ++e) {
    std::string s = *e;
    envmap[s.substr(0, s.find('='))] = s;
  }
  for (const auto& s : options.env) envmap[s.substr(0, s.find('='))] = s;
  std::vector<std::string> envstore;
  for (auto& [k, v] : envmap) envstore.push_back(v);
  std::vector<char*> envp;
  for (auto& s : envstore) envp.push_back(s.data());
  envp.push_back(nullptr);

  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw Error("cannot run " + argv[0] + ": " + std::strerror(rc));
  for (Pipe* p : {&out, &err})
    if (p->fd[1] >= 0) {
      close(p->fd[1]);
      p->fd[1] = -1;
    }

  ProcessResult result;
  auto deadline = options.timeout ? std::chrono::steady_clock::now() + *options.timeout
                                  : std::chrono::steady_clock::time_point::max();
  std::string* sinks[2] = {&result.out, &result.err};
  int fds[2] = {out.fd[0], err.fd[0]};
  for (;;) {
    pollfd pfd[2];
    int n = 0;
    int which[2];
    for (int i = 0; i < 2; ++i)
      if (fds[i] >= 0) {
        pfd[n] = {fds[i], POLLIN, 0};
        which[n++] = i;
      }
    if (n == 0) break;
    int wait_ms = -1;
    if (options.timeout) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      wait_ms = left.count() > 0 ? static_cast<int>(left.count()) : 0;
    }
    int pr = poll(pfd, n, wait_ms);
    if (pr < 0 && errno == EINTR) continue;
    if (pr == 0) {
      kill(pid, SIGKILL);
      result.timed_out = true;
      break;
    }
    for (int i = 0; i < n; ++i) {
      if (!(pfd[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buf[65536];
      ssize_t got = read(pfd[i].fd, buf, sizeof buf);
      if (got > 0) {
        sinks[which[i]]->append(buf, static_cast<size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        fds[which[i]] = -1;
      }
    }
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!result.timed_out) {
    if (WIFSIGNALED(status)) {
      result.signaled = true;
      result.signal = WTERMSIG(status);
    } else {
      result.exit_code = WEXITSTATUS(status);
    }
  }
  return result;
}

}  // namespace kit::host
