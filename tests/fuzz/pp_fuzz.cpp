// libFuzzer target for kit's C preprocessor (plugins/frontend-c/pp): any
// bytes as the main file, preprocessed to -E text, and the macro table
// dumped (-dM) -- the invariant is that nothing crashes, hangs or leaks,
// whatever the input; errors are fine. The first byte picks a few options
// so option-dependent paths (trigraphs, -P, -dD, strict C90) are reached.
// Includes are not searched in system directories (-nostdinc), and the
// expansion limit is lowered so exponential macros end quickly.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "kit/diag.hpp"
#include "kit/frontend.hpp"
#include "kit/target.hpp"
#include "pp/impl.hpp"
#include "pp/preprocessor.hpp"

namespace {

kit::TargetSpec make_target(bool unsigned_char) {
  kit::TargetSpec t;
  t.name = "x86_64-linux-gnu";
  t.arch = "x86_64";
  t.format = "elf";
  t.os = "linux";
  t.env = "gnu";
  t.long_double = "x87-80";
  t.char_signed = !unsigned_char;
  t.macros = {"__x86_64__", "__linux__", "__ELF__", "__LP64__", "_LP64", "__ARM_ARCH=8"};
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 32 * 1024) return 0;
  uint8_t mode = data[0];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  kit::TargetSpec target = make_target(mode & 0x20);
  kit::FrontendOptions o;
  o.no_std_inc = true;
  o.trigraphs = mode & 1;
  o.no_line_markers = mode & 2;
  o.dump_macros = (mode & 4) ? 'D' : 0;
  if (mode & 8) o.std = "c90";
  if (mode & 0x10) o.macro_ops.push_back({true, "F(x,...)=x __VA_ARGS__ #x"});
  o.undef = !(mode & 0x40);  // the ~400 predefined macros only sometimes: speed
  std::ostringstream sink;
  kit::Diagnostics diags(sink);
  {
    kit::pp::Preprocessor pp(target, o, diags);
    pp.impl().token_limit_ = 1 << 18;
    kit::pp::prepare_printing(pp, o);
    std::string out;
    if (pp.enter_main_buffer("fuzz.c", text)) kit::pp::print_preprocessed(pp, o, out);
    (void)pp.dependency_rule();
  }
  {
    // The token interface the compiler uses, with -dM after it.
    o.dump_macros = 'M';
    kit::pp::Preprocessor pp(target, o, diags);
    pp.impl().token_limit_ = 1 << 18;
    if (pp.enter_main_buffer("fuzz.c", text)) {
      for (kit::pp::Token t = pp.next(); t.kind != kit::pp::TokenKind::Eof; t = pp.next()) {
        if (t.expansion) (void)pp.expansion(t.expansion);
        (void)pp.sources().line_text(t.loc);
      }
    }
  }
  return 0;
}
