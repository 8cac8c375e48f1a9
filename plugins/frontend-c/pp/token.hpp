// Preprocessing tokens (C17 6.4) as the preprocessor hands them to the C
// compiler, and the locations they carry.
//
// A Token is a small value (40 bytes) that refers to its spelling by a
// string_view: source files stay in memory for the whole compilation, and
// spellings the preprocessor makes up (## pastes, # stringification,
// __LINE__ and the other dynamic macros) live in the Preprocessor's arena,
// so every view stays valid until the Preprocessor is destroyed.
//
// Identifiers are interned: Token::ident is a kit::StrId of the
// Preprocessor's StringInterner (Preprocessor::names()), equal for equal
// spellings, so the parser can intern its own names in the same table. The C17
// keywords and the GNU keyword spellings are interned first, in the order of
// KIT_C_KEYWORDS below, so the parser compares ids against the constants
// kw_* without any lookup. (Whether an identifier is a keyword depends on
// the language mode; that decision stays with the parser.)
//
// Locations: SourceLocation is where a token's characters were written:
// a file id of the SourceManager (one id per inclusion, so the include stack
// is known), the physical line and the column (1-based, bytes). A token
// produced by macro expansion keeps the location of its spelling (inside the
// #define, or inside the argument), and Token::expansion names the
// expansion it came out of (ExpansionInfo in preprocessor.hpp: the macro,
// where it was invoked, and the expansion that invocation itself came from),
// so a diagnostic can print gcc's "in expansion of macro 'X'" notes.
#pragma once

#include <cstdint>
#include <string_view>

