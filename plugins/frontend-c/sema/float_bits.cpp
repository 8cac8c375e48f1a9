// Encoding floating constants for the target.
//
// The host's long double is decomposed exactly (sign, binary exponent, and
// up to 113 mantissa bits via frexpl/ldexpl), then packed into the target
// format with round-to-nearest-even when the format has fewer bits. For
// binary32/binary64 the host's float/double conversions already are exact
// IEEE roundings. x87 extended (used by x86 long double) stores the
// integer bit explicitly: 1 sign, 15 exponent (bias 16383), 64 mantissa.
// binary128: 1 sign, 15 exponent (bias 16383), 112 fraction bits.
#include "sema/float_bits.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace kit::c {

namespace {

using U128 = unsigned __int128;

// |v| = mant * 2^(exp - 112) with mant < 2^113 holding all the host's bits.
void decompose(long double v, U128& mant, int& exp) {
  int e;
  long double m = std::frexp(std::fabs(v), &e);  // m in [0.5, 1)
  // Take 113 bits of m, in two steps the host can represent exactly.
  long double hi_part = std::ldexp(m, 57);
  long double hi_int = std::floor(hi_part);
  long double lo_part = std::ldexp(hi_part - hi_int, 56);
  long double lo_int = std::floor(lo_part);
  mant = (static_cast<U128>(static_cast<uint64_t>(hi_int)) << 56) | static_cast<uint64_t>(lo_int);
  exp = e - 1;  // v = (mant / 2^112) * 2^exp, mant has its top bit at 112
}

// Rounds mant (top bit at 112) to `bits` significant bits, nearest-even.
U128 round_mant(U128 mant, int bits, int& exp) {
  int drop = 113 - bits;
  if (drop <= 0) return mant << -drop;
  U128 half = static_cast<U128>(1) << (drop - 1);
  U128 rest = mant & ((static_cast<U128>(1) << drop) - 1);
  U128 r = mant >> drop;
  if (rest > half || (rest == half && (r & 1))) ++r;
  if (r >> bits) {  // carried into a new bit
    r >>= 1;
    ++exp;
  }
  return r;
}

void ext_bits(long double v, uint64_t& lo, uint64_t& hi, bool quad) {
  bool neg = std::signbit(v);
  uint64_t sign = neg ? 1 : 0;
  if (std::isnan(v)) {
    if (quad) {
      hi = (sign << 63) | (uint64_t{0x7FFF} << 48) | (uint64_t{1} << 47);
      lo = 0;
    } else {
      hi = (sign << 15) | 0x7FFF;
      lo = 0xC000000000000000ull;
    }
    return;
  }
  if (std::isinf(v)) {
    if (quad) {
      hi = (sign << 63) | (uint64_t{0x7FFF} << 48);
      lo = 0;
    } else {
      hi = (sign << 15) | 0x7FFF;
      lo = 0x8000000000000000ull;
    }
    return;
  }
  if (v == 0) {
    lo = 0;
    hi = quad ? sign << 63 : sign << 15;
    return;
  }
  U128 mant;
  int exp;
  decompose(v, mant, exp);
  int mant_bits = quad ? 113 : 64;
  int biased = exp + 16383;
  if (biased <= 0) {
    // Subnormal: shift the mantissa right; the exponent field is 0.
    int shift = 1 - biased;
    int bits = mant_bits - shift;
    if (bits <= 0) {
      lo = 0;
      hi = quad ? sign << 63 : sign << 15;
      return;
    }
    int e2 = 0;
    U128 r = round_mant(mant, bits, e2);
    biased = (e2 && bits + 1 > mant_bits - shift) ? 1 : 0;
    if (quad) {
      U128 field = r & ((static_cast<U128>(1) << 112) - 1);
      if (r >> 112) biased = 1;
      lo = static_cast<uint64_t>(field);
      hi = (sign << 63) | (static_cast<uint64_t>(biased) << 48) | static_cast<uint64_t>(field >> 64);
    } else {
      lo = static_cast<uint64_t>(r);
      hi = (sign << 15) | static_cast<uint64_t>(biased);
    }
    return;
  }
  U128 r = round_mant(mant, mant_bits, exp);
  biased = exp + 16383;
  if (biased >= 0x7FFF) {  // overflow to infinity
    ext_bits(neg ? -INFINITY : INFINITY, lo, hi, quad);
    return;
  }
  if (quad) {
    U128 field = r & ((static_cast<U128>(1) << 112) - 1);
    lo = static_cast<uint64_t>(field);
    hi = (sign << 63) | (static_cast<uint64_t>(biased) << 48) | static_cast<uint64_t>(field >> 64);
  } else {
    lo = static_cast<uint64_t>(r);  // the explicit integer bit is bit 63
    hi = (sign << 15) | static_cast<uint64_t>(biased);
  }
}

// NaN payloads (__builtin_nan("0x123"), __builtin_nans) travel inside the
// host's long double NaN: its fraction, high-aligned in 64 bits with the
// quiet bit on top ("frac64"), is what every target format takes the top
// of -- as hardware conversions between NaN formats do.
uint64_t nan_frac64(long double v) {
  unsigned char b[sizeof(long double)];
  std::memcpy(b, &v, sizeof v);
  auto u64 = [&](size_t at) {
    uint64_t x = 0;
    for (int i = 7; i >= 0; --i) x = x << 8 | b[at + static_cast<size_t>(i)];
    return x;
  };
  constexpr int digits = std::numeric_limits<long double>::digits;
  if constexpr (digits == 64) return u64(0) << 1;             // x87: drop the integer bit
  else if constexpr (digits == 113) return u64(8) << 16 | u64(0) >> 48;  // binary128 fraction's top
  else return u64(0) << 12;                                  // binary64
}

}  // namespace

