// The kit IR parser: .kir text -> Module (docs/IR.md is the grammar).
//
// Rules this file implements:
//   - Speed. kit is held to tcc's compile time and backends are tested from
//     .kir files, so the lexer is a hand-written scanner over the buffer:
//     a token is a kind and a [begin, end) span, nothing is allocated per
//     token, names are interned once (into the module's interner, which the
//     module keeps anyway), and local names resolve through vectors indexed
//     by interned id, not through maps of strings.
//   - Two passes over the top level. Globals may be referenced before they
//     are defined (a table of pointers before the functions it points to),
//     and the module must number globals in text order for printing to be
//     stable. Pass 1 reads records and global headers and creates every
//     global, skipping initializers and bodies with the lexer; pass 2 goes
//     back to each skipped part and parses it with all globals known.
//     Record types must be defined before they are used.
//   - Structure, not typing. The parser builds exactly what the text says
//     (operands, types, aux, flags) and leaves every typing and SSA rule to
//     the verifier, so any module the verifier rejects can still be written
//     down as a test. It only refuses text it cannot represent: unknown
//     names, malformed numbers, constants that do not fit their type.
//   - Bad input never crashes and never throws out of parse(): each error is
//     reported as file:line:col with the source line and a caret, the parser
//     resumes at the next top-level item (or the next deferred part), and
//     parse() returns null if anything was reported. Nesting is bounded, so
//     no input can exhaust the stack.
//   - Instructions remember their source line (Function::inst_lines), and
//     globals and blocks theirs, for the verifier's messages.
#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "kit/diag.hpp"
#include "kit/ir/text.hpp"
#include "names.hpp"
#include "numbers.hpp"

namespace kit::ir {

namespace {

// ---------------------------------------------------------------- lexer

enum class Tok : uint8_t {
  End,
  Newline,
  Word,      // keyword, type name, opcode
  Local,     // %name
  GlobalName,  // @name
  BlockName,   // ^name
  Number,    // -?[0-9][0-9A-Za-z.]* (with e+N / e-N exponents)
  String,    // "..."
  Equal,
  Comma,
  Colon,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  Plus,
  Minus,
  Ellipsis,
  Error,
};

struct Token {
  Tok kind = Tok::End;
  uint32_t line = 1;
  const char* begin = nullptr;
  const char* end = nullptr;
  const char* error = nullptr;  // Tok::Error: the message

  std::string_view text() const { return {begin, size_t(end - begin)}; }
  bool is(Tok k) const { return kind == k; }
  bool is_word(std::string_view w) const { return kind == Tok::Word && text() == w; }
};

class Lexer {
 public:
  struct State {
    const char* p;
    uint32_t line;
  };

  explicit Lexer(std::string_view text)
      : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()) {}

  State state() const { return {p_, line_}; }
  void restore(State s) {
    p_ = s.p;
    line_ = s.line;
  }
  const char* buffer_begin() const { return begin_; }

  // Just after a '{': skips to just after the matching '}' without making
  // tokens (pass 1 skips bodies and initializers this way). Strings and
  // comments may hold braces. Returns false at the end of the buffer.
  bool skip_block() {
    unsigned depth = 1;
    while (p_ < end_) {
      char c = *p_++;
      switch (c) {
        case '\n': ++line_; break;
        case '{': ++depth; break;
        case '}':
          if (--depth == 0) return true;
          break;
        case ';':
          while (p_ < end_ && *p_ != '\n') ++p_;
          break;
        case '"':
          while (p_ < end_ && *p_ != '"' && *p_ != '\n') p_ += (*p_ == '\\' && p_ + 1 < end_ && p_[1] != '\n') ? 2 : 1;
          if (p_ < end_ && *p_ == '"') ++p_;
          break;
        default: break;
      }
    }
    return false;
  }
  const char* buffer_end() const { return end_; }

  Token next() {
    for (;;) {
      while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r')) ++p_;
      if (p_ < end_ && *p_ == ';') {
        while (p_ < end_ && *p_ != '\n') ++p_;
        continue;
      }
      break;
    }
    Token t;
    t.line = line_;
    t.begin = p_;
    if (p_ >= end_) {
      t.kind = Tok::End;
      t.end = p_;
      return t;
    }
    char c = *p_;
    auto single = [&](Tok k) {
      ++p_;
      t.kind = k;
      t.end = p_;
      return t;
    };
    switch (c) {
      case '\n':
        ++line_;
        return single(Tok::Newline);
      case '=': return single(Tok::Equal);
      case ',': return single(Tok::Comma);
      case ':': return single(Tok::Colon);
      case '(': return single(Tok::LParen);
      case ')': return single(Tok::RParen);
      case '[': return single(Tok::LBracket);
      case ']': return single(Tok::RBracket);
      case '{': return single(Tok::LBrace);
      case '}': return single(Tok::RBrace);
      case '+': return single(Tok::Plus);
      case '%': return name(t, Tok::Local);
      case '@': return name(t, Tok::GlobalName);
      case '^': return name(t, Tok::BlockName);
      case '"':
        ++p_;
        if (!string_body()) return error(t, "unterminated string");
        t.kind = Tok::String;
        t.end = p_;
        return t;
      case '.':
        if (end_ - p_ >= 3 && p_[1] == '.' && p_[2] == '.') {
          p_ += 3;
          t.kind = Tok::Ellipsis;
          t.end = p_;
          return t;
        }
        return error(t, "unexpected character '.'");
      case '-':
        if (p_ + 1 < end_ && is_digit(p_[1])) return number(t);
        return single(Tok::Minus);
      default:
        break;
    }
    if (is_digit(c)) return number(t);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      while (p_ < end_ && detail::is_ident_char(static_cast<unsigned char>(*p_))) ++p_;
      t.kind = Tok::Word;
      t.end = p_;
      return t;
    }
    return error(t, "unexpected character");
  }

 private:
  static bool is_digit(char c) { return c >= '0' && c <= '9'; }

  Token error(Token& t, const char* msg) {
    if (p_ < end_ && p_ == t.begin) ++p_;  // always make progress
    t.kind = Tok::Error;
    t.end = p_;
    t.error = msg;
    return t;
  }

