// The toolchain commands, routed to the plugins the target resolves to.
// Each command first establishes everything it needs (plugins installed,
// capabilities claimed) and only then works, so a target that cannot do
// something yet says so honestly before any output is written.
#include <cstring>
#include <iostream>

#include "../context.hpp"
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
bool take_pp_flag(const Args& args, size_t& i, FrontendOptions& o) {
  const std::string& a = args[i];
  auto value = [&](const char* flag) -> std::string {
    size_t n = std::strlen(flag);
    if (a.size() > n) return a.substr(n);
    if (i + 1 >= args.size()) throw Error("missing argument to '" + a + "'");
    return args[++i];
  };
  if (starts_with(a, "-D")) o.macro_ops.push_back({true, value("-D")});
  else if (starts_with(a, "-U")) o.macro_ops.push_back({false, value("-U")});
  else if (starts_with(a, "-I")) o.include_dirs.push_back(value("-I"));
  else if (a == "-isystem") o.system_dirs.push_back(value("-isystem"));
  else if (a == "-idirafter") o.after_dirs.push_back(value("-idirafter"));
  else if (a == "-iquote") o.quote_dirs.push_back(value("-iquote"));
  else if (a == "-include") o.forced_includes.push_back(value("-include"));
  else if (a == "-nostdinc") o.no_std_inc = true;
  else if (starts_with(a, "--sysroot=")) o.sysroot = a.substr(10);
  else if (starts_with(a, "-std=")) o.std = a.substr(5);
  else return false;
  return true;
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

int preprocess_to(Context& ctx, const TargetSpec& t, const FrontendOptions& o,
                  const std::string& input, const std::string& output) {
  const PluginManifest& fm = ctx.frontend_for(t, input);
  ctx.need_capabilities(t, fm, KIT_CAP_PREPROCESS);
  auto fe = std::static_pointer_cast<FrontendPlugin>(ctx.registry().load(fm)->create());
  Diagnostics diags(std::cerr);
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

int cmd_cpp(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  FrontendOptions o;
  std::string input, output;
  for (size_t i = 0; i < args.size(); ++i) {
    if (take_pp_flag(args, i, o)) continue;
    if (args[i] == "-o") {
      if (i + 1 >= args.size()) throw Error("missing argument to '-o'");
      output = args[++i];
    } else if (args[i] == "-E" || args[i] == "-P") {
      // -E is implied; -P (no line markers) is left to the frontend later.
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      throw Error("cpp: unrecognized command-line option '" + args[i] + "'");
    } else if (input.empty()) {
      input = args[i];
    } else {
      throw Error("cpp: more than one input file ('" + input + "', '" + args[i] + "')");
    }
  }
  if (input.empty()) throw Error("cpp: no input file");
  return preprocess_to(ctx, ctx.target(), o, input, output);
}

static int object_tool(Context& ctx, const Args& raw, uint64_t arch_caps) {
  Args args = take_target(ctx, raw);
  const TargetSpec& t = ctx.target();
  need_all(ctx, t, {{Need::Format, KIT_CAP_READ_OBJECT}, {Need::Arch, arch_caps}});
  throw Unsupported(KIT_CAP_READ_OBJECT);
}

int cmd_ar(Context& ctx, const Args& args) { return object_tool(ctx, args, 0); }
int cmd_nm(Context& ctx, const Args& args) { return object_tool(ctx, args, 0); }
int cmd_size(Context& ctx, const Args& args) { return object_tool(ctx, args, 0); }
int cmd_objdump(Context& ctx, const Args& args) {
  return object_tool(ctx, args, KIT_CAP_DISASSEMBLE);
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
