// The lexer: translation phases 1-3 (C17 5.1.1.2) over a file in memory.
//
// Phases 1 and 2 are done once per file, before lexing (prepare_content in
// preprocessor.cpp): trigraphs (5.2.1.1, only when enabled: -trigraphs or a
// strict -std=c89/c99/c11/c17) are replaced and every backslash-newline is
// removed, recording where, so a token's physical line and column can still
// be given. Most files have no splice outside #define lines, and the copy
// is made only when something changes.
//
// Phase 3 splits the clean text into preprocessing tokens (6.4): the longest
// sequence of characters that forms a token wins (6.4p4), comments become
// one space (6.4.9), and header names (6.4.7) exist only where #include
// and __has_include expect them, which the directive code asks for. The
// hand-written scanner looks at each byte once through a class table; no
// token allocates: spellings are views into the file. Identifiers are
// hashed while scanned and interned through an open-addressing table in
// front of the StringInterner. Characters >= 0x80 (UTF-8) and '$' are
// identifier characters, as in gcc; universal character names (6.4.3) are
// kept in the spelling.
//
// False #if groups are skipped by skip_group without making tokens (6.10.1p6
// only asks that directive names be recognised there): it scans for lines
// that begin with '#', stepping over comments and quoted text so that a '#'
// inside them is not taken for a directive.
#include <cstring>

#include "pp/impl.hpp"

namespace kit::pp {

namespace {

enum : uint8_t {
  kClsIdent = 1,    // identifier start (letters, '_', '$', bytes >= 0x80)
  kClsDigit = 2,
  kClsSpace = 4,    // horizontal white space and '\r'
  kClsSkip = 8,     // interesting while skipping a line: '\n' '/' '"' '\'' '\0'
};

struct CharTable {
  uint8_t cls[256] = {};
  constexpr CharTable() {
    for (int c = 'a'; c <= 'z'; ++c) cls[c] |= kClsIdent;
    for (int c = 'A'; c <= 'Z'; ++c) cls[c] |= kClsIdent;
    cls[static_cast<unsigned char>('_')] |= kClsIdent;
    cls[static_cast<unsigned char>('$')] |= kClsIdent;
    for (int c = 0x80; c < 256; ++c) cls[c] |= kClsIdent;
    for (int c = '0'; c <= '9'; ++c) cls[c] |= kClsDigit;
    for (unsigned char c : {' ', '\t', '\f', '\v', '\r'}) cls[c] |= kClsSpace;
    for (unsigned char c : {'\n', '/', '"', '\'', '\0'}) cls[c] |= kClsSkip;
  }
};
constexpr CharTable kChars;

inline bool is_ident_char(unsigned char c) { return kChars.cls[c] & (kClsIdent | kClsDigit); }
inline bool is_space(unsigned char c) { return kChars.cls[c] & kClsSpace; }
inline bool is_hex(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

constexpr uint32_t kFnvBasis = 2166136261u;
constexpr uint32_t kFnvPrime = 16777619u;

// A universal character name \uXXXX or \UXXXXXXXX at p: its length, or 0.
size_t ucn_length(const char* p) {
  if (p[0] != '\\') return 0;
  int n = p[1] == 'u' ? 4 : p[1] == 'U' ? 8 : 0;
  if (!n) return 0;
  for (int i = 0; i < n; ++i)
    if (!is_hex(static_cast<unsigned char>(p[2 + i]))) return 0;
  return 2 + n;
}

}  // namespace

std::string_view punct_spelling(Punct p) {
  static constexpr std::string_view kSpellings[] = {
#define KIT_PP_X(name, spelling) spelling,
      KIT_PP_PUNCTUATORS(KIT_PP_X)
#undef KIT_PP_X
      ""};
  return kSpellings[static_cast<size_t>(p)];
}

Lexer::Lexer(PreprocessorImpl& pp, const FileContent& content, FileId file)
    : pp_(pp), file_(file) {
  buf_ = content.data.data();
  cur_ = buf_;
  end_ = buf_ + content.size;
  line_start_ = buf_;
  splice_ = content.splices.data();
  splice_end_ = splice_ + content.splices.size();
}

uint32_t Lexer::line() const {
  uint32_t off = static_cast<uint32_t>(cur_ - buf_);
  uint32_t passed = splices_passed_;
  for (const uint32_t* s = splice_; s != splice_end_ && *s <= off; ++s) ++passed;
  return logical_line_ + passed;
}

inline void Lexer::make_loc(Token& t, const char* p) {
  uint32_t off = static_cast<uint32_t>(p - buf_);
  while (splice_ != splice_end_ && *splice_ <= off) {
    last_splice_ = *splice_++;
    ++splices_passed_;
  }
  uint32_t ls = static_cast<uint32_t>(line_start_ - buf_);
  if (last_splice_ > ls) ls = last_splice_;
  t.loc.file = file_;
  t.loc.line = logical_line_ + splices_passed_;
  t.loc.column = off - ls + 1;
}

inline void Lexer::newline_at(const char* p) {
  ++logical_line_;
  line_start_ = p + 1;
}

const char* Lexer::skip_block_comment(const char* p) {
  const char* start = p;
  uint32_t start_line = logical_line_;
  const char* start_line_begin = line_start_;
  p += 2;
  // From '*' to '*' with memchr; the newlines in between are counted for
  // the line numbers.
  for (;;) {
    const char* star = static_cast<const char*>(std::memchr(p, '*', static_cast<size_t>(end_ - p)));
    const char* stop = star ? star : end_;
    for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, '\n', static_cast<size_t>(stop - q)))); ++q)
      newline_at(q);
    if (!star) break;
    if (star[1] == '/') return star + 2;
    p = star + 1;
  }
  // Unterminated: report where the comment began.
  uint32_t line = logical_line_;
  const char* ls = line_start_;
  logical_line_ = start_line;
  line_start_ = start_line_begin;
  Token t;
  make_loc(t, start);
  logical_line_ = line;
  line_start_ = ls;
  if (!quiet) pp_.error_at(t.loc, "unterminated comment");
  return end_;
}

