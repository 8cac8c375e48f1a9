// Constants and string literals (C17 6.4.4, 6.4.5).
//
// Integer constants take the first type of C17 6.4.4.1p5's list that can
// represent the value (decimal constants without a `u` never become
// unsigned). Floating constants are converted by the C library's correctly
// rounded strtof/strtod/strtold for the constant's own type. Character
// constants and string literals are decoded here into code units of their
// element type: narrow literals keep the source's bytes (UTF-8) and encode
// universal character names as UTF-8; u"" is UTF-16, U"" UTF-32, and L""
// follows the target's wchar_t (UTF-32, or UTF-16 where wchar_t has 16
// bits). Adjacent literals are concatenated (translation phase 6).
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "parse/parser.hpp"

namespace kit::c {

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one UTF-8 sequence at s[i]; returns the code point (or the byte).
uint32_t decode_utf8(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (n == 0 || i + n >= s.size() + 0) {
    ++i;
    return c;
  }
  uint32_t cp = c & (0x3F >> n);
  for (int k = 1; k <= n; ++k) {
    if (i + k >= s.size()) {
      ++i;
      return c;
    }
    auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) {
      ++i;
      return c;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  i += n + 1;
  return cp;
}

void encode_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The contents of a literal as a sequence of units. `narrow`: escapes give
// bytes and UCNs are UTF-8 encoded; otherwise source UTF-8 is decoded into
// code points. Each unit carries whether it was a numeric escape (\x, \0),
// which is stored as is rather than encoded.
struct Unit {
  uint32_t value;
  bool raw;  // from an octal/hex escape
};

}  // namespace

// Splits a literal token into its prefix and body and decodes the body.
// Returns the element size: 1 narrow/u8, 2 u (and L on 16-bit wchar_t), 4.
static int decode_literal(Parser& p, const CTok& t, std::vector<Unit>& out, int& kind) {
  std::string_view s = t.text;
  kind = 0;  // 0 none, 1 L, 2 u, 3 U, 4 u8
  if (s.substr(0, 2) == "u8") kind = 4, s.remove_prefix(2);
  else if (s[0] == 'L') kind = 1, s.remove_prefix(1);
  else if (s[0] == 'u') kind = 2, s.remove_prefix(1);
  else if (s[0] == 'U') kind = 3, s.remove_prefix(1);
  char quote = s[0];
  if (s.size() < 2 || s.back() != quote) {
    p.error(t.loc, quote == '"' ? "missing terminating '\"' character" : "missing terminating ' character");
    s = s.size() >= 1 ? s.substr(1) : s;
  } else {
    s = s.substr(1, s.size() - 2);
  }
  bool narrow = kind == 0 || kind == 4;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '\\') {
      if (narrow) {
        out.push_back({static_cast<unsigned char>(s[i]), true});
        ++i;
      } else {
        out.push_back({decode_utf8(s, i), false});
      }
      continue;
    }
    ++i;
    if (i >= s.size()) break;
    char c = s[i++];
    uint32_t v;
    switch (c) {
      case 'n': v = '\n'; break;
      case 't': v = '\t'; break;
      case 'r': v = '\r'; break;
      case 'a': v = 7; break;
      case 'b': v = 8; break;
      case 'f': v = 12; break;
      case 'v': v = 11; break;
      case 'e': case 'E': v = 27; break;  // GNU
      case '\\': case '\'': case '"': case '?': v = static_cast<unsigned char>(c); break;
      case 'x': {
        if (i >= s.size() || hex_digit(s[i]) < 0) p.error(t.loc, "\\x used with no following hex digits");
        uint64_t x = 0;
        while (i < s.size() && hex_digit(s[i]) >= 0) x = x * 16 + static_cast<uint64_t>(hex_digit(s[i++]));
        out.push_back({static_cast<uint32_t>(x), true});
        continue;
      }
      case 'u': case 'U': {
        int n = c == 'u' ? 4 : 8;
        uint32_t cp = 0;
        for (int k = 0; k < n; ++k) {
          if (i >= s.size() || hex_digit(s[i]) < 0) {
            p.error(t.loc, "incomplete universal character name");
            break;
          }
          cp = cp * 16 + static_cast<uint32_t>(hex_digit(s[i++]));
        }
        if (narrow) {
          std::string u8;
          encode_utf8(u8, cp);
          for (char b : u8) out.push_back({static_cast<unsigned char>(b), true});
        } else {
          out.push_back({cp, false});
        }
        continue;
      }
      default:
        if (c >= '0' && c <= '7') {
          uint32_t o = static_cast<uint32_t>(c - '0');
          for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k)
            o = o * 8 + static_cast<uint32_t>(s[i++] - '0');
          out.push_back({o, true});
          continue;
        }
        p.warning(Warn::Other, t.loc, std::string("unknown escape sequence: '\\") + c + "'");
        v = static_cast<unsigned char>(c);
        break;
    }
    out.push_back({v, true});
  }
  if (kind == 0 || kind == 4) return 1;
  if (kind == 2) return 2;
  if (kind == 3) return 4;
  return static_cast<int>(type_size(p.types().wchar_type()));
}

