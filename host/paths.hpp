// Where kit finds things: its own executable, its install prefix, the
// user's data and config directories. Portable (POSIX and Windows); every
// path is a std::filesystem::path.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kit::host {

namespace fs = std::filesystem;

fs::path executable_path();
// The directory holding the running kit, and the prefix above it (the
// build tree mirrors the install tree: <prefix>/bin/kit).
fs::path executable_prefix();
// CMAKE_INSTALL_PREFIX this kit was configured with.
fs::path configured_prefix();
// $XDG_DATA_HOME/kit, ~/.local/share/kit, %LOCALAPPDATA%\kit
fs::path user_data_dir();
// $XDG_CONFIG_HOME/kit/kit.toml, ~/.config/kit/kit.toml, %APPDATA%\kit\kit.toml
fs::path user_config_file();
// /etc/kit/kit.toml ($KIT_SYSTEM_CONFIG overrides, for tests and packagers)
fs::path system_config_file();
// The built-in target definitions: <prefix>/share/kit/targets.toml, found
// beside the executable first, then under the configured prefix.
fs::path builtin_targets_file();

// "x86_64-linux": the arch and OS this kit was compiled for; plugin
// libraries must match it.
std::string host_library_target();
// The default target triple for this host, e.g. "x86_64-linux-gnu".
std::string host_default_triple();

// Splits a PATH-like variable by the platform separator.
std::vector<fs::path> split_path_list(const std::string& value);
// Expands a leading "~/" to the home directory.
fs::path expand_user(const std::string& p);
std::string getenv_string(const char* name);

}  // namespace kit::host
