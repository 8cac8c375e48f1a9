// The parser's token handling, diagnostics, and the translation unit
// (C17 6.9): a sequence of external declarations.
#include "parse/parser.hpp"

#include <cstring>

namespace kit::c {

Parser::Parser(TokenSource& src, TypeTable& types, Arena& perm, Arena& fn_arena, DeclSink& sink,
               const CompileOptions& opts)
    : src_(src),
      types_(types),
      perm_(perm),
      fn_arena_(fn_arena),
      nodes_(&fn_arena),
      sink_(sink),
      opts_(opts),
      diags_(src.diagnostics()) {
  buf_.reserve(64);
  id_complex_ = names().intern("__complex");
  id_real_ = names().intern("__real");
  id_imag_ = names().intern("__imag");
  fill(0);
  pack_ = 0;
}

// ---------------------------------------------------------------- tokens

// Makes sure buf_[pos_ + n] exists. Pragmas are acted on here, as they are
// read, and never reach the grammar.
void Parser::fill(size_t n) {
  while (buf_.size() <= pos_ + n) {
    if (!buf_.empty() && buf_.back().kind == TokKind::Eof) {
      buf_.push_back(buf_.back());
      continue;
    }
    CTok t;
    src_.next(t);
    if (t.kind == TokKind::Pragma) {
      pragma(t);
      continue;
    }
    buf_.push_back(t);
  }
}

const CTok& Parser::peek(size_t n) {
  fill(n);
  return buf_[pos_ + n];
}

void Parser::advance() {
  ++pos_;
  if (pos_ >= 4096) {  // drop consumed tokens; nothing refers back to them
    buf_.erase(buf_.begin(), buf_.begin() + static_cast<ptrdiff_t>(pos_));
    pos_ = 0;
  }
  fill(0);
}

bool Parser::accept(Punct p) {
  if (!is(p)) return false;
  advance();
  return true;
}

bool Parser::accept_kw(pp::Keyword k) {
  if (!is_kw(k)) return false;
  advance();
  return true;
}

bool Parser::is_keyword(StrId id) const {
  if (id == 0 || id >= pp::kw_count_) return false;
  // Plain `typeof` and `asm` are keywords only in the GNU modes.
  if (!opts_.gnu && (id == pp::kw_typeof || id == pp::kw_asm)) return false;
  // __func__ and friends are predefined identifiers, not keywords.
  if (id == pp::kw___func__ || id == pp::kw___FUNCTION__ || id == pp::kw___PRETTY_FUNCTION__)
    return false;
  return true;
}

std::string Parser::describe_tok(const CTok& t) {
  switch (t.kind) {
    case TokKind::Eof: return "end of file";
    default: return "'" + std::string(t.text) + "'";
  }
}

void Parser::expect(Punct p, const char* context) {
  if (accept(p)) return;
  std::string msg = "expected '" + std::string(punct_text(p)) + "'";
  if (context) msg += std::string(" ") + context;
  fatal(tok().loc, msg + " before " + describe_tok(tok()));
}

StrId Parser::expect_ident(const char* what) {
  if (!is_ident()) fatal(tok().loc, std::string("expected ") + what + " before " + describe_tok(tok()));
  StrId id = tok().ident;
  advance();
  return id;
}

void Parser::enter_nesting() {
  // Deeply nested input (fuzzers, generated code) must not overflow the
  // stack: the recursive descent and codegen recurse per nesting level.
  if (++nesting_ > 1500) fatal(tok().loc, "nesting too deep (more than 1500 levels)");
}

// ---------------------------------------------------------------- diagnostics

void Parser::error(const Loc& loc, const std::string& msg) {
  src_.report(Severity::Error, loc, msg);
  if (++errors_ >= 50) {
    src_.report(Severity::Fatal, loc, "too many errors emitted, stopping now");
    throw ParseAbort{};
  }
}

void Parser::fatal(const Loc& loc, const std::string& msg) {
  src_.report(Severity::Error, loc, msg);
  ++errors_;
  throw ParseAbort{};
}

void Parser::warning(Warn w, const Loc& loc, const std::string& msg) {
  if (!opts_.enabled(w)) return;
  size_t i = static_cast<size_t>(w);
  std::string text = msg;
  const char* name = CompileOptions::name(w);
  if (opts_.warn_error[i]) {
    src_.report(Severity::Error, loc, text + " [-Werror=" + name + "]");
    ++errors_;
    return;
  }
  // Under -Werror gcc names the option that made it an error.
  bool as_error = opts_.werror && !opts_.warn_no_error[i];
  if (*name) text += std::string(as_error ? " [-Werror=" : " [-W") + name + "]";
  if (opts_.werror && opts_.warn_no_error[i]) {
    // -Werror -Wno-error=<name>: this one stays a warning, as with gcc.
    diags_.set_werror(false);
    src_.report(Severity::Warning, loc, text);
    diags_.set_werror(true);
    return;
  }
  src_.report(Severity::Warning, loc, text);
  if (diags_.has_errors() && errors_ == 0 && diags_.error_count() > 0) {
    // -Werror turned it into an error; the compilation fails at the end.
  }
}

void Parser::note(const Loc& loc, const std::string& msg) { src_.report(Severity::Note, loc, msg); }

// ---------------------------------------------------------------- nodes

Node* Parser::new_node(NodeKind k, const Loc& loc) {
  Node* n = nodes_->make<Node>();
  n->kind = k;
  n->loc = loc;
  n->ty = types_.void_type();
  return n;
}

Node* Parser::new_num(int64_t v, Type* ty, const Loc& loc) {
  Node* n = new_node(NodeKind::Num, loc);
  n->val = v;
  n->val_hi = (v < 0 && !ty->is_unsigned) ? -1 : 0;
  n->ty = ty;
  return n;
}

Node* Parser::new_var(Obj* var, const Loc& loc) {
  Node* n = new_node(NodeKind::Var, loc);
  n->var = var;
  n->ty = var->ty;
  if (!in_unevaluated_) var->is_referenced = true;
  return n;
}

// ---------------------------------------------------------------- translation unit

bool Parser::parse_translation_unit() {
  try {
    while (tok().kind != TokKind::Eof) top_level();
    // Tentative definitions are completed at the end (6.9.2p2): an array of
    // unknown size gets one element; other incomplete types are errors.
    for (Obj* o : globals_) {
      if (o->is_function || !o->is_tentative || o->is_definition || !o->ty) continue;
      if (is_array(o->ty) && o->ty->array_len < 0 && !o->ty->is_vla) {
        warning(Warn::Other, o->loc, "array '" + std::string(name_of(o->name)) + "' assumed to have one element");
        o->ty = types_.array_of(o->ty->base, 1);
      } else if (!is_complete(o->ty)) {
        error(o->loc, "storage size of '" + std::string(name_of(o->name)) + "' isn't known");
      }
    }
    for (auto& [name, target] : pragma_weak_) {
      StrId n = name;
      if (n < linkage_.size() && linkage_[n]) linkage_[n]->is_weak = true;
      (void)target;
    }
    if (errors_ == 0 && !diags_.has_errors()) sink_.finish(globals_);
  } catch (const ParseAbort&) {
    return false;
  }
  return errors_ == 0 && !diags_.has_errors();
}

void Parser::top_level() {
  nodes_ = &fn_arena_;
  if (accept(Punct::Semi)) return;  // stray ';' at file scope (a GNU extension)
  if (is_kw(pp::kw__Static_assert)) {
    static_assert_decl();
    return;
  }
  if (is_kw(pp::kw_asm) || is_kw(pp::kw___asm) || is_kw(pp::kw___asm__)) {
    file_scope_asm();
    return;
  }
  if (accept_kw(pp::kw___extension__)) return;
  global_declaration();
}

void Parser::static_assert_decl() {
  Loc loc = tok().loc;
  advance();
  expect(Punct::LParen, "after '_Static_assert'");
  Node* cond = conditional();
  std::string message;
  if (accept(Punct::Comma)) {
    if (tok().kind != TokKind::String) fatal(tok().loc, "expected a string literal in '_Static_assert'");
    Type* elem;
    Loc sloc;
    StringLit* s = concat_strings(elem, sloc);
    if (s->elem_size == 1) message.assign(s->bytes, static_cast<size_t>(s->size - 1));
  }
  expect(Punct::RParen);
  expect(Punct::Semi, "after '_Static_assert'");
  bool ok = true;
  int64_t v = const_int(cond, &ok);
  if (ok && v == 0) error(loc, message.empty() ? "static assertion failed" : "static assertion failed: \"" + message + "\"");
}

void Parser::file_scope_asm() {
  Loc loc = tok().loc;
  advance();
  expect(Punct::LParen, "after 'asm'");
  if (tok().kind != TokKind::String) fatal(tok().loc, "expected a string literal in 'asm'");
  Type* elem;
  Loc sloc;
  StringLit* s = concat_strings(elem, sloc);
  expect(Punct::RParen);
  expect(Punct::Semi, "after top-level 'asm'");
  bool empty = true;
  for (int64_t i = 0; i + 1 < s->size; ++i)
    if (s->bytes[i] != ' ' && s->bytes[i] != '\t' && s->bytes[i] != '\n') empty = false;
  if (!empty) error(loc, "top-level inline assembly is not supported by kit");
}

// ---------------------------------------------------------------- pragmas

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
bool take(std::string_view& s, std::string_view word) {
  s = trim(s);
  if (s.substr(0, word.size()) != word) return false;
  s.remove_prefix(word.size());
  return true;
}
std::string_view take_word(std::string_view& s) {
  s = trim(s);
  size_t i = 0;
  while (i < s.size() && (isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_')) ++i;
  std::string_view w = s.substr(0, i);
  s.remove_prefix(i);
  return w;
}
}  // namespace

// #pragma pack(...), #pragma GCC visibility push/pop, #pragma weak; the
// rest (STDC, GCC diagnostic, omp, ...) cannot change the program and is
// ignored.
void Parser::pragma(const CTok& t) {
  std::string_view s = t.text;
  if (take(s, "pack")) {
    if (!take(s, "(")) return;
    s = trim(s);
    if (take(s, ")")) {
      pack_ = 0;
      return;
    }
    std::string_view w = take_word(s);
    if (w == "push") {
      pack_stack_.push_back(pack_);
      if (take(s, ",")) {
        std::string_view n = take_word(s);
        if (!n.empty() && isdigit(static_cast<unsigned char>(n[0]))) pack_ = static_cast<uint32_t>(std::atoi(std::string(n).c_str()));
      }
    } else if (w == "pop") {
      if (!pack_stack_.empty()) {
        pack_ = pack_stack_.back();
        pack_stack_.pop_back();
      }
    } else if (!w.empty() && isdigit(static_cast<unsigned char>(w[0]))) {
      pack_ = static_cast<uint32_t>(std::atoi(std::string(w).c_str()));
    }
    if (pack_ & (pack_ - 1)) pack_ = 0;  // not a power of two: ignore, as gcc warns
    return;
  }
  if (take(s, "GCC")) {
    if (take(s, "visibility")) {
      std::string_view w = take_word(s);
      if (w == "push") {
        take(s, "(");
        std::string_view v = take_word(s);
        uint8_t vis = v == "hidden" ? 2 : v == "protected" ? 3 : v == "internal" ? 2 : 1;
        visibility_stack_.push_back(vis);
      } else if (w == "pop" && !visibility_stack_.empty()) {
        visibility_stack_.pop_back();
      }
    }
    return;
  }
  if (take(s, "weak")) {
    std::string_view a = take_word(s);
    StrId b = 0;
    if (take(s, "=")) b = names().intern(take_word(s));
    if (!a.empty()) pragma_weak_.push_back({names().intern(a), b});
    return;
  }
  if (take(s, "STDC") || take(s, "once") || take(s, "omp") || take(s, "clang") ||
      take(s, "message") || take(s, "redefine_extname") || take(s, "ident"))
    return;
  warning(Warn::UnknownPragmas, t.loc, "ignoring '#pragma " + std::string(trim(t.text)) + "'");
}

}  // namespace kit::c
