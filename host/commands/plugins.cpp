// kit plugins list | info | install | remove | test
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "conformance/runner.hpp"
#include "kit/atomic_file.hpp"
#include "log.hpp"
#include "paths.hpp"

namespace kit::host {

namespace {

std::string join(const std::vector<std::string>& v, const char* sep = ",") {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
  return s.empty() ? "-" : s;
}

std::string pad(std::string s, size_t n) {
  if (s.size() < n) s.resize(n, ' ');
  return s + " ";
}

// As main() prints errors: "file:line:col: error: msg" or "kit: error: msg".
std::string error_line(const Error& e) {
  if (!e.loc().file.empty()) return e.loc().str() + ": error: " + e.message();
  return std::string("kit: error: ") + e.what();
}

// "no plugin named X", with the manifests kit had to reject (one of them
// may be the plugin the user means).
Error not_found(Context& ctx, const std::string& name) {
  std::string msg = "no plugin named '" + name +
                    "' is installed and no such file exists ('kit plugins list' shows the "
                    "installed ones)";
  for (const auto& e : ctx.registry().problems())
    msg += "\nnote: a plugin manifest was rejected: " + std::string(e.what());
  return Error(msg);
}

// Column widths: at least the heading's, else the longest value's, so
// long capability lists keep the columns aligned.
struct Columns {
  size_t id = 16, version = 8, kind = 9, provides = 10, caps = 24;
  void fit(const PluginManifest& m) {
    id = std::max(id, m.id.size() + 1);
    version = std::max(version, m.version.size() + 1);
    kind = std::max(kind, m.kind.size() + 1);
    provides = std::max(provides, join(m.provides).size() + 1);
    caps = std::max(caps, join(m.capabilities).size() + 1);
  }
};

void print_row(const Columns& c, const PluginManifest& m, const char* tag) {
  std::cout << tag << pad(m.id, c.id) << pad(m.version, c.version) << pad(m.kind, c.kind)
            << pad(join(m.provides), c.provides) << pad(join(m.capabilities), c.caps)
            << m.manifest_path.parent_path().string() << " (" << m.origin << ")\n";
}

int plugins_list(Context& ctx, const Args& args) {
  bool all = false;
  for (const auto& a : args) {
    if (a == "--all") all = true;
    else throw Error("plugins list: unrecognized option '" + a + "'");
  }
  PluginRegistry& reg = ctx.registry();
  Columns c;
  for (const auto& m : reg.plugins()) c.fit(m);
  if (all)
    for (const auto& m : reg.shadowed()) c.fit(m);
  std::cout << "  " << pad("ID", c.id) << pad("VERSION", c.version) << pad("KIND", c.kind)
            << pad("PROVIDES", c.provides) << pad("CAPABILITIES", c.caps) << "DIRECTORY\n";
  for (const auto& m : reg.plugins()) print_row(c, m, "  ");
  if (all)
    for (const auto& m : reg.shadowed()) print_row(c, m, "- ");
  for (const auto& e : reg.problems()) std::cerr << error_line(e) << "\n";
  if (all && !reg.shadowed().empty())
    std::cout << "('-': shadowed by a plugin of the same id earlier in the search order)\n";
  return reg.problems().empty() ? 0 : 1;
}

// NAME from the registry, or a path to a library or manifest.
PluginManifest manifest_for_argument(Context& ctx, const std::string& arg) {
  if (const PluginManifest* m = ctx.registry().find(arg)) return *m;
  std::error_code ec;
  if (fs::exists(arg, ec)) {
    PluginManifest m = read_manifest(manifest_path_for(fs::absolute(arg)));
    m.origin = "path";
    return m;
  }
  throw not_found(ctx, arg);
}

int plugins_info(Context& ctx, const Args& args) {
  if (args.size() != 1) throw Error("usage: kit plugins info NAME|PATH");
  PluginManifest m = manifest_for_argument(ctx, args[0]);
  std::cout << "id:             " << m.id << "\n"
            << "kind:           " << m.kind << "\n"
            << "version:        " << m.version << "\n"
            << "description:    " << m.description << "\n"
            << "provides:       " << join(m.provides, ", ") << "\n"
            << "extensions:     " << join(m.extensions, ", ") << "\n"
            << "capabilities:   " << join(m.capabilities, ", ") << "\n"
            << "sdk version:    " << m.sdk_version << "\n"
            << "abi key:        " << m.abi_key << "\n"
            << "built for:      " << m.library_target << "\n"
            << "library:        " << m.library_path.string() << "\n"
            << "manifest:       " << m.manifest_path.string() << " (" << m.origin << ")\n"
            << "package:        " << package_for_plugin(m.id) << "\n";
  try {
    auto lp = load_plugin_library(m);
    lp->create();
    std::cout << "status:         loads and initializes\n";
    return 0;
  } catch (const Error& e) {
    std::cout << "status:         unusable\n";
    std::cerr << "kit: error: " << e.what() << "\n";
    return 1;
  }
}

fs::path option_dir(const Args& args, size_t& i) {
  if (i + 1 >= args.size()) throw Error("--dir needs a directory");
  return fs::absolute(expand_user(args[++i]));
}

void copy_atomically(const fs::path& from, const fs::path& to) {
  std::ifstream in(from, std::ios::binary);
  if (!in) throw Error(SourceLoc{from.string()}, "cannot read file");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string bytes = ss.str();
  AtomicFile f(to);
  f.set_executable(true);
  f.write(bytes);
  f.commit();
}

int plugins_install(Context& ctx, const Args& args) {
  std::string src;
  fs::path dest = user_data_dir() / "plugins";
  bool force = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--dir") dest = option_dir(args, i);
    else if (args[i] == "--force") force = true;
    else if (!args[i].empty() && args[i][0] == '-')
      throw Error("plugins install: unrecognized option '" + args[i] + "'");
    else if (src.empty()) src = args[i];
    else throw Error("plugins install: one plugin at a time");
  }
  if (src.empty()) throw Error("usage: kit plugins install PATH [--dir DIR] [--force]");
  std::error_code ec;
  if (!fs::exists(src, ec)) throw Error(SourceLoc{src}, "no such file");
  PluginManifest m = read_manifest(manifest_path_for(fs::absolute(src)));
  m.origin = "path";
  // Prove the plugin before copying it: the conformance suite in a child
  // process, so a crashing plugin cannot take kit down.
  ConformanceReport report = run_conformance(m.manifest_path, false);
  if (report.failed && !force) {
    std::cerr << report.text;
    throw Error("plugin " + plugin_label(m) + " failed " + std::to_string(report.failed) +
                " conformance check(s); not installed (--force installs anyway)");
  }
  fs::create_directories(dest, ec);
  if (ec) throw Error(SourceLoc{dest.string()}, "cannot create directory: " + ec.message());
  // Library first, manifest last: a half-finished install has no manifest,
  // so kit never sees it.
  copy_atomically(m.library_path, dest / m.library);
  copy_atomically(m.manifest_path, dest / (m.id + kManifestSuffix));
  std::cout << "installed " << plugin_label(m) << " into " << dest.string() << "\n";
  // Warn when an earlier search directory already provides this id.
  for (const auto& other : ctx.registry().plugins()) {
    if (other.id != m.id) continue;
    fs::path other_dir = fs::weakly_canonical(other.manifest_path.parent_path(), ec);
    if (other_dir != fs::weakly_canonical(dest, ec))
      log_warn("plugin " + m.id + " is also provided by " + other_dir.string() + " (" +
               other.origin + "), which comes earlier in the search order and wins");
  }
  return 0;
}

int plugins_remove(Context& ctx, const Args& args) {
  std::string id;
  fs::path dir = user_data_dir() / "plugins";
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--dir") dir = option_dir(args, i);
    else if (!args[i].empty() && args[i][0] == '-')
      throw Error("plugins remove: unrecognized option '" + args[i] + "'");
    else id = args[i];
  }
  if (id.empty()) throw Error("usage: kit plugins remove NAME [--dir DIR]");
  fs::path manifest = dir / (id + kManifestSuffix);
  std::error_code ec;
  if (!fs::exists(manifest, ec)) {
    std::string msg = "plugin " + id + " is not installed in " + dir.string();
    if (const PluginManifest* m = ctx.registry().find(id))
      msg += "; the one kit uses is at " + m->manifest_path.parent_path().string() + " (" +
             m->origin + "): remove it with your package manager (package " +
             package_for_plugin(id) + ") or pass --dir";
    throw Error(msg);
  }
  PluginManifest m = read_manifest(manifest);
  // Manifest first: without it kit no longer sees the plugin.
  fs::remove(manifest, ec);
  if (ec) throw Error(SourceLoc{manifest.string()}, "cannot remove: " + ec.message());
  fs::remove(m.library_path, ec);
  if (ec) throw Error(SourceLoc{m.library_path.string()}, "cannot remove: " + ec.message());
  std::cout << "removed " << plugin_label(m) << " from " << dir.string() << "\n";
  return 0;
}

