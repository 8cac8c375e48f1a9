// Arithmetic on bit-fields: compound assignment, ++/-- wrapping at the
// field width, integer promotion (an unsigned field narrower than int
// promotes to int), and fields as operands of every operator.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: promo 1 0
#include <stdio.h>

struct s { unsigned u3 : 3; int i5 : 5; unsigned u31 : 31; unsigned u32 : 32; unsigned long long u33 : 33; };

int main(void) {
  struct s s = {7, 15, 0, 0, 0};
  // u3 promotes to int, so u3 - 8 is negative; u32 stays unsigned.
  printf("promo %d %d\n", s.u3 - 8 < 0, s.u32 - 1 < 0);
  s.u3++;
  printf("%u\n", s.u3);
  s.u3--;
  printf("%u\n", s.u3);
  s.i5++;
  printf("%d\n", s.i5);
  s.i5 += 100;
  printf("%d\n", s.i5);
  s.i5 *= 3;
  printf("%d\n", s.i5);
  s.u31 = 0x7fffffff; s.u31 += 2;
  printf("%u\n", s.u31);
  s.u33 = 0x1ffffffffULL; s.u33 += 5;
  printf("%llu\n", (unsigned long long)s.u33);
  s.u3 = 5;
  s.u3 <<= 1;
  printf("%u\n", s.u3);
  s.u3 = 6; s.u3 ^= 3; s.u3 |= 0; s.u3 &= 7;
  printf("%u\n", s.u3);
  int post = s.i5++;
  int pre = ++s.i5;
  printf("%d %d %d\n", post, pre, s.i5);
  printf("%d\n", s.u3 * s.i5 + (s.u3 > s.i5) - !s.u31);
  printf("%zu %zu\n", sizeof(s.u3 + 0), sizeof(s.u33 + 0));
  return 0;
}
