// #if expressions, C17 6.10.1.
//
// The line is macro-replaced first, with `defined X` / `defined(X)` and the
// __has_* operators evaluated before their operands could be replaced
// (next() does that while in_if_ is set). Every identifier left is 0
// (6.10.1p4; -Wundef says so). The result is an integer constant expression
// evaluated in intmax_t / uintmax_t (6.10.1p4: all signed types act as
// intmax_t, all unsigned ones as uintmax_t), with the usual arithmetic
// conversions between the two: if either operand is unsigned, both are.
// && || ?: short-circuit, and nothing in an unevaluated operand is an error
// (a division by zero there is fine, as in gcc). Character constants have
// the values the target gives them: plain char is signed or not per the
// TargetSpec, L'' follows wchar_t. Shifts follow gcc: a negative count
// shifts the other way, counts past the width give 0 (or -1 for a negative
// value shifted right). Floating constants, strings and assignment or
// increment operators are errors.
#include "pp/impl.hpp"

namespace kit::pp {

namespace {

struct Value {
  uint64_t v = 0;
  bool is_unsigned = false;
  int64_t s() const { return static_cast<int64_t>(v); }
};

class IfParser {
 public:
  IfParser(PreprocessorImpl& pp, std::vector<Token>& toks, const Token& end)
      : pp_(pp), toks_(toks), directive_(end) {}

  bool run(bool& result) {
    Value v = expr(0);
    if (!failed_ && pos_ < toks_.size()) {
      const Token& t = toks_[pos_];
      if (t.is(Punct::RParen)) fail(t, "missing '(' in expression");
      else fail(t, "missing binary operator before token \"" + std::string(t.text) + "\"");
    }
    result = v.v != 0;
    return !failed_;
  }

 private:
  const Token* peek() const { return pos_ < toks_.size() ? &toks_[pos_] : nullptr; }

  void fail(const Token& t, const std::string& msg) {
    if (failed_) return;
    failed_ = true;
    pp_.error_at(t, msg);
  }
  void fail_end(const std::string& msg) {
    if (failed_) return;
    failed_ = true;
    pp_.error_at(directive_, msg);
  }

  // Binary operator precedence, or 0.
  static int precedence(const Token& t) {
    if (t.kind != TokenKind::Punct) return 0;
    switch (t.punct) {
      case Punct::Comma: return 1;
      case Punct::Question: return 2;
      case Punct::PipePipe: return 3;
      case Punct::AmpAmp: return 4;
      case Punct::Pipe: return 5;
      case Punct::Caret: return 6;
      case Punct::Amp: return 7;
      case Punct::EqualEqual:
      case Punct::ExclaimEqual: return 8;
      case Punct::Less:
      case Punct::Greater:
      case Punct::LessEqual:
      case Punct::GreaterEqual: return 9;
      case Punct::LessLess:
      case Punct::GreaterGreater: return 10;
      case Punct::Plus:
      case Punct::Minus: return 11;
      case Punct::Star:
      case Punct::Slash:
      case Punct::Percent: return 12;
      default: return 0;
    }
  }

  Value expr(int min_prec) {
    if (++depth_ > kMaxDepth) {
      fail_end("#if expression nested too deeply");
      --depth_;
      return {};
    }
    Value v = expr_inner(min_prec);
    --depth_;
    return v;
  }

