// kit cc: the gcc-compatible compiler driver. Compiles each source (.kir or
// any installed frontend's language) to an object in memory, writes it with
// -c, or links everything the way gcc drives ld (driver/link_driver.cpp).
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iostream>

#include "../driver/cc_flags.hpp"
#include "../driver/ld_flags.hpp"
#include "../driver/link_driver.hpp"
#include "../driver/listing.hpp"
#include "../driver/toolchain.hpp"
#include "../paths.hpp"
#include "commands.hpp"
#include "kit/atomic_file.hpp"
#include "kit/ir/ir.hpp"
#include "kit/obj/object.hpp"

namespace kit::host {

namespace {

bool is_linker_input(const std::string& ext) {
  return ext == ".o" || ext == ".obj" || ext == ".a" || ext == ".lib" || ext == ".so" ||
         ext == ".dll" || ext == ".dylib" || ext == ".tbd" || ext == ".def";
}

// -march= must name the baseline the target's code generator emits
// (targets.toml `march`), or be "native".
bool march_ok(const TargetSpec& t, const std::string& m) {
  return m == "native" || std::find(t.march.begin(), t.march.end(), m) != t.march.end();
}

// The ld command line kit's linker carries out, for -v (CMake reads the
// implicit link directories and libraries from it, as from gcc's).
std::string link_line(const link::Options& lo) {
  std::string s = " kit-ld";
  if (lo.kind == link::OutputKind::SharedLibrary) s += " -shared";
  else if (lo.kind == link::OutputKind::PieExecutable) s += " -pie";
  if (lo.is_static) s += " -static";
  else if (!lo.dynamic_linker.empty() && lo.kind != link::OutputKind::SharedLibrary)
    s += " -dynamic-linker " + lo.dynamic_linker;
  s += " -o " + lo.output;
  for (const auto& d : lo.library_paths) s += " -L" + d;
  for (const auto& in : lo.inputs) {
    using In = link::Input;
    switch (in.kind) {
      case In::File: s += " " + in.value; break;
      case In::Library: s += " -l" + in.value; break;
      case In::Memory: s += " " + in.value + "(compiled in memory)"; break;
      case In::GroupStart: s += " --start-group"; break;
      case In::GroupEnd: s += " --end-group"; break;
      case In::WholeArchive: s += " --whole-archive"; break;
      case In::NoWholeArchive: s += " --no-whole-archive"; break;
      case In::AsNeeded: s += " --as-needed"; break;
      case In::NoAsNeeded: s += " --no-as-needed"; break;
      case In::Static: s += " -Bstatic"; break;
      case In::Dynamic: s += " -Bdynamic"; break;
      case In::PushState: s += " --push-state"; break;
      case In::PopState: s += " --pop-state"; break;
    }
  }
  return s;
}

// -v: the include search list in gcc's words (CMake reads its implicit
// include directories from it). The same chain the C preprocessor builds
// (plugins/frontend-c/pp/preprocessor.cpp): -iquote; then -I, -isystem,
// kit's resource directory and the target's system directories under the
// sysroot, -idirafter; directories that do not exist are left out.
void print_search_list(const FrontendOptions& o, const TargetSpec& t) {
  std::vector<std::string> angle = o.include_dirs;
  angle.insert(angle.end(), o.system_dirs.begin(), o.system_dirs.end());
  if (!o.no_std_inc) {
    if (!o.resource_dir.empty()) angle.push_back(o.resource_dir);
    std::string root = choose_sysroot(t, o.sysroot);
    for (const auto& d : t.include_dirs)
      angle.push_back(root.empty() || root == "/" ? d : (fs::path(root) / d.substr(d[0] == '/')).string());
  }
  angle.insert(angle.end(), o.after_dirs.begin(), o.after_dirs.end());
  auto print = [](const std::vector<std::string>& dirs) {
    std::vector<std::string> seen;
    for (const auto& d : dirs) {
      std::error_code ec;
      if (!fs::is_directory(d, ec) || std::find(seen.begin(), seen.end(), d) != seen.end()) continue;
      seen.push_back(d);
      std::cerr << " " << d << "\n";
    }
  };
  std::cerr << "#include \"...\" search starts here:\n";
  print(o.quote_dirs);
  std::cerr << "#include <...> search starts here:\n";
  print(angle);
  std::cerr << "End of search list.\n";
}

// --version, -dumpmachine and friends: print and stop.
int print_info(Context& ctx, const CcCommand& c) {
  if (c.info == "help") {
    std::cout << "usage: kit cc [options] file...\n\n"
                 "gcc-compatible flags, by what kit does with them (docs/DRIVER.md):\n\n";
    print_flag_tables(std::cout);
  } else if (c.info == "version") {
    std::cout << "kit-cc (kit) " << KIT_VERSION << "\n" << version_text();
  } else if (c.info == "dumpversion") {
    // The GNU C version kit presents (__GNUC__, __GNUC_MINOR__,
    // __GNUC_PATCHLEVEL__ in plugins/frontend-c/pp/predefined.cpp; a lit
    // test keeps the two equal).
    std::cout << "12.2.0\n";
  } else if (c.info == "dumpmachine") {
    std::cout << ctx.target().name << "\n";
  } else if (c.info == "print-file-name" || c.info == "print-search-dirs") {
    // The directories the link searches: -L, then the target's runtime and
    // library directories (driver/link_driver.cpp).
    const TargetSpec& t = ctx.target();
    std::vector<std::string> dirs = c.lo.library_paths;
    for (const auto& d : resolve_runtime_dirs(t)) dirs.push_back(d);
    for (const auto& d : resolve_lib_dirs(t, choose_sysroot(t, c.lr.sysroot))) dirs.push_back(d);
    if (c.info == "print-search-dirs") {
      std::cout << "install: " << (executable_prefix() / "lib" / "kit").string() << "/\nprograms: ="
                << (executable_prefix() / "bin").string() << "/\nlibraries: =";
      for (size_t i = 0; i < dirs.size(); ++i) std::cout << (i ? ":" : "") << dirs[i] << "/";
      std::cout << "\n";
      return 0;
    }
    std::string found = c.info_arg;
    std::error_code ec;
    if (c.info_arg == "include") {
      fs::path res = executable_prefix() / "lib" / "kit" / "include";
      if (fs::is_directory(res, ec)) found = res.string();
    } else {
      for (const auto& d : dirs)
        if (fs::exists(fs::path(d) / c.info_arg, ec)) {
          found = (fs::path(d) / c.info_arg).string();
          break;
        }
    }
    std::cout << found << "\n";
  } else if (c.info == "print-multiarch") {
    const TargetSpec& t = ctx.target();
    // Debian's multiarch tuples are the GNU/Linux triples kit names targets by.
    if (t.os == "linux") std::cout << t.name << "\n";
    else std::cout << "\n";
  } else if (c.info == "print-prog-name") {
    static const char* const tools[] = {"ld", "as", "ar", "ranlib", "nm", "objdump", "size", "cpp", "cc"};
    std::string name = c.info_arg;
    for (const char* tool : tools) {
      fs::path p = executable_prefix() / "bin" / (std::string("kit-") + tool);
      std::error_code ec;
      if (name == tool && fs::exists(p, ec)) name = p.string();
    }
    std::cout << name << "\n";
  }
  return 0;
}

}  // namespace

// Shared with kit cpp (commands/toolchain.cpp).
FrontendOptions source_options(const FrontendOptions& base, const std::string& source,
                               const std::string& output, bool preprocess_only);
Args take_target(Context& ctx, const Args& args);
bool stderr_is_terminal();

int cmd_cc(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, expand_response_files(raw));
  CcCommand c;
  parse_cc_args(args, c);
  if (!c.info.empty()) return print_info(ctx, c);
  const TargetSpec& t = ctx.target();
  if (c.verbose)
    std::cerr << "kit-cc (kit) " << KIT_VERSION << ", presenting as GNU C 12.2.0\nTarget: " << t.name << "\n";
  if (!c.march.empty() && !march_ok(t, c.march))
    throw Error("-march=" + c.march + " is not supported: kit generates " + t.arch +
                " baseline code only (use the baseline or leave -march out)");
  for (const auto& m : c.machine_flags)
    if (m == "-m64" && t.pointer_size() != 8)
      throw Error("-m64 does not match the target " + t.name + " (use --target)");
  FrontendOptions& fo = c.fo;
  CodegenOptions& co = c.co;
  link::Options& lo = c.lo;
  if (fo.deps.only) c.preprocess_only = true;  // -M, -MM

