// kit cc: the gcc-compatible compiler driver. Compiles each source (.kir or
// any installed frontend's language) to an object in memory, writes it with
// -c, or links everything the way gcc drives ld (driver/link_driver.cpp).
#include <cstring>
#include <iostream>

#include "../driver/ld_flags.hpp"
#include "../driver/link_driver.hpp"
#include "../driver/listing.hpp"
#include "../driver/toolchain.hpp"
#include "commands.hpp"
#include "kit/atomic_file.hpp"
#include "kit/ir/ir.hpp"
#include "kit/obj/object.hpp"

namespace kit::host {

namespace {

bool starts_with(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t c = s.find(',', start);
    out.push_back(s.substr(start, c == std::string::npos ? std::string::npos : c - start));
    if (c == std::string::npos) break;
    start = c + 1;
  }
  return out;
}

bool is_linker_input(const std::string& ext) {
  return ext == ".o" || ext == ".obj" || ext == ".a" || ext == ".lib" || ext == ".so" ||
         ext == ".dll" || ext == ".dylib" || ext == ".tbd" || ext == ".def";
}

}  // namespace

// Preprocessor flags shared with kit cpp (commands/cpp.cpp).
bool take_pp_flag(const Args& args, size_t& i, FrontendOptions& o);
FrontendOptions source_options(const FrontendOptions& base, const std::string& source,
                               const std::string& output, bool preprocess_only);
Args take_target(Context& ctx, const Args& args);

