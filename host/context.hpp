// What every command gets: the global options, the layered configuration
// and the plugin registry (both loaded on first use, so `kit --version`
// touches no file), and the one place that turns "this target needs plugin
// P with capability C" into a loaded plugin or an honest error.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config.hpp"
#include "kit/plugin.hpp"
#include "registry.hpp"

namespace kit::host {

struct GlobalOptions {
  std::string target;                     // --target, or from a multicall name
  std::vector<std::string> config_files;  // --config, in order
  bool verbose = false;
};

class Context {
 public:
  explicit Context(GlobalOptions options) : options_(std::move(options)) {}

  const GlobalOptions& options() const { return options_; }
  void set_target(std::string t) { options_.target = std::move(t); }
  Config& config();
  PluginRegistry& registry();
  // The target from --target, or the configured default (the host).
  const TargetSpec& target();

  // The manifest of plugin `id`, which `target` needs; throws
  // "target T needs plugin P, which is not installed: install package kit-P".
  const PluginManifest& need_plugin(const TargetSpec& target, const std::string& id);
  // Throws "target T: plugin P (version V) cannot <phrase> yet" unless the
  // manifest lists every capability in `caps`.
  void need_capabilities(const TargetSpec& target, const PluginManifest& m, uint64_t caps);
  // need_plugin + need_capabilities + load + create.
  std::shared_ptr<Plugin> instantiate(const TargetSpec& target, const std::string& id,
                                      uint64_t caps);
  // The frontend for a source file by its suffix; throws when none serves it.
  const PluginManifest& frontend_for(const TargetSpec& target, const std::string& path);

 private:
  GlobalOptions options_;
  std::unique_ptr<Config> config_;
  std::unique_ptr<PluginRegistry> registry_;
};

}  // namespace kit::host
