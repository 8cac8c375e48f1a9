// Integer and float constants in kit IR text; the rules are in numbers.hpp.
#include "numbers.hpp"

#include <charconv>
#include <cstring>
#include <system_error>

namespace kit::ir::detail {

namespace {

__extension__ typedef unsigned __int128 u128;

const char kHex[] = "0123456789abcdef";

void append_hex_digits(std::string& out, u128 v, unsigned digits) {
  out += "0x";
  for (unsigned i = digits; i-- > 0;) out += kHex[unsigned(v >> (4 * i)) & 15];
}

uint64_t double_bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  return b;
}

double bits_double(uint64_t b) {
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}

// A decimal literal normalized to: value = sign * 0.digits * 10^exp, with
// no leading or trailing zeros in digits (empty digits = zero).
struct Decimal {
  bool neg = false;
  std::string digits;
  long exp = 0;
};

bool parse_decimal(std::string_view s, Decimal& d) {
  size_t i = 0;
  d = Decimal{};
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) d.neg = s[i++] == '-';
  long point = 0;
  bool any = false, seen_point = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      any = true;
      if (!seen_point) ++point;
      if (c == '0' && d.digits.empty()) {
        --point;  // leading zero: does not count as a significant digit
        continue;
      }
      d.digits += c;
      if (d.digits.size() > 100000) return false;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      break;
    }
  }
  if (!any) return false;
  long e = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool eneg = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) eneg = s[i++] == '-';
    if (i >= s.size()) return false;
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      if (e < 100000000) e = e * 10 + (s[i] - '0');
    }
    if (eneg) e = -e;
  }
  if (i != s.size()) return false;
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  d.exp = d.digits.empty() ? 0 : point + e;
  return true;
}

// True when the decimal text denotes exactly the value of d.
bool decimal_is_exact(std::string_view text, double d) {
  Decimal want, have;
  if (!parse_decimal(text, want)) return false;
  // A double's exact decimal expansion has at most 767 significant digits.
  char buf[900];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific, 800);
  if (r.ec != std::errc()) return false;
  if (!parse_decimal(std::string_view(buf, r.ptr - buf), have)) return false;
  if (want.digits.empty() && have.digits.empty()) return want.neg == have.neg;
  return want.neg == have.neg && want.digits == have.digits && want.exp == have.exp;
}

// Widening a double to f80 / f128 is exact.
void double_to_f80(double d, uint64_t& lo, uint64_t& hi) {
  uint64_t b = double_bits(d);
  uint64_t sign = b >> 63, e = (b >> 52) & 0x7ff, frac = b & ((uint64_t{1} << 52) - 1);
  if (e == 0 && frac == 0) {
    lo = 0;
    hi = sign << 15;
  } else if (e == 0) {
    int p = 63 - __builtin_clzll(frac);  // index of the leading one
    lo = frac << (63 - p);
    hi = (sign << 15) | uint64_t(p - 1074 + 16383);
  } else if (e == 0x7ff) {
    lo = (uint64_t{1} << 63) | (frac << 11);
    hi = (sign << 15) | 0x7fff;
  } else {
    lo = (uint64_t{1} << 63) | (frac << 11);
    hi = (sign << 15) | (e - 1023 + 16383);
  }
}

void double_to_f128(double d, uint64_t& lo, uint64_t& hi) {
  uint64_t b = double_bits(d);
  uint64_t sign = b >> 63, e = (b >> 52) & 0x7ff, frac = b & ((uint64_t{1} << 52) - 1);
  u128 f112 = 0;
  uint64_t e15 = 0;
  if (e == 0 && frac == 0) {
  } else if (e == 0) {
    int p = 63 - __builtin_clzll(frac);
    u128 rest = frac & ((uint64_t{1} << p) - 1);
    f112 = rest << (112 - p);
    e15 = uint64_t(p - 1074 + 16383);
  } else if (e == 0x7ff) {
    e15 = 0x7fff;
    f112 = u128(frac) << 60;
  } else {
    e15 = e - 1023 + 16383;
    f112 = u128(frac) << 60;
  }
  u128 v = (u128(sign) << 127) | (u128(e15) << 112) | f112;
  lo = uint64_t(v);
  hi = uint64_t(v >> 64);
}