namespace kit::pp {

using IdentId = uint32_t;   // a kit::StrId; 0: not an identifier
using FileId = uint32_t;    // 0: no file (built-in, command line, pasted text)

struct SourceLocation {
  FileId file = 0;
  uint32_t line = 0;    // physical line in the file, 1-based
  uint32_t column = 0;  // byte column, 1-based
  bool valid() const { return file != 0; }
};

enum class TokenKind : uint8_t {
  Eof,
  Identifier,   // also keywords: see ident
  Number,       // pp-number (6.4.8): the parser classifies integer/floating
  CharConst,    // 'x' with Token::encoding for L u U u8 prefixes
  String,       // "x" with Token::encoding; adjacent strings are not joined here
  Punct,        // Token::punct says which
  Other,        // a character that is no other token (6.4p3: '\', '@', '`', stray ')
  // A #pragma directive or _Pragma operator the preprocessor does not
  // consume itself (pack, GCC visibility, STDC, weak, ...): text is the
  // pragma's tokens after the word `pragma`, spelled as -E prints them.
  // Its location is the #pragma line. Consumed pragmas (once, GCC
  // system_header, push_macro, pop_macro, poison) never appear.
  Pragma,
  // Only inside the preprocessor (never returned by next()):
  HeaderName,   // <stdio.h> after #include / __has_include
  Placemarker,  // 6.10.3.3: the empty operand of ##
  MacroParam,   // a parameter in a replacement list: ident = parameter index
  Newline,      // end of a directive line (directive parsing only)
};

// Prefix of a character constant or string literal (6.4.4.4, 6.4.5).
enum class Encoding : uint8_t { None, Wide /*L*/, Utf16 /*u*/, Utf32 /*U*/, Utf8 /*u8*/ };

// C17 6.4.6 punctuators. Digraphs (<: :> <% %> %: %:%:) map to the token
// they stand for; their spelling stays in Token::text.
#define KIT_PP_PUNCTUATORS(X)                                                               \
  X(LSquare, "[") X(RSquare, "]") X(LParen, "(") X(RParen, ")") X(LBrace, "{")             \
  X(RBrace, "}") X(Period, ".") X(Arrow, "->") X(PlusPlus, "++") X(MinusMinus, "--")       \
  X(Amp, "&") X(Star, "*") X(Plus, "+") X(Minus, "-") X(Tilde, "~") X(Exclaim, "!")        \
  X(Slash, "/") X(Percent, "%") X(LessLess, "<<") X(GreaterGreater, ">>") X(Less, "<")     \
  X(Greater, ">") X(LessEqual, "<=") X(GreaterEqual, ">=") X(EqualEqual, "==")             \
  X(ExclaimEqual, "!=") X(Caret, "^") X(Pipe, "|") X(AmpAmp, "&&") X(PipePipe, "||")       \
  X(Question, "?") X(Colon, ":") X(Semi, ";") X(Ellipsis, "...") X(Equal, "=")             \
  X(StarEqual, "*=") X(SlashEqual, "/=") X(PercentEqual, "%=") X(PlusEqual, "+=")          \
  X(MinusEqual, "-=") X(LessLessEqual, "<<=") X(GreaterGreaterEqual, ">>=")                \
  X(AmpEqual, "&=") X(CaretEqual, "^=") X(PipeEqual, "|=") X(Comma, ",") X(Hash, "#")      \
  X(HashHash, "##")

// The order is the standard's list (the same as kit::c::Punct in
// source/ctoken.hpp, so converting is a cast); None comes last.
enum class Punct : uint8_t {
#define KIT_PP_X(name, spelling) name,
  KIT_PP_PUNCTUATORS(KIT_PP_X)
#undef KIT_PP_X
  None
};

// The canonical spelling of a punctuator ("" for None).
std::string_view punct_spelling(Punct p);

// Keywords, interned first so their ids are the constants below. The
// GNU alternate spellings (__const__, __inline__, ...) are listed so the
// parser can treat them without string compares. New keywords may be
// appended (at the end only, so existing ids stay put).
#define KIT_C_KEYWORDS(X)                                                                   \
  X(auto) X(break) X(case) X(char) X(const) X(continue) X(default) X(do) X(double)         \
  X(else) X(enum) X(extern) X(float) X(for) X(goto) X(if) X(inline) X(int) X(long)         \
  X(register) X(restrict) X(return) X(short) X(signed) X(sizeof) X(static) X(struct)       \
  X(switch) X(typedef) X(union) X(unsigned) X(void) X(volatile) X(while) X(_Alignas)       \
  X(_Alignof) X(_Atomic) X(_Bool) X(_Complex) X(_Generic) X(_Imaginary) X(_Noreturn)       \
  X(_Static_assert) X(_Thread_local)                                                       \
  X(asm) X(__asm) X(__asm__) X(__attribute) X(__attribute__) X(__extension__)              \
  X(typeof) X(__typeof) X(__typeof__) X(__inline) X(__inline__) X(__const) X(__const__)    \
  X(__volatile) X(__volatile__) X(__signed) X(__signed__) X(__restrict) X(__restrict__)    \
  X(__alignof) X(__alignof__) X(__label__) X(__int128) X(__int128_t) X(__uint128_t)        \
  X(__builtin_va_arg) X(__builtin_offsetof) X(__builtin_types_compatible_p)                \
  X(__builtin_choose_expr) X(__auto_type) X(__real__) X(__imag__) X(__complex__)           \
  X(_Float16) X(_Float32) X(_Float64) X(_Float128) X(_Float32x) X(_Float64x)               \
  X(__float128) X(_Decimal32) X(_Decimal64) X(_Decimal128) X(__func__)                     \
  X(__FUNCTION__) X(__PRETTY_FUNCTION__) X(__thread) X(__builtin_va_list)

enum Keyword : IdentId {
  kw_none_ = 0,
#define KIT_PP_X(k) kw_##k,
  KIT_C_KEYWORDS(KIT_PP_X)
#undef KIT_PP_X
  kw_count_
};

// Token flags.
enum TokenFlag : uint8_t {
  kAtLineStart = 1 << 0,    // first token of its source line (read from a file)
  kLeadingSpace = 1 << 1,   // whitespace (or a comment) before it
  kNoExpand = 1 << 2,       // "painted blue" (6.10.3.4p2): never expanded again
  kDigraph = 1 << 3,        // punctuator spelled as a digraph
  kPragmaOperator = 1 << 4, // Pragma token made by _Pragma (not a #pragma line)
  kStringified = 1 << 5,    // made by # (internal)
  kPasteAvoid = 1 << 6,     // -E printer: a space is needed before it (internal)
  kIdentDirective = 1 << 7, // Pragma token that carries an #ident/#sccs line
};

struct Token {
  std::string_view text;     // spelling (line splices removed)
  SourceLocation loc;        // where the spelling was written
  IdentId ident = 0;         // identifiers: interned id (kw_* for keywords)
  uint32_t expansion = 0;    // 0, or the ExpansionInfo this token came out of
  TokenKind kind = TokenKind::Eof;
  Punct punct = Punct::None;
  uint8_t flags = 0;
  Encoding encoding = Encoding::None;

  bool is(TokenKind k) const { return kind == k; }
  bool is(Punct p) const { return kind == TokenKind::Punct && punct == p; }
  bool is_ident(IdentId id) const { return kind == TokenKind::Identifier && ident == id; }
  bool at_line_start() const { return flags & kAtLineStart; }
  bool has_leading_space() const { return flags & kLeadingSpace; }
};

}  // namespace kit::pp
