// __builtin_va_start/arg/end/copy directly and through <stdarg.h>: mixed
// integer and floating arguments beyond the register save area, va_copy
// traversing twice, a va_list handed to another function (vsnprintf and
// our own), and va_arg of pointer, long double and struct types.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: sum 55 5.5
#include <stdarg.h>
#include <stdio.h>

struct small { int a, b; };
struct big { long x[4]; };

static void sum(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long isum = 0; double fsum = 0;
  for (int i = 0; i < n; i++) {
    if (i % 3 == 2) fsum += __builtin_va_arg(ap, double);
    else isum += __builtin_va_arg(ap, int);
  }
  __builtin_va_end(ap);
  printf("sum %ld %g\n", isum, fsum);
}
static long twice(int n, ...) {
  va_list ap, cp;
  va_start(ap, n);
  va_copy(cp, ap);
  long a = 0, b = 0;
  for (int i = 0; i < n; i++) a += va_arg(ap, long);
  for (int i = 0; i < n; i++) b += va_arg(cp, long) * 2;
  va_end(cp);
  va_end(ap);
  return a + b;
}
static int vmine(const char *tag, va_list ap) {
  int total = 0;
  const char *s;
  while ((s = va_arg(ap, const char *))) total += printf("%s%s ", tag, s);
  printf("\n");
  return total;
}
static int mine(const char *tag, ...) { va_list ap; va_start(ap, tag); int r = vmine(tag, ap); va_end(ap); return r; }
static void fmt(char *buf, size_t n, const char *f, ...) { va_list ap; va_start(ap, f); vsnprintf(buf, n, f, ap); va_end(ap); }
static void structs(int n, ...) {
  va_list ap; va_start(ap, n);
  struct small s = va_arg(ap, struct small);
  long double ld = va_arg(ap, long double);
  struct big b = va_arg(ap, struct big);
  double d = va_arg(ap, double);
  printf("structs %d %d %Lg %ld %ld %g\n", s.a, s.b, ld, b.x[0], b.x[3], d);
  va_end(ap);
}

int main(void) {
  sum(15, 1, 2, 0.5, 3, 4, 1.0, 5, 6, 1.5, 7, 8, 2.5, 9, 10, 0.0);
  printf("%ld\n", twice(8, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
  printf("%d\n", mine("-", "a", "bb", "ccc", (char *)0));
  char buf[64];
  fmt(buf, sizeof buf, "%d/%s/%.2f/%c/%lld", 42, "str", 3.14159, 'z', -9LL);
  printf("%s\n", buf);
  structs(1, (struct small){3, 4}, 2.5L, (struct big){{10, 11, 12, 13}}, 0.25);
  return 0;
}