  Toolchain tc(ctx, t);
  struct Source {
    std::string path, lang;
    size_t input_position;  // where its object goes among the link inputs
  };
  std::vector<Source> sources;
  // Every operand's place among lo.inputs, in command-line order; a source's
  // entry is a Memory placeholder for its compiled object.
  std::vector<std::pair<size_t, link::Input>> placed;
  for (const auto& op : c.operands) {
    if (op.path == "-" && op.lang.empty() && !c.preprocess_only)
      throw Error("-E or -x required when input is from standard input");
    std::string ext = fs::path(op.path).extension().string();
    std::string lang = op.lang.empty() && op.path == "-" ? "c" : op.lang;
    if (lang == "c-header" && !c.preprocess_only)
      throw Error(op.path + ": kit does not write precompiled headers (-x c-header works with -E only)");
    if (!lang.empty() || (!is_linker_input(ext) && tc.is_source(op.path))) {
      sources.push_back({op.path, lang, op.link_position});
      placed.push_back({op.link_position, {link::Input::Memory, op.path}});
    } else {
      placed.push_back({op.link_position, {link::Input::File, op.path}});
    }
  }
  if (placed.empty() && lo.inputs.empty()) {
    if (c.verbose) return 0;  // gcc -v alone: the version
    throw Error("no input files");
  }
  if ((c.compile_only || c.assembly || c.preprocess_only) && !c.output.empty() && sources.size() > 1)
    throw Error("cannot specify '-o' with '-c', '-S' or '-E' with multiple files");

