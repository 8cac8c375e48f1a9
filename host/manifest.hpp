// A plugin manifest: <id>.plugin.toml beside the plugin library. Listing
// plugins and resolving targets read manifests only; a library is loaded
// only when a command needs it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kit::host {

namespace fs = std::filesystem;

struct PluginManifest {
  fs::path manifest_path;
  fs::path library_path;     // absolute: manifest dir / library
  std::string id;
  std::string kind;          // "arch", "format", "frontend"
  std::string version;
  std::string description;
  std::string library;       // file name as written
  std::string library_target;  // "x86_64-linux"
  std::string sdk_version;   // "1.0"
  int sdk_major = 0;
  int sdk_minor = 0;
  std::string abi_key;
  std::vector<std::string> provides;
  std::vector<std::string> extensions;
  std::vector<std::string> capabilities;
  uint64_t capability_bits = 0;
  std::string origin;        // which search directory it came from

  bool has(uint64_t cap) const { return (capability_bits & cap) == cap; }
};

// Reads and validates a manifest; throws kit::Error with file:line:col.
PluginManifest read_manifest(const fs::path& path);

// The manifest file name for a plugin id, and the suffix used to find them.
inline constexpr const char* kManifestSuffix = ".plugin.toml";

// The distribution package that ships a plugin (packaging/README.md):
// "kit-" + id with '_' spelled '-' (Debian package names allow no '_').
std::string package_for_plugin(const std::string& id);

}  // namespace kit::host
