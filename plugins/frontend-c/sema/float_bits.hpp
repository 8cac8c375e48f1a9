// Floating-point values in the target's formats: IEEE binary32/64/128 and
// the x87 80-bit extended format, computed from the host's long double
// without assuming the host shares any of them.
#pragma once

#include <cstdint>

#include "types/types.hpp"

namespace kit::c {

// The bit pattern of v as a value of floating type t (Float, Double,
// LDouble per the target, Float128): `lo` holds the low 64 bits, `hi` the
// rest (f80: 16 bits of sign and exponent; f128: the upper 64 bits).
void float_bits(long double v, const Type* t, const TargetModel& m, uint64_t& lo, uint64_t& hi);

// The same as bytes in the target's byte order: type_size(t) bytes
// (an f80 is followed by zero padding up to its storage size).
void encode_float(long double v, const Type* t, const TargetModel& m, uint8_t* out);

// IR float width of a C floating type: 32, 64, 80 or 128.
unsigned float_ir_bits(const Type* t, const TargetModel& m);

// A NaN (quiet or signaling) carrying `payload` in the low fraction bits of
// type t, as __builtin_nan("payload") and __builtin_nans make it; float_bits
// and encode_float write its bits exactly.
long double make_nan(bool quiet, uint64_t payload, const Type* t, const TargetModel& m);

}  // namespace kit::c