// ---------------------------------------------------------------- numbers

Node* Parser::number(const CTok& t) {
  std::string_view s = t.text;
  // Imaginary constants (GNU): a trailing i or j.
  bool imaginary = false;
  auto strip_imaginary = [&]() {
    if (!s.empty() && (s.back() == 'i' || s.back() == 'j' || s.back() == 'I' || s.back() == 'J')) {
      imaginary = true;
      s.remove_suffix(1);
    }
  };
  bool is_hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  bool is_float = false;
  for (char c : s)
    if (c == '.' || (!is_hex && (c == 'e' || c == 'E')) || (is_hex && (c == 'p' || c == 'P'))) is_float = true;

  if (!is_float) {
    strip_imaginary();
    // Suffix: any order of u and l/ll.
    size_t end = s.size();
    bool u = false;
    int l = 0;
    while (end > 0) {
      char c = s[end - 1];
      if (c == 'u' || c == 'U') {
        if (u) break;
        u = true;
        --end;
      } else if ((c == 'l' || c == 'L') && end >= 2 && s[end - 2] == c) {
        if (l) break;
        l = 2;
        end -= 2;
      } else if (c == 'l' || c == 'L') {
        if (l) break;
        l = 1;
        --end;
      } else {
        break;
      }
    }
    std::string_view digits = s.substr(0, end);
    int base = 10;
    if (digits.size() > 1 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
      base = 16;
      digits.remove_prefix(2);
    } else if (digits.size() > 1 && digits[0] == '0' && (digits[1] == 'b' || digits[1] == 'B')) {
      base = 2;
      digits.remove_prefix(2);
    } else if (digits.size() > 1 && digits[0] == '0') {
      base = 8;
      digits.remove_prefix(1);
    }
    unsigned __int128 v = 0;
    bool overflow = false;
    if (digits.empty() && base != 8) error(t.loc, "invalid integer constant '" + std::string(t.text) + "'");
    for (char c : digits) {
      int d = hex_digit(c);
      if (d < 0 || d >= base) {
        error(t.loc, "invalid " + std::string(d >= 0 && base == 8 ? "digit '" + std::string(1, c) + "' in octal constant"
                                                                  : "suffix \"" + std::string(digits.substr(digits.find(c))) + "\" on integer constant"));
        break;
      }
      v = v * static_cast<unsigned>(base) + static_cast<unsigned>(d);
      if (v >> 64) overflow = true;
    }
    uint64_t val = static_cast<uint64_t>(v);
    if (overflow) {
      error(t.loc, "integer constant is too large for its type");
      val = UINT64_MAX;
    }
    // C17 6.4.4.1p5
    const TargetModel& m = model();
    auto fits_signed = [&](int bytes) { return bytes == 8 ? val <= INT64_MAX : val <= (uint64_t{1} << (bytes * 8 - 1)) - 1; };
    auto fits_unsigned = [&](int bytes) { return bytes == 8 || val <= (uint64_t{1} << (bytes * 8)) - 1; };
    int long_bytes = static_cast<int>(m.long_size);
    TypeKind k;
    bool decimal = base == 10;
    if (!u && l == 0 && fits_signed(4)) k = TypeKind::Int;
    else if (!u && l == 0 && !decimal && fits_unsigned(4)) k = TypeKind::UInt;
    else if (u && l == 0 && fits_unsigned(4)) k = TypeKind::UInt;
    else if (!u && l <= 1 && fits_signed(long_bytes)) k = TypeKind::Long;
    else if (l <= 1 && (u || !decimal) && fits_unsigned(long_bytes)) k = TypeKind::ULong;
    else if (!u && fits_signed(8)) k = TypeKind::LLong;
    else k = TypeKind::ULLong;
    if (k == TypeKind::ULLong && decimal && !u)
      warning(Warn::Other, t.loc, "integer constant is so large that it is unsigned");
    Node* n = new_num(static_cast<int64_t>(val), types_.basic(k), t.loc);
    n->val_hi = 0;
    if (imaginary) {
      // An imaginary integer constant: complex double with a zero real part, as gcc gives for 1i in a double context.
      Node* f = new_node(NodeKind::FNum, t.loc);
      f->fval = static_cast<long double>(val);
      f->ty = types_.complex_of(types_.double_type());
      f->val = 1;  // marks the imaginary part
      return f;
    }
    return n;
  }

  // Floating constant. The GNU imaginary suffix may come before or after
  // the type suffix (1.0if, 1.0Fi).
  strip_imaginary();
  std::string without_i;
  if (!imaginary && s.size() >= 2 && (s[s.size() - 2] == 'i' || s[s.size() - 2] == 'j') &&
      (s.back() == 'f' || s.back() == 'F' || s.back() == 'l' || s.back() == 'L')) {
    imaginary = true;
    without_i = std::string(s.substr(0, s.size() - 2)) + s.back();
    s = without_i;
  }
  TypeKind k = TypeKind::Double;
  size_t end = s.size();
  auto ends_with = [&](std::string_view suf) {
    return end >= suf.size() && s.substr(end - suf.size(), suf.size()) == suf;
  };
  if (ends_with("f128") || ends_with("F128")) {
    k = model().long_double == LongDoubleFormat::Binary128 ? TypeKind::LDouble : TypeKind::Float128;
    end -= 4;
  } else if (ends_with("f64x") || ends_with("F64x")) {
    k = TypeKind::LDouble;
    end -= 4;
  } else if (ends_with("f32x") || ends_with("F32x")) {
    k = TypeKind::Double;
    end -= 4;
  } else if (ends_with("f64") || ends_with("F64")) {
    k = TypeKind::Double;
    end -= 3;
  } else if (ends_with("f32") || ends_with("F32")) {
    k = TypeKind::Float;
    end -= 3;
  } else if (ends_with("f") || ends_with("F")) {
    k = TypeKind::Float;
    end -= 1;
  } else if (ends_with("l") || ends_with("L")) {
    k = TypeKind::LDouble;
    end -= 1;
  } else if ((ends_with("q") || ends_with("Q"))) {
    // GNU: __float128 (x86).
    k = model().long_double == LongDoubleFormat::Binary128 ? TypeKind::LDouble : TypeKind::Float128;
    end -= 1;
  } else if ((ends_with("w") || ends_with("W")) && model().long_double == LongDoubleFormat::X87) {
    // GNU: __float80, which is long double where that is the x87 format.
    k = TypeKind::LDouble;
    end -= 1;
  }
  if (!imaginary && end < s.size() && (s[end] == 'i' || s[end] == 'j')) imaginary = true;
  std::string text(s.substr(0, end));
  char* stop = nullptr;
  long double v;
  if (k == TypeKind::Float) v = std::strtof(text.c_str(), &stop);
  else if (k == TypeKind::Double) v = std::strtod(text.c_str(), &stop);
  else v = std::strtold(text.c_str(), &stop);
  if (!stop || *stop != '\0') error(t.loc, "invalid floating constant '" + std::string(t.text) + "'");
  Node* n = new_node(NodeKind::FNum, t.loc);
  n->fval = v;
  n->ty = types_.basic(k);
  if (imaginary) {
    n->ty = types_.complex_of(n->ty);
    n->val = 1;
  }
  return n;
}

