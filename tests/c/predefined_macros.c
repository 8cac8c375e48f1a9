// Predefined macros a GNU-compatible compiler for x86-64 Linux must have
// with gcc's values: the __SIZEOF_*__ family, limits, type macros,
// architecture and OS macros, byte order. Printed and compared with gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: sizeof 4 8 8 2 4 8 16 16 8 4
#include <stdio.h>

#define S(x) #x
#define X(x) S(x)
int main(void) {
  printf("sizeof %d %d %d %d %d %d %d %d %d %d\n", __SIZEOF_INT__, __SIZEOF_LONG__, __SIZEOF_LONG_LONG__,
         __SIZEOF_SHORT__, __SIZEOF_FLOAT__, __SIZEOF_DOUBLE__, __SIZEOF_LONG_DOUBLE__, __SIZEOF_INT128__,
         __SIZEOF_POINTER__, __SIZEOF_WCHAR_T__);
  printf("%d %d %d\n", __SIZEOF_SIZE_T__, __SIZEOF_PTRDIFF_T__, __SIZEOF_WINT_T__);
  printf("%d %ld %lld %d %d\n", __INT_MAX__, __LONG_MAX__, __LONG_LONG_MAX__, __SCHAR_MAX__, __SHRT_MAX__);
  printf("%s | %s | %s | %s\n", X(__SIZE_TYPE__), X(__PTRDIFF_TYPE__), X(__WCHAR_TYPE__), X(__INTMAX_TYPE__));
  printf("%s | %s | %s\n", X(__UINT64_TYPE__), X(__INT8_TYPE__), X(__UINTPTR_TYPE__));
  printf("%d %d %d %d\n", __CHAR_BIT__, __BIGGEST_ALIGNMENT__ >= 16, __ORDER_LITTLE_ENDIAN__ == __BYTE_ORDER__, __LP64__);
  printf("%d %d %d %d %d\n", __x86_64__, __x86_64, __amd64__, __linux__, __unix__);
  printf("%d %d %d\n", __ELF__, __STDC__, __STDC_HOSTED__);
  printf("%ld\n", __STDC_VERSION__);
#if defined(__GNUC__) && !defined(_MSC_VER) && defined(__CHAR_BIT__) && defined(__FLT_MAX__)
  printf("gnu-like\n");
#endif
  printf("%d %d\n", __FLT_MANT_DIG__, __DBL_DIG__);
  return 0;
}