long double make_nan(bool quiet, uint64_t payload, const Type* t, const TargetModel& m) {
  unsigned width = float_ir_bits(t, m);   // the fraction bits of the target format
  unsigned frac = width == 32 ? 23 : width == 64 ? 52 : width == 80 ? 63 : 112;
  unsigned below = frac - 1;              // payload bits under the quiet bit
  // (128-bit formats have more payload bits than frac64 carries: their
  // payload is dropped, the quiet/signaling bit kept.)
  uint64_t p = below >= 63 ? 0 : payload & ((uint64_t{1} << below) - 1);
  uint64_t f64 = (quiet ? uint64_t{1} << 63 : 0) | p << (63 - std::min(below, 63u));
  if (!quiet && !p) f64 = uint64_t{1} << 62;  // a signaling NaN needs a nonzero fraction (gcc: the next bit)
  long double v = std::numeric_limits<long double>::quiet_NaN();
  unsigned char b[sizeof(long double)];
  std::memcpy(b, &v, sizeof v);
  auto put = [&](size_t at, uint64_t x) {
    for (int i = 0; i < 8; ++i) b[at + static_cast<size_t>(i)] = static_cast<uint8_t>(x >> (8 * i));
  };
  constexpr int digits = std::numeric_limits<long double>::digits;
  if constexpr (digits == 64) {
    put(0, uint64_t{1} << 63 | f64 >> 1);
  } else if constexpr (digits == 113) {
    uint64_t hi;
    std::memcpy(&hi, b + 8, 8);
    put(8, (hi & 0xFFFF000000000000ull) | f64 >> 16);
    put(0, f64 << 48);
  } else {
    uint64_t all;
    std::memcpy(&all, b, 8);
    put(0, (all & 0xFFF0000000000000ull) | f64 >> 12);
  }
  std::memcpy(&v, b, sizeof v);
  return v;
}

unsigned float_ir_bits(const Type* t, const TargetModel& m) {
  switch (t->kind) {
    case TypeKind::Float: return 32;
    case TypeKind::Double: return 64;
    case TypeKind::Float128: return 128;
    case TypeKind::LDouble:
      switch (m.long_double) {
        case LongDoubleFormat::X87: return 80;
        case LongDoubleFormat::Binary128: return 128;
        case LongDoubleFormat::Binary64: return 64;
      }
      return 64;
    default: return 64;
  }
}

void float_bits(long double v, const Type* t, const TargetModel& m, uint64_t& lo, uint64_t& hi) {
  hi = 0;
  if (std::isnan(v)) {
    // Bit by bit, so payloads and signaling NaNs survive (host conversions
    // would quiet them).
    uint64_t f = nan_frac64(v);
    uint64_t sign = std::signbit(v) ? 1 : 0;
    switch (float_ir_bits(t, m)) {
      case 32: lo = sign << 31 | uint64_t{0xFF} << 23 | f >> 41; if (!(lo & 0x7FFFFF)) lo |= 1u << 21; return;
      case 64: lo = sign << 63 | uint64_t{0x7FF} << 52 | f >> 12; if (!(lo & 0xFFFFFFFFFFFFFull)) lo |= uint64_t{1} << 50; return;
      case 80: lo = uint64_t{1} << 63 | f >> 1; if (!(f >> 1)) lo |= uint64_t{1} << 61; hi = sign << 15 | 0x7FFF; return;
      default: lo = f << 48; hi = sign << 63 | uint64_t{0x7FFF} << 48 | f >> 16; if (!f) hi |= uint64_t{1} << 46; return;
    }
  }
  switch (float_ir_bits(t, m)) {
    case 32: {
      float f = static_cast<float>(v);
      uint32_t b;
      std::memcpy(&b, &f, 4);
      lo = b;
      return;
    }
    case 64: {
      double d = static_cast<double>(v);
      std::memcpy(&lo, &d, 8);
      return;
    }
    case 80: ext_bits(v, lo, hi, false); return;
    default: ext_bits(v, lo, hi, true); return;
  }
}

void encode_float(long double v, const Type* t, const TargetModel& m, uint8_t* out) {
  uint64_t lo, hi;
  float_bits(v, t, m, lo, hi);
  unsigned bits = float_ir_bits(t, m);
  unsigned bytes = bits == 80 ? 10 : bits / 8;
  uint8_t le[16] = {};
  for (int i = 0; i < 8; ++i) le[i] = static_cast<uint8_t>(lo >> (8 * i));
  for (int i = 0; i < 8; ++i) le[8 + i] = static_cast<uint8_t>(hi >> (8 * i));
  int64_t size = type_size(t);
  if (size > 0 && size <= 16) std::memset(out, 0, static_cast<size_t>(size));
  for (unsigned i = 0; i < bytes; ++i) out[m.big_endian ? bytes - 1 - i : i] = le[i];
}

}  // namespace kit::c
