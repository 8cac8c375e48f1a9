#include "paths.hpp"

#include <cstdlib>

#include <boost/dll/runtime_symbol_info.hpp>

namespace kit::host {

std::string getenv_string(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

fs::path executable_path() {
  std::error_code ec;
  fs::path p = boost::dll::program_location(ec);
  if (ec || p.empty()) return fs::path("kit");
  return p;
}

fs::path executable_prefix() { return executable_path().parent_path().parent_path(); }

fs::path configured_prefix() { return fs::path(KIT_INSTALL_PREFIX); }

static fs::path home_dir() {
#ifdef _WIN32
  std::string h = getenv_string("USERPROFILE");
#else
  std::string h = getenv_string("HOME");
#endif
  return h.empty() ? fs::path(".") : fs::path(h);
}

fs::path expand_user(const std::string& p) {
  if (p == "~") return home_dir();
  if (p.size() >= 2 && p[0] == '~' && (p[1] == '/' || p[1] == '\\')) return home_dir() / p.substr(2);
  return fs::path(p);
}

fs::path user_data_dir() {
#ifdef _WIN32
  std::string base = getenv_string("LOCALAPPDATA");
  if (!base.empty()) return fs::path(base) / "kit";
  return home_dir() / "AppData" / "Local" / "kit";
#else
  std::string xdg = getenv_string("XDG_DATA_HOME");
  if (!xdg.empty()) return fs::path(xdg) / "kit";
  return home_dir() / ".local" / "share" / "kit";
#endif
}

fs::path user_config_file() {
#ifdef _WIN32
  std::string base = getenv_string("APPDATA");
  if (!base.empty()) return fs::path(base) / "kit" / "kit.toml";
  return home_dir() / "AppData" / "Roaming" / "kit" / "kit.toml";
#else
  std::string xdg = getenv_string("XDG_CONFIG_HOME");
  if (!xdg.empty()) return fs::path(xdg) / "kit" / "kit.toml";
  return home_dir() / ".config" / "kit" / "kit.toml";
#endif
}

fs::path system_config_file() {
  std::string over = getenv_string("KIT_SYSTEM_CONFIG");
  if (!over.empty()) return fs::path(over);
#ifdef _WIN32
  std::string base = getenv_string("PROGRAMDATA");
  return fs::path(base.empty() ? "C:\\ProgramData" : base) / "kit" / "kit.toml";
#else
  return fs::path("/etc/kit/kit.toml");
#endif
}

fs::path builtin_targets_file() {
  fs::path beside = executable_prefix() / "share" / "kit" / "targets.toml";
  std::error_code ec;
  if (fs::exists(beside, ec)) return beside;
  return configured_prefix() / "share" / "kit" / "targets.toml";
}

std::string host_library_target() {
#if defined(__x86_64__) || defined(_M_X64)
  std::string arch = "x86_64";
#elif defined(__aarch64__) || defined(_M_ARM64)
  std::string arch = "aarch64";
#elif defined(__riscv) && __riscv_xlen == 64
  std::string arch = "riscv64";
#else
  std::string arch = "unknown";
#endif
#if defined(_WIN32)
  return arch + "-windows";
#elif defined(__APPLE__)
  return arch + "-macos";
#elif defined(__linux__)
  return arch + "-linux";
#else
  return arch + "-unknown";
#endif
}

std::string host_default_triple() {
  std::string t = host_library_target();
#if defined(__linux__) && !defined(__GLIBC__)
  return t + "-musl";
#elif defined(__linux__) || defined(_WIN32)
  return t + "-gnu";
#else
  return t;
#endif
}

std::vector<fs::path> split_path_list(const std::string& value) {
#ifdef _WIN32
  const char sep = ';';
#else
  const char sep = ':';
#endif
  std::vector<fs::path> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t end = value.find(sep, start);
    if (end == std::string::npos) end = value.size();
    if (end > start) out.push_back(expand_user(value.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

}  // namespace kit::host
