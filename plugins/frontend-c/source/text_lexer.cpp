#include "source/text_lexer.hpp"

#include <algorithm>
#include <cstring>

namespace kit::c {

namespace {
bool is_ident_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
}
bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
}  // namespace

TextLexer::TextLexer(std::string_view text, std::string file_name, StringInterner& names,
                     Diagnostics& diags)
    : text_(text), names_(names), diags_(diags) {
  if (names_.size() <= 1) intern_keywords(names_);
  files_.push_back(std::move(file_name));
  segments_.push_back({0, 1, 1});
}

uint32_t TextLexer::file_id(std::string_view name) {
  for (size_t i = 0; i < files_.size(); ++i)
    if (files_[i] == name) return static_cast<uint32_t>(i);
  files_.emplace_back(name);
  return static_cast<uint32_t>(files_.size() - 1);
}

void TextLexer::newline() {
  ++pos_;
  line_start_ = pos_;
  ++line_;
  ++physical_line_;
  at_line_start_ = true;
}

void TextLexer::skip_space_and_comments() {
  while (!at_end()) {
    char c = text_[pos_];
    if (c == '\n') {
      newline();
      space_before_ = true;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      ++pos_;
      space_before_ = true;
    } else if (c == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
      ++pos_;
      newline();
      at_line_start_ = false;
    } else if (c == '/' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '/') {
      while (!at_end() && text_[pos_] != '\n') ++pos_;
      space_before_ = true;
    } else if (c == '/' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '*') {
      pos_ += 2;
      while (!at_end() && !(text_[pos_] == '*' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '/')) {
        if (text_[pos_] == '\n') {
          newline();
          at_line_start_ = false;
        } else {
          ++pos_;
        }
      }
      pos_ = std::min(pos_ + 2, text_.size());
      space_before_ = true;
    } else {
      return;
    }
  }
}

// A '#' at the start of a line: a line marker, #line, #pragma, or a
// directive we ignore. Consumes the whole line.
bool TextLexer::directive(CTok& t) {
  size_t start = pos_;
  size_t end = text_.find('\n', pos_);
  if (end == std::string_view::npos) end = text_.size();
  std::string_view line = text_.substr(pos_ + 1, end - pos_ - 1);
  auto skip_ws = [&](std::string_view s) {
    size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return s.substr(i);
  };
  line = skip_ws(line);
  uint32_t col = static_cast<uint32_t>(start - line_start_ + 1);
  pos_ = end;
  if (line.substr(0, 4) == "line") line = skip_ws(line.substr(4));
  if (!line.empty() && is_digit(static_cast<unsigned char>(line[0]))) {
    uint32_t n = 0;
    size_t i = 0;
    while (i < line.size() && is_digit(static_cast<unsigned char>(line[i])))
      n = n * 10 + static_cast<uint32_t>(line[i++] - '0');
    std::string_view rest = skip_ws(line.substr(i));
    if (!rest.empty() && rest[0] == '"') {
      size_t close = rest.find('"', 1);
      if (close != std::string_view::npos) file_ = file_id(rest.substr(1, close - 1));
    }
    // The line after the marker is line n.
    line_ = n - 1;
    segments_.push_back({file_, n, physical_line_ + 1});
    return false;
  }
  if (line.substr(0, 6) == "pragma") {
    t.kind = TokKind::Pragma;
    t.text = skip_ws(line.substr(6));
    t.loc = Loc{file_, line_, col, 0};
    t.flags = kAtLineStart;
    return true;
  }
  return false;  // #ident and friends
}

void TextLexer::next(CTok& t) {
  t = CTok{};
  for (;;) {
    space_before_ = false;
    skip_space_and_comments();
    if (at_end()) {
      t.kind = TokKind::Eof;
      t.loc = Loc{file_, line_, static_cast<uint32_t>(pos_ - line_start_ + 1), 0};
      return;
    }
    if (at_line_start_ && text_[pos_] == '#') {
      if (directive(t)) return;
      continue;
    }
    break;
  }
  t.flags = (at_line_start_ ? kAtLineStart : 0) | (space_before_ ? kSpaceBefore : 0);
  at_line_start_ = false;
  lex_token(t);
}

