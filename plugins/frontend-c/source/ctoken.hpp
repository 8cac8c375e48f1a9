// The tokens the C parser reads (C17 6.4, after translation phase 4).
//
// The preprocessor (pp/) produces its own tokens; a TokenSource adapts
// whatever produces tokens -- the preprocessor, or the small lexer for
// already-preprocessed text in text_lexer.cpp -- to this one compact form,
// so the parser depends on nothing but this header.
//
// A CTok is 40 bytes and owns nothing: `text` views memory that the source
// keeps alive for the whole translation unit, and identifiers carry an id
// from the compilation's StringInterner, so the parser compares integers.
#pragma once

#include <cstdint>
#include <string_view>

#include "kit/support/interner.hpp"

namespace kit::c {

// A position in the source. `file` indexes the TokenSource's file table;
// `ctx` names a macro-expansion context the source can describe in notes
// (0 = the token was written where it appears).
struct Loc {
  uint32_t file = 0;
  uint32_t line = 0;
  uint32_t col = 0;
  uint32_t ctx = 0;
};

enum class TokKind : uint8_t {
  Eof,
  Ident,   // identifiers and keywords (the parser tells them apart by id)
  Number,  // a pp-number: integer or floating constant, suffixes included
  Char,    // a character constant with its prefix: 'a' L'a' u'a' U'a' u8'a'
  String,  // a string literal with its prefix: "a" L"a" u"a" U"a" u8"a"
  Punct,   // a punctuator (see Punct)
  Pragma,  // a #pragma line or _Pragma: `text` is what follows "pragma"
  Other,   // a stray character (e.g. '@' or '\\'); an error if parsed
};

// Punctuators, C17 6.4.6 (digraphs are mapped to these by the source).
#define KIT_C_PUNCTS(X)                                                              \
  X(LBracket, "[") X(RBracket, "]") X(LParen, "(") X(RParen, ")") X(LBrace, "{")     \
  X(RBrace, "}") X(Dot, ".") X(Arrow, "->") X(Inc, "++") X(Dec, "--") X(Amp, "&")    \
  X(Star, "*") X(Plus, "+") X(Minus, "-") X(Tilde, "~") X(Bang, "!") X(Slash, "/")   \
  X(Percent, "%") X(Shl, "<<") X(Shr, ">>") X(Lt, "<") X(Gt, ">") X(Le, "<=")        \
  X(Ge, ">=") X(EqEq, "==") X(Ne, "!=") X(Caret, "^") X(Pipe, "|") X(AmpAmp, "&&")   \
  X(PipePipe, "||") X(Question, "?") X(Colon, ":") X(Semi, ";") X(Ellipsis, "...")   \
  X(Assign, "=") X(MulAssign, "*=") X(DivAssign, "/=") X(ModAssign, "%=")            \
  X(AddAssign, "+=") X(SubAssign, "-=") X(ShlAssign, "<<=") X(ShrAssign, ">>=")      \
  X(AndAssign, "&=") X(XorAssign, "^=") X(OrAssign, "|=") X(Comma, ",")              \
  X(Hash, "#") X(HashHash, "##")

enum class Punct : uint8_t {
#define KIT_C_PUNCT_ENUM(name, text) name,
  KIT_C_PUNCTS(KIT_C_PUNCT_ENUM)
#undef KIT_C_PUNCT_ENUM
      Count
};

std::string_view punct_text(Punct p);
// The punctuator spelled exactly `s` (digraphs included); false if none.
bool find_punct(std::string_view s, Punct& out);

enum TokFlags : uint8_t {
  kAtLineStart = 1 << 0,
  kSpaceBefore = 1 << 1,
};

struct CTok {
  TokKind kind = TokKind::Eof;
  Punct punct = Punct::Count;  // Punct tokens
  uint8_t flags = 0;
  StrId ident = 0;             // Ident tokens: the interned spelling
  std::string_view text;       // the spelling
  Loc loc;

  bool is(Punct p) const { return kind == TokKind::Punct && punct == p; }
};

}  // namespace kit::c
