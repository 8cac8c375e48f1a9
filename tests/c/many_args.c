// Calls with many scalar arguments of mixed classes: more than six
// integers and eight floating values, char/short arguments (extended by
// the caller as gcc expects), callee-side reads of stack arguments.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 120
#include <stdio.h>

static long ints(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j, long k, long l,
                 long m, long n, long o) { return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o; }
static double floats(double a, float b, double c, float d, double e, float f, double g, float h, double i,
                     float j, double k) { return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11; }
static double mixed(char a, double b, short c, float d, int e, double f, long g, float h, unsigned char i,
                    double j, unsigned short k, double l, int m, double n, signed char o, float p) {
  return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p;
}
static int narrow(signed char a, unsigned char b, short c, unsigned short d, _Bool e, signed char f,
                  unsigned char g, short h) { return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8; }

int main(void) {
  printf("%ld\n", ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
  printf("%g\n", floats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
  printf("%g\n", mixed(-1, 0.5, -300, 1.25f, 70000, 2.5, -5000000000L, 3.75f, 255, 4.5, 65535, 5.5, -6, 6.5, -128, 7.75f));
  printf("%d\n", narrow(-1, 255, -32768, 65535, 1, -128, 200, 32767));
  int (*fp)(signed char, unsigned char, short, unsigned short, _Bool, signed char, unsigned char, short) = narrow;
  printf("%d\n", fp(1, 2, 3, 4, 0, 6, 7, 8));
  return 0;
}
