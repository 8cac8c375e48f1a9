#include "registry.hpp"

#include <algorithm>
#include <cstring>
#include <set>

#include <boost/dll/shared_library.hpp>

#include "log.hpp"
#include "paths.hpp"

namespace kit::host {

std::string plugin_label(const PluginManifest& m) {
  return m.id + " (version " + m.version + ")";
}

static std::string accepted_range() {
  std::string lo = std::to_string(KIT_SDK_MAJOR) + ".0";
  if (KIT_SDK_MINOR == 0) return lo;
  return lo + " to " + std::to_string(KIT_SDK_MAJOR) + "." + std::to_string(KIT_SDK_MINOR);
}

static std::string this_kit() {
  return std::string("this kit (SDK ") + KIT_SDK_VERSION_STRING + ")";
}

// The accept rule, shared by the manifest check and the entry check.
static void check_accept(const std::string& who, int major, int minor, const std::string& key) {
  if (major != KIT_SDK_MAJOR || minor > KIT_SDK_MINOR) {
    std::string theirs = std::to_string(major) + "." + std::to_string(minor);
    std::string fix = major > KIT_SDK_MAJOR || (major == KIT_SDK_MAJOR && minor > KIT_SDK_MINOR)
                          ? "upgrade kit to one that accepts SDK " + theirs +
                                ", or rebuild the plugin against SDK " KIT_SDK_VERSION_STRING
                          : "rebuild the plugin against SDK " KIT_SDK_VERSION_STRING;
    throw Error(who + " was built for SDK " + std::to_string(major) + "." +
                std::to_string(minor) + "; " + this_kit() + " accepts SDK " + accepted_range() +
                ": " + fix);
  }
  if (key != KIT_ABI_KEY)
    throw Error(who + " was built with ABI build key '" + key + "'; " + this_kit() +
                " needs '" KIT_ABI_KEY "': rebuild the plugin with a compatible compiler and "
                "standard library against this kit's SDK headers");
}

static std::string who(const PluginManifest& m) {
  return "plugin " + plugin_label(m) + " at " + m.library_path.string();
}

void check_manifest_compatible(const PluginManifest& m) {
  if (m.library_target != host_library_target())
    throw Error(who(m) + " is a library for " + m.library_target + "; this kit runs on " +
                host_library_target() + ": install the plugin built for " + host_library_target());
  check_accept(who(m), m.sdk_major, m.sdk_minor, m.abi_key);
}

fs::path manifest_path_for(const fs::path& p) {
  std::string name = p.filename().string();
  if (name.size() > std::strlen(kManifestSuffix) &&
      name.compare(name.size() - std::strlen(kManifestSuffix), std::string::npos,
                   kManifestSuffix) == 0)
    return p;
  // libkit-<id>.so / kit-<id>.dll / libkit-<id>.dylib -> <id>.plugin.toml
  std::string stem = p.stem().string();
  if (stem.rfind("lib", 0) == 0) stem = stem.substr(3);
  if (stem.rfind("kit-", 0) == 0) stem = stem.substr(4);
  return p.parent_path() / (stem + kManifestSuffix);
}

static std::vector<std::string> list_of(const char* const* arr) {
  std::vector<std::string> out;
  for (; arr && *arr; ++arr) out.emplace_back(*arr);
  return out;
}

static std::string join(const std::vector<std::string>& v) {
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
  return s + "]";
}

std::vector<std::string> manifest_entry_differences(const PluginManifest& m,
                                                    const kit_plugin_entry& e) {
  std::vector<std::string> d;
  auto diff = [&](const char* field, const std::string& mv, const std::string& ev) {
    if (mv != ev)
      d.push_back(std::string(field) + ": manifest says '" + mv + "', library says '" + ev + "'");
  };
  diff("id", m.id, e.id ? e.id : "");
  diff("kind", m.kind, std::string(plugin_kind_name(e.kind)));
  diff("version", m.version, e.version ? e.version : "");
  diff("sdk_version", m.sdk_version,
       std::to_string(e.sdk_major) + "." + std::to_string(e.sdk_minor));
  diff("abi_key", m.abi_key, e.abi_key ? e.abi_key : "");
  diff("provides", join(m.provides), join(list_of(e.provides)));
  diff("extensions", join(m.extensions), join(list_of(e.extensions)));
  diff("capabilities", join(capability_tokens(m.capability_bits)),
       join(capability_tokens(e.capabilities)));
  return d;
}

std::shared_ptr<boost::dll::shared_library> open_plugin_library(const PluginManifest& m) {
  auto lib = std::make_shared<boost::dll::shared_library>();
  std::error_code exists_ec;
  if (!fs::exists(m.library_path, exists_ec))
    throw Error(who(m) + ": library file not found (manifest " + m.manifest_path.string() +
                "): reinstall the plugin, or remove the stale manifest");
  try {
    lib->load(m.library_path, boost::dll::load_mode::default_mode);
  } catch (const std::exception& ex) {
    std::string why = ex.what();
    if (auto p = why.find("dlerror system message: "); p != std::string::npos)
      why = why.substr(p + 24, why.size() - p - 25);
    throw Error("cannot load " + who(m) + ": " + why +
                ": reinstall the plugin (the file may be damaged, or not a library for " +
                host_library_target() + ")");
  }
  return lib;
}

// The head every SDK major keeps (kit/plugin.h: "the first two fields never
// move"). Nothing past it is read from an entry of another major.
struct EntryHead {
  uint32_t struct_size;
  uint16_t sdk_major;
};

const kit_plugin_entry& plugin_entry_of(boost::dll::shared_library& lib, const PluginManifest& m) {
  if (!lib.has(KIT_PLUGIN_ENTRY_SYMBOL)) {
    for (int major = 1; major < 64; ++major) {
      std::string sym = KIT_PLUGIN_ENTRY_PREFIX + std::to_string(major);
      if (major == KIT_SDK_MAJOR || !lib.has(sym)) continue;
      const auto& head = lib.get<const EntryHead>(sym);
      std::string fix = major > KIT_SDK_MAJOR
                            ? "upgrade kit to one that accepts SDK " + std::to_string(major) +
                                  ", or rebuild the plugin against SDK " KIT_SDK_VERSION_STRING
                            : "rebuild the plugin against SDK " KIT_SDK_VERSION_STRING;
      throw Error(who(m) + " was built for SDK " + std::to_string(major) + " (it exports " + sym +
                  (head.sdk_major == major ? std::string()
                                           : ", which claims SDK major " +
                                                 std::to_string(head.sdk_major)) +
                  "); " + this_kit() + " accepts SDK " + accepted_range() + " (symbol " +
                  KIT_PLUGIN_ENTRY_SYMBOL + "): " + fix);
    }
    throw Error(who(m) + " is not a kit plugin: the library exports no " +
                KIT_PLUGIN_ENTRY_SYMBOL + " (nor any other " KIT_PLUGIN_ENTRY_PREFIX
                "N) symbol, yet the manifest " + m.manifest_path.string() +
                " describes it: remove that manifest, or rebuild the library as a plugin "
                "(kit_add_plugin() and KIT_DEFINE_PLUGIN, see docs/SDK.md)");
  }
  return lib.get<const kit_plugin_entry>(KIT_PLUGIN_ENTRY_SYMBOL);
}

void check_plugin_entry(const kit_plugin_entry& entry, const PluginManifest& m) {
  if (entry.struct_size < sizeof(kit_plugin_entry) || !entry.id || !entry.version ||
      !entry.abi_key || !entry.create || !entry.destroy)
    throw Error(who(m) + ": malformed plugin entry (struct_size " +
                std::to_string(entry.struct_size) + ", expected at least " +
                std::to_string(sizeof(kit_plugin_entry)) + ", or a null field)");
  check_accept(who(m), entry.sdk_major, entry.sdk_minor, entry.abi_key);
}

std::shared_ptr<LoadedPlugin> load_plugin_library(const PluginManifest& m) {
  check_manifest_compatible(m);
  auto lib = open_plugin_library(m);
  const kit_plugin_entry& entry = plugin_entry_of(*lib, m);
  check_plugin_entry(entry, m);
  auto diffs = manifest_entry_differences(m, entry);
  if (!diffs.empty()) {
    std::string msg = who(m) + ": its manifest " + m.manifest_path.string() +
                      " disagrees with the library:";
    for (const auto& s : diffs) msg += "\n  " + s;
    msg += "\nreinstall the plugin so that manifest and library come from the same build "
           "(kit_add_plugin() generates both)";
    throw Error(msg);
  }
  auto lp = std::make_shared<LoadedPlugin>();
  lp->manifest_ = m;
  lp->library_ = std::move(lib);
  lp->entry_ = &entry;
  log_debug("loaded plugin " + plugin_label(m) + " from " + m.library_path.string());
  return lp;
}

std::shared_ptr<Plugin> LoadedPlugin::create() const {
  kit_host_services hs{};
  hs.struct_size = sizeof hs;
  hs.sdk_major = KIT_SDK_MAJOR;
  hs.sdk_minor = KIT_SDK_MINOR;
  hs.host_version = KIT_VERSION;
  char err[1024] = {0};
  kit_plugin_instance* inst = entry_->create(&hs, err, sizeof err);
  if (!inst)
    throw Error("plugin " + plugin_label(manifest_) + " at " + manifest_.library_path.string() +
                " failed to initialize: " + (err[0] ? err : "create() returned no instance") +
                ": fix what the plugin reports, or remove the plugin ('kit plugins remove " +
                manifest_.id + "', or its package " + package_for_plugin(manifest_.id) + ")");
  Plugin* p = plugin_from_instance(inst);
  auto lib = library_;
  auto destroy = entry_->destroy;
  std::shared_ptr<Plugin> sp(p, [lib, destroy, inst](Plugin*) { destroy(inst); });
  if (static_cast<uint32_t>(sp->kind()) != entry_->kind)
    throw Error("plugin " + plugin_label(manifest_) + " created a " +
                std::string(plugin_kind_name(static_cast<uint32_t>(sp->kind()))) +
                " instance but declares itself a " + std::string(plugin_kind_name(entry_->kind)));
  return sp;
}

void PluginRegistry::add_search_dir(const fs::path& dir, const std::string& origin) {
  fs::path norm = dir.lexically_normal();
  std::error_code ec;
  fs::path canon = fs::weakly_canonical(norm, ec);
  if (!ec) norm = canon;
  for (const auto& d : dirs_)
    if (d.path == norm) return;
  dirs_.push_back({norm, origin});
}

void PluginRegistry::add_default_search_dirs(const std::vector<fs::path>& config_dirs) {
  add_search_dir(executable_prefix() / "lib" / "kit" / "plugins", "beside kit");
  add_search_dir(configured_prefix() / "lib" / "kit" / "plugins", "prefix");
  add_search_dir(user_data_dir() / "plugins", "user");
  for (const auto& p : split_path_list(getenv_string("KIT_PLUGIN_PATH")))
    add_search_dir(p, "KIT_PLUGIN_PATH");
  for (const auto& p : config_dirs) add_search_dir(p, "config");
}

void PluginRegistry::scan() {
  plugins_.clear();
  shadowed_.clear();
  problems_.clear();
  std::set<std::string> seen;
  for (const auto& dir : dirs_) {
    std::error_code ec;
    if (!fs::is_directory(dir.path, ec)) {
      log_debug("plugin search: " + dir.path.string() + " (" + dir.origin + "): not a directory");
      continue;
    }
    log_debug("plugin search: " + dir.path.string() + " (" + dir.origin + ")");
    std::vector<fs::path> manifests;
    for (const auto& de : fs::directory_iterator(dir.path, ec)) {
      std::string name = de.path().filename().string();
      if (name.size() > std::strlen(kManifestSuffix) &&
          name.compare(name.size() - std::strlen(kManifestSuffix), std::string::npos,
                       kManifestSuffix) == 0)
        manifests.push_back(de.path());
    }
    std::sort(manifests.begin(), manifests.end());  // directory order is not stable
    for (const auto& mp : manifests) {
      try {
        PluginManifest m = read_manifest(mp);
        m.origin = dir.origin;
        if (seen.insert(m.id).second) {
          log_debug("  found " + plugin_label(m) + " (" + mp.string() + ")");
          plugins_.push_back(std::move(m));
        } else {
          log_debug("  shadowed " + plugin_label(m) + " (" + mp.string() +
                    "): an earlier directory provides " + m.id);
          shadowed_.push_back(std::move(m));
        }
      } catch (const Error& e) {
        log_debug(std::string("  rejected: ") + e.what());
        problems_.push_back(e);
      }
    }
  }
}

const PluginManifest* PluginRegistry::find(const std::string& id) const {
  for (const auto& m : plugins_)
    if (m.id == id) return &m;
  return nullptr;
}

const PluginManifest* PluginRegistry::frontend_for_extension(const std::string& ext) const {
  for (const auto& m : plugins_)
    if (m.kind == "frontend" &&
        std::find(m.extensions.begin(), m.extensions.end(), ext) != m.extensions.end())
      return &m;
  return nullptr;
}

std::shared_ptr<LoadedPlugin> PluginRegistry::load(const PluginManifest& m) {
  if (auto it = loaded_.find(m.id); it != loaded_.end()) return it->second;
  try {
    auto lp = load_plugin_library(m);
    loaded_[m.id] = lp;
    return lp;
  } catch (const Error& e) {
    log_debug(std::string("rejected plugin: ") + e.what());
    throw;
  }
}

}  // namespace kit::host
