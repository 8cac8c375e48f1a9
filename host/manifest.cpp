#include "manifest.hpp"

#include <charconv>

#include "kit/plugin.hpp"
#include "toml_util.hpp"

namespace kit::host {

std::string package_for_plugin(const std::string& id) {
  std::string p = "kit-" + id;
  for (char& c : p)
    if (c == '_') c = '-';
  return p;
}

namespace {
bool parse_sdk_version(const std::string& v, int& major, int& minor) {
  size_t dot = v.find('.');
  if (dot == std::string::npos) return false;
  auto r1 = std::from_chars(v.data(), v.data() + dot, major);
  auto r2 = std::from_chars(v.data() + dot + 1, v.data() + v.size(), minor);
  return r1.ec == std::errc() && r1.ptr == v.data() + dot && r2.ec == std::errc() &&
         r2.ptr == v.data() + v.size();
}
}  // namespace

static PluginManifest read_manifest_unchecked(const fs::path& path);

// Every problem with a manifest says what to do about it.
PluginManifest read_manifest(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    throw Error(SourceLoc{path.string()},
                "no plugin manifest: a plugin library needs its <id>.plugin.toml beside it "
                "(kit_add_plugin() generates both)");
  try {
    return read_manifest_unchecked(path);
  } catch (const Error& e) {
    throw Error(e.loc(), e.message() + " (fix or remove this plugin manifest)");
  }
}

static PluginManifest read_manifest_unchecked(const fs::path& path) {
  toml::table root = parse_toml_file(path.string());
  const toml::node* pn = root.get("plugin");
  if (!pn) throw Error(SourceLoc{path.string(), 1, 1}, "manifest has no [plugin] table");
  const toml::table& t = toml_table(*pn, "plugin");
  PluginManifest m;
  m.manifest_path = path;
  auto req = [&](const char* key) -> const toml::node& {
    const toml::node* n = t.get(key);
    if (!n) throw Error(toml_loc(*pn), std::string("manifest [plugin] lacks '") + key + "'");
    return *n;
  };
  m.id = toml_string(req("id"), "id");
  m.kind = toml_string(req("kind"), "kind");
  if (!plugin_kind_from_name(m.kind))
    throw Error(toml_loc(req("kind")), "kind must be arch, format or frontend, not '" + m.kind + "'");
  m.version = toml_string(req("version"), "version");
  if (auto* n = t.get("description")) m.description = toml_string(*n, "description");
  m.library = toml_string(req("library"), "library");
  if (m.library.empty() || fs::path(m.library).has_parent_path())
    throw Error(toml_loc(req("library")), "library must be a file name beside the manifest");
  m.library_path = path.parent_path() / m.library;
  m.library_target = toml_string(req("library_target"), "library_target");
  m.sdk_version = toml_string(req("sdk_version"), "sdk_version");
  if (!parse_sdk_version(m.sdk_version, m.sdk_major, m.sdk_minor))
    throw Error(toml_loc(req("sdk_version")), "sdk_version must be MAJOR.MINOR");
  m.abi_key = toml_string(req("abi_key"), "abi_key");
  if (auto* n = t.get("provides")) m.provides = toml_string_array(*n, "provides");
  if (auto* n = t.get("extensions")) m.extensions = toml_string_array(*n, "extensions");
  if (auto* n = t.get("capabilities")) {
    m.capabilities = toml_string_array(*n, "capabilities");
    const toml::array& arr = *n->as_array();
    for (size_t i = 0; i < m.capabilities.size(); ++i) {
      const CapabilityInfo* c = find_capability(m.capabilities[i]);
      if (!c) throw Error(toml_loc(*arr.get(i)), "unknown capability '" + m.capabilities[i] + "'");
      m.capability_bits |= c->bit;
    }
  }
  return m;
}

}  // namespace kit::host
