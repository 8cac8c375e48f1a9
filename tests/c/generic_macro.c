// A type-generic interface built on _Generic, as <tgmath.h> does: the
// selected association is a function designator called with the argument.
// RUN: %c-run %s %t -- -lm | FileCheck %s
// CHECK: abs int 5
// CHECK: abs long 7000000000
// CHECK: abs double 2.5
// CHECK: name unsigned long long
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define ABS(x) _Generic((x), int: abs, long: labs, long long: llabs, double: fabs, float: fabsf)(x)
#define NAME(x) _Generic((x), _Bool: "_Bool", char: "char", signed char: "signed char", \
  unsigned char: "unsigned char", short: "short", unsigned short: "unsigned short", int: "int", \
  unsigned: "unsigned", long: "long", unsigned long: "unsigned long", long long: "long long", \
  unsigned long long: "unsigned long long", float: "float", double: "double", \
  long double: "long double", default: "other")

int main(void) {
  printf("abs int %d\n", ABS(-5));
  printf("abs long %ld\n", ABS(-7000000000L));
  printf("abs double %g\n", ABS(-2.5));
  printf("name %s\n", NAME(1ULL));
  printf("%s %s %s\n", NAME((_Bool)1), NAME((char)1), NAME((signed char)1));
  printf("%s %s %s\n", NAME(1.0L), NAME(1.0f), NAME((void *)0));
  printf("%s %s\n", NAME(0x7fffffff), NAME(0x80000000));
  printf("%s %s\n", NAME(4294967296), NAME(18446744073709551615u));
  return 0;
}