const char* Lexer::skip_line_comment(const char* p) {
  const void* nl = std::memchr(p, '\n', static_cast<size_t>(end_ - p));
  return nl ? static_cast<const char*>(nl) : end_;
}

void Lexer::lex(Token& t) {
  const char* p = cur_;
  uint8_t flags = at_bol_ ? kAtLineStart : 0;
  for (;;) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (is_space(c)) {
      ++p;
      flags |= kLeadingSpace;
      continue;
    }
    if (c == '\n') {
      if (directive_mode) break;
      newline_at(p);
      ++p;
      flags = kAtLineStart;
      continue;
    }
    if (c == '/') {
      if (p[1] == '*') {
        p = skip_block_comment(p);
        flags |= kLeadingSpace;
        continue;
      }
      if (p[1] == '/') {
        p = skip_line_comment(p);
        flags |= kLeadingSpace;
        continue;
      }
    }
    if (c == '\0') {
      if (p >= end_) break;
      ++p;  // a stray NUL byte is white space (gcc: "null character(s) ignored")
      flags |= kLeadingSpace;
      continue;
    }
    break;
  }
  t.flags = flags;
  t.expansion = 0;
  t.ident = 0;
  t.punct = Punct::None;
  t.encoding = Encoding::None;
  make_loc(t, p);
  unsigned char c = static_cast<unsigned char>(*p);
  if ((c == '\n' && directive_mode) || (c == '\0' && p >= end_)) {
    t.kind = directive_mode ? TokenKind::Newline : TokenKind::Eof;
    t.text = {};
    cur_ = p;
    return;
  }
  at_bol_ = false;
  if (kChars.cls[c] & kClsIdent) {
    lex_identifier(t, p);
  } else if (kChars.cls[c] & kClsDigit) {
    lex_number(t, p);
  } else if (c == '"') {
    lex_quoted(t, p, '"', Encoding::None);
  } else if (c == '\'') {
    lex_quoted(t, p, '\'', Encoding::None);
  } else if (c == '.' && (kChars.cls[static_cast<unsigned char>(p[1])] & kClsDigit)) {
    lex_number(t, p);
  } else if (c == '\\' && ucn_length(p)) {
    lex_identifier(t, p);
  } else if (!lex_punct(t, p)) {
    t.kind = TokenKind::Other;
    t.text = std::string_view(p, 1);
    cur_ = p + 1;
  }
}

