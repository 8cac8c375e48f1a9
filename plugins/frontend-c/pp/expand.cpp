// Macro replacement, C17 6.10.3.
//
// The rules, and how this file keeps them:
//
// - An identifier naming a macro is replaced by its replacement list; a
//   function-like macro only when the next pp-token is '(' (6.10.3p10),
//   which may come from a later line, after the end of an enclosing
//   expansion (then that expansion is over: its macro may be expanded
//   again -- the unspecified case of 6.10.3.4p4, decided the way gcc
//   does), but never from the next file up (a file ends its arguments).
// - Arguments are split at top-level commas (6.10.3p11); the variadic
//   parameter takes the rest, commas included (6.10.3p12). With
//   `name...` (GNU) the variadic parameter has a name. Too few or too many
//   arguments is an error; a missing variadic argument is allowed (C2x and
//   GNU), as it is in gcc.
// - Substitution (6.10.3.1): a parameter is replaced by its argument after
//   the argument has been completely macro-replaced on its own, as if it
//   were the rest of the file -- unless the parameter is an operand of # or
//   ##, which take the argument's tokens as written. The expanded form is
//   computed once per argument, on first use, by running the expansion loop
//   over the argument's tokens with a sentinel context below them, so
//   nothing outside the argument is read.
// - # (6.10.3.2) spells the argument's tokens, one space where there was
//   white space, escaping '"' and '\' inside string and character literals.
// - ## (6.10.3.3) joins the tokens on either side; an empty argument is a
//   placemarker, which vanishes when pasted and at the end. The result must
//   be one pp-token (else an error, and both tokens are kept, as gcc does).
//   GNU: `, ## __VA_ARGS__` drops the comma when the variadic argument is
//   empty and is a plain comma otherwise.
// - __VA_OPT__(content) (C2x, gcc >= 8 in every mode) is content when the
//   variadic argument has tokens after macro replacement, a placemarker
//   otherwise; # __VA_OPT__(...) stringifies the content.
// - Rescanning (6.10.3.4): the result is pushed as a context that reads
//   before the rest of the input; while it is being read its macro is
//   "busy". An identifier naming a busy macro is painted (kNoExpand) when
//   it is met, and stays unexpandable wherever it goes later -- the "blue
//   paint" of 6.10.3.4p2. Object-like macros without ## are read in place
//   from the definition, without a copy.
//
// Every expansion gets an ExpansionInfo (macro, where its name was, and the
// expansion that name came out of), and its tokens carry that id so the
// compiler's diagnostics can say "in expansion of macro 'X'".
//
// The dynamic built-ins (__FILE__, __LINE__, __COUNTER__, __DATE__, ...)
// and the operators _Pragma (6.10.9) and __has_include & co. are macros
// with a Builtin kind, so #ifdef sees them as defined, as in gcc.
#include <cstdio>
#include <ctime>

#include "pp/impl.hpp"