// The double equal to an f80 / f128 value, when there is one (normal
// doubles and zeros only).
bool f80_as_double(uint64_t lo, uint64_t hi, double& d) {
  uint64_t sign = (hi >> 15) & 1, e = hi & 0x7fff;
  if ((hi >> 16) != 0) return false;
  if (e == 0 && lo == 0) {
    d = bits_double(sign << 63);
    return true;
  }
  if (e == 0 || e == 0x7fff || !(lo >> 63)) return false;
  long E = long(e) - 16383;
  if (E < -1022 || E > 1023 || (lo & 0x7ff)) return false;
  d = bits_double((sign << 63) | (uint64_t(E + 1023) << 52) | ((lo >> 11) & ((uint64_t{1} << 52) - 1)));
  return true;
}

bool f128_as_double(uint64_t lo, uint64_t hi, double& d) {
  uint64_t sign = hi >> 63, e = (hi >> 48) & 0x7fff;
  u128 f112 = (u128(hi & ((uint64_t{1} << 48) - 1)) << 64) | lo;
  if (e == 0 && f112 == 0) {
    d = bits_double(sign << 63);
    return true;
  }
  if (e == 0 || e == 0x7fff) return false;
  long E = long(e) - 16383;
  if (E < -1022 || E > 1023 || (f112 & ((u128(1) << 60) - 1))) return false;
  d = bits_double((sign << 63) | (uint64_t(E + 1023) << 52) | uint64_t(f112 >> 60));
  return true;
}

// Appends the shortest decimal of a finite double, with ".0" when needed.
void append_shortest(std::string& out, double d) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  std::string_view s(buf, r.ptr - buf);
  out += s;
  if (s.find_first_of(".e") == std::string_view::npos) out += ".0";
}

bool parse_hex_bits(std::string_view text, unsigned max_digits, u128& v, std::string& why) {
  if (text.size() < 3 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X')) {
    why = "malformed hexadecimal number";
    return false;
  }
  v = 0;
  unsigned n = 0;
  for (size_t i = 2; i < text.size(); ++i) {
    char c = text[i];
    unsigned dgt;
    if (c >= '0' && c <= '9') dgt = unsigned(c - '0');
    else if (c >= 'a' && c <= 'f') dgt = unsigned(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') dgt = unsigned(c - 'A' + 10);
    else {
      why = "malformed hexadecimal number";
      return false;
    }
    if (v == 0 && dgt == 0) continue;  // leading zeros
    if (++n > max_digits) {
      why = "hexadecimal number too large";
      return false;
    }
    v = (v << 4) | dgt;
  }
  return true;
}

}  // namespace

void append_float(std::string& out, unsigned bits, uint64_t lo, uint64_t hi) {
  switch (bits) {
    case 32: {
      uint32_t b = uint32_t(lo);
      if (((b >> 23) & 0xff) == 0xff || (lo >> 32) || hi) break;
      float f;
      std::memcpy(&f, &b, 4);
      char buf[64];
      auto r = std::to_chars(buf, buf + sizeof buf, f);
      std::string_view s(buf, r.ptr - buf);
      out += s;
      if (s.find_first_of(".e") == std::string_view::npos) out += ".0";
      return;
    }
    case 64:
      if (((lo >> 52) & 0x7ff) == 0x7ff || hi) break;
      append_shortest(out, bits_double(lo));
      return;
    case 80:
    case 128: {
      double d;
      if (!(bits == 80 ? f80_as_double(lo, hi, d) : f128_as_double(lo, hi, d))) break;
      std::string s;
      append_shortest(s, d);
      if (!decimal_is_exact(s, d)) break;
      out += s;
      return;
    }
    default:
      break;
  }
  unsigned digits = bits == 32 ? 8 : bits == 64 ? 16 : bits == 80 ? 20 : 32;
  if (bits == 32 && ((lo >> 32) || hi)) digits = 32;  // not a valid f32: keep every bit
  if (bits == 64 && hi) digits = 32;
  if (bits == 80 && (hi >> 16)) digits = 32;
  append_hex_digits(out, (u128(hi) << 64) | lo, digits);
}

