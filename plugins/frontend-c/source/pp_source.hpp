// PpTokenSource: the parser's tokens from kit's preprocessor. Tokens are
// converted one for one (the punctuator enums share their order, the
// identifier ids share the preprocessor's interner); diagnostics go
// through Preprocessor::report, which prints the include stack and the
// "in expansion of macro" notes.
#pragma once

#include "pp/preprocessor.hpp"
#include "source/token_source.hpp"

namespace kit::c {

class PpTokenSource final : public TokenSource {
 public:
  explicit PpTokenSource(pp::Preprocessor& pp) : pp_(pp) {}

  void next(CTok& t) override;
  void report(Severity severity, const Loc& loc, std::string_view message) override;
  SourceLoc source_loc(const Loc& loc) const override;
  StringInterner& names() override { return pp_.names(); }
  Diagnostics& diagnostics() override { return pp_.diagnostics(); }
  std::string_view save(std::string_view s) override { return pp_.save(s); }

 private:
  pp::Preprocessor& pp_;
};

}  // namespace kit::c