// ---------------------------------------------------------------- characters

Node* Parser::char_constant(const CTok& t) {
  std::vector<Unit> units;
  int kind;
  int elem = decode_literal(*this, t, units, kind);
  if (units.empty()) {
    error(t.loc, "empty character constant");
    return new_num(0, types_.int_type(), t.loc);
  }
  if (kind == 0 || kind == 4) {
    // An integer character constant has type int; the value of a single
    // char is that of a char object holding it.
    int64_t v = 0;
    if (units.size() == 1) {
      auto b = static_cast<uint8_t>(units[0].value);
      v = (kind == 0 && model().char_signed) ? static_cast<int8_t>(b) : b;
      if (units[0].value > 0xFF) warning(Warn::Other, t.loc, "hex escape sequence out of range");
    } else {
      if (units.size() > 4) warning(Warn::Other, t.loc, "character constant too long for its type");
      else warning(Warn::Other, t.loc, "multi-character character constant");
      uint32_t acc = 0;
      for (const Unit& u : units) acc = (acc << 8) | (u.value & 0xFF);
      v = static_cast<int32_t>(acc);
    }
    return new_num(v, kind == 4 ? types_.basic(TypeKind::UChar) : types_.int_type(), t.loc);
  }
  Type* ty = kind == 1 ? types_.wchar_type()
             : kind == 2 ? types_.basic(TypeKind::UShort)
                         : types_.uint_type();
  if (units.size() > 1) warning(Warn::Other, t.loc, "character constant too long for its type");
  uint64_t v = units.back().value;
  if (elem == 2) v &= 0xFFFF;
  int64_t sv = static_cast<int64_t>(v);
  if (!ty->is_unsigned && elem == 4) sv = static_cast<int32_t>(v);
  if (!ty->is_unsigned && elem == 2) sv = static_cast<int16_t>(v);
  return new_num(sv, ty, t.loc);
}

