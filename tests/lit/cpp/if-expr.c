// #if arithmetic (6.10.1): intmax_t/uintmax_t with the usual conversions,
// defined, character constants per the target, short-circuiting, ?:,
// shifts, identifiers as 0, and __has_* operators.
// RUN: %kit cpp -P %s | FileCheck %s
// RUN: %kit --target aarch64-linux-gnu cpp -P %s | FileCheck --check-prefix=UCHAR %s

#define T(e) e
#if 1 + 2 * 3 == 7 && (1 + 2) * 3 == 9 && 7 / 2 == 3 && -7 / 2 == -3 && -7 % 2 == -1
ok_arith
#endif
// CHECK: ok_arith
#if -1 < 0 && !(-1 < 0u) && 0xffffffffffffffff == -1 && 18446744073709551615u > 0
ok_unsigned
#endif
// CHECK-NEXT: ok_unsigned
#if 0x7fffffffffffffff + 0 > 0 && 0x8000000000000000 > 0 && 077 == 63 && 0b101 == 5 && 10LL == 10ull
ok_literals
#endif
// CHECK-NEXT: ok_literals
#if (1 << 62) > 0 && (-16 >> 2) == -4 && (1 << 64) == 0 && (8 >> -1) == 16 && (~0u >> 63) == 1
ok_shifts
#endif
// CHECK-NEXT: ok_shifts
#if 0 && (1 / 0) || 1 || (1 % 0)
ok_short_circuit
#endif
// CHECK-NEXT: ok_short_circuit
#if (1 ? 2 : (1 / 0)) == 2 && (0 ? 1 / 0 : 3) == 3 && (1 ? -1 : 0u) > 0
ok_conditional
#endif
// CHECK-NEXT: ok_conditional
#if UNDEFINED == 0 && !UNDEFINED && (UNDEFINED + 1) == 1
ok_identifiers
#endif
// CHECK-NEXT: ok_identifiers
#define ONE 1
#define EXPR (ONE + ONE)
#if defined ONE && defined(ONE) && !defined TWO && EXPR == 2
ok_defined
#endif
// CHECK-NEXT: ok_defined
#if 'a' == 97 && '\n' == 10 && '\0' == 0 && '\x41' == 65 && '\101' == 65 && 'ab' == 24930 && T('\377') != 0
ok_chars
#endif
// CHECK-NEXT: ok_chars
#if L'a' == 97 && u'\xffff' == 65535 && U'\U0001F600' == 0x1F600 && u8'a' == 97 && L'é' == 233
ok_wide
#endif
// CHECK-NEXT: ok_wide
#if '\377' < 0
signed_char
#else
unsigned_char
#endif
// CHECK-NEXT: signed_char
// UCHAR: unsigned_char
#if (2, 3) == 3 && (0 || 2) == 1 && (3 && 4) == 1 && !0 == 1 && ~0 == -1 && -(-1) == 1 && +1 == 1
ok_misc
#endif
// CHECK-NEXT: ok_misc
#if __has_include(<stddef.h>) && __has_include("if-expr.c") && !__has_include(<no/such/header.h>)
ok_has_include
#endif
// CHECK-NEXT: ok_has_include
#if defined __has_include && defined(__has_attribute) && __has_attribute(packed) && \
    __has_attribute(__noreturn__) && !__has_attribute(no_such_attr) && \
    __has_builtin(__builtin_expect) && !__has_builtin(__builtin_nonesuch) && \
    __has_c_attribute(fallthrough) >= 201904L && __has_c_attribute(gnu::unused) && \
    !__has_feature(cxx_rvalue_references) && __has_extension(c_static_assert)
ok_has_operators
#endif
// CHECK-NEXT: ok_has_operators
