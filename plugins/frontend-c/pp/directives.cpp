// Preprocessing directives, C17 6.10.
//
// A directive is a line whose first token is '#' (6.10p2), read by the
// current file's lexer in directive mode, where the end of the line is a
// token. The rules kept here:
//
// - Conditional inclusion (6.10.1): #if/#elif evaluate their line after
//   macro expansion (expr.cpp); #ifdef/#ifndef/#elifdef/#elifndef test a
//   name. A group that is not taken is skipped by the lexer without making
//   tokens; only the directive names of nested conditionals are looked at,
//   so anything may appear there (6.10.1p6). Only the first true group is
//   taken, and an #elif after a taken group is not evaluated.
// - Source file inclusion (6.10.2): "q" and <h> forms, and the computed
//   form whose macro-expanded tokens must make one of them; for <...> built
//   from tokens the spellings are joined, a space where white space was
//   (implementation-defined in 6.10.2p4; gcc's choice). #include_next and
//   #import are GNU.
// - Macro definition (6.10.3): object-like when no '(' touches the name.
//   Parameters are replaced in the stored replacement list by MacroParam
//   tokens; the constraints of 6.10.3p5-6 and 6.10.3.2p1/6.10.3.3p1 (# must
//   name a parameter, ## not at either end) are checked here, once.
//   Redefinition must be identical (6.10.3p2): same parameters, same tokens
//   with the same white-space separation; gcc makes a difference a
//   warning, so do we.
// - #line (6.10.4) and gcc's line markers (# 12 "file" flags), #error
//   (6.10.5), #warning (C23 and GNU), #pragma (6.10.6) and the null
//   directive (6.10.7).
#include "pp/impl.hpp"

