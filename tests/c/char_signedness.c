// Plain char is signed on x86-64 Linux: comparisons, promotions, shifts
// and conversions of chars with the high bit set; -funsigned-char flips it.
// RUN: %c-run %s %t | FileCheck %s
// RUN: %c-run %s %t.u -- -funsigned-char -DUNSIGNED | FileCheck %s
// CHECK: OK
#include <limits.h>
#include "test.h"

int main(void) {
  char c = (char)0xff;
#ifdef UNSIGNED
  ASSERT(255, c);
  ASSERT(0, CHAR_MIN);
  ASSERT(255, CHAR_MAX);
  ASSERT(1, c > 0);
  ASSERT(127, c >> 1);
#else
  ASSERT(-1, c);
  ASSERT(-128, CHAR_MIN);
  ASSERT(127, CHAR_MAX);
  ASSERT(1, c < 0);
  ASSERT(-1, c >> 1);
#endif
  signed char sc = (signed char)0x80;
  unsigned char uc = 0x80;
  ASSERT(-128, sc);
  ASSERT(128, uc);
  ASSERT(0, sc == uc);
  ASSERT(1, (char)uc == (char)sc);
  ASSERT(4, sizeof(c + 0));
  const char *s = "\xe9t\xe9";
  int high = 0;
  for (; *s; s++) if ((unsigned char)*s > 127) high++;
  ASSERT(2, high);
  printf("OK\n");
  return 0;
}
