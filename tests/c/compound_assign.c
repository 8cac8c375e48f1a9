// Compound assignment in every operand type: the operation is done in the
// common type and converted back (char += 300 wraps, int *= 1.5 truncates,
// unsigned -= negative), on pointers, bit-fields and array elements with
// side-effecting subscripts evaluated once. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 44 -56 3
#include <stdio.h>

static int idx;
static int next(void) { return idx++; }

int main(void) {
  unsigned char uc = 0; signed char sc = 100; int i = 2;
  uc += 300; sc += 100; i *= 1.5;
  printf("%d %d %d\n", uc, sc, i);
  unsigned u = 5; u -= -3; u *= -1; printf("%u\n", u);
  short s = 1000; s *= 1000; printf("%d\n", s);
  double d = 10; d /= 4; d -= 0.5f; d *= 3; printf("%g\n", d);
  float f = 1; f += 1e-8; f /= 3; printf("%.9g\n", f);
  int a = 7; a %= 4; a <<= 5; a >>= 2; a |= 1; a &= ~2; a ^= 0xff; printf("%d\n", a);
  long long ll = 1; ll <<= 40; ll += 0.5; printf("%lld\n", ll);
  int arr[4] = {1, 2, 3, 4};
  idx = 0;
  arr[next()] += 10; arr[next()] *= 10; arr[next()] <<= 2;
  printf("%d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], idx);
  int *p = arr; p += 2; p -= 1; printf("%d\n", *p);
  _Bool b = 0; b += 2; printf("%d\n", b);
  b = 1; b -= 1; printf("%d\n", b);
  char c = 'a'; c -= 'a' - 'A'; printf("%c\n", c);
  unsigned long ul = 1; ul <<= 63; ul >>= 62; printf("%lu\n", ul);
  int x = -17; x /= 5; printf("%d\n", x); x = -17; x %= 5; printf("%d\n", x);
  double dd = 7; dd += 'a'; printf("%g\n", dd);
  return 0;
}