int cmd_cc(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  FrontendOptions fo;
  CodegenOptions co;
  LinkRequest lr;
  link::Options lo;
  struct Source {
    std::string path;
    size_t input_position;  // where its object goes among the link inputs
  };
  std::vector<Source> sources;
  std::string output;
  bool compile_only = false, preprocess_only = false, assembly = false;
  int pic = -1;  // -fPIC/-fpic: 1, -fno-pic: 0
  int pie_code = -1;
  auto linker_args = [&](const std::vector<std::string>& la) {
    for (size_t j = 0; j < la.size(); ++j)
      if (!parse_ld_option(la, j, lo)) lo.inputs.push_back({link::Input::File, la[j]});
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (take_pp_flag(args, i, fo)) continue;
    if (a == "-c") compile_only = true;
    else if (a == "-E") preprocess_only = true;
    else if (a == "-S") assembly = true;
    else if (a == "-o") {
      if (i + 1 >= args.size()) throw Error("cc: missing argument to '-o'");
      output = args[++i];
    } else if (starts_with(a, "-o")) output = a.substr(2);
    else if (a == "-shared") lr.shared = true;
    else if (a == "-static") lr.is_static = true;
    else if (a == "-static-pie") lr.static_pie = true;
    else if (a == "-pie") lr.pie = 1;
    else if (a == "-no-pie" || a == "-nopie") lr.pie = 0;
    else if (a == "-nostdlib") lr.no_start_files = lr.no_default_libs = true;
    else if (a == "-nostartfiles") lr.no_start_files = true;
    else if (a == "-nodefaultlibs") lr.no_default_libs = true;
    else if (a == "-fPIC" || a == "-fpic") pic = 1;
    else if (a == "-fno-PIC" || a == "-fno-pic") pic = 0;
    else if (a == "-fPIE" || a == "-fpie") pie_code = 1;
    else if (a == "-fno-PIE" || a == "-fno-pie") pie_code = 0;
    else if (a == "-ffunction-sections") co.function_sections = true;
    else if (a == "-fdata-sections") co.data_sections = true;
    else if (a == "-fomit-frame-pointer") co.omit_frame_pointer = true;
    else if (a == "-fno-omit-frame-pointer") co.omit_frame_pointer = false;
    else if (starts_with(a, "-O")) co.opt_level = fo.opt_level = (a == "-O0") ? 0 : (a == "-O" ? 1 : (std::isdigit(static_cast<unsigned char>(a[2])) ? a[2] - '0' : 2));
    else if (a == "-g" || starts_with(a, "-g")) {
      // Accepted: debug information is not generated yet (docs/DRIVER.md).
    } else if (a == "-pthread") {
      fo.macro_ops.push_back({true, "_REENTRANT"});
    } else if (a == "-rdynamic") lo.export_dynamic = true;
    else if (a == "-s") lo.strip_all = true;
    else if (starts_with(a, "-L")) {
      lo.library_paths.push_back(a.size() > 2 ? a.substr(2) : (i + 1 < args.size() ? args[++i] : throw Error("cc: missing argument to '-L'")));
    } else if (starts_with(a, "-l")) {
      lo.inputs.push_back({link::Input::Library, a.size() > 2 ? a.substr(2) : (i + 1 < args.size() ? args[++i] : throw Error("cc: missing argument to '-l'"))});
    } else if (starts_with(a, "-Wl,")) {
      linker_args(split_commas(a.substr(4)));
    } else if (a == "-Xlinker") {
      if (i + 1 >= args.size()) throw Error("cc: missing argument to '-Xlinker'");
      // -Xlinker pairs: "-Xlinker -z -Xlinker now".
      std::vector<std::string> la{args[++i]};
      while (i + 2 < args.size() && args[i + 1] == "-Xlinker" && !la.back().empty() &&
             la.back()[0] == '-' && la.size() == 1 &&
             (la[0] == "-z" || la[0] == "-rpath" || la[0] == "-soname" || la[0] == "-e")) {
        la.push_back(args[i + 2]);
        i += 2;
      }
      linker_args(la);
    } else if (starts_with(a, "--sysroot=")) {
      lr.sysroot = fo.sysroot = a.substr(10);
    } else if (a.size() > 1 && a[0] == '-') {
      throw Error("cc: unrecognized command-line option '" + a + "'");
    } else {
      std::string ext = fs::path(a).extension().string();
      Toolchain probe(ctx, ctx.target());
      if (!is_linker_input(ext) && probe.is_source(a)) {
        sources.push_back({a, lo.inputs.size()});
      } else {
        lo.inputs.push_back({link::Input::File, a});
      }
    }
  }
  if (sources.empty() && lo.inputs.empty()) throw Error("cc: no input files");
  if (fo.deps.only) preprocess_only = true;  // -M, -MM
  const TargetSpec& t = ctx.target();
  Toolchain tc(ctx, t);
  Diagnostics diags(std::cerr);

  if ((compile_only || assembly) && !output.empty() && sources.size() > 1)
    throw Error("cc: cannot specify '-o' with '-c' or '-S' with multiple files");

  // PIC: explicit flags win; otherwise follow the way this target links by
  // default (Debian's gcc builds PIE by default, and so does kit).
  co.pic = pic == 1 || lr.shared;
  co.pie = pie_code == 1 || (pie_code == -1 && pic != 0 && !co.pic &&
                             (lr.pie == 1 || (lr.pie == -1 && !lr.is_static && t.default_link == "pie")));
  fo.pic = co.pic;  // __PIC__ / __PIE__
  fo.pie = co.pie;

  if (preprocess_only) {
    int rc = 0;
    for (const auto& s : sources) {
      std::string out;
      if (!tc.frontend_for(s.path, KIT_CAP_PREPROCESS).preprocess(t, source_options(fo, s.path, output, true), s.path, out, diags)) {
        rc = 1;
        continue;
      }
      if (output.empty() || output == "-") std::cout << out;
      else write_file_atomically(output, {reinterpret_cast<const uint8_t*>(out.data()), out.size()});
    }
    return rc;
  }

  // Sources -> objects in memory, in command-line position.
  std::vector<std::pair<size_t, link::MemoryFile>> objects;
  for (const auto& s : sources) {
    auto m = tc.to_ir(s.path, source_options(fo, s.path, compile_only ? output : "", false), diags);
    if (!m) return 1;
    if (assembly) {
      // -S: the generated code as GNU assembler source (driver/listing.cpp).
      const ArchPlugin& a = tc.arch(KIT_CAP_CODEGEN | KIT_CAP_DISASSEMBLE);
      obj::ObjectFile o;
      if (!tc.to_object_file(*m, co, o, diags)) return 1;
      std::string text;
      listing::assembly(o, a, t, s.path, text);
      std::string out = !output.empty() ? output : fs::path(s.path).filename().replace_extension(".s").string();
      if (out == "-") std::cout << text;
      else write_file_atomically(out, {reinterpret_cast<const uint8_t*>(text.data()), text.size()});
      continue;
    }
    std::vector<uint8_t> bytes;
    if (!tc.to_object(*m, co, bytes, diags)) return 1;
    if (compile_only) {
      std::string out = !output.empty() ? output : fs::path(s.path).filename().replace_extension(".o").string();
      write_file_atomically(out, bytes);
      continue;
    }
    objects.push_back({s.input_position, link::MemoryFile{s.path, std::move(bytes)}});
  }
  if (compile_only || assembly) return 0;

  // Link: the compiled objects take their sources' places among the inputs.
  std::vector<link::Input> inputs;
  size_t next = 0;
  for (size_t pos = 0; pos <= lo.inputs.size(); ++pos) {
    while (next < objects.size() && objects[next].first == pos) {
      lo.memory_files.push_back(std::move(objects[next].second));
      link::Input in{link::Input::Memory, lo.memory_files.back().name};
      in.memory_index = static_cast<int>(lo.memory_files.size() - 1);
      inputs.push_back(in);
      ++next;
    }
    if (pos < lo.inputs.size()) inputs.push_back(lo.inputs[pos]);
  }
  lo.inputs = std::move(inputs);
  lo.output = !output.empty() ? output : (t.os == "windows" ? "a.exe" : "a.out");
  add_target_link_defaults(t, lr, lo);
  uint64_t link_cap = lo.kind == link::OutputKind::SharedLibrary ? KIT_CAP_LINK_SHARED
                                                                 : KIT_CAP_LINK_EXECUTABLE;
  FormatPlugin& f = tc.format(KIT_CAP_READ_OBJECT | link_cap);
  ArchPlugin& a = tc.arch(KIT_CAP_RELOCATE);
  return f.link(lo, t, a, diags) ? 0 : 1;
}

int cmd_ld(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  link::Options lo;
  lo.kind = link::OutputKind::Executable;  // ld's default, unlike cc's
  parse_ld_args(args, lo);
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
