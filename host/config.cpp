#include "config.hpp"

#include <algorithm>
#include <functional>

#include "paths.hpp"
#include "toml_util.hpp"

namespace kit::host {

struct Config::Impl {
  struct Layer {
    std::string name;  // "built-in", "system", "user", "--config"
    toml::table table;
  };
  std::vector<Layer> layers;
};

Config::Config() : impl_(std::make_unique<Impl>()) {}
Config::~Config() = default;
Config::Config(Config&&) noexcept = default;
Config& Config::operator=(Config&&) noexcept = default;

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

void Config::add_file(const fs::path& file, const std::string& layer, bool required) {
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    if (required) throw Error(SourceLoc{file.string()}, "configuration file not found");
    return;
  }
  impl_->layers.push_back({layer, parse_toml_file(file.string())});
  layers_.push_back(layer + ": " + file.string());
  // Relative plugin directories are relative to the file that names them.
  const toml::table& t = impl_->layers.back().table;
  if (const toml::node* dirs = t.get("plugin_dirs")) {
    for (const std::string& d : toml_string_array(*dirs, "plugin_dirs")) {
      fs::path p = expand_user(d);
      if (p.is_relative()) p = file.parent_path() / p;
      plugin_dirs_.push_back(p.lexically_normal());
    }
  }
}

void Config::add_text(std::string_view text, const std::string& source_name,
                      const std::string& layer) {
  impl_->layers.push_back({layer, parse_toml_text(text, source_name)});
  layers_.push_back(layer + ": " + source_name);
  const toml::table& t = impl_->layers.back().table;
  if (const toml::node* dirs = t.get("plugin_dirs"))
    for (const std::string& d : toml_string_array(*dirs, "plugin_dirs"))
      plugin_dirs_.push_back(expand_user(d));
}

namespace {

void read_string_map(const toml::node& n, std::string_view key,
                     std::map<std::string, std::string>& out) {
  for (auto&& [k, v] : toml_table(n, key)) out[std::string(k.str())] = toml_string(v, k.str());
}

const char* const kTopLevelKeys[] = {"default_target", "plugin_dirs", "target", "normalize"};
const char* const kTargetKeys[] = {
    "inherits",  "description",    "arch",         "format",       "os",
    "env",       "arch_plugin",    "format_plugin", "data_model",  "endian",
    "long_double", "macros",       "sysroot",      "include_dirs", "lib_dirs",
    "runtime_dirs", "dynamic_linker", "default_link", "link", "char_signed", "wchar_type",
    "va_list", "va_list_size", "va_list_align", "bitfield_layout", "march"};
const char* const kLinkKeys[] = {"start", "end", "libs"};

template <size_t N>
void check_keys(const toml::table& t, const char* const (&allowed)[N], std::string_view what) {
  for (auto&& [k, v] : t) {
    bool ok = std::any_of(std::begin(allowed), std::end(allowed),
                          [&](const char* a) { return k.str() == a; });
    if (!ok) {
      SourceLoc loc{k.source().path ? *k.source().path : std::string(),
                    static_cast<uint32_t>(k.source().begin.line),
                    static_cast<uint32_t>(k.source().begin.column)};
      throw Error(loc, "unknown key '" + std::string(k.str()) + "' in " + std::string(what));
    }
  }
}

void apply_target_keys(TargetSpec& s, const toml::table& t) {
  check_keys(t, kTargetKeys, "target definition");
  for (auto&& [kk, v] : t) {
    std::string_view k = kk.str();
    if (k == "inherits") continue;
    if (k == "description") s.description = toml_string(v, k);
    else if (k == "arch") s.arch = toml_string(v, k);
    else if (k == "format") s.format = toml_string(v, k);
    else if (k == "os") s.os = toml_string(v, k);
    else if (k == "env") s.env = toml_string(v, k);
    else if (k == "arch_plugin") s.arch_plugin = toml_string(v, k);
    else if (k == "format_plugin") s.format_plugin = toml_string(v, k);
    else if (k == "long_double") s.long_double = toml_string(v, k);
    else if (k == "dynamic_linker") s.dynamic_linker = toml_string(v, k);
    else if (k == "default_link") s.default_link = toml_string(v, k);
    else if (k == "macros") s.macros = toml_string_array(v, k);
    else if (k == "march") s.march = toml_string_array(v, k);
    else if (k == "sysroot") s.sysroot = toml_string_array(v, k);
    else if (k == "include_dirs") s.include_dirs = toml_string_array(v, k);
    else if (k == "lib_dirs") s.lib_dirs = toml_string_array(v, k);
    else if (k == "runtime_dirs") s.runtime_dirs = toml_string_array(v, k);
    else if (k == "char_signed") s.char_signed = toml_bool(v, k);
    else if (k == "wchar_type") s.wchar_type = toml_string(v, k);
    else if (k == "va_list") s.va_list = toml_string(v, k);
    else if (k == "va_list_size") s.va_list_size = static_cast<unsigned>(toml_int(v, k));
    else if (k == "va_list_align") s.va_list_align = static_cast<unsigned>(toml_int(v, k));
    else if (k == "bitfield_layout") s.bitfield_layout = toml_string(v, k);
    else if (k == "data_model") {
      std::string m = toml_string(v, k);
      if (m == "LP64") s.data_model = DataModel::LP64;
      else if (m == "LLP64") s.data_model = DataModel::LLP64;
      else if (m == "ILP32") s.data_model = DataModel::ILP32;
      else throw Error(toml_loc(v), "data_model must be LP64, LLP64 or ILP32, not '" + m + "'");
    } else if (k == "endian") {
      std::string e = toml_string(v, k);
      if (e == "little") s.endian = Endian::Little;
      else if (e == "big") s.endian = Endian::Big;
      else throw Error(toml_loc(v), "endian must be little or big, not '" + e + "'");
    } else if (k == "link") {
      for (auto&& [mode, prof] : toml_table(v, k)) {
        const toml::table& pt = toml_table(prof, mode.str());
        check_keys(pt, kLinkKeys, "link profile");
        LinkProfile& lp = s.links[std::string(mode.str())];
        if (auto* n = pt.get("start")) lp.start = toml_string_array(*n, "start");
        if (auto* n = pt.get("end")) lp.end = toml_string_array(*n, "end");
        if (auto* n = pt.get("libs")) lp.libs = toml_string_array(*n, "libs");
      }
    }
  }
}

}  // namespace

