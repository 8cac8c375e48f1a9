// The plugin registry: finds plugins by their manifests, loads the ones a
// command needs, and holds every loaded library for the rest of the run.
//
// Search order (first match of an id wins; later ones are "shadowed" and
// listed by `kit plugins list --all` and in debug logs):
//   1. <dir of kit>/../lib/kit/plugins   (a build tree works uninstalled)
//   2. <configured prefix>/lib/kit/plugins
//   3. the user's data directory: <data>/kit/plugins
//   4. each directory of $KIT_PLUGIN_PATH
//   5. plugin_dirs from the configuration layers
// The current directory is never searched implicitly.
//
// Loading checks, in order, each failure a kit::Error that names the plugin,
// its path, the versions involved and the fix:
//   manifest: library built for this machine, SDK major equal, minor not
//   newer than this kit's, ABI build key identical (refused before loading);
//   library loads; exports kit_plugin_entry_v<major> (another major is named);
//   the entry satisfies the same accept rule and agrees with the manifest;
//   create() succeeds.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kit/diag.hpp"
#include "kit/plugin.hpp"
#include "manifest.hpp"

namespace boost::dll {
class shared_library;
}

namespace kit::host {

struct SearchDir {
  fs::path path;
  std::string origin;  // "build tree", "prefix", "user", "KIT_PLUGIN_PATH", "config"
};

// A library that passed every check. It stays loaded while this object or
// any instance created from it lives.
class LoadedPlugin {
 public:
  const PluginManifest& manifest() const { return manifest_; }
  const kit_plugin_entry& entry() const { return *entry_; }
  // A new instance; the returned pointer keeps the library loaded.
  std::shared_ptr<Plugin> create() const;

 private:
  friend class PluginRegistry;
  friend std::shared_ptr<LoadedPlugin> load_plugin_library(const PluginManifest&);
  PluginManifest manifest_;
  std::shared_ptr<boost::dll::shared_library> library_;
  const kit_plugin_entry* entry_ = nullptr;
};

class PluginRegistry {
 public:
  void add_search_dir(const fs::path& dir, const std::string& origin);
  // Adds the standard directories (see above) plus the config's.
  void add_default_search_dirs(const std::vector<fs::path>& config_dirs);
  // Reads all manifests. Malformed ones are kept in problems().
  void scan();

  const std::vector<SearchDir>& search_dirs() const { return dirs_; }
  const std::vector<PluginManifest>& plugins() const { return plugins_; }
  const std::vector<PluginManifest>& shadowed() const { return shadowed_; }
  const std::vector<Error>& problems() const { return problems_; }
  const PluginManifest* find(const std::string& id) const;
  // The frontend whose manifest lists this file suffix (".c"), if any.
  const PluginManifest* frontend_for_extension(const std::string& ext) const;

  // Loads (once) the plugin with this manifest; throws kit::Error.
  std::shared_ptr<LoadedPlugin> load(const PluginManifest& m);

 private:
  std::vector<SearchDir> dirs_;
  std::vector<PluginManifest> plugins_;
  std::vector<PluginManifest> shadowed_;
  std::vector<Error> problems_;
  std::map<std::string, std::shared_ptr<LoadedPlugin>> loaded_;
};

// The steps of loading, for callers that report each one (conformance):
// open the library; find its entry (naming another SDK major if that is
// what it exports); check the entry's fields and the accept rule.
std::shared_ptr<boost::dll::shared_library> open_plugin_library(const PluginManifest& m);
const kit_plugin_entry& plugin_entry_of(boost::dll::shared_library& lib, const PluginManifest& m);
void check_plugin_entry(const kit_plugin_entry& e, const PluginManifest& m);

// Checks that do not load anything: the accept rule against a manifest.
// Throws kit::Error when this kit cannot use the plugin.
void check_manifest_compatible(const PluginManifest& m);
// Loads a library outside any registry (conformance, install). Throws.
std::shared_ptr<LoadedPlugin> load_plugin_library(const PluginManifest& m);
// Differences between a manifest and the entry of its library, one line each.
std::vector<std::string> manifest_entry_differences(const PluginManifest& m,
                                                    const kit_plugin_entry& e);
// Given a library or manifest path, the manifest path beside it.
fs::path manifest_path_for(const fs::path& library_or_manifest);

// "arch-x86_64 (version 0.1.0)"
std::string plugin_label(const PluginManifest& m);

}  // namespace kit::host