  // After the opening quote; stops after the closing one.
  bool string_body() {
    while (p_ < end_) {
      char c = *p_;
      if (c == '\n') return false;
      ++p_;
      if (c == '"') return true;
      if (c == '\\' && p_ < end_ && *p_ != '\n') ++p_;
    }
    return false;
  }

  Token name(Token& t, Tok kind) {
    ++p_;
    if (p_ < end_ && *p_ == '"') {
      ++p_;
      if (!string_body()) return error(t, "unterminated quoted name");
    } else {
      const char* s = p_;
      while (p_ < end_ && detail::is_ident_char(static_cast<unsigned char>(*p_))) ++p_;
      if (p_ == s) return error(t, "expected a name after the sigil");
    }
    t.kind = kind;
    t.end = p_;
    return t;
  }

  Token number(Token& t) {
    if (*p_ == '-') ++p_;
    bool hex = end_ - p_ >= 2 && p_[0] == '0' && (p_[1] == 'x' || p_[1] == 'X');
    while (p_ < end_) {
      char c = *p_;
      if (detail::is_ident_char(static_cast<unsigned char>(c)) && c != '$') {
        ++p_;
        if (!hex && (c == 'e' || c == 'E') && p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
        continue;
      }
      break;
    }
    t.kind = Tok::Number;
    t.end = p_;
    return t;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  uint32_t line_ = 1;
};

// ------------------------------------------------------------ tables

struct OpTable {
  std::unordered_map<std::string_view, Op> ops;
  OpTable() {
    for (unsigned i = 0; i < unsigned(Op::Count); ++i) ops.emplace(op_name(Op(i)), Op(i));
  }
};

const OpTable& op_table() {
  static const OpTable t;
  return t;
}

bool lookup_pred(std::string_view w, bool fcmp, Pred& p) {
  static const char* const kInt[] = {"eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"};
  static const char* const kFloat[] = {"oeq", "one", "olt", "ole", "ogt", "oge", "ueq",
                                       "une", "ult", "ule", "ugt", "uge", "ord", "uno"};
  if (!fcmp) {
    for (unsigned i = 0; i < std::size(kInt); ++i)
      if (w == kInt[i]) {
        p = Pred(i);
        return true;
      }
  } else {
    for (unsigned i = 0; i < std::size(kFloat); ++i)
      if (w == kFloat[i]) {
        p = Pred(unsigned(Pred::OEq) + i);
        return true;
      }
  }
  return false;
}

bool lookup_ordering(std::string_view w, Ordering& o) {
  for (unsigned i = 1; i <= unsigned(Ordering::SeqCst); ++i)
    if (w == ordering_name(Ordering(i))) {
      o = Ordering(i);
      return true;
    }
  return false;
}

bool lookup_rmw(std::string_view w, RMWOp& op) {
  for (unsigned i = 0; i <= unsigned(RMWOp::Nand); ++i)
    if (w == rmw_name(RMWOp(i))) {
      op = RMWOp(i);
      return true;
    }
  return false;
}

const char* const kFlagWords[] = {"thread_local", "readonly", "dllimport",     "dllexport", "used",
                                  "noreturn",     "noinline", "always_inline", "strings"};

// --------------------------------------------------------- local names

// A local name: interned (named) or a bare number (unnamed).
struct LocalKey {
  bool numbered = false;
  uint64_t id = 0;  // StrId or the number
};

// name -> uint32 (0 = undefined) for one function, cleared in O(touched).
class LocalTable {
 public:
  uint32_t get(LocalKey k) const {
    if (!k.numbered) return k.id < by_name_.size() ? by_name_[k.id] : 0;
    if (k.id < kDense) return k.id < by_num_.size() ? by_num_[k.id] : 0;
    auto it = big_.find(k.id);
    return it == big_.end() ? 0 : it->second;
  }
  void set(LocalKey k, uint32_t v) {
    if (!k.numbered) {
      if (k.id >= by_name_.size()) by_name_.resize(k.id + 1 + k.id / 2, 0);
      if (!by_name_[k.id]) touched_names_.push_back(static_cast<uint32_t>(k.id));
      by_name_[k.id] = v;
    } else if (k.id < kDense) {
      if (k.id >= by_num_.size()) by_num_.resize(k.id + 1 + k.id / 2, 0);
      if (!by_num_[k.id]) touched_nums_.push_back(static_cast<uint32_t>(k.id));
      by_num_[k.id] = v;
    } else {
      big_[k.id] = v;
    }
  }
  void clear() {
    for (uint32_t i : touched_names_) by_name_[i] = 0;
    for (uint32_t i : touched_nums_) by_num_[i] = 0;
    touched_names_.clear();
    touched_nums_.clear();
    big_.clear();
  }

 private:
  static constexpr uint64_t kDense = 1u << 20;
  std::vector<uint32_t> by_name_, by_num_;
  std::vector<uint32_t> touched_names_, touched_nums_;
  std::unordered_map<uint64_t, uint32_t> big_;
};

struct Failed {};  // thrown after an error was reported; caught per item

// ---------------------------------------------------------------- parser

class Parser {
 public:
  Parser(std::string_view text, std::string_view file, Diagnostics& diags)
      : lex_(text), file_(file), diags_(diags) {}

  std::unique_ptr<Module> run() {
    unsigned errors_before = diags_.error_count();
    try {
      advance();
      header();
      pass1();
      if (diags_.error_count() == errors_before) pass2();
    } catch (const Failed&) {
    } catch (const std::exception& e) {
      // Nothing in the parser should throw, but never let it escape.
      report(tok_, std::string("internal error while parsing: ") + e.what());
    }
    if (diags_.error_count() != errors_before) return nullptr;
    return std::move(m_);
  }

 private:
  // ------------------------------------------------------------ tokens

  void advance() { tok_ = lex_.next(); }

  void report(const Token& t, std::string_view msg) {
    const char* lb = lex_.buffer_begin();
    const char* ls = t.begin ? t.begin : lb;
    while (ls > lb && ls[-1] != '\n') --ls;
    const char* le = t.begin ? t.begin : lb;
    while (le < lex_.buffer_end() && *le != '\n') ++le;
    std::string_view line(ls, size_t(le - ls));
    if (line.size() > 400) line = line.substr(0, 400);
    uint32_t col = static_cast<uint32_t>((t.begin ? t.begin : lb) - ls) + 1;
    diags_.error(SourceLoc{file_, t.line, col}, msg, line);
  }

  [[noreturn]] void fail(const Token& t, std::string_view msg) {
    report(t, msg);
    throw Failed{};
  }
  [[noreturn]] void fail(std::string_view msg) { fail(tok_, msg); }

  [[noreturn]] void expected(std::string_view what) {
    if (tok_.is(Tok::Error)) fail(tok_.error);
    std::string m = "expected ";
    m += what;
    m += ", found ";
    switch (tok_.kind) {
      case Tok::End: m += "end of file"; break;
      case Tok::Newline: m += "end of line"; break;
      default:
        m += '\'';
        m += tok_.text().substr(0, 40);
        m += '\'';
    }
    fail(m);
  }

  void expect(Tok k, std::string_view what) {
    if (!tok_.is(k)) expected(what);
    advance();
  }

  void expect_word(std::string_view w) {
    if (!tok_.is_word(w)) expected(std::string("'") + std::string(w) + "'");
    advance();
  }

  void skip_newlines() {
    while (tok_.is(Tok::Newline)) advance();
  }

  void end_of_line() {
    if (tok_.is(Tok::Newline)) {
      advance();
      return;
    }
    if (tok_.is(Tok::End)) return;
    expected("end of line");
  }

  // Decodes a quoted string token's body (between the quotes) into out.
  void decode(const Token& t, size_t skip, std::string& out) {
    out.clear();
    const char* p = t.begin + skip + 1;
    const char* e = t.end - 1;
    while (p < e) {
      char c = *p++;
      if (c != '\\') {
        out += c;
        continue;
      }
      char d = p < e ? *p++ : '\0';
      switch (d) {
        case '\\': out += '\\'; break;
        case '"': out += '"'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'x': {
          int v = 0;
          for (int k = 0; k < 2; ++k) {
            char h = p < e ? *p : '\0';
            int dv = h >= '0' && h <= '9'   ? h - '0'
                     : h >= 'a' && h <= 'f' ? h - 'a' + 10
                     : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                            : -1;
            if (dv < 0) fail(t, "invalid \\x escape: two hex digits expected");
            v = v * 16 + dv;
            ++p;
          }
          out += static_cast<char>(v);
          break;
        }
        default: fail(t, "invalid escape sequence in string");
      }
    }
  }

  // The name of a sigil token (%x, @x, ^x, %"x"), decoded into scratch_.
  std::string_view name_text(const Token& t) {
    if (t.end - t.begin >= 2 && t.begin[1] == '"') {
      decode(t, 1, scratch_);
      return scratch_;
    }
    return std::string_view(t.begin + 1, size_t(t.end - t.begin - 1));
  }

  static bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  }

  // Local key of a %name / ^name token: bare numbers are unnamed.
  LocalKey local_key(const Token& t) {
    bool quoted = t.end - t.begin >= 2 && t.begin[1] == '"';
    std::string_view s = name_text(t);
    if (!quoted && all_digits(s)) {
      uint64_t v = 0;
      auto r = std::from_chars(s.data(), s.data() + s.size(), v);
      if (r.ec != std::errc() || v > 0xffffffffull) fail(t, "number too large");
      return LocalKey{true, v};
    }
    if (s.empty()) fail(t, "a local name cannot be empty");
    return LocalKey{false, m_->intern(s)};
  }

  uint64_t number_u64(std::string_view what, uint64_t max = ~0ull) {
    if (!tok_.is(Tok::Number)) expected(what);
    uint64_t lo, hi;
    std::string why;
    std::string_view s = tok_.text();
    if (!s.empty() && s[0] == '-') fail("expected a non-negative number");
    if (!detail::parse_int(s, 64, lo, hi, why)) fail(why);
    if (lo > max) fail("number too large (at most " + std::to_string(max) + ")");
    advance();
    return lo;
  }

  // ------------------------------------------------------------ header

  void header() {
    std::string target;
    DataLayout layout;
    for (;;) {
      skip_newlines();
      if (tok_.is_word("target")) {
        advance();
        if (!tok_.is(Tok::String)) expected("a quoted target triple");
        decode(tok_, 0, target);
        advance();
        end_of_line();
      } else if (tok_.is_word("layout")) {
        advance();
        for (;;) {
          if (!tok_.is(Tok::Word)) expected("a layout key");
          Token key = tok_;
          std::string_view k = key.text();
          advance();
          uint64_t v = number_u64("a number", 0xffff);
          if (k == "pointer_bits") {
            if (v != 16 && v != 32 && v != 64) fail(key, "pointer_bits must be 16, 32 or 64");
            layout.pointer_bits = uint16_t(v);
          } else if (k == "i128_align") layout.i128_align = uint32_t(v);
          else if (k == "f80_size") layout.f80_size = uint32_t(v);
          else if (k == "f80_align") layout.f80_align = uint32_t(v);
          else if (k == "f128_align") layout.f128_align = uint32_t(v);
          else if (k == "max_int_align") layout.max_int_align = uint32_t(v);
          else fail(key, "unknown layout key '" + std::string(k) + "'");
          if (!tok_.is(Tok::Comma)) break;
          advance();
        }
        end_of_line();
      } else {
        break;
      }
    }
    m_ = std::make_unique<Module>(std::move(target), layout);
  }

  // ------------------------------------------------------------- types

  TypeId scalar_word(const Token& t, bool& ok) {
    ok = true;
    std::string_view w = t.text();
    if (w == "ptr") return m_->ptr_type();
    if (w == "void") return m_->void_type();
    if (w.size() >= 2 && (w[0] == 'i' || w[0] == 'f') && all_digits(w.substr(1)) && w.size() <= 5) {
      unsigned bits = 0;
      for (char c : w.substr(1)) bits = bits * 10 + unsigned(c - '0');
      if (w[0] == 'i') {
        if (bits == 0 || (bits > 64 && bits != 128)) fail(t, "integer types are i1 to i64 and i128");
        TypeId& cached = int_types_[bits];  // skip the module's hash lookup
        if (!cached) cached = m_->int_type(bits);
        return cached;
      }
      if (bits != 32 && bits != 64 && bits != 80 && bits != 128)
        fail(t, "float types are f32, f64, f80 and f128");
      TypeId& cached = float_types_[bits == 32 ? 0 : bits == 64 ? 1 : bits == 80 ? 2 : 3];
      if (!cached) cached = m_->float_type(bits);
      return cached;
    }
    ok = false;
    return 0;
  }

  bool at_type() const {
    if (tok_.is(Tok::LBracket) || tok_.is(Tok::Local)) return true;
    if (!tok_.is(Tok::Word)) return false;
    std::string_view w = tok_.text();
    return w == "ptr" || w == "void" ||
           (w.size() >= 2 && (w[0] == 'i' || w[0] == 'f') && all_digits(w.substr(1)));
  }

  // type := 'void' | 'ptr' | iN | fN | '[' N 'x' type ']' | %record
  //         [ '(' params ')' ]        (a function type, when allowed)
  // With param_names, parameters may carry a %name (function headers).
  TypeId type(bool allow_func, unsigned depth = 0,
              std::vector<Token>* param_names = nullptr) {
    if (depth > 64) fail("types nested too deeply");
    TypeId t = 0;
    if (tok_.is(Tok::Word)) {
      bool ok;
      t = scalar_word(tok_, ok);
      if (!ok) expected("a type");
      advance();
    } else if (tok_.is(Tok::LBracket)) {
      advance();
      uint64_t count = number_u64("an array length");
      expect_word("x");
      TypeId elem = type(false, depth + 1);
      expect(Tok::RBracket, "']'");
      uint64_t es = m_->type(elem).size;
      if (count && es > ~0ull / count) fail("array type too large");
      t = m_->array_type(elem, count);
    } else if (tok_.is(Tok::Local)) {
      Token name = tok_;
      LocalKey k = local_key(name);
      uint32_t v = records_.get(k);
      if (!v) fail(name, "unknown type " + std::string(name.text()));
      t = v - 1;
      advance();
    } else {
      expected("a type");
    }
    if (!allow_func || !tok_.is(Tok::LParen)) return t;
    advance();
    std::vector<TypeId> params;
    bool variadic = false;
    if (!tok_.is(Tok::RParen)) {
      for (;;) {
        if (tok_.is(Tok::Ellipsis)) {
          variadic = true;
          advance();
          break;
        }
        params.push_back(type(false, depth + 1));
        if (param_names) {
          if (tok_.is(Tok::Local)) {
            param_names->push_back(tok_);
            advance();
          } else {
            param_names->push_back(Token{});
          }
        }
        if (!tok_.is(Tok::Comma)) break;
        advance();
      }
    }
    expect(Tok::RParen, variadic ? "')' after '...'" : "',' or ')'");
    return m_->func_type(t, params, variadic);
  }

  // type %name = struct|union { off: type [bit B width W], ... }, size N, align N
  void record_def() {
    advance();
    if (!tok_.is(Tok::Local)) expected("a type name such as %pair");
    Token name = tok_;
    LocalKey key = local_key(name);
    std::string rec_name = key.numbered ? std::string() : std::string(m_->str(StrId(key.id)));
    if (records_.get(key)) fail(name, "redefinition of type " + std::string(name.text()));
    advance();
    expect(Tok::Equal, "'='");
    bool is_union = false, is_complex = false;
    if (tok_.is_word("struct")) is_union = false;
    else if (tok_.is_word("union")) is_union = true;
    else if (tok_.is_word("complex")) is_complex = true;
    else expected("'struct', 'union' or 'complex'");
    advance();
    expect(Tok::LBrace, "'{'");
    std::vector<Field> fields;
    skip_newlines();
    if (!tok_.is(Tok::RBrace)) {
      for (;;) {
        Field f{};
        f.offset = number_u64("a field offset");
        expect(Tok::Colon, "':' after the field offset");
        f.type = type(false);
        if (tok_.is_word("bit")) {
          advance();
          f.bit_offset = uint16_t(number_u64("a bit offset", 0xffff));
          expect_word("width");
          f.bit_width = uint16_t(number_u64("a bit width", 0xffff));
        }
        fields.push_back(f);
        skip_newlines();
        if (!tok_.is(Tok::Comma)) break;
        advance();
        skip_newlines();
      }
    }
    expect(Tok::RBrace, "',' or '}'");
    expect(Tok::Comma, "','");
    expect_word("size");
    uint64_t size = number_u64("a size");
    expect(Tok::Comma, "','");
    expect_word("align");
    uint64_t align = number_u64("an alignment", 0xffffffffull);
    end_of_line();
    TypeId t = m_->record_type(rec_name, fields, size, uint32_t(align), is_union, is_complex);
    records_.set(key, t + 1);
  }

  // ------------------------------------------------------------ globals

  enum class DeferKind : uint8_t { Init, Body, Alias, Ctor, Dtor };
  struct Deferred {
    DeferKind kind;
    uint32_t global;
    Token tok;            // the token to resume at
    Lexer::State after;   // lexer state after it
    std::vector<Token> param_names;
  };

  void pass1() {
    for (;;) {
      skip_newlines();
      if (tok_.is(Tok::End)) return;
      try {
        item();
      } catch (const Failed&) {
        recover_top_level();
      }
    }
  }

  // Skips to the next line that starts with a top-level keyword.
  void recover_top_level() {
    for (;;) {
      while (!tok_.is(Tok::Newline) && !tok_.is(Tok::End)) advance();
      if (tok_.is(Tok::End)) return;
      advance();
      if (tok_.is(Tok::Word)) {
        std::string_view w = tok_.text();
        if (w == "type" || w == "data" || w == "func" || w == "alias" || w == "ctor" || w == "dtor")
          return;
      }
    }
  }

  void item() {
    if (!tok_.is(Tok::Word)) expected("'type', 'data', 'func', 'alias', 'ctor' or 'dtor'");
    std::string_view w = tok_.text();
    if (w == "type") return record_def();
    if (w == "data") return global_def(GlobalKind::Data);
    if (w == "func") return global_def(GlobalKind::Function);
    if (w == "alias") return global_def(GlobalKind::Alias);
    if (w == "ctor" || w == "dtor") {
      Deferred d{w == "ctor" ? DeferKind::Ctor : DeferKind::Dtor, 0, {}, {}, {}};
      advance();
      d.tok = tok_;
      d.after = lex_.state();
      deferred_.push_back(std::move(d));
      while (!tok_.is(Tok::Newline) && !tok_.is(Tok::End)) {
        if (tok_.is(Tok::Error)) fail(tok_.error);
        advance();
      }
      return;
    }
    if (w == "target" || w == "layout") fail(std::string("'") + std::string(w) + "' must come before everything else");
    expected("'type', 'data', 'func', 'alias', 'ctor' or 'dtor'");
  }

  void global_def(GlobalKind kind) {
    uint32_t line = tok_.line;
    advance();
    if (!tok_.is(Tok::GlobalName)) expected("a global name such as @main");
    Token name_tok = tok_;
    std::string name(name_text(name_tok));
    if (m_->find_global(name) >= 0) fail(name_tok, "redefinition of " + std::string(name_tok.text()));
    advance();
    expect(Tok::Colon, "':' and the type");
    std::vector<Token> pnames;
    TypeId t = type(true, 0, kind == GlobalKind::Function ? &pnames : nullptr);
    if (kind == GlobalKind::Function && m_->type(t).kind != TypeKind::Func)
      fail(name_tok, "a function's type must be a function type, such as i32 (ptr)");
    uint32_t g;
    switch (kind) {
      case GlobalKind::Data: g = m_->add_data(name, t, Linkage::External); break;
      case GlobalKind::Function: g = m_->add_function(name, t, Linkage::External); break;
      default: g = m_->add_alias(name, t, 0, Linkage::External); break;
    }
    m_->global(g).line = line;
    attributes(m_->global(g));
    if (kind == GlobalKind::Alias) {
      expect(Tok::Equal, "'=' and the aliased global");
      defer(DeferKind::Alias, g);
      while (!tok_.is(Tok::Newline) && !tok_.is(Tok::End)) {
        if (tok_.is(Tok::Error)) fail(tok_.error);
        advance();
      }
    } else if (kind == GlobalKind::Data && tok_.is(Tok::Equal)) {
      advance();
      if (!tok_.is(Tok::LBrace)) expected("'{' starting the initializer");
      m_->global(g).defined = true;
      defer(DeferKind::Init, g);
      skip_braces();
    } else if (kind == GlobalKind::Function && tok_.is(Tok::LBrace)) {
      defer(DeferKind::Body, g);
      deferred_.back().param_names = std::move(pnames);
      m_->define_function(g);
      skip_braces();
    }
    end_of_line();
  }

  void defer(DeferKind k, uint32_t g) {
    deferred_.push_back(Deferred{k, g, tok_, lex_.state(), {}});
  }

  // At '{': skips to just after the matching '}'. What is inside is
  // parsed (and its errors reported) in pass 2.
  void skip_braces() {
    Token open = tok_;
    if (!lex_.skip_block()) fail(open, "missing '}' for this '{'");
    advance();
  }

  void attributes(Global& g) {
    bool linkage = false, visibility = false;
    while (tok_.is(Tok::Word)) {
      Token t = tok_;
      std::string_view w = t.text();
      auto set_linkage = [&](Linkage l) {
        if (linkage) fail(t, "more than one linkage");
        linkage = true;
        g.linkage = l;
      };
      auto set_visibility = [&](Visibility v) {
        if (visibility) fail(t, "more than one visibility");
        visibility = true;
        g.visibility = v;
      };
      advance();
      if (w == "external") set_linkage(Linkage::External);
      else if (w == "internal") set_linkage(Linkage::Internal);
      else if (w == "weak") set_linkage(Linkage::Weak);
      else if (w == "common") set_linkage(Linkage::Common);
      else if (w == "linkonce") set_linkage(Linkage::LinkOnce);
      else if (w == "default") set_visibility(Visibility::Default);
      else if (w == "hidden") set_visibility(Visibility::Hidden);
      else if (w == "protected") set_visibility(Visibility::Protected);
      else if (w == "align") g.align = uint32_t(number_u64("an alignment", 0xffffffffull));
      else if (w == "section") {
        if (!tok_.is(Tok::String)) expected("a quoted section name");
        decode(tok_, 0, scratch_);
        g.section = m_->intern(scratch_);
        advance();
      } else {
        bool found = false;
        for (unsigned b = 0; b < std::size(kFlagWords); ++b)
          if (w == kFlagWords[b]) {
            g.flags |= uint16_t(1u << b);
            found = true;
          }
        if (!found) fail(t, "unknown attribute '" + std::string(w) + "'");
      }
    }
  }

  // ------------------------------------------------------------- pass 2

  void pass2() {
    for (Deferred& d : deferred_) {
      tok_ = d.tok;
      lex_.restore(d.after);
      try {
        switch (d.kind) {
          case DeferKind::Init: initializer(d.global); break;
          case DeferKind::Body: body(d.global, d.param_names); break;
          case DeferKind::Alias: alias_target(d.global); break;
          case DeferKind::Ctor:
          case DeferKind::Dtor: ctor(d.kind == DeferKind::Ctor); break;
        }
      } catch (const Failed&) {
        if (d.kind == DeferKind::Body) failed_bodies_.push_back(d.global);
      }
    }
    for (const BlockAddrFixup& fx : block_addr_fixups_) {
      const Global& fg = m_->global(fx.function);
      if (std::find(failed_bodies_.begin(), failed_bodies_.end(), fx.function) != failed_bodies_.end())
        continue;  // its body had an error already reported
      if (fg.kind != GlobalKind::Function || !fg.defined) {
        report(fx.tok, "blockaddr needs a function defined in this module");
        continue;
      }
      auto it = block_names_.find(fx.function);
      uint32_t b = 0;
      if (it != block_names_.end()) {
        for (const auto& [k, idx] : it->second)
          if (k.numbered == fx.key.numbered && k.id == fx.key.id) b = idx + 1;
      }
      if (!b) {
        std::string fname;
        detail::append_name(fname, '@', m_->str(fg.name));
        report(fx.tok, "function " + fname + " has no block " + std::string(fx.tok.text()));
        continue;
      }
      m_->global(fx.global).init[fx.item].value = b - 1;
    }
  }

  uint32_t global_ref() {
    if (!tok_.is(Tok::GlobalName)) expected("a global such as @x");
    int64_t g = m_->find_global(name_text(tok_));
    if (g < 0) fail("unknown global " + std::string(tok_.text()));
    advance();
    return uint32_t(g);
  }

  int64_t addend() {
    if (tok_.is(Tok::Plus)) {
      advance();
      return int64_t(number_u64("a number", uint64_t(INT64_MAX)));
    }
    if (tok_.is(Tok::Minus)) {
      advance();
      uint64_t v = number_u64("a number", uint64_t(INT64_MAX) + 1);
      return int64_t(uint64_t(0) - v);
    }
    if (tok_.is(Tok::Number) && tok_.text()[0] == '-') {
      uint64_t lo, hi;
      std::string why;
      if (!detail::parse_int(tok_.text(), 64, lo, hi, why)) fail(why);
      advance();
      return int64_t(lo);
    }
    return 0;
  }

  void alias_target(uint32_t g) {
    uint32_t target = global_ref();
    int64_t a = addend();
    end_of_line();
    m_->global(g).aliasee = target;
    m_->global(g).alias_offset = a;
  }

  void ctor(bool is_ctor) {
    uint32_t g = global_ref();
    int priority = 65535;
    if (tok_.is_word("priority")) {
      advance();
      priority = int(number_u64("a priority", 0x7fffffff));
    }
    end_of_line();
    (is_ctor ? m_->ctors : m_->dtors).push_back(Module::Ctor{g, priority});
  }

  struct BlockAddrFixup {
    uint32_t global, item, function;
    LocalKey key;
    Token tok;
  };

  void initializer(uint32_t gi) {
    expect(Tok::LBrace, "'{'");
    skip_newlines();
    if (tok_.is(Tok::RBrace)) {
      advance();
      return;
    }
    for (;;) {
      if (!tok_.is(Tok::Word)) expected("an initializer item (zero, bytes, i8..i128, addr, blockaddr)");
      std::string_view w = tok_.text();
      Token item_tok = tok_;
      advance();
      auto& init = m_->global(gi).init;
      if (w == "zero") {
        InitItem it;
        it.kind = InitItem::Zero;
        it.count = number_u64("a byte count");
        init.push_back(it);
      } else if (w == "bytes") {
        if (!tok_.is(Tok::String)) expected("a quoted string of bytes");
        decode(tok_, 0, scratch_);
        m_->init_bytes(gi, scratch_);
        advance();
      } else if (w == "i8" || w == "i16" || w == "i32" || w == "i64" || w == "i128") {
        unsigned bits = w == "i8" ? 8 : w == "i16" ? 16 : w == "i32" ? 32 : w == "i64" ? 64 : 128;
        if (!tok_.is(Tok::Number)) expected("an integer");
        uint64_t lo, hi;
        std::string why;
        if (!detail::parse_int(tok_.text(), bits, lo, hi, why)) fail(why);
        advance();
        m_->init_int(gi, bits / 8, lo, hi);
      } else if (w == "addr") {
        unsigned size = unsigned(number_u64("the address size in bytes", 255));
        uint32_t target = global_ref();
        int64_t a = addend();
        InitItem it;
        it.kind = InitItem::Addr;
        it.size = uint8_t(size);
        it.global = target;
        it.addend = a;
        init.push_back(it);
      } else if (w == "blockaddr") {
        unsigned size = unsigned(number_u64("the address size in bytes", 255));
        uint32_t fn = global_ref();
        if (!tok_.is(Tok::BlockName)) expected("a block such as ^label");
        BlockAddrFixup fx{gi, uint32_t(init.size()), fn, local_key(tok_), tok_};
        advance();
        InitItem it;
        it.kind = InitItem::BlockAddr;
        it.size = uint8_t(size);
        it.global = fn;
        init.push_back(it);
        block_addr_fixups_.push_back(fx);
      } else {
        fail(item_tok, "unknown initializer item '" + std::string(w) + "'");
      }
      skip_newlines();
      if (tok_.is(Tok::RBrace)) break;
      expect(Tok::Comma, "',' or '}'");
      skip_newlines();
    }
    advance();
  }

  // -------------------------------------------------------------- bodies

  struct Fixup {
    uint32_t operand;  // index into Function::operands
    LocalKey key;
    Token tok;
    bool block;        // a block (^x) rather than a value (%x)
    bool addr;         // blockaddr ^x
  };

  Function* f_ = nullptr;
  LocalTable values_, blocks_;
  std::vector<Fixup> fixups_;
  uint32_t current_block_ = ~0u;

  void define_value(const Token& t, LocalKey k, Value v) {
    if (values_.get(k)) fail(t, "redefinition of " + std::string(t.text()));
    values_.set(k, v.raw());
  }

  void body(uint32_t gi, const std::vector<Token>& pnames) {
    Global& g = m_->global(gi);
    f_ = &m_->function(g.function);
    values_.clear();
    blocks_.clear();
    fixups_.clear();
    current_block_ = ~0u;
    f_->inst_lines.clear();
    for (size_t i = 0; i < pnames.size() && i < f_->param_names.size(); ++i) {
      if (!pnames[i].begin) continue;
      LocalKey k = local_key(pnames[i]);
      if (!k.numbered) f_->param_names[i] = StrId(k.id);
      define_value(pnames[i], k, Value(Value::Arg, uint32_t(i)));
    }
    std::vector<std::pair<LocalKey, uint32_t>>& bnames = block_names_[gi];
    expect(Tok::LBrace, "'{'");
    for (;;) {
      skip_newlines();
      if (tok_.is(Tok::RBrace)) {
        advance();
        break;
      }
      if (tok_.is(Tok::End)) fail("missing '}' at the end of the function");
      statement(bnames);
    }
    for (const Fixup& fx : fixups_) {
      uint32_t v = (fx.block ? blocks_ : values_).get(fx.key);
      if (!v) {
        report(fx.tok, std::string(fx.block ? "undefined block " : "undefined value ") +
                           std::string(fx.tok.text()));
        continue;
      }
      f_->operands[fx.operand] =
          fx.block ? Value(fx.addr ? Value::BlockAddr : Value::Block, v - 1) : Value::from_raw(v);
    }
    f_ = nullptr;
  }

  void statement(std::vector<std::pair<LocalKey, uint32_t>>& bnames) {
    // Labels: ^name:  (or a bare word followed by ':')
    if (tok_.is(Tok::BlockName) || tok_.is(Tok::Word)) {
      Token first = tok_;
      Lexer::State st = lex_.state();
      Token colon = lex_.next();
      if (colon.is(Tok::Colon)) {
        LocalKey k;
        if (first.is(Tok::BlockName)) {
          k = local_key(first);
        } else {
          k = LocalKey{false, m_->intern(first.text())};
        }
        if (blocks_.get(k)) fail(first, "redefinition of block " + std::string(first.text()));
        Block b;
        b.name = k.numbered ? 0 : StrId(k.id);
        b.line = first.line;
        f_->blocks.push_back(std::move(b));
        current_block_ = uint32_t(f_->blocks.size() - 1);
        blocks_.set(k, current_block_ + 1);
        bnames.emplace_back(k, current_block_);
        advance();
        end_of_line_or_continue();
        return;
      }
      lex_.restore(st);
      tok_ = first;
    }
    Token result{};
    LocalKey rkey{};
    if (tok_.is(Tok::Local)) {
      result = tok_;
      rkey = local_key(result);
      advance();
      expect(Tok::Equal, "'='");
      if (tok_.is_word("slot")) {
        advance();
        StackSlot s;
        s.size = number_u64("a slot size");
        if (tok_.is(Tok::Comma)) {
          advance();
          expect_word("align");
          s.align = uint32_t(number_u64("an alignment", 0xffffffffull));
        }
        s.name = rkey.numbered ? 0 : StrId(rkey.id);
        f_->slots.push_back(s);
        define_value(result, rkey, Value(Value::Slot, uint32_t(f_->slots.size() - 1)));
        end_of_line();
        return;
      }
    }
    instruction(result, rkey);
  }

  // A label may be followed by an instruction on the same line.
  void end_of_line_or_continue() {
    if (tok_.is(Tok::Newline)) advance();
  }

  void instruction(const Token& result, LocalKey rkey) {
    if (!tok_.is(Tok::Word)) expected("an instruction");
    Token op_tok = tok_;
    const auto& table = op_table().ops;
    auto it = table.find(op_tok.text());
    if (it == table.end()) fail("unknown instruction '" + std::string(op_tok.text()) + "'");
    if (current_block_ == ~0u) fail("instruction outside a block; start the body with a label such as ^entry:");
    Inst in;
    in.op = it->second;
    advance();
    modifiers(in);
    if (has_type(in.op)) {
      Token tt = tok_;
      in.type = type(in.op == Op::Call);
      if (in.op == Op::Call && m_->type(in.type).kind != TypeKind::Func)
        fail(tt, "call needs the callee's function type, such as i32 (ptr, ...)");
    }
    in.first_op = uint32_t(f_->operands.size());
    if (in.op == Op::Call) {
      operand();
      expect(Tok::LParen, "'(' and the arguments");
      if (!tok_.is(Tok::RParen)) {
        for (;;) {
          operand();
          if (!tok_.is(Tok::Comma)) break;
          advance();
        }
      }
      expect(Tok::RParen, "',' or ')'");
    } else {
      operand_list();
    }
    in.num_ops = uint32_t(f_->operands.size() - in.first_op);
    bool has_align = false;
    if (tok_.is(Tok::Comma)) {
      advance();
      if (!tok_.is_word("align") && !tok_.is_word("level")) expected("'align' or 'level'");
    }
    if (tok_.is_word("align") || tok_.is_word("level")) {
      Token a = tok_;
      bool level = a.text() == "level";
      bool ok = level ? (in.op == Op::FrameAddr || in.op == Op::ReturnAddr)
                      : (in.op == Op::Load || in.op == Op::Store || in.op == Op::MemCopy ||
                         in.op == Op::MemSet || in.op == Op::Alloca);
      if (!ok) fail(a, "'" + std::string(a.text()) + "' does not apply to " + std::string(op_name(in.op)));
      advance();
      in.aux = uint16_t(number_u64(level ? "a frame level" : "an alignment", 0xffff));
      has_align = !level;
    }
    if (!has_align) default_align(in);
    end_of_line();
    uint32_t idx = uint32_t(f_->insts.size());
    if (idx > Value::kMaxIndex) fail(op_tok, "function too large");
    f_->insts.push_back(in);
    f_->inst_names.push_back(0);
    f_->inst_lines.push_back(op_tok.line);
    f_->blocks[current_block_].insts.push_back(idx);
    if (result.begin) {
      if (!detail::produces_value(*m_, in))
        fail(result, std::string("'") + std::string(op_name(in.op)) + "' produces no value to name");
      if (!rkey.numbered) f_->inst_names.back() = StrId(rkey.id);
      define_value(result, rkey, Value(Value::Inst, idx));
    }
  }

  // Alignment when the text gives none: the natural alignment of the
  // accessed type for load/store, 1 for memcpy/memset/alloca.
  void default_align(Inst& in) {
    switch (in.op) {
      case Op::Load:
        in.aux = uint16_t(std::min<uint32_t>(m_->type(in.type).align, 0x8000));
        break;
      case Op::Store: {
        in.aux = 1;
        if (in.num_ops >= 1) {
          Value v = f_->operands[in.first_op];
          TypeId t = known_type(v);
          if (t) in.aux = uint16_t(std::min<uint32_t>(m_->type(t).align, 0x8000));
        }
        break;
      }
      case Op::MemCopy:
      case Op::MemSet:
      case Op::Alloca: in.aux = 1; break;
      default: break;
    }
  }

  // The type of a value known so far (0 if not yet known).
  TypeId known_type(Value v) {
    switch (v.tag()) {
      case Value::Const:
      case Value::Global:
      case Value::Slot:
      case Value::BlockAddr: return m_->type_of(f_, v);
      case Value::Arg: return v.index() < m_->params(m_->global(f_->global).type).size() ? m_->type_of(f_, v) : 0;
      case Value::Inst:
        return v.index() < f_->insts.size() ? m_->type_of(f_, v) : 0;
      default: return 0;  // a forward reference (not known yet)
    }
  }

  void modifiers(Inst& in) {
    auto ordering = [&](bool required) -> Ordering {
      Ordering o = Ordering::NotAtomic;
      if (tok_.is(Tok::Word) && lookup_ordering(tok_.text(), o)) {
        advance();
        return o;
      }
      if (required) expected("an atomic ordering (relaxed, acquire, release, acq_rel, seq_cst)");
      return o;
    };
    switch (in.op) {
      case Op::ICmp:
      case Op::FCmp: {
        Pred p;
        if (!tok_.is(Tok::Word) || !lookup_pred(tok_.text(), in.op == Op::FCmp, p))
          expected(in.op == Op::ICmp ? "an integer predicate (eq, ne, slt, ..., uge)"
                                     : "a float predicate (oeq, one, olt, ..., ord, uno)");
        advance();
        in.aux = uint16_t(p);
        break;
      }
      case Op::Load:
      case Op::Store:
        if (tok_.is_word("volatile")) {
          in.flags |= kVolatile;
          advance();
        }
        in.flags |= ordering_flags(ordering(false));
        break;
      case Op::MemCopy:
      case Op::MemSet:
        if (tok_.is_word("volatile")) {
          in.flags |= kVolatile;
          advance();
        }
        break;
      case Op::Call:
        if (tok_.is_word("tail")) {
          in.flags |= kTail;
          advance();
        }
        break;
      case Op::AtomicRMW: {
        RMWOp r;
        if (!tok_.is(Tok::Word) || !lookup_rmw(tok_.text(), r))
          expected("an atomicrmw operation (xchg, add, sub, and, or, xor, nand)");
        advance();
        in.aux = uint16_t(unsigned(ordering(true)) | (unsigned(r) << 8));
        break;
      }
      case Op::CmpXchg: {
        unsigned success = unsigned(ordering(true));
        unsigned failure = unsigned(ordering(false));
        in.aux = uint16_t(success | (failure << 8));
        break;
      }
      case Op::Fence: in.aux = uint16_t(ordering(true)); break;
      default: break;
    }
  }

  bool at_list_end() const {
    return tok_.is(Tok::Newline) || tok_.is(Tok::End) || tok_.is(Tok::RBrace) ||
           tok_.is_word("align") || tok_.is_word("level");
  }

  // operands := item (',' item)*, item := operand | '[' operands ']'.
  // Brackets only group (phi and switch pairs); they are flattened.
  void operand_list() {
    if (at_list_end()) return;
    unsigned depth = 0;
    for (;;) {
      while (tok_.is(Tok::LBracket)) {
        if (++depth > 16) fail("brackets nested too deeply");
        advance();
      }
      if (!(depth && tok_.is(Tok::RBracket))) operand();
      while (tok_.is(Tok::RBracket)) {
        if (!depth) fail("unbalanced ']'");
        --depth;
        advance();
      }
      if (!tok_.is(Tok::Comma)) break;
      Lexer::State st = lex_.state();
      Token comma = tok_;
      advance();
      if (tok_.is_word("align") || tok_.is_word("level")) {
        lex_.restore(st);  // leave ", align N" to the caller
        tok_ = comma;
        break;
      }
    }
    if (depth) expected("']'");
  }

  void add_fixup(LocalKey k, const Token& t, bool block, bool addr) {
    fixups_.push_back(Fixup{uint32_t(f_->operands.size()), k, t, block, addr});
    f_->operands.push_back(Value());
  }

  void operand() {
    switch (tok_.kind) {
      case Tok::Local: {
        Token t = tok_;
        LocalKey k = local_key(t);
        advance();
        uint32_t v = values_.get(k);
        if (v) f_->operands.push_back(Value::from_raw(v));
        else add_fixup(k, t, false, false);
        return;
      }
      case Tok::GlobalName:
        f_->operands.push_back(Value(Value::Global, global_ref()));
        return;
      case Tok::BlockName: {
        Token t = tok_;
        LocalKey k = local_key(t);
        advance();
        add_fixup(k, t, true, false);
        return;
      }
      case Tok::Word: {
        if (tok_.is_word("blockaddr")) {
          advance();
          if (!tok_.is(Tok::BlockName)) expected("a block such as ^label");
          Token t = tok_;
          LocalKey k = local_key(t);
          advance();
          add_fixup(k, t, true, true);
          return;
        }
        if (!at_type()) expected("an operand");
        f_->operands.push_back(constant());
        return;
      }
      default: expected("an operand");
    }
  }

  // TYPE literal
  Value constant() {
    Token tt = tok_;
    TypeId t = type(false);
    const TypeInfo& ti = m_->type(t);
    if (tok_.is_word("undef")) {
      advance();
      return m_->undef(t);
    }
    if (tok_.is_word("zero")) {
      advance();
      return m_->zero(t);
    }
    if (tok_.is_word("null")) {
      if (ti.kind != TypeKind::Ptr) fail("'null' is a ptr constant; use 'zero' for other types");
      advance();
      return m_->zero(t);
    }
    if (!tok_.is(Tok::Number)) expected("a constant (a number, undef, zero or null)");
    uint64_t lo, hi;
    std::string why;
    if (ti.kind == TypeKind::Int || ti.kind == TypeKind::Ptr) {
      unsigned bits = ti.kind == TypeKind::Ptr ? m_->layout().pointer_bits : ti.bits;
      if (!detail::parse_int(tok_.text(), bits, lo, hi, why)) fail(why);
      advance();
      return m_->int_const(t, lo, hi);
    }
    if (ti.kind == TypeKind::Float) {
      if (!detail::parse_float(tok_.text(), ti.bits, lo, hi, why)) fail(why);
      advance();
      return m_->float_const(t, lo, hi);
    }
    fail(tt, "constants must have a scalar type (integer, float or ptr)");
  }

  Lexer lex_;
  Token tok_;
  std::string file_;
  Diagnostics& diags_;
  std::unique_ptr<Module> m_;
  std::string scratch_;
  LocalTable records_;
  TypeId int_types_[129] = {};   // by width; 0 = not made yet (0 is void, never an int)
  TypeId float_types_[4] = {};   // f32, f64, f80, f128
  std::vector<Deferred> deferred_;
  std::vector<BlockAddrFixup> block_addr_fixups_;
  std::vector<uint32_t> failed_bodies_;
  std::unordered_map<uint32_t, std::vector<std::pair<LocalKey, uint32_t>>> block_names_;
};

}  // namespace

std::unique_ptr<Module> parse(std::string_view text, std::string_view file_name,
                              Diagnostics& diags) {
  Parser p(text, file_name, diags);
  return p.run();
}

}  // namespace kit::ir
