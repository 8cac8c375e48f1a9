#include "ld_flags.hpp"

#include <cstring>

#include "kit/diag.hpp"

namespace kit::host {

namespace {

bool starts_with(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

// Options that take a value, in the spellings ld accepts: "-o FILE",
// "-oFILE" (short ones), "--opt=V", "--opt V", "-opt V".
struct Taker {
  const std::vector<std::string>& args;
  size_t& i;
  // If args[i] is `name` (with its value attached or following), stores the
  // value and returns true.
  bool take(const char* name, std::string& value) {
    const std::string& a = args[i];
    size_t n = std::strlen(name);
    if (a == name) {
      if (i + 1 >= args.size()) throw Error(std::string("ld: missing argument to '") + name + "'");
      value = args[++i];
      return true;
    }
    if (a.size() > n && a.compare(0, n, name) == 0) {
      bool long_opt = name[1] == '-';
      if (a[n] == '=') {
        value = a.substr(n + 1);
        return true;
      }
      if (!long_opt && n == 2) {  // -oFILE, -Lpath, -lname
        value = a.substr(n);
        return true;
      }
    }
    return false;
  }
};

}  // namespace

bool parse_ld_option(const std::vector<std::string>& args, size_t& i, link::Options& o) {
  const std::string& a = args[i];
  if (a.empty() || a[0] != '-' || a == "-") return false;
  Taker t{args, i};
  std::string v;
  using In = link::Input;
  if (t.take("-o", v) || t.take("--output", v)) o.output = v;
  else if (t.take("-L", v) || t.take("--library-path", v)) o.library_paths.push_back(v);
  else if (t.take("-l", v) || t.take("--library", v)) o.inputs.push_back({In::Library, v});
  else if (t.take("-e", v) || t.take("--entry", v)) o.entry = v;
  else if (t.take("-u", v) || t.take("--undefined", v)) o.undefined.push_back(v);
  else if (t.take("-soname", v) || t.take("--soname", v) || t.take("-h", v)) o.soname = v;
  else if (t.take("-rpath", v) || t.take("--rpath", v) || t.take("-R", v)) o.rpaths.push_back(v);
  else if (t.take("-Map", v) || t.take("--Map", v)) o.map_file = v;
  else if (t.take("--sysroot", v)) o.sysroot = v;
  else if (t.take("-dynamic-linker", v) || t.take("--dynamic-linker", v) || t.take("-I", v))
    o.dynamic_linker = v;
  else if (t.take("--defsym", v)) {
    size_t eq = v.find('=');
    if (eq == std::string::npos) throw Error("ld: --defsym needs NAME=VALUE, got '" + v + "'");
    o.defsym.emplace_back(v.substr(0, eq), v.substr(eq + 1));
  } else if (t.take("--image-base", v)) {
    o.image_base = std::stoull(v, nullptr, 0);
  } else if (t.take("--threads", v)) {
    o.threads = static_cast<unsigned>(std::stoul(v));
  } else if (t.take("-m", v)) {
    // Emulation (elf_x86_64, i386pep, ...): the target already decides.
  } else if (a == "-z") {
    if (i + 1 >= args.size()) throw Error("ld: missing argument to '-z'");
    std::string z = args[++i];
    if (z == "relro") o.relro = true;
    else if (z == "norelro") o.relro = false;
    else if (z == "now") o.now = true;
    else if (z == "lazy") o.now = false;
    else if (z == "execstack") o.exec_stack = true;
    else if (z == "noexecstack") o.exec_stack = false;
    else if (z == "defs") o.allow_undefined_in_shared = false;
    else if (z == "undefs") o.allow_undefined_in_shared = true;
    else if (z == "text" || z == "notext" || z == "separate-code" || z == "noseparate-code" ||
             starts_with(z, "max-page-size=") || starts_with(z, "common-page-size=") ||
             z == "nodelete" || z == "origin")
      ;  // accepted: kit's layout already satisfies them or they cannot change it
    else throw Error("ld: unsupported -z option '" + z + "'");
  } else if (a == "-static" || a == "-Bstatic" || a == "-dn" || a == "-non_shared") {
    if (a == "-static") o.is_static = true;
    o.inputs.push_back({In::Static, ""});
  } else if (a == "-Bdynamic" || a == "-dy" || a == "-call_shared") {
    o.inputs.push_back({In::Dynamic, ""});
  } else if (a == "-shared" || a == "-Bshareable") {
    o.kind = link::OutputKind::SharedLibrary;
  } else if (a == "-pie" || a == "--pic-executable") {
    o.kind = link::OutputKind::PieExecutable;
  } else if (a == "-no-pie" || a == "--no-pic-executable") {
    o.kind = link::OutputKind::Executable;
  } else if (a == "--gc-sections") {
    o.gc_sections = true;
  } else if (a == "--no-gc-sections") {
    o.gc_sections = false;
  } else if (a == "--print-gc-sections") {
    o.print_gc_sections = true;
  } else if (a == "--start-group" || a == "-(") {
    o.inputs.push_back({In::GroupStart, ""});
  } else if (a == "--end-group" || a == "-)") {
    o.inputs.push_back({In::GroupEnd, ""});
  } else if (a == "--whole-archive") {
    o.inputs.push_back({In::WholeArchive, ""});
  } else if (a == "--no-whole-archive") {
    o.inputs.push_back({In::NoWholeArchive, ""});
  } else if (a == "--no-dynamic-linker") {
    o.dynamic_linker.clear();  // static PIE: no PT_INTERP (kit writes none for -static)
  } else if (a == "--push-state") {
    o.inputs.push_back({In::PushState, ""});
  } else if (a == "--pop-state") {
    o.inputs.push_back({In::PopState, ""});
  } else if (a == "-plugin" || a == "--plugin") {
    // gcc passes its LTO plugin on every link line; kit reads no LTO
    // objects (an object holding only LTO bytecode has no code to link).
    if (i + 1 >= args.size()) throw Error("ld: missing argument to '" + a + "'");
    ++i;
  } else if (starts_with(a, "-plugin-opt=") || starts_with(a, "--plugin-opt=")) {
  } else if (a == "--as-needed") {
    o.inputs.push_back({In::AsNeeded, ""});
  } else if (a == "--no-as-needed") {
    o.inputs.push_back({In::NoAsNeeded, ""});
  } else if (a == "--build-id") {
    o.build_id = "sha1";
  } else if (starts_with(a, "--build-id=")) {
    o.build_id = a.substr(11);
    if (o.build_id == "none") o.build_id.clear();
  } else if (a == "-E" || a == "--export-dynamic") {
    o.export_dynamic = true;
  } else if (a == "--no-export-dynamic") {
    o.export_dynamic = false;
  } else if (a == "--eh-frame-hdr") {
    o.eh_frame_hdr = true;
  } else if (a == "-s" || a == "--strip-all") {
    o.strip_all = true;
  } else if (a == "--no-undefined") {
    o.allow_undefined_in_shared = false;
  } else if (a == "--hash-style=gnu" || a == "--hash-style=both" || a == "--hash-style=sysv" ||
             a == "-O1" || a == "-O2" || a == "-O0" || a == "--sort-common" ||
             a == "--fatal-warnings" || a == "--warn-common" || a == "-g" || a == "--enable-new-dtags" ||
             a == "--disable-new-dtags" || a == "-nostdlib" || a == "--no-add-needed" ||
             a == "--copy-dt-needed-entries" || a == "--no-copy-dt-needed-entries" ||
             a == "-X" || a == "--discard-locals" || a == "-x" ||
             a == "--discard-all" || a == "--relax" || a == "--no-relax" || a == "-v" || a == "-V" ||
             a == "--no-warn-mismatch") {
    // Accepted: cannot change what kit writes (see docs/LINKER.md).
  } else {
    throw Error("ld: unrecognized option '" + a + "'");
  }
  return true;
}

void parse_ld_args(const std::vector<std::string>& args, link::Options& o) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (parse_ld_option(args, i, o)) continue;
    o.inputs.push_back({link::Input::File, args[i]});
  }
}

}  // namespace kit::host
