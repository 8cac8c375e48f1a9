// The kit IR verifier (being written): reports honestly that it is missing.
#include "kit/diag.hpp"
#include "kit/ir/verify.hpp"

namespace kit::ir {

bool verify(const Module&, Diagnostics& diags, std::string_view file) {
  diags.error(SourceLoc{std::string(file)}, "the kit IR verifier is not implemented yet");
  return false;
}

}  // namespace kit::ir
