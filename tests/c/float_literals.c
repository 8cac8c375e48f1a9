// Floating constants: decimal and hexadecimal forms, exponents, suffixes
// f/F/l/L, constants needing correct rounding (printed as hex floats),
// subnormals and the largest values. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 0x1.8p+1 0x0.0000000000001p-1022 0x1.fffffffffffffp+1023
#include <stdio.h>

int main(void) {
  printf("%a %a %a\n", 0x1.8p1, 0x1p-1074, 0x1.fffffffffffffp1023);
  printf("%a %a %a %a\n", 0.1, 1e23, 9007199254740993.0, 2.2250738585072011e-308);
  printf("%a %a\n", (double)0.1f, (double)3.4028235e38f);
  printf("%a %a\n", (double)1e-45f, (double)0x1.fffffep127f);
  printf("%La %La\n", 0.1L, 1e4932L);
  printf("%a %a %a\n", 1., .5, 5e-1);
  printf("%a %a\n", 123456789012345678901234567890.0, 0.000000000000000000000000000001);
  printf("%a %a\n", 1.7976931348623157e308, 4.9406564584124654e-324);
  printf("%a\n", 0X1.ABCDEFP-3);
  printf("%zu %zu %zu\n", sizeof 1.0f, sizeof 1.0, sizeof 1.0L);
  printf("%.20g\n", 3.14159265358979323846264338327950288);
  printf("%.25Lg\n", 3.14159265358979323846264338327950288L);
  return 0;
}
