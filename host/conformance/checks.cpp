// Generic checks every plugin must pass, whatever its kind: the manifest,
// the library and its entry, the accept rule, create/destroy and
// load/unload cycles; then the contracts of the plugin's kind.
#include "checks.hpp"

#include <cstring>
#include <iostream>
#include <regex>

#include <boost/dll/shared_library.hpp>

#include "../commands/commands.hpp"
#include "../registry.hpp"
#include "kit/arch.hpp"
#include "kit/format.hpp"
#include "kit/frontend.hpp"

namespace kit::host {
namespace conformance {

[[noreturn]] void fail(const std::string& why) { throw Error(why); }

static std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

bool Reporter::check(const std::string& name, const std::function<void()>& fn) {
  std::cout << "BEGIN " << name << std::endl;
  try {
    fn();
  } catch (const Unsupported& e) {
    std::cout << "FAIL " << name << ": unexpected 'cannot' from the plugin: " << e.what()
              << std::endl;
    return false;
  } catch (const std::exception& e) {
    std::cout << "FAIL " << name << ": " << one_line(e.what()) << std::endl;
    return false;
  } catch (...) {
    std::cout << "FAIL " << name << ": unknown exception" << std::endl;
    return false;
  }
  std::cout << "PASS " << name << std::endl;
  return true;
}

void Reporter::skip(const std::string& name, const std::string& why) {
  std::cout << "SKIP " << name << ": " << why << std::endl;
}

static void check_descriptor(const kit_plugin_entry& e) {
  if (e.struct_size < sizeof(kit_plugin_entry))
    fail("struct_size " + std::to_string(e.struct_size) + " is smaller than " +
         std::to_string(sizeof(kit_plugin_entry)));
  if (!e.id || !e.version || !e.abi_key || !e.description || !e.create || !e.destroy)
    fail("a required field (id, version, abi_key, description, create, destroy) is null");
  if (!std::regex_match(e.id, std::regex("[a-z0-9][a-z0-9_.-]*")))
    fail(std::string("id '") + e.id + "' is not lowercase letters, digits, '-', '_', '.'");
  if (!std::regex_match(e.version, std::regex("[0-9]+\\.[0-9]+\\.[0-9]+")))
    fail(std::string("version '") + e.version + "' is not MAJOR.MINOR.PATCH");
  if (plugin_kind_name(e.kind) == "unknown") fail("kind " + std::to_string(e.kind) + " is unknown");
  if (!e.provides || !e.provides[0]) fail("provides names nothing");
  for (int i = 0; i < 64; ++i) {
    uint64_t bit = uint64_t{1} << i;
    if (!(e.capabilities & bit)) continue;
    const CapabilityInfo* c = find_capability(bit);
    if (!c) fail("capability bit " + std::to_string(i) + " is not defined by this SDK");
    if (c->kind != e.kind)
      fail(std::string("capability '") + c->token + "' belongs to " +
           std::string(plugin_kind_name(c->kind)) + " plugins, not " +
           std::string(plugin_kind_name(e.kind)));
  }
  if (e.kind == KIT_PLUGIN_FRONTEND) {
    if (!e.extensions || !e.extensions[0]) fail("a frontend must list its source suffixes");
    for (auto x = e.extensions; *x; ++x)
      if ((*x)[0] != '.') fail(std::string("extension '") + *x + "' does not start with '.'");
  }
}

static void check_instance(const LoadedPlugin& lp) {
  auto p = lp.create();
  if (static_cast<uint32_t>(p->kind()) != lp.entry().kind) fail("instance kind differs from entry kind");
}

static int run_child(const fs::path& manifest_path) {
  Reporter r;
  PluginManifest m;
  if (!r.check("manifest.read", [&] { m = read_manifest(manifest_path); })) return 1;
  r.check("manifest.accept", [&] { check_manifest_compatible(m); });

  std::shared_ptr<boost::dll::shared_library> lib;
  if (!r.check("library.load", [&] { lib = open_plugin_library(m); })) return 1;
  const kit_plugin_entry* entry = nullptr;
  if (!r.check("entry.symbol", [&] { entry = &plugin_entry_of(*lib, m); })) return 1;
  if (!r.check("entry.descriptor", [&] { check_descriptor(*entry); })) return 1;
  bool accepted = r.check("entry.abi-negotiation", [&] { check_plugin_entry(*entry, m); });
  r.check("manifest.matches-library", [&] {
    auto d = manifest_entry_differences(m, *entry);
    if (!d.empty()) {
      std::string s;
      for (auto& x : d) s += (s.empty() ? "" : "; ") + x;
      fail(s);
    }
  });
  if (!accepted) {
    r.skip("instance.*", "the plugin is not ABI-compatible with this kit; creating it is unsafe");
    return 1;
  }
  // From here on use the checked loader, as kit itself does.
  lib.reset();
  std::shared_ptr<LoadedPlugin> lp;
  if (!r.check("instance.load-checked", [&] { lp = load_plugin_library(m); })) return 1;
  if (!r.check("instance.create-destroy", [&] { check_instance(*lp); })) return 1;
  r.check("instance.create-destroy-cycles", [&] {
    for (int i = 0; i < 8; ++i) check_instance(*lp);
    std::vector<std::shared_ptr<Plugin>> many;
    for (int i = 0; i < 4; ++i) many.push_back(lp->create());
  });
  r.check("library.unload-reload-cycles", [&] {
    for (int i = 0; i < 3; ++i) {
      lp.reset();  // the last reference: the library is unloaded
      lp = load_plugin_library(m);
      check_instance(*lp);
    }
  });

  auto inst = lp->create();
  std::string kind = std::string(plugin_kind_name(lp->entry().kind));
  switch (lp->entry().kind) {
    case KIT_PLUGIN_FRONTEND:
      check_frontend_contracts(r, static_cast<FrontendPlugin&>(*inst), m);
      break;
    case KIT_PLUGIN_ARCH:
      check_arch_contracts(r, static_cast<ArchPlugin&>(*inst), m);
      break;
    case KIT_PLUGIN_FORMAT:
      check_format_contracts(r, static_cast<FormatPlugin&>(*inst), m);
      break;
  }
  return 0;
}

}  // namespace conformance

int cmd_conformance_child(Context&, const Args& args) {
  if (args.size() != 1) throw Error("usage: kit __conformance-child MANIFEST");
  return conformance::run_child(args[0]);
}

}  // namespace kit::host