  Value expr_inner(int min_prec) {
    Value lhs = unary();
    for (;;) {
      const Token* op = peek();
      if (!op || failed_) return lhs;
      int prec = precedence(*op);
      if (prec == 0 || prec < min_prec) {
        if (op->kind == TokenKind::Punct && (op->punct == Punct::Equal || op->punct == Punct::PlusPlus ||
                                             op->punct == Punct::MinusMinus ||
                                             (op->punct >= Punct::StarEqual && op->punct <= Punct::PipeEqual))) {
          fail(*op, "token \"" + std::string(op->text) + "\" is not valid in preprocessor expressions");
        }
        return lhs;
      }
      ++pos_;
      Punct p = op->punct;
      if (p == Punct::Question) {
        bool cond = lhs.v != 0;
        if (!cond) ++skip_;
        Value a = expr(1);
        if (!cond) --skip_;
        const Token* colon = peek();
        if (!colon || !colon->is(Punct::Colon)) {
          if (colon) fail(*colon, "':' expected");
          else fail_end("'?' without following ':'");
          return lhs;
        }
        ++pos_;
        if (cond) ++skip_;
        Value b = expr(2);
        if (cond) --skip_;
        bool u = a.is_unsigned || b.is_unsigned;
        lhs = cond ? a : b;
        lhs.is_unsigned = u;
        continue;
      }
      if (p == Punct::AmpAmp || p == Punct::PipePipe) {
        bool l = lhs.v != 0;
        bool short_circuit = p == Punct::AmpAmp ? !l : l;
        if (short_circuit) ++skip_;
        Value r = expr(prec + 1);
        if (short_circuit) --skip_;
        bool value = p == Punct::AmpAmp ? (l && r.v != 0) : (l || r.v != 0);
        lhs = Value{value ? 1u : 0u, false};
        continue;
      }
      Value rhs = expr(prec + 1);
      if (failed_) return lhs;
      lhs = binary(*op, lhs, rhs);
    }
  }

  Value binary(const Token& op, Value a, Value b) {
    bool u = a.is_unsigned || b.is_unsigned;
    Value r{0, u};
    switch (op.punct) {
      case Punct::Comma:
        if (!skip_ && pp_.std_version_ < 199901)
          pp_.warning_at(op, "comma operator in operand of #if");
        return b;
      case Punct::Pipe: r.v = a.v | b.v; return r;
      case Punct::Caret: r.v = a.v ^ b.v; return r;
      case Punct::Amp: r.v = a.v & b.v; return r;
      case Punct::EqualEqual: return Value{a.v == b.v ? 1u : 0u, false};
      case Punct::ExclaimEqual: return Value{a.v != b.v ? 1u : 0u, false};
      case Punct::Less:
      case Punct::Greater:
      case Punct::LessEqual:
      case Punct::GreaterEqual: {
        bool lt, eq = a.v == b.v;
        lt = u ? a.v < b.v : a.s() < b.s();
        bool res = op.punct == Punct::Less      ? lt
                   : op.punct == Punct::Greater ? (!lt && !eq)
                   : op.punct == Punct::LessEqual ? (lt || eq)
                                                  : !lt;
        return Value{res ? 1u : 0u, false};
      }
      case Punct::LessLess:
      case Punct::GreaterGreater: {
        // The type is the left operand's.
        r.is_unsigned = a.is_unsigned;
        int64_t n = b.is_unsigned && b.v > 127 ? 127 : b.s();
        bool left = op.punct == Punct::LessLess;
        if (n < 0) {
          left = !left;
          n = n < -127 ? 127 : -n;
        }
        if (left) {
          r.v = n >= 64 ? 0 : a.v << n;
        } else if (a.is_unsigned) {
          r.v = n >= 64 ? 0 : a.v >> n;
        } else {
          int64_t s = a.s();
          r.v = static_cast<uint64_t>(n >= 64 ? (s < 0 ? -1 : 0) : s >> n);
        }
        return r;
      }
      case Punct::Plus:
        r.v = a.v + b.v;
        if (!u && !skip_) {
          int64_t x;
          if (__builtin_add_overflow(a.s(), b.s(), &x))
            pp_.warning_at(op, "integer overflow in preprocessor expression");
        }
        return r;
      case Punct::Minus:
        r.v = a.v - b.v;
        if (!u && !skip_) {
          int64_t x;
          if (__builtin_sub_overflow(a.s(), b.s(), &x))
            pp_.warning_at(op, "integer overflow in preprocessor expression");
        }
        return r;
      case Punct::Star:
        r.v = a.v * b.v;
        if (!u && !skip_) {
          int64_t x;
          if (__builtin_mul_overflow(a.s(), b.s(), &x))
            pp_.warning_at(op, "integer overflow in preprocessor expression");
        }
        return r;
      case Punct::Slash:
      case Punct::Percent:
        if (b.v == 0) {
          if (!skip_) fail(op, "division by zero in #if");
          return r;
        }
        if (u) {
          r.v = op.punct == Punct::Slash ? a.v / b.v : a.v % b.v;
        } else if (a.s() == INT64_MIN && b.s() == -1) {
          if (!skip_) pp_.warning_at(op, "integer overflow in preprocessor expression");
          r.v = op.punct == Punct::Slash ? a.v : 0;
        } else {
          r.v = static_cast<uint64_t>(op.punct == Punct::Slash ? a.s() / b.s() : a.s() % b.s());
        }
        return r;
      default:
        return r;
    }
  }