void Lexer::lex_identifier(Token& t, const char* p) {
  const char* s = p;
  uint32_t h = kFnvBasis;
  for (;;) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (is_ident_char(c)) {
      h = (h ^ c) * kFnvPrime;
      ++p;
    } else if (c == '\\') {
      size_t n = ucn_length(p);
      if (!n) break;
      for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * kFnvPrime;
      p += n;
    } else {
      break;
    }
  }
  size_t n = static_cast<size_t>(p - s);
  // String and character prefixes (6.4.4.4, 6.4.5): L u U u8.
  if ((*p == '"' || *p == '\'') && n <= 2) {
    Encoding enc = Encoding::None;
    if (n == 1 && s[0] == 'L') enc = Encoding::Wide;
    else if (n == 1 && s[0] == 'u') enc = Encoding::Utf16;
    else if (n == 1 && s[0] == 'U') enc = Encoding::Utf32;
    else if (n == 2 && s[0] == 'u' && s[1] == '8') enc = Encoding::Utf8;
    if (enc != Encoding::None) {
      lex_quoted(t, s, *p, enc);
      return;
    }
  }
  t.kind = TokenKind::Identifier;
  t.text = std::string_view(s, n);
  t.ident = pp_.lookup_ident(s, n, h);
  cur_ = p;
}

void Lexer::lex_number(Token& t, const char* p) {
  const char* s = p;
  for (;;) {
    unsigned char c = static_cast<unsigned char>(*p);
    if ((c == 'e' || c == 'E' || c == 'p' || c == 'P') && (p[1] == '+' || p[1] == '-')) {
      p += 2;
    } else if (is_ident_char(c) || c == '.') {
      ++p;
    } else if (c == '\\' && ucn_length(p)) {
      p += ucn_length(p);
    } else {
      break;
    }
  }
  t.kind = TokenKind::Number;
  t.text = std::string_view(s, static_cast<size_t>(p - s));
  cur_ = p;
}

void Lexer::lex_quoted(Token& t, const char* s, char quote, Encoding enc) {
  const char* p = s;
  while (*p != quote) ++p;  // past the prefix
  ++p;
  for (;;) {
    char c = *p;
    if (c == quote) {
      ++p;
      break;
    }
    if (c == '\\' && p[1] != '\n' && !(p[1] == '\0' && p + 1 >= end_)) {
      p += 2;
      continue;
    }
    if (c == '\n' || (c == '\0' && p >= end_)) {
      // Unterminated: gcc makes the rest of the line one "other" token, an
      // error for strings and a warning for apostrophes (which appear in
      // English text in #if 0 groups and #error lines).
      if (!quiet) {
        if (quote == '"') pp_.error_at(t.loc, "missing terminating \" character");
        else pp_.warning_at(t.loc, "missing terminating ' character");
      }
      t.kind = TokenKind::Other;
      t.text = std::string_view(s, static_cast<size_t>(p - s));
      cur_ = p;
      return;
    }
    ++p;
  }
  t.kind = quote == '"' ? TokenKind::String : TokenKind::CharConst;
  t.encoding = enc;
  t.text = std::string_view(s, static_cast<size_t>(p - s));
  cur_ = p;
}

