#include "source/pp_source.hpp"

namespace kit::c {

static_assert(static_cast<int>(pp::Punct::None) == static_cast<int>(Punct::Count),
              "pp::Punct and kit::c::Punct list the same punctuators in the same order");
static_assert(static_cast<int>(pp::Punct::HashHash) == static_cast<int>(Punct::HashHash));
static_assert(static_cast<int>(pp::Punct::Equal) == static_cast<int>(Punct::Assign));

void PpTokenSource::next(CTok& t) {
  for (;;) {
    pp::Token k = pp_.next();
    t = CTok{};
    t.text = k.text;
    t.loc = Loc{k.loc.file, k.loc.line, k.loc.column, k.expansion};
    t.flags = static_cast<uint8_t>((k.at_line_start() ? kAtLineStart : 0) | (k.has_leading_space() ? kSpaceBefore : 0));
    switch (k.kind) {
      case pp::TokenKind::Eof: t.kind = TokKind::Eof; return;
      case pp::TokenKind::Identifier:
        t.kind = TokKind::Ident;
        t.ident = k.ident;
        return;
      case pp::TokenKind::Number: t.kind = TokKind::Number; return;
      case pp::TokenKind::CharConst: t.kind = TokKind::Char; return;
      case pp::TokenKind::String: t.kind = TokKind::String; return;
      case pp::TokenKind::Punct:
        t.kind = TokKind::Punct;
        t.punct = static_cast<Punct>(k.punct);
        return;
      case pp::TokenKind::Pragma:
        if (k.flags & pp::kIdentDirective) continue;  // #ident: nothing for the compiler
        t.kind = TokKind::Pragma;
        return;
      default:
        t.kind = TokKind::Other;
        return;
    }
  }
}

void PpTokenSource::report(Severity severity, const Loc& loc, std::string_view message) {
  pp_.report(severity, pp::SourceLocation{loc.file, loc.line, loc.col}, loc.ctx, message);
}

SourceLoc PpTokenSource::source_loc(const Loc& loc) const {
  return pp_.sources().diag_loc(pp::SourceLocation{loc.file, loc.line, loc.col});
}

}  // namespace kit::c