  Value unary() {
    if (++depth_ > kMaxDepth) {
      fail_end("#if expression nested too deeply");
      --depth_;
      return {};
    }
    Value v = unary_inner();
    --depth_;
    return v;
  }

  Value unary_inner() {
    const Token* t = peek();
    if (!t) {
      fail_end("#if with no expression");
      return {};
    }
    if (failed_) return {};
    ++pos_;
    switch (t->kind) {
      case TokenKind::Number: return number(*t);
      case TokenKind::CharConst: return character(*t);
      case TokenKind::Identifier:
        if (pp_.warn_undef_ && !skip_)
          pp_.warning_at(*t, "\"" + std::string(t->text) + "\" is not defined, evaluates to 0");
        if (pp_.std_version_ > 201710 && (t->text == "true" || t->text == "false"))
          return Value{t->text == "true" ? 1u : 0u, false};
        if (pos_ < toks_.size() && toks_[pos_].is(Punct::LParen) && !skip_) {
          fail(*t, "function-like macro \"" + std::string(t->text) + "\" is not defined");
          return {};
        }
        return {};
      case TokenKind::Punct:
        switch (t->punct) {
          case Punct::LParen: {
            Value v = expr(1);
            const Token* c = peek();
            if (!c || !c->is(Punct::RParen)) {
              if (c) fail(*c, "missing ')' in expression");
              else fail(*t, "missing ')' in expression");
              return v;
            }
            ++pos_;
            return v;
          }
          case Punct::Plus: return unary();
          case Punct::Minus: {
            Value v = unary();
            if (!v.is_unsigned && v.s() == INT64_MIN && !skip_)
              pp_.warning_at(*t, "integer overflow in preprocessor expression");
            v.v = 0 - v.v;
            return v;
          }
          case Punct::Tilde: {
            Value v = unary();
            v.v = ~v.v;
            return v;
          }
          case Punct::Exclaim: {
            Value v = unary();
            return Value{v.v == 0 ? 1u : 0u, false};
          }
          default:
            if (pos_ >= toks_.size() || precedence(*t))
              fail(*t, "operator '" + std::string(t->text) + "' has no left operand");
            else
              fail(*t, "token \"" + std::string(t->text) + "\" is not valid in preprocessor expressions");
            return {};
        }
      default:
        fail(*t, "token \"" + std::string(t->text) + "\" is not valid in preprocessor expressions");
        return {};
    }
  }