bool Lexer::lex_punct(Token& t, const char* p) {
  Punct k;
  int n = 1;
  bool digraph = false;
  switch (*p) {
    case '[': k = Punct::LSquare; break;
    case ']': k = Punct::RSquare; break;
    case '(': k = Punct::LParen; break;
    case ')': k = Punct::RParen; break;
    case '{': k = Punct::LBrace; break;
    case '}': k = Punct::RBrace; break;
    case '~': k = Punct::Tilde; break;
    case '?': k = Punct::Question; break;
    case ';': k = Punct::Semi; break;
    case ',': k = Punct::Comma; break;
    case '.':
      if (p[1] == '.' && p[2] == '.') k = Punct::Ellipsis, n = 3;
      else k = Punct::Period;
      break;
    case '-':
      if (p[1] == '>') k = Punct::Arrow, n = 2;
      else if (p[1] == '-') k = Punct::MinusMinus, n = 2;
      else if (p[1] == '=') k = Punct::MinusEqual, n = 2;
      else k = Punct::Minus;
      break;
    case '+':
      if (p[1] == '+') k = Punct::PlusPlus, n = 2;
      else if (p[1] == '=') k = Punct::PlusEqual, n = 2;
      else k = Punct::Plus;
      break;
    case '&':
      if (p[1] == '&') k = Punct::AmpAmp, n = 2;
      else if (p[1] == '=') k = Punct::AmpEqual, n = 2;
      else k = Punct::Amp;
      break;
    case '*':
      if (p[1] == '=') k = Punct::StarEqual, n = 2;
      else k = Punct::Star;
      break;
    case '!':
      if (p[1] == '=') k = Punct::ExclaimEqual, n = 2;
      else k = Punct::Exclaim;
      break;
    case '/':
      if (p[1] == '=') k = Punct::SlashEqual, n = 2;
      else k = Punct::Slash;
      break;
    case '%':
      if (p[1] == '=') k = Punct::PercentEqual, n = 2;
      else if (p[1] == '>') k = Punct::RBrace, n = 2, digraph = true;
      else if (p[1] == ':' && p[2] == '%' && p[3] == ':') k = Punct::HashHash, n = 4, digraph = true;
      else if (p[1] == ':') k = Punct::Hash, n = 2, digraph = true;
      else k = Punct::Percent;
      break;
    case '<':
      if (p[1] == '<' && p[2] == '=') k = Punct::LessLessEqual, n = 3;
      else if (p[1] == '<') k = Punct::LessLess, n = 2;
      else if (p[1] == '=') k = Punct::LessEqual, n = 2;
      else if (p[1] == ':') k = Punct::LSquare, n = 2, digraph = true;
      else if (p[1] == '%') k = Punct::LBrace, n = 2, digraph = true;
      else k = Punct::Less;
      break;
    case '>':
      if (p[1] == '>' && p[2] == '=') k = Punct::GreaterGreaterEqual, n = 3;
      else if (p[1] == '>') k = Punct::GreaterGreater, n = 2;
      else if (p[1] == '=') k = Punct::GreaterEqual, n = 2;
      else k = Punct::Greater;
      break;
    case '=':
      if (p[1] == '=') k = Punct::EqualEqual, n = 2;
      else k = Punct::Equal;
      break;
    case '^':
      if (p[1] == '=') k = Punct::CaretEqual, n = 2;
      else k = Punct::Caret;
      break;
    case '|':
      if (p[1] == '|') k = Punct::PipePipe, n = 2;
      else if (p[1] == '=') k = Punct::PipeEqual, n = 2;
      else k = Punct::Pipe;
      break;
    case ':':
      if (p[1] == '>') k = Punct::RSquare, n = 2, digraph = true;
      else k = Punct::Colon;
      break;
    case '#':
      if (p[1] == '#') k = Punct::HashHash, n = 2;
      else k = Punct::Hash;
      break;
    default:
      return false;
  }
  t.kind = TokenKind::Punct;
  t.punct = k;
  if (digraph) t.flags |= kDigraph;
  t.text = std::string_view(p, static_cast<size_t>(n));
  cur_ = p + n;
  return true;
}

bool Lexer::lex_angle_header(Token& t) {
  const char* p = cur_;
  uint8_t flags = 0;
  for (;;) {
    if (is_space(static_cast<unsigned char>(*p))) {
      ++p;
      flags |= kLeadingSpace;
    } else if (p[0] == '/' && p[1] == '*') {
      p = skip_block_comment(p);
      flags |= kLeadingSpace;
    } else {
      break;
    }
  }
  if (*p != '<') return false;
  const char* s = p;
  ++p;
  while (*p != '>' && *p != '\n' && !(*p == '\0' && p >= end_)) ++p;
  if (*p != '>') return false;
  ++p;
  t = Token{};
  t.flags = flags;
  make_loc(t, s);
  t.kind = TokenKind::HeaderName;
  t.text = std::string_view(s, static_cast<size_t>(p - s));
  cur_ = p;
  at_bol_ = false;
  return true;
}