void TextLexer::lex_token(CTok& t) {
  size_t start = pos_;
  t.loc = Loc{file_, line_, static_cast<uint32_t>(start - line_start_ + 1), 0};
  auto c = static_cast<unsigned char>(text_[pos_]);
  auto peek = [&](size_t k) -> char { return pos_ + k < text_.size() ? text_[pos_ + k] : '\0'; };

  // Prefixed character constants and string literals: L u U u8.
  size_t prefix = 0;
  if (c == 'L' || c == 'U') prefix = 1;
  else if (c == 'u') prefix = peek(1) == '8' ? 2 : 1;
  if (prefix && (peek(prefix) == '"' || peek(prefix) == '\'')) {
    pos_ += prefix;
    c = static_cast<unsigned char>(text_[pos_]);
  }
  if (c == '"' || c == '\'') {
    char quote = static_cast<char>(c);
    ++pos_;
    while (!at_end() && text_[pos_] != quote && text_[pos_] != '\n') {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] != '\n') ++pos_;
      ++pos_;
    }
    if (!at_end() && text_[pos_] == quote) ++pos_;  // unterminated: the parser reports it
    t.kind = quote == '"' ? TokKind::String : TokKind::Char;
    t.text = text_.substr(start, pos_ - start);
    return;
  }
  if (is_ident_start(c) || (c == '\\' && (peek(1) == 'u' || peek(1) == 'U'))) {
    while (!at_end()) {
      auto d = static_cast<unsigned char>(text_[pos_]);
      if (is_ident_char(d)) ++pos_;
      else if (d == '\\' && (peek(1) == 'u' || peek(1) == 'U')) pos_ += 2;
      else break;
    }
    t.kind = TokKind::Ident;
    t.text = text_.substr(start, pos_ - start);
    t.ident = names_.intern(t.text);
    return;
  }
  // pp-number (C17 6.4.8): digit or .digit, then identifier characters,
  // dots, and signs after e E p P.
  if (is_digit(c) || (c == '.' && is_digit(static_cast<unsigned char>(peek(1))))) {
    ++pos_;
    while (!at_end()) {
      char d = text_[pos_];
      if ((d == '+' || d == '-') && (text_[pos_ - 1] == 'e' || text_[pos_ - 1] == 'E' ||
                                     text_[pos_ - 1] == 'p' || text_[pos_ - 1] == 'P'))
        ++pos_;
      else if (is_ident_char(static_cast<unsigned char>(d)) || d == '.')
        ++pos_;
      else
        break;
    }
    t.kind = TokKind::Number;
    t.text = text_.substr(start, pos_ - start);
    return;
  }
  // Punctuators: longest match first.
  for (size_t len : {4, 3, 2, 1}) {
    if (pos_ + len > text_.size()) continue;
    Punct p;
    if (find_punct(text_.substr(pos_, len), p)) {
      pos_ += len;
      t.kind = TokKind::Punct;
      t.punct = p;
      t.text = text_.substr(start, len);
      return;
    }
  }
  ++pos_;
  t.kind = TokKind::Other;
  t.text = text_.substr(start, 1);
}

void TextLexer::report(Severity severity, const Loc& loc, std::string_view message) {
  diags_.report(severity, source_loc(loc), message, line_text(loc));
}

std::string_view TextLexer::save(std::string_view s) {
  saved_.emplace_back(s);
  return saved_.back();
}

SourceLoc TextLexer::source_loc(const Loc& loc) const {
  SourceLoc s;
  s.file = loc.file < files_.size() ? files_[loc.file] : files_[0];
  s.line = loc.line;
  s.column = loc.col;
  return s;
}

std::string_view TextLexer::line_text(const Loc& loc) const {
  if (line_offsets_.empty()) {
    line_offsets_.push_back(0);
    for (size_t i = 0; i < text_.size(); ++i)
      if (text_[i] == '\n') line_offsets_.push_back(i + 1);
  }
  // The last segment of this file that starts at or before the line.
  for (size_t i = segments_.size(); i-- > 0;) {
    const Segment& s = segments_[i];
    if (s.file != loc.file || s.logical_line > loc.line) continue;
    size_t physical = s.physical_line + (loc.line - s.logical_line);
    if (i + 1 < segments_.size() && physical >= segments_[i + 1].physical_line) continue;
    if (physical == 0 || physical > line_offsets_.size()) return {};
    size_t begin = line_offsets_[physical - 1];
    size_t end = text_.find('\n', begin);
    if (end == std::string_view::npos) end = text_.size();
    return text_.substr(begin, end - begin);
  }
  return {};
}

}  // namespace kit::c
