/* kit's freestanding headers alone: their types and limits must agree with
   the compiler reading the output (system-headers.test). */
#include <float.h>
#include <iso646.h>
#include <limits.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdnoreturn.h>

_Static_assert(CHAR_BIT == 8 && SCHAR_MAX == 127 && UCHAR_MAX == 255 && CHAR_MIN == -128, "char");
_Static_assert(SHRT_MIN == -32768 && USHRT_MAX == 65535 && INT_MIN == -INT_MAX - 1, "short int");
_Static_assert(LONG_MAX == __LONG_MAX__ && ULONG_MAX == 2UL * LONG_MAX + 1 && LLONG_MAX == 9223372036854775807LL, "long");
_Static_assert(sizeof(int8_t) == 1 && sizeof(int16_t) == 2 && sizeof(int32_t) == 4 && sizeof(int64_t) == 8, "exact");
_Static_assert(INT8_MIN == -128 && INT16_MIN == -32768 && INT32_MIN == -2147483647 - 1, "exact min");
_Static_assert(UINT32_MAX == 4294967295u && UINT64_MAX == 18446744073709551615u, "exact max");
_Static_assert(sizeof(int_least8_t) == 1 && sizeof(int_fast64_t) == 8 && sizeof(intmax_t) == 8, "least fast max");
_Static_assert(INT64_C(1) << 62 > 0 && UINT64_C(1) << 63 > 0 && INTMAX_C(5) == 5, "constant macros");
_Static_assert(sizeof(intptr_t) == sizeof(void *) && sizeof(size_t) == sizeof(void *), "pointers");
_Static_assert(SIZE_MAX == (size_t)-1 && PTRDIFF_MIN < 0 && WCHAR_MAX > 0 && SIG_ATOMIC_MAX == INT_MAX, "limits");
_Static_assert(FLT_RADIX == 2 && FLT_DIG == 6 && DBL_MAX_EXP == 1024 && LDBL_MANT_DIG >= DBL_MANT_DIG, "float");
static const int float_values_ok = FLT_EPSILON > 0 && DBL_MIN > 0 && LDBL_MAX >= DBL_MAX && FLT_TRUE_MIN > 0;
_Static_assert(offsetof(struct { char c; int i; }, i) == 4, "offsetof");
_Static_assert(alignof(max_align_t) >= alignof(long double), "max_align_t");
_Static_assert(true and not false, "stdbool iso646");
_Static_assert(ATOMIC_INT_LOCK_FREE == 2 && memory_order_seq_cst == __ATOMIC_SEQ_CST, "stdatomic");

static size_t total(int n, ...) {
  va_list ap, copy;
  va_start(ap, n);
  va_copy(copy, ap);
  size_t s = 0;
  for (int i = 0; i < n; ++i) s += va_arg(ap, size_t);
  va_end(copy);
  va_end(ap);
  return s;
}

noreturn void halt(void);

int use(void) {
  int a = 0; /* not atomic_int: clang's __atomic_* take no _Atomic objects (gcc's do) */
  atomic_flag f = ATOMIC_FLAG_INIT;
  atomic_store_explicit(&a, 1, memory_order_relaxed);
  atomic_flag_test_and_set(&f);
  return (int)total(2, (size_t)1, (size_t)2) + atomic_load(&a) + (NULL == (void *)0);
}