void Config::finalize() {
  targets_.clear();
  rules_ = NormalizeRules{};
  default_target_.clear();
  // name -> the target tables defining it, in layer order.
  std::map<std::string, std::vector<const toml::table*>, std::less<>> defs;
  std::vector<std::string> order;
  for (const auto& layer : impl_->layers) {
    const toml::table& t = layer.table;
    check_keys(t, kTopLevelKeys, "configuration");
    if (auto* n = t.get("default_target")) default_target_ = toml_string(*n, "default_target");
    if (auto* n = t.get("normalize")) {
      const toml::table& nt = toml_table(*n, "normalize");
      for (auto&& [k, v] : nt) {
        std::string_view key = k.str();
        if (key == "arch") read_string_map(v, key, rules_.arch);
        else if (key == "os") read_string_map(v, key, rules_.os);
        else if (key == "env") read_string_map(v, key, rules_.env);
        else if (key == "os_implies_env") read_string_map(v, key, rules_.os_implies_env);
        else if (key == "default_env") read_string_map(v, key, rules_.default_env);
        else if (key == "unsupported_env") read_string_map(v, key, rules_.unsupported_env);
        else if (key == "vendors")
          for (auto& s : toml_string_array(v, key)) rules_.vendors.insert(s);
        else throw Error(toml_loc(v), "unknown key '" + std::string(key) + "' in [normalize]");
      }
    }
    if (auto* n = t.get("target")) {
      for (auto&& [name, def] : toml_table(*n, "target")) {
        std::string key(name.str());
        if (!defs.count(key)) order.push_back(key);
        defs[key].push_back(&toml_table(def, key));
      }
    }
  }

  std::set<std::string> building;
  std::function<const TargetSpec&(const std::string&, const toml::node*)> build =
      [&](const std::string& name, const toml::node* referrer) -> const TargetSpec& {
    if (auto it = targets_.find(name); it != targets_.end()) return it->second;
    auto d = defs.find(name);
    if (d == defs.end()) {
      SourceLoc loc = referrer ? toml_loc(*referrer) : SourceLoc{};
      throw Error(loc, "target inherits from unknown target '" + name + "'");
    }
    if (!building.insert(name).second)
      throw Error(referrer ? toml_loc(*referrer) : SourceLoc{},
                  "target '" + name + "' inherits from itself");
    TargetSpec spec;
    const toml::node* inherits = nullptr;
    for (const toml::table* t : d->second)
      if (auto* n = t->get("inherits")) inherits = n;
    if (inherits) spec = build(toml_string(*inherits, "inherits"), inherits);
    spec.name = name;
    for (const toml::table* t : d->second) apply_target_keys(spec, *t);
    building.erase(name);
    // Every target must say what serves it.
    const toml::table& first = *d->second.front();
    auto need = [&](const std::string& v, const char* key) {
      if (v.empty())
        throw Error(toml_loc(first), "target '" + name + "' does not set '" + key + "'");
    };
    need(spec.arch, "arch");
    need(spec.format, "format");
    need(spec.os, "os");
    need(spec.arch_plugin, "arch_plugin");
    need(spec.format_plugin, "format_plugin");
    if (!spec.default_link.empty() && !spec.links.count(spec.default_link))
      throw Error(toml_loc(first), "target '" + name + "': default_link '" + spec.default_link +
                                       "' names no [link] profile");
    return targets_.emplace(name, std::move(spec)).first->second;
  };
  for (const std::string& name : order) build(name, nullptr);
}