namespace kit::pp {

namespace {

std::string quote_name(std::string_view s) { return "\"" + std::string(s) + "\""; }

}  // namespace

Macro* PreprocessorImpl::new_macro() {
  macros_.emplace_back();
  return &macros_.back();
}

void PreprocessorImpl::skip_to_end_of_directive(Token& t, const char* directive) {
  if (t.kind != TokenKind::Newline) {
    warning_at(t, std::string("extra tokens at end of #") + directive + " directive");
    do top_file().lexer->lex(t);
    while (t.kind != TokenKind::Newline);
  }
}

void PreprocessorImpl::directive(Token& hash) {
  FileState& f = top_file();
  Lexer& lx = *f.lexer;
  lx.directive_mode = true;
  Token name;
  lx.lex(name);
  bool guard_start = f.guard_state == FileState::Start;
  if (f.guard_state != FileState::InGuard) f.guard_state = FileState::NoGuard;
  if (name.kind == TokenKind::Newline) {  // the null directive
    lx.finish_directive();
    return;
  }
  if (name.kind == TokenKind::Number) {  // a line marker: # 33 "file" 1 3
    do_line(name, true, name);
    lx.finish_directive();
    return;
  }
  if (name.kind != TokenKind::Identifier) {
    error_at(name, "invalid preprocessing directive #" + std::string(name.text));
    lx.finish_directive();
    return;
  }
  IdentId id = name.ident;
  bool skip = false;
  if (id == id_if_ || id == id_ifdef_ || id == id_ifndef_) {
    int kind = id == id_if_ ? 0 : id == id_ifdef_ ? 1 : 2;
    bool value;
    Conditional c;
    c.loc = c.begin = name.loc;
    c.directive = name.text;
    if (kind == 0) {
      value = eval_if_line(name);
    } else {
      Token m;
      lx.lex(m);
      const char* dname = kind == 1 ? "ifdef" : "ifndef";
      if (m.kind == TokenKind::Newline) {
        error_at(name, std::string("no macro name given in #") + dname + " directive");
        value = false;
      } else if (m.kind != TokenKind::Identifier) {
        error_at(m, "macro names must be identifiers");
        value = false;
        do lx.lex(m);
        while (m.kind != TokenKind::Newline);
      } else {
        value = (info(m.ident).macro != nullptr) == (kind == 1);
        if (kind == 2 && guard_start) {
          f.guard_state = FileState::InGuard;
          f.guard_macro = m.ident;
          c.guard = true;
        }
        lx.lex(m);
        skip_to_end_of_directive(m, dname);
      }
    }
    c.taken = value;
    f.conds.push_back(c);
    skip = !value;
  } else if (id == id_elif_ || id == id_else_ || id == id_elifdef_ || id == id_elifndef_) {
    const char* dname = id == id_else_ ? "else" : id == id_elif_ ? "elif" : id == id_elifdef_ ? "elifdef" : "elifndef";
    if (f.conds.empty()) {
      error_at(name, std::string("#") + dname + " without #if");
    } else {
      Conditional& c = f.conds.back();
      if (c.seen_else) {
        error_at(name, std::string("#") + dname + " after #else");
        report(Severity::Note, c.begin, 0, "the conditional began here");
      }
      c.loc = name.loc;
      c.directive = name.text;
      if (id == id_else_) {
        c.seen_else = true;
        Token m;
        lx.lex(m);
        skip_to_end_of_directive(m, "else");
      }
      if (c.guard) f.guard_state = FileState::NoGuard;
      // The group before was taken: everything up to #endif is skipped,
      // and an #elif expression is not evaluated.
      c.taken = true;
      skip = true;
    }
  } else if (id == id_endif_) {
    Token m;
    lx.lex(m);
    skip_to_end_of_directive(m, "endif");
    if (f.conds.empty()) {
      error_at(name, "#endif without #if");
    } else {
      if (f.conds.back().guard && f.guard_state == FileState::InGuard)
        f.guard_state = FileState::AfterGuard;
      f.conds.pop_back();
    }
  } else if (id == id_define_) {
    do_define(name);
  } else if (id == id_undef_) {
    do_undef(name);
  } else if (id == id_include_ || id == id_include_next_ || id == id_import_) {
    do_include(name, id == id_include_next_, id == id_import_);
    return;  // do_include finished the line itself
  } else if (id == id_line_) {
    do_line(name, false, name);
  } else if (id == id_error_ || id == id_warning_) {
    do_diagnostic_directive(name, id == id_error_);
  } else if (id == id_pragma_) {
    do_pragma(hash);
  } else if (id == id_ident_ || id == id_sccs_) {
    Token s;
    lx.lex(s);
    if (s.kind != TokenKind::String) {
      error_at(s.kind == TokenKind::Newline ? name : s,
               std::string("invalid #") + std::string(name.text) + " directive");
    } else {
      Token m;
      lx.lex(m);
      skip_to_end_of_directive(m, "ident");
      if (record_events_ && !f.suppress_output) {
        pending_ = s;
        pending_.kind = TokenKind::Pragma;
        pending_.flags = kAtLineStart | kIdentDirective;
        pending_.loc = hash.loc;
        pending_.text = save("ident " + std::string(s.text));
        have_pending_ = true;
      }
    }
  } else if (id == id_assert_ || id == id_unassert_) {
    // GNU assertions (obsolete): accepted and ignored.
  } else {
    error_at(name, "invalid preprocessing directive #" + std::string(name.text));
  }
  lx.finish_directive();
  if (skip) skip_false_group();
}

void PreprocessorImpl::skip_false_group() {
  FileState& f = top_file();
  Lexer& lx = *f.lexer;
  for (;;) {
    Token name;
    if (!lx.skip_group(name)) return;  // end of file: reported as unterminated there
    Conditional& c = f.conds.back();
    IdentId id = name.ident;
    if (id != id_endif_) {
      c.loc = name.loc;
      c.directive = name.text;
    }
    if (id == id_endif_) {
      Token m;
      lx.lex(m);
      skip_to_end_of_directive(m, "endif");
      if (c.guard && f.guard_state == FileState::InGuard) f.guard_state = FileState::AfterGuard;
      f.conds.pop_back();
      lx.finish_directive();
      return;
    }
    if (c.guard) f.guard_state = FileState::NoGuard;
    if (id == id_else_) {
      if (c.seen_else) {
        error_at(name, "#else after #else");
        report(Severity::Note, c.begin, 0, "the conditional began here");
      }
      c.seen_else = true;
      Token m;
      lx.lex(m);
      skip_to_end_of_directive(m, "else");
      lx.finish_directive();
      if (!c.taken) {
        c.taken = true;
        return;
      }
      continue;
    }
    // #elif, #elifdef, #elifndef
    if (c.seen_else) error_at(name, "#" + std::string(name.text) + " after #else");
    if (c.taken) {
      lx.finish_directive();
      continue;
    }
    bool value = false;
    if (id == id_elif_) {
      value = eval_if_line(name);
    } else {
      Token m;
      lx.lex(m);
      if (m.kind != TokenKind::Identifier) {
        error_at(m.kind == TokenKind::Newline ? name : m, "macro names must be identifiers");
      } else {
        value = (info(m.ident).macro != nullptr) == (id == id_elifdef_);
        lx.lex(m);
        skip_to_end_of_directive(m, id == id_elifdef_ ? "elifdef" : "elifndef");
      }
    }
    lx.finish_directive();
    if (value) {
      c.taken = true;
      return;
    }
  }
}

// ---------------------------------------------------------------------------
// #define and #undef

bool PreprocessorImpl::macro_identical(const Macro& a, const Macro& b) const {
  if (a.function_like != b.function_like || a.variadic != b.variadic ||
      a.named_variadic != b.named_variadic || a.params != b.params ||
      a.body.size() != b.body.size())
    return false;
  for (size_t i = 0; i < a.body.size(); ++i) {
    const Token& x = a.body[i];
    const Token& y = b.body[i];
    if (x.kind != y.kind || x.text != y.text) return false;
    if (i && ((x.flags ^ y.flags) & kLeadingSpace)) return false;
  }
  return true;
}

void PreprocessorImpl::define_macro(Macro* m, SourceLocation loc) {
  IdentInfo& inf = info(m->name);
  if (inf.macro) {
    const Macro* old = inf.macro;
    if (old->builtin != Builtin::None) {
      warning_at(loc, "redefining builtin macro " + quote_name(name(m->name)));
    } else if (!macro_identical(*old, *m)) {
      if (warning_at(loc, quote_name(name(m->name)) + " redefined") && old->loc.valid())
        report(Severity::Note, old->loc, 0, "this is the location of the previous definition");
    }
  }
  m->order = macro_order_++;
  inf.macro = m;
  if (record_events_ && record_define_events_)
    events_.push_back({FileEvent::Define, loc.file, loc.line, m, m->name});
}

void PreprocessorImpl::undefine(IdentId id, SourceLocation loc) {
  IdentInfo& inf = info(id);
  if (inf.macro && inf.macro->builtin != Builtin::None)
    warning_at(loc, "undefining " + quote_name(name(id)));
  inf.macro = nullptr;
  if (record_events_ && record_define_events_)
    events_.push_back({FileEvent::Undef, loc.file, loc.line, nullptr, id});
}

namespace {

bool is_reserved_macro_name(const PreprocessorImpl& pp, IdentId id) {
  return id == pp.id_defined_;
}

}  // namespace

void PreprocessorImpl::do_define(Token& directive_tok) {
  Lexer& lx = *top_file().lexer;
  Token n;
  lx.lex(n);
  if (n.kind == TokenKind::Newline) {
    Token at = directive_tok;
    at.loc.column += static_cast<uint32_t>(directive_tok.text.size());
    error_at(at, "no macro name given in #define directive");
    return;
  }
  auto fail = [&](Token& t) {
    while (t.kind != TokenKind::Newline) lx.lex(t);
  };
  if (n.kind != TokenKind::Identifier) {
    error_at(n, "macro names must be identifiers");
    fail(n);
    return;
  }
  if (is_reserved_macro_name(*this, n.ident)) {
    error_at(n, "\"defined\" cannot be used as a macro name");
    fail(n);
    return;
  }
  if (Macro* old = info(n.ident).macro; old && old->builtin >= Builtin::HasInclude) {
    error_at(n, quote_name(n.text) + " cannot be used as a macro name");
    fail(n);
    return;
  }
  if (info(n.ident).poisoned) error_at(n, "attempt to use poisoned " + quote_name(n.text));
  Macro* m = new_macro();
  m->name = n.ident;
  m->loc = n.loc;
  Token t;
  lx.lex(t);
  if (t.is(Punct::LParen) && !(t.flags & kLeadingSpace)) {
    m->function_like = true;
    m->simple = false;
    for (;;) {
      lx.lex(t);
      if (t.is(Punct::RParen) && m->params.empty()) break;
      if (t.is(Punct::Ellipsis)) {
        m->variadic = true;
        m->params.push_back(id_va_args_);
        lx.lex(t);
        if (!t.is(Punct::RParen)) {
          error_at(t.kind == TokenKind::Newline ? n : t, "missing ')' in macro parameter list");
          fail(t);
          return;
        }
        break;
      }
      if (t.kind != TokenKind::Identifier) {
        if (t.kind == TokenKind::Newline)
          error_at(n, "expected parameter name before end of line");
        else
          error_at(t, "expected parameter name, found " + quote_name(t.text));
        fail(t);
        return;
      }
      if (t.ident == id_va_args_)
        warning_at(t, "__VA_ARGS__ can only appear in the expansion of a C99 variadic macro");
      for (IdentId p : m->params)
        if (p == t.ident) {
          error_at(t, "duplicate macro parameter " + quote_name(t.text));
          fail(t);
          return;
        }
      m->params.push_back(t.ident);
      lx.lex(t);
      if (t.is(Punct::Ellipsis)) {
        m->variadic = true;
        m->named_variadic = true;
        lx.lex(t);
        if (!t.is(Punct::RParen)) {
          error_at(t.kind == TokenKind::Newline ? n : t, "missing ')' in macro parameter list");
          fail(t);
          return;
        }
        break;
      }
      if (t.is(Punct::RParen)) break;
      if (t.is(Punct::Comma)) continue;
      if (t.kind == TokenKind::Newline) {
        error_at(n, "missing ')' in macro parameter list");
        return;
      }
      error_at(t, "expected ',' or ')', found " + quote_name(t.text));
      fail(t);
      return;
    }
    lx.lex(t);
  } else if (t.kind != TokenKind::Newline && !(t.flags & kLeadingSpace)) {
    warning_at(t, "missing whitespace after the macro name");
  }
  // The replacement list.
  bool first = true;
  while (t.kind != TokenKind::Newline) {
    t.flags &= static_cast<uint8_t>(~kAtLineStart);
    if (first) t.flags &= static_cast<uint8_t>(~kLeadingSpace);
    first = false;
    t.expansion = 0;
    if (t.kind == TokenKind::Identifier) {
      if (m->function_like) {
        for (size_t i = 0; i < m->params.size(); ++i)
          if (m->params[i] == t.ident) {
            t.kind = TokenKind::MacroParam;
            t.ident = static_cast<IdentId>(i);
            break;
          }
      }
      if (t.kind == TokenKind::Identifier) {
        if (t.ident == id_va_args_ && !(m->variadic && !m->named_variadic))
          warning_at(t, "__VA_ARGS__ can only appear in the expansion of a C99 variadic macro");
        if (t.ident == id_va_opt_) {
          if (!m->variadic || m->named_variadic) {
            warning_at(t, "__VA_OPT__ is not available until C2X");
          } else {
            m->has_va_opt = true;
            m->simple = false;
          }
        }
      }
    } else if (t.is(Punct::HashHash)) {
      m->simple = false;
    }
    m->body.push_back(t);
    lx.lex(t);
  }
  // Constraints on # and ## (6.10.3.2p1, 6.10.3.3p1).
  const auto& b = m->body;
  if (!b.empty() && (b.front().is(Punct::HashHash) || b.back().is(Punct::HashHash))) {
    error_at(b.front().is(Punct::HashHash) ? b.front() : b.back(),
             "'##' cannot appear at either end of a macro expansion");
    return;
  }
  if (m->function_like) {
    int va_opt_depth = -1, paren = 0;
    for (size_t i = 0; i < b.size(); ++i) {
      if (b[i].is(Punct::Hash)) {
        bool ok = i + 1 < b.size() &&
                  (b[i + 1].kind == TokenKind::MacroParam ||
                   (m->has_va_opt && b[i + 1].is_ident(id_va_opt_)));
        if (!ok) {
          error_at(b[i], "'#' is not followed by a macro parameter");
          return;
        }
      }
      if (m->has_va_opt && b[i].is_ident(id_va_opt_)) {
        if (va_opt_depth >= 0) {
          error_at(b[i], "__VA_OPT__ may not appear in a __VA_OPT__");
          return;
        }
        if (i + 1 >= b.size() || !b[i + 1].is(Punct::LParen)) {
          error_at(b[i], "__VA_OPT__ must be followed by an open parenthesis");
          return;
        }
        va_opt_depth = paren;
      } else if (b[i].is(Punct::LParen)) {
        ++paren;
      } else if (b[i].is(Punct::RParen)) {
        --paren;
        if (va_opt_depth >= 0 && paren == va_opt_depth) va_opt_depth = -1;
      }
    }
    if (va_opt_depth >= 0) {
      error_at(b.back(), "unterminated __VA_OPT__");
      return;
    }
  }
  define_macro(m, n.loc);
}

void PreprocessorImpl::do_undef(Token& directive_tok) {
  Lexer& lx = *top_file().lexer;
  Token n;
  lx.lex(n);
  if (n.kind == TokenKind::Newline) {
    error_at(directive_tok, "no macro name given in #undef directive");
    return;
  }
  if (n.kind != TokenKind::Identifier) {
    error_at(n, "macro names must be identifiers");
    while (n.kind != TokenKind::Newline) lx.lex(n);
    return;
  }
  if (n.ident == id_defined_) {
    error_at(n, "\"defined\" cannot be used as a macro name");
  } else {
    if (info(n.ident).poisoned) error_at(n, "attempt to use poisoned " + quote_name(n.text));
    undefine(n.ident, n.loc);
  }
  Token t;
  lx.lex(t);
  skip_to_end_of_directive(t, "undef");
}

// ---------------------------------------------------------------------------
// #include

void PreprocessorImpl::read_header_name(Token& first, std::string& name, bool& angled, bool& ok) {
  ok = false;
  Token t = first;
  if (t.kind == TokenKind::String && t.encoding == Encoding::None) {
    name = std::string(t.text.substr(1, t.text.size() - 2));
    angled = false;
    ok = true;
    return;
  }
  if (t.is(Punct::Less)) {
    // <...> made of tokens (from a macro): their spellings joined.
    name.clear();
    for (;;) {
      t = next();
      if (t.kind == TokenKind::Newline || t.kind == TokenKind::Eof) return;
      if (t.is(Punct::Greater)) break;
      if ((t.flags & kLeadingSpace) && !name.empty()) name += ' ';
      name += t.text;
    }
    angled = true;
    ok = true;
  }
}

void PreprocessorImpl::do_include(Token& directive_tok, bool next_dir, bool import) {
  FileState& f = top_file();
  Lexer& lx = *f.lexer;
  const char* dname = next_dir ? "include_next" : import ? "import" : "include";
  std::string header;
  bool angled = false, ok = false;
  Token t;
  SourceLocation where = directive_tok.loc;
  if (lx.lex_angle_header(t)) {
    header = std::string(t.text.substr(1, t.text.size() - 2));
    angled = true;
    ok = true;
    where = t.loc;
    lx.lex(t);
  } else {
    lx.lex(t);
    where = t.loc;
    if (t.kind == TokenKind::String && t.encoding == Encoding::None) {
      read_header_name(t, header, angled, ok);
      lx.lex(t);
    } else if (t.kind == TokenKind::Newline) {
      error_at(directive_tok, std::string("#") + dname + " expects \"FILENAME\" or <FILENAME>");
      lx.finish_directive();
      return;
    } else {
      // Computed include (6.10.2p4): expand the line, then re-read it.
      push_single(t);
      Token e = next();
      read_header_name(e, header, angled, ok);
      t = next();
      while (!contexts_.empty()) pop_context();
    }
  }
  if (!ok) {
    error_at(where, std::string("#") + dname + " expects \"FILENAME\" or <FILENAME>");
    while (t.kind != TokenKind::Newline) lx.lex(t);
    lx.finish_directive();
    return;
  }
  skip_to_end_of_directive(t, dname);
  lx.finish_directive();
  if (header.empty()) {
    error_at(where, std::string("empty filename in #") + dname);
    return;
  }
  bool is_main = files_.size() == 1 && !f.forced;
  if (next_dir && is_main) {
    warning_at(directive_tok, "#include_next in primary source file");
    next_dir = false;
  }
  std::string found;
  bool system = false;
  int dir_index = -1;
  const FileContent* c = find_include(header, angled, next_dir, found, system, dir_index);
  if (!c) {
    if (opts_.deps.enabled && opts_.deps.missing_ok) {
      deps_.push_back({header, false});
      return;
    }
    if (next_dir && dirs_.size() <= static_cast<size_t>(files_.back().dir_index + 1) && false)
      return;
    fatal_at(where, header + ": No such file or directory");
    return;
  }
  bool seen = std::find(deps_seen_.begin(), deps_seen_.end(), c) != deps_seen_.end();
  if (c->once && seen) return;
  if (import && seen) return;
  if (c->guard && info(c->guard).macro) return;
  if (enter_file(c, found, directive_tok.loc, system, dir_index, f.suppress_output) && import)
    const_cast<FileContent*>(c)->once = true;
}

// ---------------------------------------------------------------------------
// #line and line markers

void PreprocessorImpl::do_line(Token& directive_tok, bool gnu_marker, Token first) {
  FileState& f = top_file();
  Lexer& lx = *f.lexer;
  Token num = gnu_marker ? first : next();
  const char* what = gnu_marker ? "#" : "#line";
  auto consume_rest = [&](Token& t) {
    while (t.kind != TokenKind::Newline) t = next();
  };
  bool digits = num.kind == TokenKind::Number && !num.text.empty();
  for (char ch : num.text)
    if (ch < '0' || ch > '9') digits = false;
  if (!digits) {
    if (num.kind == TokenKind::Newline)
      error_at(directive_tok, std::string("unexpected end of file after ") + what);
    else
      error_at(num, quote_name(num.text) + " after " + what + " is not a positive integer");
    consume_rest(num);
    while (!contexts_.empty()) pop_context();
    return;
  }
  uint64_t value = 0;
  bool overflow = false;
  for (char ch : num.text) {
    value = value * 10 + static_cast<uint64_t>(ch - '0');
    if (value > 2147483647u) overflow = true;
  }
  if (overflow) warning_at(num, "line number out of range");
  std::string_view new_name;
  Token t;
  if (gnu_marker) lx.lex(t);
  else t = next();
  bool system = sm_.file(f.id).system;
  if (t.kind == TokenKind::String && t.encoding == Encoding::None) {
    std::string n;
    for (size_t i = 1; i + 1 < t.text.size(); ++i) {
      char ch = t.text[i];
      if (ch == '\\' && i + 2 < t.text.size()) ch = t.text[++i];
      n += ch;
    }
    new_name = sm_.save(n);
    if (gnu_marker) lx.lex(t);
    else t = next();
    if (gnu_marker) {
      while (t.kind == TokenKind::Number) {
        if (t.text == "3") system = true;
        lx.lex(t);
      }
    }
  } else if (t.kind != TokenKind::Newline) {
    error_at(t, quote_name(t.text) + " is not a valid filename");
    consume_rest(t);
    while (!contexts_.empty()) pop_context();
    return;
  }
  if (t.kind != TokenKind::Newline) {
    warning_at(t, std::string("extra tokens at end of ") + what + " directive");
    consume_rest(t);
  }
  while (!contexts_.empty()) pop_context();
  FileEntry& e = sm_.file(f.id);
  if (new_name.empty()) new_name = sm_.presumed(directive_tok.loc).file;
  uint32_t next_physical = lx.line() + 1;
  e.line_changes.push_back({next_physical, static_cast<uint32_t>(value), new_name});
  if (system != e.system) e.system = system;
  if (record_events_) events_.push_back({FileEvent::Line, f.id, next_physical, nullptr, 0});
}

// ---------------------------------------------------------------------------
// #error, #warning

void PreprocessorImpl::do_diagnostic_directive(Token& name_tok, bool is_error) {
  Lexer& lx = *top_file().lexer;
  lx.quiet = true;
  std::string text = "#" + std::string(name_tok.text);
  Token t;
  lx.lex(t);
  bool first = true;
  while (t.kind != TokenKind::Newline) {
    text += first || (t.flags & kLeadingSpace) ? " " : "";
    first = false;
    text += t.text;
    lx.lex(t);
  }
  lx.quiet = false;
  report(is_error ? Severity::Error : Severity::Warning, name_tok.loc, 0, text);
}

// ---------------------------------------------------------------------------
// #pragma and _Pragma (6.10.6, 6.10.9)

void PreprocessorImpl::do_pragma(Token& hash) {
  Lexer& lx = *top_file().lexer;
  std::vector<Token> toks;
  Token t;
  lx.lex(t);
  while (t.kind != TokenKind::Newline) {
    toks.push_back(t);
    lx.lex(t);
  }
  pragma(toks, hash.loc, false);
}

void PreprocessorImpl::pragma(std::vector<Token>& toks, SourceLocation loc, bool from_operator) {
  FileState& f = top_file();
  bool is_main = files_.size() == 1 && !f.forced;
  auto ident_at = [&](size_t i, IdentId id) {
    return i < toks.size() && toks[i].kind == TokenKind::Identifier && toks[i].ident == id;
  };
  // push_macro("NAME") / pop_macro("NAME"): the string's contents.
  auto macro_arg = [&](IdentId& out) -> bool {
    if (toks.size() < 4 || !toks[1].is(Punct::LParen) || toks[2].kind != TokenKind::String ||
        !toks[3].is(Punct::RParen))
      return false;
    std::string_view s = toks[2].text;
    if (s.size() < 2 || s[0] != '"') return false;
    out = intern(s.substr(1, s.size() - 2));
    return true;
  };
  if (ident_at(0, id_once_)) {
    if (is_main) warning_at(loc, "#pragma once in main file");
    else const_cast<FileContent*>(f.content)->once = true;
    return;
  }
  if (ident_at(0, id_push_macro_) || ident_at(0, id_pop_macro_)) {
    IdentId id = 0;
    if (!macro_arg(id)) {
      error_at(loc, std::string("invalid #pragma ") + std::string(toks[0].text) + " directive");
      return;
    }
    IdentInfo& inf = info(id);
    if (!inf.pushed) {
      pushed_stacks_.push_back(std::make_unique<std::vector<Macro*>>());
      inf.pushed = pushed_stacks_.back().get();
    }
    if (toks[0].ident == id_push_macro_) {
      inf.pushed->push_back(inf.macro);
    } else if (!inf.pushed->empty()) {
      inf.macro = inf.pushed->back();
      inf.pushed->pop_back();
    }
    return;
  }
  if (ident_at(0, id_GCC_) && toks.size() >= 2 && toks[1].kind == TokenKind::Identifier) {
    IdentId sub = toks[1].ident;
    std::string_view subname = toks[1].text;
    if (sub == id_system_header_) {
      if (is_main) {
        warning_at(loc, "#pragma system_header ignored outside include file");
      } else {
        sm_.file(f.id).system = true;
        if (record_events_) events_.push_back({FileEvent::System, f.id, f.lexer->line() + 1, nullptr, 0});
      }
      return;
    }
    if (sub == id_poison_) {
      for (size_t i = 2; i < toks.size(); ++i) {
        if (toks[i].kind != TokenKind::Identifier) {
          error_at(toks[i], "invalid #pragma GCC poison directive");
          return;
        }
        IdentInfo& inf = info(toks[i].ident);
        if (inf.poisoned) continue;
        if (inf.macro) warning_at(toks[i], "poisoning existing macro " + quote_name(toks[i].text));
        inf.poisoned = true;
      }
      return;
    }
    if (subname == "warning" || subname == "error") {
      size_t i = 2;
      if (i < toks.size() && toks[i].is(Punct::LParen)) ++i;
      if (i >= toks.size() || toks[i].kind != TokenKind::String) {
        error_at(loc, "invalid \"#pragma GCC " + std::string(subname) + "\" directive");
        return;
      }
      std::string_view s = toks[i].text;
      std::string msg(s.substr(1, s.size() - 2));
      report(subname == "warning" ? Severity::Warning : Severity::Error, toks[0].loc,
             toks[0].expansion, msg);
      return;
    }
    if (sub == id_dependency_) return;
  }
  // Everything else goes to the compiler (and into -E output).
  if (f.suppress_output) return;
  std::string text;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (i && (toks[i].flags & kLeadingSpace)) text += ' ';
    text += toks[i].text;
  }
  Token p;
  p.kind = TokenKind::Pragma;
  p.text = save(text);
  p.loc = loc;
  p.flags = from_operator ? kPragmaOperator : kAtLineStart;
  if (from_operator) {
    push_single(p);
  } else {
    pending_ = p;
    have_pending_ = true;
  }
}

}  // namespace kit::pp
