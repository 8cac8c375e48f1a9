// The toolchain commands, routed to the plugins the target resolves to.
// Each command first establishes everything it needs (plugins installed,
// capabilities claimed) and only then works, so a target that cannot do
// something yet says so honestly before any output is written.
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "../context.hpp"
#include "../paths.hpp"
#include "commands.hpp"
#include "kit/atomic_file.hpp"
#include "kit/frontend.hpp"

namespace kit::host {

namespace {

struct Need {
  enum Role { Arch, Format } role;
  uint64_t caps;
};

// Checks that the target's arch and format plugins exist (both first: a
// missing plugin, with its package, says more than a missing capability)
// and claim caps.
void need_all(Context& ctx, const TargetSpec& t, std::initializer_list<Need> needs) {
  ctx.need_plugin(t, t.arch_plugin);
  ctx.need_plugin(t, t.format_plugin);
  for (const Need& n : needs) {
    const std::string& id = n.role == Need::Arch ? t.arch_plugin : t.format_plugin;
    ctx.need_capabilities(t, ctx.need_plugin(t, id), n.caps);
  }
}

bool starts_with(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

}  // namespace

// Preprocessor flags shared by cc and cpp; returns false if `a` is not one.
// Joined and separate forms both work where gcc has both (-Idir, -I dir).
bool take_pp_flag(const Args& args, size_t& i, FrontendOptions& o) {
  const std::string& a = args[i];
  auto value = [&](const char* flag) -> std::string {
    size_t n = std::strlen(flag);
    if (a.size() > n) return a.substr(n);
    if (i + 1 >= args.size()) throw Error("missing argument to '" + a + "'");
    return args[++i];
  };
  auto& d = o.deps;
  if (starts_with(a, "-D")) o.macro_ops.push_back({true, value("-D")});
  else if (starts_with(a, "-U")) o.macro_ops.push_back({false, value("-U")});
  else if (starts_with(a, "-I")) o.include_dirs.push_back(value("-I"));
  else if (starts_with(a, "-isystem")) o.system_dirs.push_back(value("-isystem"));
  else if (starts_with(a, "-idirafter")) o.after_dirs.push_back(value("-idirafter"));
  else if (starts_with(a, "-iquote")) o.quote_dirs.push_back(value("-iquote"));
  else if (a == "-include") o.forced_includes.push_back(value("-include"));
  else if (a == "-imacros") o.macro_includes.push_back(value("-imacros"));
  else if (a == "-nostdinc") o.no_std_inc = true;
  else if (a == "-undef") o.undef = true;
  else if (a == "-trigraphs") o.trigraphs = true;
  else if (a == "-ansi") o.std = "c90";
  else if (a == "-ffreestanding") o.freestanding = true;
  else if (a == "-fhosted") o.freestanding = false;
  else if (a == "-fsigned-char" || a == "-fno-unsigned-char") o.char_signed = 1;
  else if (a == "-funsigned-char" || a == "-fno-signed-char") o.char_signed = 0;
  else if (a == "-P") o.no_line_markers = true;
  else if (a == "-dM" || a == "-dD" || a == "-dN") o.dump_macros = a[2];
  else if (a == "-H") o.print_includes = true;
  else if (a == "-M" || a == "-MM") d.enabled = d.only = true, d.system = a == "-M";
  else if (a == "-MD" || a == "-MMD") d.enabled = true, d.system = a == "-MD";
  else if (starts_with(a, "-MF")) d.file = value("-MF");
  else if (starts_with(a, "-MT")) d.targets.push_back({value("-MT"), false});
  else if (starts_with(a, "-MQ")) d.targets.push_back({value("-MQ"), true});
  else if (a == "-MP") d.phony = true;
  else if (a == "-MG") d.missing_ok = true;
  else if (starts_with(a, "--sysroot=")) o.sysroot = a.substr(10);
  else if (starts_with(a, "-std=")) o.std = a.substr(5);
  else return false;
  return true;
}

// The options for one source: kit's own headers, and the names gcc gives
// the -MD/-MMD output (<output>.d, else <source stem>.d) and its target
// (the object: the -o file, else <source stem>.o) when not given.
FrontendOptions source_options(const FrontendOptions& base, const std::string& source,
                               const std::string& output, bool preprocess_only) {
  FrontendOptions o = base;
  if (o.resource_dir.empty()) {
    fs::path res = executable_prefix() / "lib" / "kit" / "include";
    std::error_code ec;
    if (fs::is_directory(res, ec)) o.resource_dir = res.string();
  }
  if (o.deps.enabled && !o.deps.only) {
    std::string stem = fs::path(source).stem().string();
    bool named = !output.empty() && output != "-";
    if (o.deps.file.empty())
      o.deps.file = named ? fs::path(output).replace_extension(".d").string() : stem + ".d";
    if (o.deps.targets.empty() && !preprocess_only)
      o.deps.targets.push_back({named ? output : stem + ".o", true});
  }
  return o;
}

// Takes --target=T (clang's spelling) out of a toolchain command's args.
Args take_target(Context& ctx, const Args& args) {
  Args rest;
  for (size_t i = 0; i < args.size(); ++i) {
    if (starts_with(args[i], "--target=")) ctx.set_target(args[i].substr(9));
    else if (args[i] == "-target" && i + 1 < args.size()) ctx.set_target(args[++i]);
    else rest.push_back(args[i]);
  }
  return rest;
}

namespace {

bool stderr_is_terminal() {
  const char* term = std::getenv("TERM");
  return ::isatty(2) && term && std::string(term) != "dumb" && !std::getenv("NO_COLOR");
}

int preprocess_to(Context& ctx, const TargetSpec& t, const FrontendOptions& o,
                  const std::string& input, const std::string& output, int color, bool force_c) {
  // The language by suffix; standard input, -x c and files no frontend
  // claims by suffix (/dev/null, foo.inc) are C, as for gcc's cpp.
  std::string ext = fs::path(input).extension().string();
  bool known = !ext.empty() && ctx.registry().frontend_for_extension(ext) != nullptr;
  bool as_c = input == "-" || force_c || !known;
  // With no C frontend installed either, the error names the input's own
  // suffix: that is the frontend the user is missing.
  if (as_c && !force_c && input != "-" && !ctx.registry().frontend_for_extension(".c"))
    as_c = false;
  const PluginManifest& fm = ctx.frontend_for(t, as_c ? std::string("stdin.c") : input);
  ctx.need_capabilities(t, fm, KIT_CAP_PREPROCESS);
  auto fe = std::static_pointer_cast<FrontendPlugin>(ctx.registry().load(fm)->create());
  Diagnostics diags(std::cerr);
  diags.set_color(color == 1 || (color == -1 && stderr_is_terminal()));
  diags.set_werror(o.werror);
  diags.set_suppress_warnings(o.no_warnings);
  std::string out;
  if (!fe->preprocess(t, o, input, out, diags)) return 1;
  if (output.empty() || output == "-") {
    std::cout << out;
  } else {
    AtomicFile f(output);
    f.write(out);
    f.commit();
  }
  return 0;
}

}  // namespace

// kit cpp: gcc's cpp (and cc -E) flags; the output is the preprocessed
// text, the -M rule, or the -dM macro list.
int cmd_cpp(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  const TargetSpec& t = ctx.target();
  FrontendOptions o;
  std::string input, output;
  int color = -1;
  int pic = -1, pie = -1;
  bool force_c = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (take_pp_flag(args, i, o)) continue;
    if (a == "-o") {
      if (i + 1 >= args.size()) throw Error("missing argument to '-o'");
      output = args[++i];
    } else if (a == "-E") {
      // implied
    } else if (a == "-x") {
      if (i + 1 >= args.size()) throw Error("missing argument to '-x'");
      if (args[++i] != "c" && args[i] != "c-header" && args[i] != "cpp-output")
        throw Error("cpp: language '" + args[i] + "' not recognized");
      force_c = true;
    } else if (starts_with(a, "-O")) {
      o.opt_level = a == "-O0" ? 0 : 1;
    } else if (a == "-fPIC" || a == "-fpic") pic = 1;
    else if (a == "-fno-PIC" || a == "-fno-pic") pic = 0;
    else if (a == "-fPIE" || a == "-fpie") pie = 1;
    else if (a == "-fno-PIE" || a == "-fno-pie") pie = 0;
    else if (a == "-w") o.no_warnings = true;
    else if (a == "-Werror") o.werror = true;
    else if (starts_with(a, "-W") && !starts_with(a, "-Wl,") && !starts_with(a, "-Wa,") && !starts_with(a, "-Wp,")) {
      o.warning_flags.push_back(a);
    } else if (a == "-fdiagnostics-color" || a == "-fdiagnostics-color=always") color = 1;
    else if (a == "-fno-diagnostics-color" || a == "-fdiagnostics-color=never") color = 0;
    else if (a == "-fdiagnostics-color=auto") color = -1;
    else if (a == "-" && input.empty()) {
      input = a;
    } else if (a.size() > 1 && a[0] == '-') {
      throw Error("cpp: unrecognized command-line option '" + a + "'");
    } else if (input.empty()) {
      input = a;
    } else if (output.empty()) {
      output = a;  // cpp's second operand is the output file
    } else {
      throw Error("cpp: too many input files ('" + input + "', '" + a + "')");
    }
  }
  if (input.empty()) input = "-";
  // Like cc: position-independent by default where the target links PIE.
  o.pic = pic == 1;
  o.pie = pie == 1 || (pie == -1 && pic == -1 && t.default_link == "pie");
  FrontendOptions so = source_options(o, input, output, true);
  return preprocess_to(ctx, t, so, input, output, color, force_c);
}

int cmd_as(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  const TargetSpec& t = ctx.target();
  need_all(ctx, t, {{Need::Arch, KIT_CAP_ASSEMBLE}, {Need::Format, KIT_CAP_WRITE_OBJECT}});
  throw Unsupported(KIT_CAP_ASSEMBLE);
}

int cmd_run(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  const TargetSpec& t = ctx.target();
  for (const auto& a : args) {
    if (a == "--") break;
    if (!a.empty() && a[0] != '-') ctx.need_capabilities(t, ctx.frontend_for(t, a), KIT_CAP_COMPILE);
  }
  need_all(ctx, t, {{Need::Arch, KIT_CAP_CODEGEN | KIT_CAP_JIT}});
  throw Unsupported(KIT_CAP_JIT);
}

}  // namespace kit::host
