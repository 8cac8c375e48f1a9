// The toolchain commands, routed to the plugins the target resolves to.
// Each command first establishes everything it needs (plugins installed,
// capabilities claimed) and only then works, so a target that cannot do
// something yet says so honestly before any output is written.
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "../context.hpp"
#include "../driver/cc_flags.hpp"
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

bool stderr_is_terminal() {
  const char* term = std::getenv("TERM");
  return ::isatty(2) && term && std::string(term) != "dumb" && !std::getenv("NO_COLOR");
}

namespace {

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

// kit cpp: gcc's cpp, i.e. `gcc -E` with cc's flag table (driver/
// cc_flags.cpp); the output is the preprocessed text, the -M rule, or the
// -dM macro list. A second operand is the output file, as for cpp.
int cmd_cpp(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, expand_response_files(raw));
  CcCommand c;
  parse_cc_args(args, c);
  if (!c.info.empty()) throw Error("cpp: '" + c.info + "' is a kit cc option");
  const TargetSpec& t = ctx.target();
  std::string input, output = c.output;
  bool force_c = false;
  for (const auto& op : c.operands) {
    if (input.empty()) {
      input = op.path;
      force_c = !op.lang.empty();
    } else if (output.empty()) {
      output = op.path;
    } else {
      throw Error("cpp: too many input files ('" + input + "', '" + op.path + "')");
    }
  }
  if (input.empty()) input = "-";
  // Like cc: position-independent by default where the target links PIE.
  FrontendOptions& o = c.fo;
  o.pic = c.pic == 1;
  o.pie = c.pie_code == 1 || (c.pie_code == -1 && c.pic == -1 && t.default_link == "pie");
  FrontendOptions so = source_options(o, input, output, true);
  return preprocess_to(ctx, t, so, input, output, c.color, force_c);
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