std::string Config::default_target() const {
  return default_target_.empty() ? host_default_triple() : default_target_;
}

std::vector<std::string> Config::target_names() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : targets_) out.push_back(k);
  return out;
}

const TargetSpec* Config::find_target(std::string_view name) const {
  auto it = targets_.find(name);
  return it == targets_.end() ? nullptr : &it->second;
}

namespace {
std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t end = s.find(sep, start);
    out.emplace_back(s.substr(start, end == std::string_view::npos ? s.npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "darwin21.6.0" -> "darwin", "macosx11.0" -> "macosx": an OS version
// suffix does not change the target.
std::string strip_version(const std::string& os) {
  size_t end = os.size();
  while (end > 0 && (std::isdigit(static_cast<unsigned char>(os[end - 1])) || os[end - 1] == '.'))
    --end;
  return end == 0 ? os : os.substr(0, end);
}
}  // namespace

std::string Config::normalize(std::string_view triple) const {
  std::vector<std::string> parts = split(lower(triple), '-');
  if (parts.empty() || parts[0].empty()) return std::string(triple);
  auto map = [](const std::map<std::string, std::string>& m, const std::string& k) {
    auto it = m.find(k);
    return it == m.end() ? k : it->second;
  };
  std::string arch = map(rules_.arch, parts[0]);
  size_t i = 1;
  // A vendor is dropped when something follows it ("x86_64-pc-linux").
  if (i < parts.size() && i + 1 < parts.size() && rules_.vendors.count(parts[i])) ++i;
  if (i >= parts.size()) return arch;
  std::string os_token = parts[i++];
  if (!rules_.os.count(os_token) && !rules_.os_implies_env.count(os_token))
    os_token = strip_version(os_token);
  std::string env;
  if (auto it = rules_.os_implies_env.find(os_token); it != rules_.os_implies_env.end())
    env = it->second;
  std::string os = map(rules_.os, os_token);
  if (i < parts.size()) env = map(rules_.env, parts[i++]);
  if (i < parts.size()) return std::string(triple);  // too many parts: leave it to lookup
  if (auto it = rules_.unsupported_env.find(env); it != rules_.unsupported_env.end())
    throw Error("target '" + std::string(triple) + "': " + it->second);
  if (env.empty())
    if (auto it = rules_.default_env.find(os); it != rules_.default_env.end()) env = it->second;
  return env.empty() ? arch + "-" + os : arch + "-" + os + "-" + env;
}

std::vector<std::string> Config::near_matches(std::string_view text, size_t limit) const {
  std::vector<std::pair<size_t, std::string>> scored;
  std::string t = lower(text);
  for (const auto& [name, spec] : targets_) {
    size_t d = edit_distance(t, name);
    // Also compare against the short form ("x86_64-linux") people type.
    std::string short_form = spec.arch + "-" + spec.os;
    d = std::min(d, edit_distance(t, short_form) + (short_form == name ? 0 : 1));
    scored.emplace_back(d, name);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  size_t cutoff = std::max<size_t>(3, t.size() / 3);
  for (const auto& [d, name] : scored)
    if (d <= cutoff && out.size() < limit) out.push_back(name);
  return out;
}

const TargetSpec& Config::resolve(std::string_view triple) const {
  if (const TargetSpec* s = find_target(triple)) return *s;
  std::string norm = normalize(triple);
  if (const TargetSpec* s = find_target(norm)) return *s;
  std::string msg = "unknown target '" + std::string(triple) + "'";
  if (norm != lower(triple)) msg += " (normalized: " + norm + ")";
  auto near = near_matches(triple);
  if (near.empty()) near = near_matches(norm);
  if (near.empty())  // "x86_64": offer the targets of that architecture
    for (const auto& [name, spec] : targets_)
      if (spec.arch == norm && near.size() < 4) near.push_back(name);
  if (!near.empty()) {
    msg += "; did you mean ";
    for (size_t i = 0; i < near.size(); ++i)
      msg += (i ? (i + 1 == near.size() ? " or " : ", ") : "") + std::string("'") + near[i] + "'";
    msg += "?";
  }
  msg += " ('kit targets' lists them all)";
  throw Error(msg);
}

}  // namespace kit::host
