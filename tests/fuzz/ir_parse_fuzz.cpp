// libFuzzer target for the kit IR parser (sdk/src/ir/parse.cpp).
//
// For any input: parse() either returns null having reported at least one
// error, or returns a module whose printed text parses again and prints to
// the same bytes; verify() runs on it without crashing. ASan/UBSan (the
// fuzz preset turns them on) catch memory and undefined-behaviour errors;
// abort() marks a broken property. Seed corpus: tests/fuzz/ir_corpus.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "kit/diag.hpp"
#include "kit/ir/text.hpp"
#include "kit/ir/verify.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::ostringstream sink;
  kit::Diagnostics diags(sink);
  auto m = kit::ir::parse(text, "fuzz.kir", diags);
  if (!m) {
    if (!diags.has_errors()) std::abort();  // a failure must say why
    return 0;
  }
  if (diags.has_errors()) std::abort();  // errors but a module
  std::string printed = kit::ir::to_string(*m);
  auto again = kit::ir::parse(printed, "printed.kir", diags);
  if (!again) std::abort();  // the printer wrote something the parser refuses
  if (kit::ir::to_string(*again) != printed) std::abort();  // not a fixed point
  kit::ir::verify(*m, diags, "fuzz.kir");
  kit::ir::verify(*again, diags, "printed.kir");
  return 0;
}