  Value number(const Token& t) {
    std::string_view s = t.text;
    Value v;
    size_t i = 0;
    int base = 10;
    if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, i = 2;
    else if (s.size() > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, i = 2;
    else if (s[0] == '0') base = 8, i = 1;
    // Floating?
    bool is_float = false;
    for (size_t k = 0; k < s.size(); ++k) {
      char c = s[k];
      if (c == '.') is_float = true;
      if (base != 16 && (c == 'e' || c == 'E') && k > 0) is_float = true;
      if (base == 16 && (c == 'p' || c == 'P')) is_float = true;
    }
    if (is_float) {
      fail(t, "floating constant in preprocessor expression");
      return v;
    }
    bool overflow = false;
    size_t start = i;
    for (; i < s.size(); ++i) {
      char c = s[i];
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else break;
      if (d >= base) {
        if (base == 8 && d < 10) {
          fail(t, "invalid digit \"" + std::string(1, c) + "\" in octal constant");
          return v;
        }
        if (base == 2 && d < 10) {
          fail(t, "invalid digit \"" + std::string(1, c) + "\" in binary constant");
          return v;
        }
        break;
      }
      uint64_t nv = v.v * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
      if ((v.v != 0 && nv / static_cast<uint64_t>(base) != v.v && (nv - d) / base != v.v) ||
          v.v > UINT64_MAX / static_cast<uint64_t>(base))
        overflow = true;
      v.v = nv;
    }
    if (i == start && base != 8) {
      fail(t, "invalid suffix \"" + std::string(s.substr(start)) + "\" on integer constant");
      return v;
    }
    // Suffix: u, l, ll in any order/case combination C allows.
    std::string_view suf = s.substr(i);
    bool u = false;
    int l = 0;
    size_t k = 0;
    bool bad = false;
    while (k < suf.size()) {
      char c = suf[k];
      if ((c == 'u' || c == 'U') && !u) {
        u = true;
        ++k;
      } else if ((c == 'l' || c == 'L') && l == 0) {
        if (k + 1 < suf.size() && suf[k + 1] == c) {
          l = 2;
          k += 2;
        } else {
          l = 1;
          ++k;
        }
      } else {
        bad = true;
        break;
      }
    }
    if (bad) {
      fail(t, "invalid suffix \"" + std::string(suf) + "\" on integer constant");
      return v;
    }
    if (overflow) {
      pp_.warning_at(t, "integer constant is too large for its type");
    }
    v.is_unsigned = u;
    if (!u && v.v > static_cast<uint64_t>(INT64_MAX)) {
      if (base == 10 && !skip_) pp_.warning_at(t, "integer constant is so large that it is unsigned");
      v.is_unsigned = true;
    }
    return v;
  }

  // Decodes one UTF-8 sequence at s[i]; advances i.
  static uint32_t utf8(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i++]);
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    uint32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0f : extra == 1 ? c & 0x1f : c;
    for (int k = 0; k < extra && i < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3f);
    return cp;
  }