namespace kit::pp {

namespace {

constexpr uint8_t kSpaceFlags = kLeadingSpace | kAtLineStart;

std::string quote_name(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string escape_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

void PreprocessorImpl::expansion_too_large(const Token& name_tok) {
  report(Severity::Fatal, name_tok.loc, name_tok.expansion,
         "macro expansion produced more than " + std::to_string(token_limit_) + " tokens");
  stopped_ = true;
  for (auto& c : contexts_)
    if (c.macro) c.macro->busy = false;
  while (!contexts_.empty()) pop_context();
}

uint32_t PreprocessorImpl::new_expansion(const Token& name_tok, const Macro* m) {
  expansions_.push_back({m->name, name_tok.loc, name_tok.expansion, m->loc});
  return static_cast<uint32_t>(expansions_.size() - 1);
}

Token PreprocessorImpl::make_token(TokenKind k, std::string_view text, const Token& like) {
  Token t;
  t.kind = k;
  t.text = text;
  t.loc = like.loc;
  t.expansion = like.expansion;
  t.flags = like.flags & kSpaceFlags;
  return t;
}

Token PreprocessorImpl::next() {
  for (;;) {
    Token t;
    lex_unexpanded(t);
    if (t.kind == TokenKind::Identifier && !(t.flags & kNoExpand)) {
      if (in_if_ && t.ident == id_defined_) {
        // defined X / defined ( X ), before the operand can be expanded.
        Token op;
        lex_unexpanded(op);
        bool paren = op.is(Punct::LParen);
        if (paren) lex_unexpanded(op);
        bool value = false;
        if (op.kind != TokenKind::Identifier) {
          error_at(op.kind == TokenKind::Newline ? t : op,
                   "operator \"defined\" requires an identifier");
          if (op.kind == TokenKind::Newline) push_single(op);
        } else {
          Macro* m = info(op.ident).macro;
          value = m != nullptr;
          if (paren) {
            Token cl;
            lex_unexpanded(cl);
            if (!cl.is(Punct::RParen)) {
              error_at(cl.kind == TokenKind::Newline ? op : cl, "missing ')' after \"defined\"");
              if (cl.kind == TokenKind::Newline) push_single(cl);
            }
          }
        }
        Token r = make_token(TokenKind::Number, value ? "1" : "0", t);
        apply_carry(r);
        return r;
      }
      IdentInfo& inf = idents_[t.ident];
      if (Macro* m = inf.macro) {
        if (m->busy) {
          t.flags |= kNoExpand;
        } else if (enter_macro(t, m)) {
          continue;
        }
      } else if (inf.poisoned) {
        error_at(t, "attempt to use poisoned " + quote_name(t.text));
      }
    }
    apply_carry(t);
    return t;
  }
}

void PreprocessorImpl::apply_carry(Token& t) {
  if (!carry_flags_) return;
  // A token that starts its own line does not take the white space of an
  // empty expansion before it (the new line stands for it).
  if (!(t.flags & kAtLineStart)) t.flags |= carry_flags_;
  carry_flags_ = 0;
}

bool PreprocessorImpl::enter_macro(Token& name_tok, Macro* m) {
  if (m->builtin != Builtin::None) return expand_builtin(name_tok, m);
  uint8_t first_flags = name_tok.flags & kSpaceFlags;
  if (!m->function_like) {
    uint32_t x = new_expansion(name_tok, m);
    if (m->simple) {
      Context c;
      c.kind = Context::Tokens;
      c.stamp = true;
      c.expansion = x;
      c.macro = m;
      c.first = true;
      c.first_flags = first_flags;
      if (first_flags & kAtLineStart) c.first_loc = root_loc(name_tok);
      c.cur = m->body.data();
      c.end = m->body.data() + m->body.size();
      m->busy = true;
      contexts_.push_back(c);
      if ((tokens_made_ += m->body.size()) > token_limit_) expansion_too_large(name_tok);
      return true;
    }
    std::vector<Token>* buf = get_buffer();
    static const std::vector<Token> kNoArgs;
    static const std::vector<uint32_t> kNoBounds;
    substitute(m, name_tok, x, kNoArgs, kNoBounds, *buf);
    push_tokens(buf, m, x, first_flags, root_loc(name_tok));
    if ((tokens_made_ += buf->size()) > token_limit_) expansion_too_large(name_tok);
    return true;
  }
  // Function-like: only if '(' comes next.
  Token paren;
  bool saved_stop = stop_at_file_end_;
  stop_at_file_end_ = true;
  lex_unexpanded(paren);
  stop_at_file_end_ = saved_stop;
  if (!paren.is(Punct::LParen)) {
    if (paren.kind != TokenKind::Eof && paren.kind != TokenKind::Newline) push_single(paren);
    return false;
  }
  std::vector<Token>* args = get_buffer();
  std::vector<uint32_t> bounds;
  Token close;
  if (!collect_args(name_tok, m, *args, bounds, close)) {
    release_buffer(args);
    return false;
  }
  uint32_t x = new_expansion(name_tok, m);
  std::vector<Token>* buf = get_buffer();
  // Argument tokens belong to this expansion from now on (notes, and the
  // -E printer's idea of where a line's first token came from).
  for (Token& t : *args)
    if (!t.expansion) t.expansion = x;
  substitute(m, name_tok, x, *args, bounds, *buf);
  release_buffer(args);
  push_tokens(buf, m, x, first_flags, root_loc(name_tok));
  if ((tokens_made_ += buf->size()) > token_limit_) expansion_too_large(name_tok);
  return true;
}

bool PreprocessorImpl::collect_args(const Token& name_tok, Macro* m, std::vector<Token>& toks,
                                    std::vector<uint32_t>& bounds, Token& close) {
  bool saved_stop = stop_at_file_end_;
  stop_at_file_end_ = true;
  ++arg_depth_;
  va_omitted_ = false;
  bounds.push_back(0);
  int depth = 0;
  size_t nparams = m->params.size();
  bool ok = true;
  for (;;) {
    Token t;
    lex_unexpanded(t);
    if (t.kind == TokenKind::Eof || t.kind == TokenKind::Newline) {
      error_at(name_tok, "unterminated argument list invoking macro " + quote_name(name(m->name)));
      ok = false;
      break;
    }
    if (t.kind == TokenKind::Punct) {
      if (t.punct == Punct::LParen) {
        ++depth;
      } else if (t.punct == Punct::RParen) {
        if (depth == 0) {
          close = t;
          break;
        }
        --depth;
      } else if (t.punct == Punct::Comma && depth == 0 &&
                 !(m->variadic && bounds.size() == nparams)) {
        bounds.push_back(static_cast<uint32_t>(toks.size()));
        continue;
      }
    }
    // A newline inside the arguments is white space.
    if (t.flags & kAtLineStart) t.flags = static_cast<uint8_t>((t.flags & ~kAtLineStart) | kLeadingSpace);
    toks.push_back(t);
  }
  --arg_depth_;
  stop_at_file_end_ = saved_stop;
  if (!ok) return false;
  bounds.push_back(static_cast<uint32_t>(toks.size()));
  size_t nargs = bounds.size() - 1;
  if (nparams == 0 && nargs == 1 && toks.empty()) nargs = 0;
  // F() for F(...): gcc counts the one variadic argument as omitted (for
  // ", ## __VA_ARGS__") except in the strict modes.
  if (nparams == 1 && m->variadic && nargs == 1 && toks.empty() && gnu_mode_) va_omitted_ = true;
  auto defined_here = [&]() {
    if (m->loc.valid())
      report(Severity::Note, m->loc, 0, "macro " + quote_name(name(m->name)) + " defined here");
  };
  if (nargs < nparams) {
    if (m->variadic && nargs + 1 == nparams) {
      bounds.push_back(static_cast<uint32_t>(toks.size()));  // an empty variadic argument
      va_omitted_ = true;
    } else {
      error_at(close, "macro " + quote_name(name(m->name)) + " requires " +
                          std::to_string(nparams) + " arguments, but only " +
                          std::to_string(nargs) + " given");
      defined_here();
      return false;
    }
  } else if (nargs > nparams) {
    error_at(close, "macro " + quote_name(name(m->name)) + " passed " + std::to_string(nargs) +
                        " arguments, but takes just " + std::to_string(nparams));
    defined_here();
    return false;
  }
  return true;
}

void PreprocessorImpl::expand_arg(const Token* b, const Token* e, std::vector<Token>& out) {
  if (b == e) return;
  if (arg_nesting_ >= kMaxArgNesting) {
    // Deeper than any real code: keep the tokens unexpanded, say so once.
    if (arg_nesting_ == kMaxArgNesting) error_at(*b, "macro arguments nested too deeply");
    ++arg_nesting_;
    out.insert(out.end(), b, e);
    --arg_nesting_;
    return;
  }
  ++arg_nesting_;
  std::vector<Token>* buf = get_buffer();
  buf->assign(b, e);
  Context c;
  c.kind = Context::Tokens;
  c.sentinel = true;
  c.buffer = buf;
  c.cur = buf->data();
  c.end = buf->data() + buf->size();
  contexts_.push_back(c);
  size_t level = contexts_.size();
  uint8_t saved_carry = carry_flags_;
  carry_flags_ = 0;
  for (;;) {
    Token t = next();
    if (t.kind == TokenKind::Eof) break;
    out.push_back(t);
  }
  // Pop back to (and including) the sentinel.
  while (contexts_.size() >= level) pop_context();
  carry_flags_ = saved_carry;
  --arg_nesting_;
}

Token PreprocessorImpl::stringify(const Token* b, const Token* e, SourceLocation loc) {
  std::string s = "\"";
  for (const Token* t = b; t != e; ++t) {
    if (t->kind == TokenKind::Placemarker) continue;
    if (t != b && (t->flags & kSpaceFlags) && s.size() > 1) s += ' ';
    if (t->kind == TokenKind::String || t->kind == TokenKind::CharConst ||
        (t->kind == TokenKind::Other && !t->text.empty() && (t->text[0] == '"' || t->text[0] == '\''))) {
      for (char c : t->text) {
        if (c == '"' || c == '\\') s += '\\';
        s += c;
      }
    } else {
      s += t->text;
    }
  }
  s += '"';
  Token r;
  r.kind = TokenKind::String;
  r.text = save(s);
  r.loc = loc;
  r.flags = kStringified;
  return r;
}

bool PreprocessorImpl::paste(Token& lhs, const Token& rhs, const Token& where) {
  std::string s;
  s.reserve(lhs.text.size() + rhs.text.size());
  s += lhs.text;
  s += rhs.text;
  Token r = lhs;
  if (!lex_single_token(*this, s, r)) {
    error_at(where, "pasting " + quote_name(lhs.text) + " and " + quote_name(rhs.text) +
                        " does not give a valid preprocessing token");
    return false;
  }
  r.flags = static_cast<uint8_t>((lhs.flags & kSpaceFlags) | (r.flags & kDigraph));
  lhs = r;
  return true;
}

namespace {

struct ArgRef {
  const Token* b;
  const Token* e;
  std::vector<Token>* expanded = nullptr;
  bool expanded_done = false;
  bool omitted = false;  // the variadic argument was left out entirely
};

}  // namespace

// Substitution over body[i0, i1) into out (recursive for __VA_OPT__).
static void subst_range(PreprocessorImpl& pp, Macro* m, size_t i0, size_t i1, uint32_t x,
                        std::vector<ArgRef>& args, std::vector<Token>& out);

static void append_arg(std::vector<Token>& out, const Token* b, const Token* e, const Token& param,
                       uint32_t x) {
  size_t first = out.size();
  out.insert(out.end(), b, e);
  for (size_t i = first; i < out.size(); ++i) {
    out[i].flags &= static_cast<uint8_t>(~kAtLineStart);
    if (!out[i].expansion) out[i].expansion = x;
  }
  if (first < out.size())
    out[first].flags = static_cast<uint8_t>((out[first].flags & ~kLeadingSpace) |
                                            (param.flags & kLeadingSpace));
}

static std::vector<Token>& expanded_arg(PreprocessorImpl& pp, ArgRef& a) {
  if (!a.expanded_done) {
    a.expanded = pp.get_buffer();
    pp.expand_arg(a.b, a.e, *a.expanded);
    a.expanded_done = true;
  }
  return *a.expanded;
}

static size_t va_opt_close(const std::vector<Token>& body, size_t open) {
  int depth = 0;
  for (size_t i = open; i < body.size(); ++i) {
    if (body[i].is(Punct::LParen)) ++depth;
    else if (body[i].is(Punct::RParen) && --depth == 0) return i;
  }
  return body.size() - 1;
}

static void subst_range(PreprocessorImpl& pp, Macro* m, size_t i0, size_t i1, uint32_t x,
                        std::vector<ArgRef>& args, std::vector<Token>& out) {
  const std::vector<Token>& B = m->body;
  bool paste_pending = false;
  size_t lhs = 0;
  const Token* paste_op = nullptr;
  size_t nparams = m->params.size();
  // A parameter (or __VA_OPT__) that becomes nothing leaves its white
  // space to the next token, as gcc's padding does: "f(a, )".
  bool pending_space = false;
  for (size_t i = i0; i < i1; ++i) {
    const Token& bt = B[i];
    size_t before = out.size();
    bool next_is_paste = i + 1 < i1 && B[i + 1].is(Punct::HashHash);
    if (bt.is(Punct::HashHash)) {
      // GNU: , ## __VA_ARGS__
      if (m->variadic && i + 1 < i1 && B[i + 1].kind == TokenKind::MacroParam &&
          B[i + 1].ident == nparams - 1 && i > i0 && B[i - 1].is(Punct::Comma) && !out.empty() &&
          out.back().is(Punct::Comma)) {
        // gcc: the comma goes when the argument was left out; an empty
        // argument keeps it.
        ArgRef& va = args[nparams - 1];
        if (va.omitted) out.pop_back();
        else append_arg(out, va.b, va.e, B[i + 1], x);
        ++i;
        continue;
      }
      paste_pending = true;
      paste_op = &bt;
      lhs = out.size() - 1;
      continue;
    }
    if (bt.is(Punct::Hash) && m->function_like && i + 1 < i1 &&
        B[i + 1].kind == TokenKind::MacroParam) {
      ArgRef& a = args[B[i + 1].ident];
      Token s = pp.stringify(a.b, a.e, bt.loc);
      s.flags |= bt.flags & kLeadingSpace;
      s.expansion = x;
      out.push_back(s);
      ++i;
    } else if (bt.is(Punct::Hash) && m->has_va_opt && i + 1 < i1 && B[i + 1].is_ident(pp.id_va_opt_)) {
      size_t close = va_opt_close(B, i + 2);
      std::vector<Token> tmp;
      ArgRef& va = args[nparams - 1];
      if (!expanded_arg(pp, va).empty()) subst_range(pp, m, i + 3, close, x, args, tmp);
      Token s = pp.stringify(tmp.data(), tmp.data() + tmp.size(), bt.loc);
      s.flags |= bt.flags & kLeadingSpace;
      s.expansion = x;
      out.push_back(s);
      i = close;
    } else if (bt.kind == TokenKind::MacroParam) {
      ArgRef& a = args[bt.ident];
      if (paste_pending || next_is_paste) {
        if (a.b == a.e) {
          Token p = bt;
          p.kind = TokenKind::Placemarker;
          out.push_back(p);
        } else {
          append_arg(out, a.b, a.e, bt, x);
        }
      } else {
        std::vector<Token>& ex = expanded_arg(pp, a);
        append_arg(out, ex.data(), ex.data() + ex.size(), bt, x);
        if (ex.empty() && (bt.flags & kLeadingSpace)) pending_space = true;
      }
    } else if (bt.kind == TokenKind::Identifier && m->has_va_opt && bt.ident == pp.id_va_opt_) {
      size_t close = va_opt_close(B, i + 1);
      ArgRef& va = args[nparams - 1];
      std::vector<Token> tmp;
      if (!expanded_arg(pp, va).empty()) subst_range(pp, m, i + 2, close, x, args, tmp);
      size_t n = 0;
      for (const Token& t : tmp) n += t.kind != TokenKind::Placemarker;
      if (n == 0) {
        Token p = bt;
        p.kind = TokenKind::Placemarker;
        out.push_back(p);
        if (bt.flags & kLeadingSpace) pending_space = true;
      } else {
        size_t first = out.size();
        for (const Token& t : tmp)
          if (t.kind != TokenKind::Placemarker) out.push_back(t);
        out[first].flags = static_cast<uint8_t>((out[first].flags & ~kLeadingSpace) |
                                                (bt.flags & kLeadingSpace));
      }
      i = close;
    } else {
      Token t = bt;
      t.expansion = x;
      out.push_back(t);
    }
    if (pending_space) {
      for (size_t k = before; k < out.size(); ++k) {
        if (out[k].kind == TokenKind::Placemarker) continue;
        if (k > before || !(bt.kind == TokenKind::MacroParam && out.size() == before)) {
          out[k].flags |= kLeadingSpace;
          pending_space = false;
        }
        break;
      }
    }
    if (paste_pending && out.size() > before) {
      paste_pending = false;
      Token& L = out[lhs];
      const Token R = out[before];
      if (R.kind == TokenKind::Placemarker) {
        out.erase(out.begin() + static_cast<long>(before));
      } else if (L.kind == TokenKind::Placemarker) {
        uint8_t f = L.flags & kLeadingSpace;
        L = R;
        L.flags = static_cast<uint8_t>((L.flags & ~kLeadingSpace) | f);
        out.erase(out.begin() + static_cast<long>(before));
      } else if (Token op = *paste_op; op.expansion = x, pp.paste(L, R, op)) {
        L.expansion = x;
        out.erase(out.begin() + static_cast<long>(before));
      }
    }
  }
}

void PreprocessorImpl::substitute(Macro* m, const Token& name_tok, uint32_t x,
                                  const std::vector<Token>& args,
                                  const std::vector<uint32_t>& bounds, std::vector<Token>& out) {
  (void)name_tok;
  bool va_omitted = va_omitted_;
  std::vector<ArgRef> refs;
  if (!bounds.empty()) {
    refs.reserve(bounds.size() - 1);
    for (size_t i = 0; i + 1 < bounds.size(); ++i)
      refs.push_back({args.data() + bounds[i], args.data() + bounds[i + 1]});
  }
  while (refs.size() < m->params.size()) refs.push_back({nullptr, nullptr});
  if (m->variadic && !refs.empty()) refs.back().omitted = va_omitted;
  subst_range(*this, m, 0, m->body.size(), x, refs, out);
  for (ArgRef& r : refs)
    if (r.expanded) release_buffer(r.expanded);
  // Placemarkers are gone after substitution (6.10.3.3p3).
  size_t w = 0;
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].kind != TokenKind::Placemarker) out[w++] = out[i];
  out.resize(w);
  for (Token& t : out) t.flags &= static_cast<uint8_t>(~kAtLineStart);
}

// ---------------------------------------------------------------------------
// Built-in macros and operators

bool PreprocessorImpl::expand_builtin(Token& name_tok, Macro* m) {
  Token r;
  r.loc = name_tok.loc;
  r.expansion = name_tok.expansion;
  r.flags = name_tok.flags & kSpaceFlags;
  auto number = [&](uint64_t v) {
    r.kind = TokenKind::Number;
    r.text = save(std::to_string(v));
  };
  auto string = [&](std::string_view s) {
    r.kind = TokenKind::String;
    r.text = save("\"" + escape_string(s) + "\"");
  };
  // The current position in the current file (gcc: where lexing is now).
  auto current = [&]() -> PresumedLoc {
    if (files_.empty()) return {};
    const FileState& f = files_.back();
    return sm_.presumed({f.id, f.lexer->line(), 1});
  };
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  auto broken_down = [&](time_t t) {
    struct tm tm {};
    if (epoch_set_) gmtime_r(&t, &tm);
    else localtime_r(&t, &tm);
    return tm;
  };
  switch (m->builtin) {
    case Builtin::File: string(current().file); break;
    case Builtin::Line: number(current().line); break;
    case Builtin::Counter: number(counter_++); break;
    case Builtin::IncludeLevel: {
      uint64_t level = 0;
      if (!files_.empty()) level = sm_.file(files_.back().id).depth;
      number(level);
      break;
    }
    case Builtin::BaseFile: string(base_file_); break;
    case Builtin::FileName: {
      std::string_view f = current().file;
      size_t slash = f.rfind('/');
      string(slash == std::string_view::npos ? f : f.substr(slash + 1));
      break;
    }
    case Builtin::Date: {
      struct tm tm = broken_down(date_time_);
      char buf[32];
      std::snprintf(buf, sizeof buf, "\"%s %2d %d\"", kMonths[tm.tm_mon % 12], tm.tm_mday,
                    tm.tm_year + 1900);
      r.kind = TokenKind::String;
      r.text = save(buf);
      break;
    }
    case Builtin::Time: {
      struct tm tm = broken_down(date_time_);
      char buf[32];
      std::snprintf(buf, sizeof buf, "\"%02d:%02d:%02d\"", tm.tm_hour, tm.tm_min, tm.tm_sec);
      r.kind = TokenKind::String;
      r.text = save(buf);
      break;
    }
    case Builtin::Timestamp: {
      time_t t = date_time_;
      if (!files_.empty() && files_.back().content->mtime) {
        t = static_cast<time_t>(files_.back().content->mtime);
        if (epoch_set_ && t > date_time_) t = date_time_;  // reproducible builds
      }
      struct tm tm = broken_down(t);
      char buf[48];
      std::snprintf(buf, sizeof buf, "\"%s %s %2d %02d:%02d:%02d %d\"", kDays[tm.tm_wday % 7],
                    kMonths[tm.tm_mon % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                    tm.tm_year + 1900);
      r.kind = TokenKind::String;
      r.text = save(buf);
      break;
    }
    case Builtin::Pragma: {
      // _Pragma ( string-literal ): destringize, then act as #pragma.
      Token lp, s, rp;
      lex_unexpanded(lp);
      if (!lp.is(Punct::LParen)) {
        error_at(name_tok, "_Pragma takes a parenthesized string literal");
        if (lp.kind != TokenKind::Eof && lp.kind != TokenKind::Newline) push_single(lp);
        return false;
      }
      lex_unexpanded(s);
      if (s.kind != TokenKind::String) {
        error_at(name_tok, "_Pragma takes a parenthesized string literal");
        if (s.kind != TokenKind::Eof && s.kind != TokenKind::Newline) push_single(s);
        return true;
      }
      lex_unexpanded(rp);
      if (!rp.is(Punct::RParen)) {
        error_at(name_tok, "_Pragma takes a parenthesized string literal");
        if (rp.kind != TokenKind::Eof && rp.kind != TokenKind::Newline) push_single(rp);
        return true;
      }
      std::string_view body = s.text.substr(s.text.find('"'));
      body = body.substr(1, body.size() - 2);
      std::string text;
      for (size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\\' && i + 1 < body.size() && (body[i + 1] == '"' || body[i + 1] == '\\'))
          ++i;
        text += body[i];
      }
      const FileContent* c = sm_.add_content("<_Pragma>", text);
      Lexer lx(*this, *c, 0);
      lx.directive_mode = true;
      std::vector<Token> toks;
      Token t;
      for (lx.lex(t); t.kind != TokenKind::Newline && t.kind != TokenKind::Eof; lx.lex(t)) {
        t.loc = name_tok.loc;
        t.expansion = name_tok.expansion;
        toks.push_back(t);
      }
      size_t before = contexts_.size();
      if (!files_.empty()) pragma(toks, name_tok.loc, true);
      if (contexts_.size() > before && contexts_.back().kind == Context::Single)
        contexts_.back().single.flags |= name_tok.flags & kAtLineStart;
      return true;
    }
    case Builtin::HasInclude:
    case Builtin::HasIncludeNext:
    case Builtin::HasAttribute:
    case Builtin::HasCAttribute:
    case Builtin::HasCppAttribute:
    case Builtin::HasBuiltin:
    case Builtin::HasFeature:
    case Builtin::HasExtension: {
      if (!in_if_) {
        error_at(name_tok, quote_name(name_tok.text) + " used outside of preprocessing directive");
        return false;
      }
      bool ok = m->builtin == Builtin::HasInclude || m->builtin == Builtin::HasIncludeNext
                    ? has_include_operator(name_tok, m->builtin == Builtin::HasIncludeNext, r)
                    : feature_operator(name_tok, m->builtin, r);
      (void)ok;
      r.loc = name_tok.loc;
      r.expansion = name_tok.expansion;
      r.flags = name_tok.flags & kSpaceFlags;
      break;
    }
    default:
      return false;
  }
  push_single(r);
  return true;
}

bool PreprocessorImpl::has_include_operator(Token& name_tok, bool next_dir, Token& result) {
  result.kind = TokenKind::Number;
  result.text = "0";
  Token lp;
  lex_unexpanded(lp);
  if (!lp.is(Punct::LParen)) {
    error_at(name_tok, "missing '(' before " + quote_name(name_tok.text) + " operand");
    if (lp.kind == TokenKind::Newline) push_single(lp);
    return false;
  }
  std::string header;
  bool angled = false, ok = false;
  Token h;
  if (contexts_.empty() && !files_.empty() && files_.back().lexer->directive_mode &&
      files_.back().lexer->lex_angle_header(h)) {
    header = std::string(h.text.substr(1, h.text.size() - 2));
    angled = true;
    ok = true;
  } else {
    Token f = next();
    if (f.kind == TokenKind::Newline) {
      error_at(name_tok, "operator " + quote_name(name_tok.text) + " requires a header-name");
      push_single(f);
      return false;
    }
    read_header_name(f, header, angled, ok);
  }
  Token rp = next();
  if (!rp.is(Punct::RParen)) {
    error_at(name_tok, "missing ')' after " + quote_name(name_tok.text) + " operand");
    if (rp.kind == TokenKind::Newline) push_single(rp);
  }
  if (!ok || header.empty()) {
    error_at(name_tok, "operator " + quote_name(name_tok.text) + " requires a header-name");
    return false;
  }
  bool is_main = files_.size() == 1 && !files_.back().forced;
  std::string found;
  bool system = false;
  int dir_index = -1;
  bool exists = find_include(header, angled, next_dir && !is_main, found, system, dir_index) != nullptr;
  result.text = exists ? "1" : "0";
  return true;
}

bool PreprocessorImpl::feature_operator(Token& name_tok, Builtin kind, Token& result) {
  result.kind = TokenKind::Number;
  result.text = "0";
  Token lp;
  lex_unexpanded(lp);
  if (!lp.is(Punct::LParen)) {
    error_at(name_tok, "missing '(' after " + quote_name(name_tok.text));
    if (lp.kind == TokenKind::Newline) push_single(lp);
    return false;
  }
  Token a;
  lex_unexpanded(a);
  std::string_view ns, attr;
  if (a.kind == TokenKind::Identifier) {
    attr = a.text;
  } else {
    error_at(a.kind == TokenKind::Newline ? name_tok : a,
             "macro " + quote_name(name_tok.text) + " requires an identifier");
    if (a.kind == TokenKind::Newline) push_single(a);
    return false;
  }
  Token t;
  lex_unexpanded(t);
  if (t.is(Punct::Colon)) {
    Token c2, n2;
    lex_unexpanded(c2);
    lex_unexpanded(n2);
    if (!c2.is(Punct::Colon) || n2.kind != TokenKind::Identifier) {
      error_at(name_tok, "required parameter for " + quote_name(name_tok.text) + " is missing");
      return false;
    }
    ns = attr;
    attr = n2.text;
    lex_unexpanded(t);
  }
  if (!t.is(Punct::RParen)) {
    error_at(t.kind == TokenKind::Newline ? name_tok : t,
             "missing ')' after " + quote_name(name_tok.text) + " operand");
    if (t.kind == TokenKind::Newline) push_single(t);
    return false;
  }
  long value = 0;
  switch (kind) {
    case Builtin::HasAttribute:
      if (ns.empty() || ns == "gnu" || ns == "__gnu__") value = has_attribute(attr);
      break;
    case Builtin::HasCAttribute: value = has_c_attribute(ns, attr); break;
    case Builtin::HasBuiltin:
      value = builtin_query_ ? builtin_query_(attr) : has_builtin(attr);
      break;
    case Builtin::HasFeature: value = has_feature(attr, false); break;
    case Builtin::HasExtension: value = has_feature(attr, true); break;
    default: break;
  }
  result.text = save(std::to_string(value));
  return true;
}

}  // namespace kit::pp
