// TokenSource: where the parser's tokens come from, and how diagnostics at
// their locations are printed.
//
// Two implementations: PpTokenSource (pp_source.hpp) runs kit's
// preprocessor over a file; TextLexer (text_lexer.hpp) lexes text that is
// already preprocessed (a .i file, `gcc -E` output, unit tests), honouring
// its `# line "file"` markers.
//
// Identifiers are interned in names(), whose first entries are the keywords
// in the order of KIT_C_KEYWORDS (pp/token.hpp), so the parser compares a
// token's id with pp::kw_* constants directly.
#pragma once

#include <string_view>

#include "kit/diag.hpp"
#include "source/ctoken.hpp"

namespace kit::c {

class TokenSource {
 public:
  virtual ~TokenSource() = default;

  // Stores the next token in `t`; Eof at the end, and again on every later
  // call. Token text stays valid until the source is destroyed.
  virtual void next(CTok& t) = 0;

  // Prints a diagnostic at `loc`: file:line:col, the source line and a
  // caret, and where the source knows them, the include stack and one
  // "in expansion of macro" note per macro the token came out of.
  virtual void report(Severity severity, const Loc& loc, std::string_view message) = 0;

  // file:line:col of a location (for messages that mention another place).
  virtual SourceLoc source_loc(const Loc& loc) const = 0;

  virtual StringInterner& names() = 0;
  virtual Diagnostics& diagnostics() = 0;
  // A copy of s that lives as long as the source.
  virtual std::string_view save(std::string_view s) = 0;
};

// Interns the keywords of pp/token.hpp in their order into an empty
// interner, so their ids are pp::kw_*.
void intern_keywords(StringInterner& names);

}  // namespace kit::c
