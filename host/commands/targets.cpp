// kit targets [TRIPLE...]: one line per known target (or per named triple,
// normalized), saying whether the plugins it needs are installed and
// usable. Reads manifests only; loads nothing. Named triples that kit
// cannot serve make it exit non-zero with the reason, so scripts can ask
// "can this kit build for T?".
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "commands.hpp"

namespace kit::host {

namespace {
// Empty when usable, else why not ("missing: ...", "unusable: ...").
std::string plugin_state(Context& ctx, const std::string& id) {
  const PluginManifest* m = ctx.registry().find(id);
  if (!m) return "missing: " + id + " (package " + package_for_plugin(id) + ")";
  try {
    check_manifest_compatible(*m);
  } catch (const Error&) {
    return "unusable: " + id + " (run 'kit plugins info " + id + "')";
  }
  return {};
}

// Throws the full reason why a target's plugin cannot serve it, if any.
void require_plugin(Context& ctx, const TargetSpec& t, const std::string& id) {
  check_manifest_compatible(ctx.need_plugin(t, id));
}

std::string pad(std::string s, size_t n) {
  if (s.size() < n) s.resize(n, ' ');
  return s;
}
}  // namespace

int cmd_targets(Context& ctx, const Args& args) {
  bool only_installed = false, verbose = false;
  std::vector<std::string> wanted;
  for (const auto& a : args) {
    if (a == "--installed") only_installed = true;
    else if (a == "--verbose" || a == "-v") verbose = true;
    else if (!a.empty() && a[0] == '-')
      throw Error("targets: unrecognized option '" + a + "' (see 'kit help targets')");
    else wanted.push_back(a);
  }
  if (wanted.empty() && !ctx.options().target.empty()) wanted.push_back(ctx.options().target);
  Config& cfg = ctx.config();
  std::string def;
  try {
    def = cfg.normalize(cfg.default_target());
  } catch (const Error&) {
  }
  std::vector<std::string> names;
  for (const auto& w : wanted) {
    std::string canonical = cfg.resolve(w).name;  // throws for unknown triples
    if (std::find(names.begin(), names.end(), canonical) == names.end())
      names.push_back(canonical);
  }
  const bool named = !names.empty();
  if (!named) names = cfg.target_names();
  const TargetSpec* unusable = nullptr;
  for (const std::string& name : names) {
    const TargetSpec& t = *cfg.find_target(name);
    std::string state;
    for (const std::string& id : {t.arch_plugin, t.format_plugin}) {
      std::string s = plugin_state(ctx, id);
      if (!s.empty()) state += (state.empty() ? "" : "; ") + s;
    }
    if (!state.empty() && named && !unusable) unusable = &t;
    if (only_installed && !state.empty()) continue;
    std::cout << pad(name, 22) << pad(t.arch_plugin, 14) << pad(t.format_plugin, 11)
              << (state.empty() ? "installed" : state) << (name == def ? "  (default)" : "")
              << "\n";
    if (verbose)
      std::cout << "    " << t.description << "; " << data_model_name(t.data_model) << ", "
                << endian_name(t.endian) << "-endian, env '" << t.env << "', sysroot "
                << (t.sysroot.empty() ? std::string("-") : t.sysroot.front()) << "\n";
  }
  if (unusable) {
    std::cout.flush();
    require_plugin(ctx, *unusable, unusable->arch_plugin);
    require_plugin(ctx, *unusable, unusable->format_plugin);
  }
  return 0;
}

}  // namespace kit::host
