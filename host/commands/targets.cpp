// kit targets: one line per known target, saying whether the plugins it
// needs are installed and usable. Reads manifests only; loads nothing.
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
  } catch (const Error& e) {
    return "unusable: " + id + " (run 'kit plugins info " + id + "')";
  }
  return {};
}

std::string pad(std::string s, size_t n) {
  if (s.size() < n) s.resize(n, ' ');
  return s;
}
}  // namespace

int cmd_targets(Context& ctx, const Args& args) {
  bool only_installed = false, verbose = false;
  for (const auto& a : args) {
    if (a == "--installed") only_installed = true;
    else if (a == "--verbose" || a == "-v") verbose = true;
    else throw Error("targets: unrecognized option '" + a + "' (see 'kit help targets')");
  }
  Config& cfg = ctx.config();
  std::string def;
  try {
    def = cfg.normalize(cfg.default_target());
  } catch (const Error&) {
  }
  for (const std::string& name : cfg.target_names()) {
    const TargetSpec& t = *cfg.find_target(name);
    std::string state;
    for (const std::string& id : {t.arch_plugin, t.format_plugin}) {
      std::string s = plugin_state(ctx, id);
      if (!s.empty()) state += (state.empty() ? "" : "; ") + s;
    }
    if (only_installed && !state.empty()) continue;
    std::cout << pad(name, 22) << pad(t.arch_plugin, 14) << pad(t.format_plugin, 11)
              << (state.empty() ? "installed" : state) << (name == def ? "  (default)" : "")
              << "\n";
    if (verbose)
      std::cout << "    " << t.description << "; " << data_model_name(t.data_model) << ", "
                << endian_name(t.endian) << "-endian, env '" << t.env << "', sysroot "
                << (t.sysroot.empty() ? std::string("-") : t.sysroot.front()) << "\n";
  }
  return 0;
}

}  // namespace kit::host
