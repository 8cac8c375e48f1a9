#include "link_driver.hpp"

#include <algorithm>
#include <filesystem>

#include "kit/diag.hpp"

namespace fs = std::filesystem;

namespace kit::host {

namespace {
bool path_exists(const fs::path& p) {
  std::error_code ec;
  return fs::exists(p, ec);
}

// Compares version-like directory names numerically ("12" > "9").
bool version_less(const std::string& a, const std::string& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      size_t ie = i, je = j;
      while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
      while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
      unsigned long long x = std::stoull(a.substr(i, ie - i)), y = std::stoull(b.substr(j, je - j));
      if (x != y) return x < y;
      i = ie;
      j = je;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i, ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

// "/usr/lib/gcc/x86_64-linux-gnu/*" or ".../*-posix" -> the highest match.
std::string resolve_star(const std::string& pattern) {
  size_t star = pattern.rfind('*');
  if (star == std::string::npos) return path_exists(pattern) ? pattern : std::string();
  fs::path parent = fs::path(pattern.substr(0, star)).parent_path();
  std::string last = fs::path(pattern).filename().string();
  size_t s = last.find('*');
  std::string prefix = last.substr(0, s), suffix = last.substr(s + 1);
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& de : fs::directory_iterator(parent, ec)) {
    std::string n = de.path().filename().string();
    if (n.size() < prefix.size() + suffix.size()) continue;
    if (n.compare(0, prefix.size(), prefix) != 0) continue;
    if (n.compare(n.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    std::string mid = n.substr(prefix.size(), n.size() - prefix.size() - suffix.size());
    if (mid.empty() || !std::isdigit(static_cast<unsigned char>(mid[0]))) continue;
    if (mid.find('-') != std::string::npos) continue;  // "12-win32" does not match "*"
    names.push_back(n);
  }
  if (names.empty()) return {};
  std::sort(names.begin(), names.end(), version_less);
  return (parent / names.back()).string();
}

// Finds `name` (a file) in dirs; "" if absent.
std::string find_in(const std::vector<std::string>& dirs, const std::string& name) {
  for (const auto& d : dirs)
    if (path_exists(fs::path(d) / name)) return (fs::path(d) / name).string();
  return {};
}
}  // namespace

std::string choose_sysroot(const TargetSpec& t, const std::string& requested) {
  if (!requested.empty()) return requested;
  for (const auto& s : t.sysroot)
    if (path_exists(s)) return s;
  return {};
}

std::vector<std::string> resolve_runtime_dirs(const TargetSpec& t) {
  std::vector<std::string> out;
  for (const auto& p : t.runtime_dirs) {
    std::string r = resolve_star(p);
    if (!r.empty() && std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
  }
  return out;
}

std::vector<std::string> resolve_lib_dirs(const TargetSpec& t, const std::string& sysroot) {
  std::vector<std::string> out;
  for (const auto& d : t.lib_dirs) {
    std::string p = sysroot.empty() || sysroot == "/" ? d : (fs::path(sysroot) / d.substr(d[0] == '/')).string();
    if (path_exists(p) && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  return out;
}

void add_target_link_defaults(const TargetSpec& t, const LinkRequest& r, link::Options& o) {
  std::string profile;
  if (r.shared) profile = "shared";
  else if (r.static_pie) profile = "static-pie";
  else if (r.is_static) profile = "static";
  else if (r.pie == 1) profile = "pie";
  else if (r.pie == 0) profile = t.links.count("dynamic") ? "dynamic" : t.default_link;
  else profile = t.default_link;
  auto it = t.links.find(profile);
  if (it == t.links.end())
    throw Error("target " + t.name + " has no '" + profile + "' link profile in targets.toml");
  const LinkProfile& lp = it->second;

  o.kind = profile == "shared"                           ? link::OutputKind::SharedLibrary
           : (profile == "pie" || profile == "static-pie") ? link::OutputKind::PieExecutable
                                                           : link::OutputKind::Executable;
  o.is_static = profile == "static" || profile == "static-pie";
  if (o.dynamic_linker.empty()) o.dynamic_linker = t.dynamic_linker;

  std::string sysroot = choose_sysroot(t, r.sysroot);
  if (o.sysroot.empty()) o.sysroot = sysroot;
  std::vector<std::string> search = o.library_paths;  // user -L first
  for (const auto& d : resolve_runtime_dirs(t)) search.push_back(d);
  for (const auto& d : resolve_lib_dirs(t, sysroot)) search.push_back(d);
  o.library_paths = search;

  auto object = [&](const std::string& item) -> std::string {
    bool optional = !item.empty() && item.back() == '?';
    std::string name = optional ? item.substr(0, item.size() - 1) : item;
    std::string p = find_in(search, name);
    if (p.empty() && !optional)
      throw Error("target " + t.name + ": cannot find startup object '" + name + "' (searched " +
                  std::to_string(search.size()) + " directories; is the target's C library installed? "
                  "'kit targets --verbose' shows the sysroot)");
    return p;
  };
  using In = link::Input;
  std::vector<In> before, after;
  if (!r.no_start_files)
    for (const auto& s : lp.start)
      if (auto p = object(s); !p.empty()) before.push_back({In::File, p});
  if (!r.no_default_libs) {
    // -pthread: libpthread where the C library still has one (glibc keeps
    // a stub, musl an empty archive; elsewhere threads are in libc).
    if (r.pthread && (!find_in(search, "libpthread.a").empty() || !find_in(search, "libpthread.so").empty()))
      after.push_back({In::Library, "pthread"});
    for (const auto& l : lp.libs) {
      bool optional = !l.empty() && l.back() == '?';
      std::string item = optional ? l.substr(0, l.size() - 1) : l;
      if (item == "--start-group") after.push_back({In::GroupStart, ""});
      else if (item == "--end-group") after.push_back({In::GroupEnd, ""});
      else if (item.rfind("-l", 0) == 0) {
        std::string name = item.substr(2);
        if (optional && find_in(search, "lib" + name + ".a").empty() &&
            find_in(search, "lib" + name + ".so").empty())
          continue;
        after.push_back({In::Library, name});
      } else {
        after.push_back({In::File, item});
      }
    }
  }
  if (!r.no_start_files)
    for (const auto& s : lp.end)
      if (auto p = object(s); !p.empty()) after.push_back({In::File, p});
  std::vector<In> all = std::move(before);
  all.insert(all.end(), o.inputs.begin(), o.inputs.end());
  all.insert(all.end(), after.begin(), after.end());
  o.inputs = std::move(all);
}

}  // namespace kit::host