  Diagnostics diags(std::cerr);
  diags.set_color(c.color == 1 || (c.color == -1 && stderr_is_terminal()));

  // PIC: explicit flags win; otherwise follow the way this target links by
  // default (Debian's gcc builds PIE by default, and so does kit).
  const LinkRequest& lr = c.lr;
  co.pic = c.pic == 1 || lr.shared;
  co.pie = c.pie_code == 1 || (c.pie_code == -1 && c.pic != 0 && !co.pic &&
                               (lr.pie == 1 || (lr.pie == -1 && !lr.is_static && t.default_link == "pie")));
  fo.pic = co.pic;  // __PIC__ / __PIE__
  fo.pie = co.pie;

  if (c.preprocess_only) {
    int rc = 0;
    for (const auto& s : sources) {
      std::string out;
      FrontendOptions so = source_options(fo, s.path, c.output, true);
      if (c.verbose) {
        std::cerr << " kit-cpp " << s.path << "\n";
        print_search_list(so, t);
      }
      if (!tc.frontend_for(s.path, KIT_CAP_PREPROCESS, s.lang).preprocess(t, so, s.path, out, diags)) {
        rc = 1;
        continue;
      }
      if (c.output.empty() || c.output == "-") std::cout << out;
      else write_file_atomically(c.output, {reinterpret_cast<const uint8_t*>(out.data()), out.size()});
    }
    return rc;
  }

  // Sources -> objects in memory, in command-line position.
  std::vector<std::pair<size_t, link::MemoryFile>> objects;  // in source order
  for (const auto& s : sources) {
    FrontendOptions so = source_options(fo, s.path, c.compile_only ? c.output : "", false);
    if (c.verbose) {
      std::cerr << " kit-cc1 " << s.path << (s.lang.empty() ? "" : " -x " + s.lang) << "\n";
      print_search_list(so, t);
    }
    auto m = tc.to_ir(s.path, so, diags, s.lang);
    if (!m) return 1;
    if (c.syntax_only) continue;
    std::string stem = s.path == "-" ? "-" : fs::path(s.path).filename().string();
    if (c.assembly) {
      // -S: the generated code as GNU assembler source (driver/listing.cpp).
      const ArchPlugin& a = tc.arch(KIT_CAP_CODEGEN | KIT_CAP_DISASSEMBLE);
      obj::ObjectFile o;
      if (!tc.to_object_file(*m, co, o, diags)) return 1;
      std::string text;
      listing::assembly(o, a, t, s.path, text);
      std::string out = !c.output.empty() ? c.output : fs::path(stem).replace_extension(".s").string();
      if (out == "-") std::cout << text;
      else write_file_atomically(out, {reinterpret_cast<const uint8_t*>(text.data()), text.size()});
      continue;
    }
    std::vector<uint8_t> bytes;
    if (!tc.to_object(*m, co, bytes, diags)) return 1;
    if (c.compile_only) {
      std::string out = !c.output.empty() ? c.output : fs::path(stem).replace_extension(".o").string();
      if (out == "-") std::cout.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
      else write_file_atomically(out, bytes);
      continue;
    }
    objects.push_back({s.input_position, link::MemoryFile{s.path, std::move(bytes)}});
  }
  if (diags.has_errors()) return 1;
  if (c.compile_only || c.assembly || c.syntax_only) return 0;