std::string_view Lexer::rest_of_line() {
  const char* p = cur_;
  while (is_space(static_cast<unsigned char>(*p))) ++p;
  const char* s = p;
  while (*p != '\n' && !(*p == '\0' && p >= end_)) ++p;
  const char* e = p;
  while (e > s && is_space(static_cast<unsigned char>(e[-1]))) --e;
  cur_ = p;
  return std::string_view(s, static_cast<size_t>(e - s));
}

void Lexer::finish_directive() {
  // Anything left on the line was diagnosed by the directive; skip it,
  // minding comments that run onto later lines.
  if (!directive_mode) return;
  const char* p = cur_;
  for (;;) {
    char c = *p;
    if (c == '\n') {
      newline_at(p);
      ++p;
      break;
    }
    if (c == '\0' && p >= end_) break;
    if (c == '/' && p[1] == '*') {
      p = skip_block_comment(p);
      continue;
    }
    if (c == '/' && p[1] == '/') {
      p = skip_line_comment(p);
      continue;
    }
    ++p;
  }
  cur_ = p;
  directive_mode = false;
  at_bol_ = true;
}

bool Lexer::skip_group(Token& name) {
  int depth = 0;
  const char* p = cur_;
  for (;;) {
    // At the start of a line: white space and comments, then maybe '#'.
    for (;;) {
      unsigned char c = static_cast<unsigned char>(*p);
      if (is_space(c)) {
        ++p;
      } else if (c == '/' && p[1] == '*') {
        p = skip_block_comment(p);
      } else {
        break;
      }
    }
    if (*p == '#' || (p[0] == '%' && p[1] == ':')) {
      cur_ = p + (*p == '#' ? 1 : 2);
      directive_mode = true;
      at_bol_ = false;
      Token t;
      lex(t);
      if (t.kind == TokenKind::Identifier) {
        IdentId id = t.ident;
        if (id == pp_.id_if_ || id == pp_.id_ifdef_ || id == pp_.id_ifndef_) {
          ++depth;
        } else if (id == pp_.id_endif_) {
          if (depth == 0) {
            name = t;
            return true;
          }
          --depth;
        } else if (depth == 0 && (id == pp_.id_elif_ || id == pp_.id_else_ ||
                                  id == pp_.id_elifdef_ || id == pp_.id_elifndef_)) {
          name = t;
          return true;
        }
      }
      directive_mode = false;
      p = cur_;
    }
    // The rest of the line: comments and quoted text may hide a '#' or a
    // newline; nothing else matters.
    for (;;) {
      while (!(kChars.cls[static_cast<unsigned char>(*p)] & kClsSkip)) ++p;
      char c = *p;
      if (c == '\n') {
        newline_at(p);
        ++p;
        break;
      }
      if (c == '\0') {
        if (p >= end_) {
          cur_ = p;
          at_bol_ = true;
          return false;
        }
        ++p;
      } else if (c == '/') {
        if (p[1] == '*') p = skip_block_comment(p);
        else if (p[1] == '/') p = skip_line_comment(p);
        else ++p;
      } else {  // a quote: to its end on this line
        char q = c;
        ++p;
        while (*p != q && *p != '\n' && !(*p == '\0' && p >= end_)) {
          if (*p == '\\' && p[1] != '\n' && p[1] != '\0') ++p;
          ++p;
        }
        if (*p == q) ++p;
      }
    }
  }
}

bool lex_single_token(PreprocessorImpl& pp, std::string_view text, Token& out) {
  FileContent c;
  c.data.assign(text.data(), text.size());
  c.size = text.size();
  c.data.append(8, '\0');
  Lexer lx(pp, c, 0);
  lx.quiet = true;
  Token t;
  lx.lex(t);
  if (t.kind == TokenKind::Eof || !lx.at_eof()) return false;
  if (t.kind == TokenKind::Other && t.text.size() > 1) return false;  // unterminated quote
  // Comments inside the text would have vanished: not one token.
  if (t.flags & kLeadingSpace) return false;
  out.kind = t.kind;
  out.punct = t.punct;
  out.encoding = t.encoding;
  out.flags = static_cast<uint8_t>((out.flags & ~kDigraph) | (t.flags & kDigraph));
  out.text = pp.save(text);
  out.ident = t.kind == TokenKind::Identifier ? pp.intern(out.text) : 0;
  return true;
}

}  // namespace kit::pp
