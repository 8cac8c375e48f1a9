// User-defined variadic functions: many integer and floating arguments
// past the register save area, floats promoted to double, chars and shorts
// to int, pointers, and a variadic function called through a pointer.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 5 2.5
#include <stdarg.h>
#include <stdio.h>

static void show(const char *kinds, ...) {
  va_list ap;
  va_start(ap, kinds);
  for (const char *k = kinds; *k; k++) {
    switch (*k) {
      case 'i': printf("%d ", va_arg(ap, int)); break;
      case 'd': printf("%g ", va_arg(ap, double)); break;
      case 'l': printf("%lld ", va_arg(ap, long long)); break;
      case 's': printf("%s ", va_arg(ap, char *)); break;
      case 'L': printf("%Lg ", va_arg(ap, long double)); break;
      case 'u': printf("%u ", va_arg(ap, unsigned)); break;
    }
  }
  va_end(ap);
  printf("\n");
}

int main(void) {
  show("id", 5, 2.5);
  show("ddddddddddii", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11, 12);
  show("iiiiiiiiiddl", 1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 0.25, -1LL << 40);
  float f = 1.5f; char c = 'A'; short s = -3; unsigned char uc = 200;
  show("diii", f, c, s, uc);
  show("sLsL", "ld", 1.25L, "again", -2.5L);
  show("uiu", 4000000000u, -1, 7u);
  void (*fp)(const char *, ...) = show;
  fp("dis", 3.75, 42, "via pointer");
  return 0;
}
