// The layered configuration: built-in targets (share/kit/targets.toml),
// then /etc/kit/kit.toml, then the user's kit.toml, then each --config FILE.
// Every layer may add targets, override fields of existing ones (table by
// table, key by key: a layer that sets only `sysroot` changes only that),
// add plugin directories and set the default target. Targets may inherit
// from another target with `inherits = "name"`.
//
// Triples are normalized like LLVM's: vendor fields are dropped, arch and
// OS synonyms mapped (the tables live in targets.toml [normalize]), so
// x86_64-pc-linux-gnu, amd64-linux, arm64-apple-darwin and
// aarch64-w64-mingw32 all resolve.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kit/target.hpp"

namespace kit::host {

namespace fs = std::filesystem;

struct NormalizeRules {
  std::map<std::string, std::string> arch;            // amd64 -> x86_64
  std::map<std::string, std::string> os;              // darwin -> macos
  std::map<std::string, std::string> env;             // gnueabi -> gnu (synonyms)
  std::map<std::string, std::string> os_implies_env;  // mingw32 -> gnu
  std::map<std::string, std::string> default_env;     // linux -> gnu
  std::map<std::string, std::string> unsupported_env; // msvc -> why, and what to use
  std::set<std::string> vendors;                      // pc, unknown, apple, w64
};

class Config {
 public:
  Config();
  ~Config();
  Config(Config&&) noexcept;
  Config& operator=(Config&&) noexcept;

  // Adds one layer. A missing file is an error when required, else skipped.
  // Malformed TOML throws kit::Error located at file:line:col.
  void add_file(const fs::path& file, const std::string& layer, bool required);
  // Adds a layer from text (tests, embedded defaults).
  void add_text(std::string_view text, const std::string& source_name, const std::string& layer);
  // Builds the target table from the merged layers. Throws kit::Error on
  // invalid definitions (unknown keys, wrong types, inheritance cycles).
  void finalize();

  const std::vector<fs::path>& plugin_dirs() const { return plugin_dirs_; }
  const std::vector<std::string>& layers() const { return layers_; }
  // The configured default target, or the host's.
  std::string default_target() const;
  std::vector<std::string> target_names() const;
  const TargetSpec* find_target(std::string_view name) const;
  const NormalizeRules& rules() const { return rules_; }

  // "arm64-apple-darwin21" -> "aarch64-macos". Throws kit::Error for an
  // environment kit refuses (msvc) with the reason from the rules.
  std::string normalize(std::string_view triple) const;
  // Normalizes and looks up; an unknown triple throws kit::Error naming the
  // closest known targets.
  const TargetSpec& resolve(std::string_view triple) const;
  // Known targets closest to text, best first.
  std::vector<std::string> near_matches(std::string_view text, size_t limit = 3) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::vector<fs::path> plugin_dirs_;
  std::vector<std::string> layers_;
  std::string default_target_;
  NormalizeRules rules_;
  std::map<std::string, TargetSpec, std::less<>> targets_;
};

// Levenshtein distance, for "did you mean".
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace kit::host