bool parse_float(std::string_view text, unsigned bits, uint64_t& lo, uint64_t& hi,
                 std::string& why) {
  lo = hi = 0;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    u128 v;
    if (!parse_hex_bits(text, bits / 4, v, why)) {
      if (why == "hexadecimal number too large")
        why = "f" + std::to_string(bits) + " bits take at most " + std::to_string(bits / 4) +
              " hex digits";
      return false;
    }
    lo = uint64_t(v);
    hi = uint64_t(v >> 64);
    return true;
  }
  const char* b = text.data();
  const char* e = b + text.size();
  if (bits == 32) {
    float f;
    auto r = std::from_chars(b, e, f, std::chars_format::general);
    if (r.ec == std::errc::result_out_of_range) {
      why = "constant out of range for f32";
      return false;
    }
    if (r.ec != std::errc() || r.ptr != e) {
      why = "malformed floating-point constant";
      return false;
    }
    uint32_t u;
    std::memcpy(&u, &f, 4);
    lo = u;
    return true;
  }
  double d;
  auto r = std::from_chars(b, e, d, std::chars_format::general);
  if (r.ec == std::errc::result_out_of_range) {
    why = bits == 64 ? "constant out of range for f64"
                     : "decimal constant is not exactly representable in f64; write f" +
                           std::to_string(bits) + " constants as 0x bits";
    return false;
  }
  if (r.ec != std::errc() || r.ptr != e) {
    why = "malformed floating-point constant";
    return false;
  }
  if (bits == 64) {
    lo = double_bits(d);
    return true;
  }
  if (!decimal_is_exact(text, d)) {
    why = "decimal constant is not exactly representable in f64; write f" + std::to_string(bits) +
          " constants as 0x bits";
    return false;
  }
  if (bits == 80)
    double_to_f80(d, lo, hi);
  else
    double_to_f128(d, lo, hi);
  return true;
}

void append_int_bits(std::string& out, unsigned bits, uint64_t lo, uint64_t hi, bool as_unsigned) {
  if (bits == 0 || bits > 128) bits = 128;
  u128 v = (u128(hi) << 64) | lo;
  u128 mask = bits == 128 ? ~u128(0) : (u128(1) << bits) - 1;
  v &= mask;
  bool neg = false;
  if (!as_unsigned && bits > 1 && ((v >> (bits - 1)) & 1)) {
    neg = true;
    v = (~v + 1) & mask;  // magnitude; for the minimum this is 2^(bits-1)
    if (v == 0) v = u128(1) << 127;  // i128 minimum
  }
  char buf[48];
  char* p = buf + sizeof buf;
  do {
    *--p = char('0' + unsigned(v % 10));
    v /= 10;
  } while (v);
  if (neg) *--p = '-';
  out.append(p, buf + sizeof buf);
}

bool parse_int(std::string_view text, unsigned bits, uint64_t& lo, uint64_t& hi, std::string& why) {
  lo = hi = 0;
  bool neg = false;
  size_t i = 0;
  if (i < text.size() && text[i] == '-') {
    neg = true;
    ++i;
  }
  std::string_view body = text.substr(i);
  u128 v = 0;
  if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
    if (!parse_hex_bits(body, 32, v, why)) {
      if (why == "hexadecimal number too large") why = "integer constant too large";
      return false;
    }
  } else {
    if (body.empty()) {
      why = "malformed integer constant";
      return false;
    }
    for (char c : body) {
      if (c < '0' || c > '9') {
        why = "malformed integer constant";
        return false;
      }
      u128 nv = v * 10 + unsigned(c - '0');
      if (nv / 10 != v) {
        why = "integer constant too large";
        return false;
      }
      v = nv;
    }
  }
  if (bits == 0 || bits > 128) bits = 128;
  bool fits;
  if (!neg)
    fits = bits == 128 || v < (u128(1) << bits);
  else
    fits = v <= (u128(1) << (bits - 1));
  if (!fits) {
    why = "constant " + std::string(text) + " does not fit in " + std::to_string(bits) + " bits";
    return false;
  }
  if (neg) v = ~v + 1;
  if (bits < 128) v &= (u128(1) << bits) - 1;
  lo = uint64_t(v);
  hi = uint64_t(v >> 64);
  return true;
}

}  // namespace kit::ir::detail
