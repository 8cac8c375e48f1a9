// libFuzzer target for kit's C compiler (plugins/frontend-c: parser,
// semantic checks, constant evaluation, initializers, IR generation): any
// bytes as preprocessed C text, compiled to kit IR, and the IR verified.
// The invariant: nothing crashes, hangs or leaks, and whatever module the
// compiler returns verifies -- errors in the input are fine, an IR the
// verifier rejects is a compiler bug (reported by aborting).
// The first byte picks options (language mode, target data model, char
// signedness, warnings) so option-dependent paths are reached.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "compile.hpp"
#include "kit/diag.hpp"
#include "kit/frontend.hpp"
#include "kit/ir/verify.hpp"
#include "kit/target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 64 * 1024) return 0;
  uint8_t mode = data[0];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  kit::TargetSpec t;
  t.name = "x86_64-linux-gnu";
  t.arch = "x86_64";
  t.os = (mode & 1) ? "windows" : "linux";
  t.data_model = (mode & 1) ? kit::DataModel::LLP64 : kit::DataModel::LP64;
  t.long_double = (mode & 2) ? "binary128" : "x87-80";
  t.char_signed = !(mode & 4);
  t.va_list = (mode & 2) ? "record" : "array-of-record";
  t.va_list_size = (mode & 2) ? 32 : 24;
  t.bitfield_layout = (mode & 8) ? "ms" : "sysv";
  kit::FrontendOptions o;
  if (mode & 0x10) o.std = "c17";
  if (mode & 0x20) o.warning_flags = {"-Wall", "-Wextra"};
  if (mode & 0x40) o.warning_flags.push_back("-fcommon");
  std::ostringstream sink;
  kit::Diagnostics diags(sink);
  auto m = kit::c::compile_c_text(t, o, text, "fuzz.c", diags);
  if (m) {
    std::ostringstream vsink;
    kit::Diagnostics vdiags(vsink);
    if (!kit::ir::verify(*m, vdiags, "fuzz.c")) {
      fprintf(stderr, "the C compiler produced IR that does not verify:\n%s\n", vsink.str().c_str());
      abort();
    }
  }
  return 0;
}