int plugins_test(Context& ctx, const Args& args) {
  std::vector<fs::path> manifests;
  bool verbose = ctx.options().verbose;
  for (const auto& a : args) {
    if (a == "--all") {
      for (const auto& m : ctx.registry().plugins()) manifests.push_back(m.manifest_path);
    } else if (a == "--verbose") {
      verbose = true;
    } else if (!a.empty() && a[0] == '-') {
      throw Error("plugins test: unrecognized option '" + a + "'");
    } else if (const PluginManifest* m = ctx.registry().find(a)) {
      manifests.push_back(m->manifest_path);
    } else {
      std::error_code ec;
      if (!fs::exists(a, ec)) throw not_found(ctx, a);
      manifests.push_back(manifest_path_for(fs::absolute(a)));
    }
  }
  if (manifests.empty()) throw Error("usage: kit plugins test NAME|PATH... | --all");
  int passed = 0, failed = 0;
  for (const auto& mp : manifests) {
    ConformanceReport r = run_conformance(mp, verbose);
    std::cout << r.text;
    passed += r.passed;
    failed += r.failed;
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed ? 1 : 0;
}

}  // namespace

int cmd_plugins(Context& ctx, const Args& args) {
  if (args.empty()) throw Error("usage: kit plugins list|info|install|remove|test ... (see 'kit help plugins')");
  Args rest(args.begin() + 1, args.end());
  const std::string& sub = args[0];
  if (sub == "list") return plugins_list(ctx, rest);
  if (sub == "info") return plugins_info(ctx, rest);
  if (sub == "install") return plugins_install(ctx, rest);
  if (sub == "remove") return plugins_remove(ctx, rest);
  if (sub == "test") return plugins_test(ctx, rest);
  throw Error("unknown plugins subcommand '" + sub + "' (list, info, install, remove, test)");
}

}  // namespace kit::host
