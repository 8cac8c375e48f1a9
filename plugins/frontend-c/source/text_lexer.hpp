// TextLexer: tokens from text that is already preprocessed -- a .i file,
// `gcc -E` output, or a unit test's snippet. It understands line markers
// (`# 12 "file.h" 1`, `#line 12 "file.h"`) so diagnostics name the original
// files, turns `#pragma` lines into Pragma tokens, and ignores other
// directives (#ident).
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "source/token_source.hpp"

namespace kit::c {

class TextLexer final : public TokenSource {
 public:
  // `text` must outlive the lexer; `file_name` names it in diagnostics.
  // `names` gets the keywords first if it is empty (intern_keywords).
  TextLexer(std::string_view text, std::string file_name, StringInterner& names,
            Diagnostics& diags);

  void next(CTok& t) override;
  void report(Severity severity, const Loc& loc, std::string_view message) override;
  SourceLoc source_loc(const Loc& loc) const override;
  StringInterner& names() override { return names_; }
  Diagnostics& diagnostics() override { return diags_; }
  std::string_view save(std::string_view s) override;
  // The text of the source line holding `loc` (no newline), or empty.
  std::string_view line_text(const Loc& loc) const;

 private:
  struct Segment {  // from one line marker to the next
    uint32_t file;
    uint32_t logical_line;   // the line number the marker gave
    uint32_t physical_line;  // 1-based line of `text` where it starts
  };
  bool at_end() const { return pos_ >= text_.size(); }
  void newline();
  void skip_space_and_comments();
  bool directive(CTok& t);  // at a '#' starting a line; true if it made a token
  void lex_token(CTok& t);
  uint32_t file_id(std::string_view name);

  std::string_view text_;
  StringInterner& names_;
  Diagnostics& diags_;
  std::deque<std::string> saved_;
  std::vector<std::string> files_;
  std::vector<Segment> segments_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  uint32_t line_ = 1;           // logical line
  uint32_t physical_line_ = 1;  // line in `text_`
  uint32_t file_ = 0;
  bool at_line_start_ = true;
  bool space_before_ = false;
  mutable std::vector<size_t> line_offsets_;  // physical line starts, built on demand
};

}  // namespace kit::c
