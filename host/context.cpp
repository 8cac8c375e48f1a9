#include "context.hpp"

#include "log.hpp"
#include "paths.hpp"

namespace kit::host {

Config& Context::config() {
  if (!config_) {
    auto c = std::make_unique<Config>();
    c->add_file(builtin_targets_file(), "built-in", true);
    c->add_file(system_config_file(), "system", false);
    c->add_file(user_config_file(), "user", false);
    for (const auto& f : options_.config_files) c->add_file(f, "--config", true);
    c->finalize();
    for (const auto& l : c->layers()) log_debug("config layer " + l);
    config_ = std::move(c);
  }
  return *config_;
}

PluginRegistry& Context::registry() {
  if (!registry_) {
    auto r = std::make_unique<PluginRegistry>();
    r->add_default_search_dirs(config().plugin_dirs());
    r->scan();
    registry_ = std::move(r);
  }
  return *registry_;
}

const TargetSpec& Context::target() {
  std::string t = options_.target.empty() ? config().default_target() : options_.target;
  return config().resolve(t);
}

const PluginManifest& Context::need_plugin(const TargetSpec& target, const std::string& id) {
  if (const PluginManifest* m = registry().find(id)) return *m;
  std::string msg = "target " + target.name + " needs plugin " + id +
                    ", which is not installed: install package " + package_for_plugin(id) +
                    ", or a plugin with id '" + id + "' ('kit plugins install PATH')";
  for (const auto& e : registry().problems()) msg += "\nnote: a plugin manifest was rejected: " + std::string(e.what());
  throw Error(msg);
}

void Context::need_capabilities(const TargetSpec& target, const PluginManifest& m, uint64_t caps) {
  for (int i = 0; i < 64; ++i) {
    uint64_t bit = uint64_t{1} << i;
    if (!(caps & bit) || m.has(bit)) continue;
    const CapabilityInfo* c = find_capability(bit);
    throw Error("target " + target.name + ": plugin " + plugin_label(m) + " cannot " +
                (c ? c->phrase : "do this") + " yet");
  }
}

std::shared_ptr<Plugin> Context::instantiate(const TargetSpec& target, const std::string& id,
                                             uint64_t caps) {
  const PluginManifest& m = need_plugin(target, id);
  need_capabilities(target, m, caps);
  return registry().load(m)->create();
}

const PluginManifest& Context::frontend_for(const TargetSpec& target, const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (const PluginManifest* m = registry().frontend_for_extension(ext)) return *m;
  (void)target;
  throw Error(SourceLoc{path}, "no installed frontend compiles '" + ext +
                                   "' files ('kit plugins list' shows the frontends)");
}

}  // namespace kit::host
