// TokenSource: where the parser's tokens come from, and how their
// locations are described in diagnostics.
//
// Two implementations: PpTokenSource (pp_source.cpp) runs kit's
// preprocessor over a file; TextLexer (text_lexer.hpp) lexes text that is
// already preprocessed (a .i file, `gcc -E` output, unit tests), honouring
// its `# line "file"` markers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kit/diag.hpp"
#include "source/ctoken.hpp"

namespace kit::c {

class TokenSource {
 public:
  virtual ~TokenSource() = default;

  // Stores the next token in `t`; Eof at the end, and again on every later
  // call. Token text stays valid until the source is destroyed.
  virtual void next(CTok& t) = 0;

  // The file:line:col of a location, as printed in diagnostics.
  virtual SourceLoc source_loc(const Loc& loc) const = 0;
  // The text of the source line holding `loc` (no newline), or empty.
  virtual std::string_view line_text(const Loc& loc) const = 0;

  // Where the macro expansions holding `loc` came from, innermost first:
  // one (location, "in expansion of macro 'X'") pair per level.
  struct Note {
    Loc loc;
    std::string message;
  };
  virtual void expansion_notes(const Loc& loc, std::vector<Note>& out) const {
    (void)loc;
    (void)out;
  }

  // The interner identifiers are interned in (CTok::ident).
  virtual StringInterner& names() = 0;
};

}  // namespace kit::c