  // Link: compiled objects and operand files take their places among the
  // -l and -Wl inputs, in command-line order.
  std::vector<link::Input> inputs;
  size_t next_obj = 0;
  auto emit_operands_at = [&](size_t pos) {
    for (const auto& [p, in] : placed) {
      if (p != pos) continue;
      if (in.kind != link::Input::Memory) {
        inputs.push_back(in);
        continue;
      }
      lo.memory_files.push_back(std::move(objects[next_obj++].second));
      link::Input m{link::Input::Memory, lo.memory_files.back().name};
      m.memory_index = static_cast<int>(lo.memory_files.size() - 1);
      inputs.push_back(m);
    }
  };
  for (size_t pos = 0; pos <= lo.inputs.size(); ++pos) {
    emit_operands_at(pos);
    if (pos < lo.inputs.size()) inputs.push_back(lo.inputs[pos]);
  }
  lo.inputs = std::move(inputs);
  lo.output = !c.output.empty() ? c.output : (t.os == "windows" ? "a.exe" : "a.out");
  add_target_link_defaults(t, lr, lo);
  if (c.verbose) std::cerr << link_line(lo) << "\n";
  uint64_t link_cap = lo.kind == link::OutputKind::SharedLibrary ? KIT_CAP_LINK_SHARED
                                                                 : KIT_CAP_LINK_EXECUTABLE;
  FormatPlugin& f = tc.format(KIT_CAP_READ_OBJECT | link_cap);
  ArchPlugin& a = tc.arch(KIT_CAP_RELOCATE);
  Diagnostics link_diags(std::cerr);  // -Werror is about the compiler's warnings, not ld's
  link_diags.set_color(diags.color());
  return f.link(lo, t, a, link_diags) ? 0 : 1;
}

int cmd_ld(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, expand_response_files(raw));
  link::Options lo;
  lo.kind = link::OutputKind::Executable;  // ld's default, unlike cc's
  // -v, -V, --version: the version line, then (like GNU ld) stop unless
  // there is something to link. libtool reads it to decide the linker is
  // GNU-compatible ("GNU" in the line), as lld's answer says.
  bool version = false, version_only = false;
  for (const auto& a : args) {
    if (a == "-v" || a == "-V" || a == "--version") version = true;
    if (a == "--version") version_only = true;
  }
  if (version) std::cout << "kit ld " << KIT_VERSION << " (compatible with GNU linkers)\n";
  if (version_only) return 0;
  if (std::find(args.begin(), args.end(), "--help") != args.end()) {
    // GNU ld's --help ends with the BFD names of the formats it links;
    // libtool greps ": supported targets:.* elf" before it trusts the
    // linker with ELF shared libraries.
    std::cout << find_command("ld")->usage << "  Flags: docs/LINKER.md\n"
              << "kit ld: supported targets: elf64-x86-64 elf64-littleaarch64 elf64-littleriscv\n";
    return 0;
  }
  parse_ld_args(args, lo);
  if (version && lo.inputs.empty()) return 0;
  const TargetSpec& t = ctx.target();
  if (lo.dynamic_linker.empty() && !lo.is_static) lo.dynamic_linker = t.dynamic_linker;
  Toolchain tc(ctx, t);
  Diagnostics diags(std::cerr);
  uint64_t link_cap = lo.kind == link::OutputKind::SharedLibrary ? KIT_CAP_LINK_SHARED
                                                                 : KIT_CAP_LINK_EXECUTABLE;
  FormatPlugin& f = tc.format(KIT_CAP_READ_OBJECT | link_cap);
  ArchPlugin& a = tc.arch(KIT_CAP_RELOCATE);
  return f.link(lo, t, a, diags) ? 0 : 1;
}

}  // namespace kit::host