// ---------------------------------------------------------------- strings

StringLit* Parser::concat_strings(Type*& elem_ty, Loc& loc) {
  loc = tok().loc;
  int kind = 0;
  int elem = 1;
  std::vector<Unit> all;
  bool first = true;
  while (tok().kind == TokKind::String) {
    CTok t = tok();
    std::vector<Unit> units;
    int k;
    int e = decode_literal(*this, t, units, k);
    if (k != 0 && kind != 0 && k != kind && !(first))
      error(t.loc, "unsupported non-standard concatenation of string literals");
    if (k != 0) {
      // A prefixed piece decides the element type of the whole literal
      // (6.4.5p5). Unprefixed pieces before it keep their bytes as units,
      // which is exact for ASCII text.
      kind = k;
      elem = e;
    }
    all.insert(all.end(), units.begin(), units.end());
    first = false;
    advance();
  }
  // Encode into elem-byte code units in the target's byte order.
  std::string bytes;
  bool big = model().big_endian;
  auto put = [&](uint32_t v) {
    for (int i = 0; i < elem; ++i) {
      int shift = big ? (elem - 1 - i) * 8 : i * 8;
      bytes.push_back(static_cast<char>((v >> shift) & 0xFF));
    }
  };
  if (elem == 1) {
    for (const Unit& u : all) {
      if (u.raw || u.value < 0x80) bytes.push_back(static_cast<char>(u.value & 0xFF));
      else encode_utf8(bytes, u.value);
    }
  } else {
    for (const Unit& u : all) {
      uint32_t v = u.value;
      if (elem == 2 && !u.raw && v > 0xFFFF) {  // UTF-16 surrogate pair
        v -= 0x10000;
        put(0xD800 | (v >> 10));
        put(0xDC00 | (v & 0x3FF));
      } else {
        put(v);
      }
    }
  }
  for (int i = 0; i < elem; ++i) bytes.push_back('\0');
  StringLit* s = perm_.make<StringLit>();
  char* mem = static_cast<char*>(perm_.allocate(bytes.size(), 1));
  std::memcpy(mem, bytes.data(), bytes.size());
  s->bytes = mem;
  s->size = static_cast<int64_t>(bytes.size());
  s->elem_size = static_cast<uint8_t>(elem);
  elem_ty = kind == 0 ? types_.char_type()
            : kind == 4 ? types_.char_type()
            : kind == 1 ? types_.wchar_type()
            : kind == 2 ? types_.basic(TypeKind::UShort)
                        : types_.uint_type();
  return s;
}

Node* Parser::string_literal() {
  Type* elem;
  Loc loc;
  StringLit* s = concat_strings(elem, loc);
  Node* n = new_node(NodeKind::Str, loc);
  n->str = s;
  n->ty = types_.array_of(elem, s->size / s->elem_size);
  return n;
}

Node* Parser::func_name_string(const Loc& loc) {
  std::string_view name = fn_ ? name_of(fn_->name) : std::string_view{};
  if (!fn_) warning(Warn::Other, loc, "'__func__' is not defined outside of function scope");
  StringLit* s = perm_.make<StringLit>();
  char* mem = static_cast<char*>(perm_.allocate(name.size() + 1, 1));
  std::memcpy(mem, name.data(), name.size());
  mem[name.size()] = '\0';
  s->bytes = mem;
  s->size = static_cast<int64_t>(name.size() + 1);
  s->elem_size = 1;
  Node* n = new_node(NodeKind::Str, loc);
  n->str = s;
  n->ty = types_.array_of(types_.qualified(types_.char_type(), kConst), s->size);
  return n;
}

}  // namespace kit::c
