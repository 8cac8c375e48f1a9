// Developer commands for kit IR (hidden from `kit help`):
//
//   kit ir-print [--no-verify] [-o OUT] FILE   print FILE's module as .kir
//   kit ir-verify FILE...                      parse and verify, say nothing if valid
//
// FILE is a .kir file, or a source file of any installed frontend (then
// the frontend compiles it for the target, and ir-print shows what it
// produced). Errors are located; the exit status is 1 after any error.
// ir-print still prints a module that fails verification (after the
// errors), since looking at it is the point.
#include <fstream>
#include <iostream>
#include <sstream>

#include "../driver/toolchain.hpp"
#include "commands.hpp"
#include "kit/atomic_file.hpp"
#include "kit/ir/text.hpp"
#include "kit/ir/verify.hpp"

namespace kit::host {

namespace {

bool ends_with(const std::string& s, const char* suffix) {
  std::string_view x(suffix);
  return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

// The module of one file, or null after reporting errors.
std::unique_ptr<ir::Module> load_module(Context& ctx, const std::string& path, Diagnostics& diags) {
  if (ends_with(path, ".kir")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      diags.error(SourceLoc{path}, "cannot read file");
      return nullptr;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return ir::parse(ss.str(), path, diags);
  }
  Toolchain tc(ctx, ctx.target());
  FrontendOptions opts;
  auto m = tc.frontend_for(path, KIT_CAP_COMPILE).compile(tc.target(), opts, path, diags);
  if (diags.has_errors()) return nullptr;
  return m;
}

}  // namespace

int cmd_ir_print(Context& ctx, const Args& args) {
  std::string input, output;
  bool check = true;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--no-verify") check = false;
    else if (args[i] == "-o" && i + 1 < args.size()) output = args[++i];
    else if (!args[i].empty() && args[i][0] == '-' && args[i] != "-") throw Error("ir-print: unknown option '" + args[i] + "'");
    else if (input.empty()) input = args[i];
    else throw Error("ir-print: one input file");
  }
  if (input.empty()) throw Error("usage: kit ir-print [--no-verify] [-o OUT] FILE");
  Diagnostics diags(std::cerr);
  auto m = load_module(ctx, input, diags);
  if (!m) return 1;
  bool ok = !check || ir::verify(*m, diags, input);
  std::string text = ir::to_string(*m);
  if (output.empty() || output == "-") {
    std::cout << text;
  } else {
    AtomicFile out(output);
    out.write(std::string_view(text));
    out.commit();
  }
  return ok ? 0 : 1;
}

int cmd_ir_verify(Context& ctx, const Args& args) {
  if (args.empty()) throw Error("usage: kit ir-verify FILE...");
  Diagnostics diags(std::cerr);
  bool ok = true;
  for (const std::string& path : args) {
    auto m = load_module(ctx, path, diags);
    if (!m || !ir::verify(*m, diags, path)) ok = false;
  }
  return ok ? 0 : 1;
}

}  // namespace kit::host