  Value character(const Token& t) {
    std::string_view s = t.text;
    size_t q = s.find('\'');
    Encoding enc = t.encoding;
    std::string_view body = s.substr(q + 1, s.size() - q - 2);
    std::vector<uint32_t> chars;
    bool narrow = enc == Encoding::None || enc == Encoding::Utf8;
    for (size_t i = 0; i < body.size();) {
      if (body[i] != '\\') {
        if (narrow) chars.push_back(static_cast<unsigned char>(body[i++]));
        else chars.push_back(utf8(body, i));
        continue;
      }
      ++i;
      if (i >= body.size()) break;
      char c = body[i++];
      uint32_t v = 0;
      switch (c) {
        case 'n': v = '\n'; break;
        case 't': v = '\t'; break;
        case 'v': v = '\v'; break;
        case 'b': v = '\b'; break;
        case 'r': v = '\r'; break;
        case 'f': v = '\f'; break;
        case 'a': v = 7; break;
        case 'e':
        case 'E': v = 27; break;
        case 'x': {
          uint64_t x = 0;
          bool any = false;
          while (i < body.size() && std::isxdigit(static_cast<unsigned char>(body[i]))) {
            char h = body[i++];
            x = x * 16 + static_cast<uint64_t>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
            if (x > 0xffffffffu) x = 0xffffffffu + 1;
            any = true;
          }
          if (!any) fail(t, "\\x used with no following hex digits");
          if (x > 0xffffffffu || (narrow && x > 0xff)) pp_.warning_at(t, "hex escape sequence out of range");
          v = static_cast<uint32_t>(x);
          break;
        }
        case 'u':
        case 'U': {
          int n = c == 'u' ? 4 : 8;
          for (int k = 0; k < n && i < body.size(); ++k) {
            char h = body[i++];
            v = v * 16 + static_cast<uint32_t>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
          }
          if (narrow) {  // as UTF-8 bytes
            if (v < 0x80) {
              chars.push_back(v);
            } else if (v < 0x800) {
              chars.push_back(0xc0 | (v >> 6));
              chars.push_back(0x80 | (v & 0x3f));
            } else if (v < 0x10000) {
              chars.push_back(0xe0 | (v >> 12));
              chars.push_back(0x80 | ((v >> 6) & 0x3f));
              chars.push_back(0x80 | (v & 0x3f));
            } else {
              chars.push_back(0xf0 | (v >> 18));
              chars.push_back(0x80 | ((v >> 12) & 0x3f));
              chars.push_back(0x80 | ((v >> 6) & 0x3f));
              chars.push_back(0x80 | (v & 0x3f));
            }
            continue;
          }
          break;
        }
        default:
          if (c >= '0' && c <= '7') {
            v = static_cast<uint32_t>(c - '0');
            for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k)
              v = v * 8 + static_cast<uint32_t>(body[i++] - '0');
          } else {
            v = static_cast<unsigned char>(c);  // \' \" \? \\ and unknown ones
          }
      }
      chars.push_back(v);
    }
    if (chars.empty()) {
      fail(t, "empty character constant");
      return {};
    }
    Value r;
    if (narrow) {
      if (chars.size() == 1) {
        uint32_t c = chars[0] & 0xff;
        bool sign = enc == Encoding::None && pp_.char_signed_;
        r.v = sign ? static_cast<uint64_t>(static_cast<int64_t>(static_cast<int8_t>(c))) : c;
      } else {
        if (enc == Encoding::Utf8) pp_.error_at(t, "character too large for character literal type");
        else if (chars.size() > 4) pp_.warning_at(t, "character constant too long for its type");
        else if (!skip_) pp_.warning_at(t, "multi-character character constant");
        uint32_t x = 0;
        for (uint32_t c : chars) x = (x << 8) | (c & 0xff);
        r.v = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(x)));
      }
      return r;
    }
    if (chars.size() > 1) pp_.warning_at(t, "character constant too long for its type");
    uint32_t c = chars.back();
    unsigned bits = enc == Encoding::Wide ? pp_.wchar_bits_ : enc == Encoding::Utf16 ? 16 : 32;
    bool sign = enc == Encoding::Wide && pp_.wchar_signed_;
    if (bits < 32) c &= (1u << bits) - 1;
    if (sign && bits == 32) r.v = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(c)));
    else if (sign && bits == 16) r.v = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(c)));
    else r.v = c;
    // char32_t and an unsigned 32-bit wchar_t are unsigned int: uintmax_t in #if.
    r.is_unsigned = bits == 32 && !sign;
    return r;
  }

  PreprocessorImpl& pp_;
  std::vector<Token>& toks_;
  const Token& directive_;
  size_t pos_ = 0;
  int skip_ = 0;
  int depth_ = 0;
  static constexpr int kMaxDepth = 1000;
  bool failed_ = false;
};

}  // namespace

bool PreprocessorImpl::eval_if_line(Token& directive_tok) {
  std::vector<Token> toks;
  in_if_ = true;
  Token end;
  for (;;) {
    Token t = next();
    if (t.kind == TokenKind::Newline || t.kind == TokenKind::Eof) {
      end = t;
      break;
    }
    toks.push_back(t);
  }
  in_if_ = false;
  while (!contexts_.empty()) pop_context();
  carry_flags_ = 0;
  if (toks.empty()) {
    Token at = directive_tok;
    at.loc.column += static_cast<uint32_t>(directive_tok.text.size());
    error_at(at, "#" + std::string(directive_tok.text) + " with no expression");
    return false;
  }
  // Messages about a missing end point at the end of the line, as gcc's.
  if (!end.loc.valid()) end.loc = toks.back().loc;
  IfParser p(*this, toks, end);
  bool result = false;
  if (!p.run(result)) return false;
  return result;
}

}  // namespace kit::pp
