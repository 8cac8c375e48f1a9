// Numbers in kit IR text: integer constants of 1..128 bits and the exact
// spelling of floating-point constants.
//
// Floats must survive print -> parse bit for bit, including -0.0, NaN
// payloads and the 80-bit x87 and 128-bit IEEE formats, which the host's
// `long double` cannot be trusted to hold. The rules:
//   - f32/f64 finite values print as the shortest decimal that converts
//     back to the same bits (std::to_chars), with ".0" added when that
//     decimal has no point or exponent; the parser converts decimals with
//     std::from_chars (correctly rounded), so any decimal is accepted.
//   - f80/f128 values print as a decimal only when the value is exactly a
//     double whose shortest decimal is *exact* (1.5, -0.25, 3.0); the
//     parser accepts a decimal for them only when its value is exactly
//     representable in f64, and widens it without rounding. Anything else
//     (0.1 as f80) must be written as bits.
//   - Bits: "0x" and the whole IEEE pattern in hex, 8/16/20/32 digits for
//     f32/f64/f80/f128 (f80: sign and exponent, then the 64-bit
//     significand with its explicit integer bit). Infinities and NaNs always
//     print this way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kit::ir::detail {

// Appends the spelling of a float constant of `bits` (32, 64, 80, 128).
void append_float(std::string& out, unsigned bits, uint64_t lo, uint64_t hi);

// Parses a float literal (decimal, or 0x bits). On failure returns false
// and sets `why`.
bool parse_float(std::string_view text, unsigned bits, uint64_t& lo, uint64_t& hi,
                 std::string& why);

// Appends an integer constant of `bits` width given its two's-complement
// bits: signed decimal, except i1 and `as_unsigned` (pointers) unsigned.
void append_int_bits(std::string& out, unsigned bits, uint64_t lo, uint64_t hi, bool as_unsigned);

// Parses an integer literal ([-]decimal or [-]0xhex) that must fit `bits`
// as a signed or an unsigned number; the result is truncated two's
// complement. On failure returns false and sets `why`.
bool parse_int(std::string_view text, unsigned bits, uint64_t& lo, uint64_t& hi, std::string& why);

}  // namespace kit::ir::detail
