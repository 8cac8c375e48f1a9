// Variadic functions: va_start/va_arg/va_copy/va_end, vprintf family.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <stdarg.h>

static int sum_ints(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

static double sum_mixed(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  double s = 0;
  for (const char *p = fmt; *p; p++) {
    switch (*p) {
      case 'i': s += va_arg(ap, int); break;
      case 'l': s += va_arg(ap, long); break;
      case 'd': s += va_arg(ap, double); break;
      case 'p': s += *va_arg(ap, int *); break;
    }
  }
  va_end(ap);
  return s;
}

static int count_twice(int n, ...) {
  va_list ap, aq;
  va_start(ap, n);
  va_copy(aq, ap);
  int a = 0, b = 0;
  for (int i = 0; i < n; i++) a += va_arg(ap, int);
  for (int i = 0; i < n; i++) b += va_arg(aq, int);
  va_end(aq);
  va_end(ap);
  return a + b;
}

static int vfmt(char *buf, const char *fmt, va_list ap) { return vsprintf(buf, fmt, ap); }
static int fmt(char *buf, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  int r = vfmt(buf, f, ap);
  va_end(ap);
  return r;
}

int main(void) {
  ASSERT(0, sum_ints(0));
  ASSERT(6, sum_ints(3, 1, 2, 3));
  ASSERT(55, sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  int x = 4;
  ASSERTF(19.5, sum_mixed("idlpddddddddd", 1, 2.5, 3L, &x, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
  ASSERT(12, count_twice(3, 1, 2, 3));
  char buf[100];
  fmt(buf, "%d-%s-%.1f-%c", 42, "x", 2.5, 'z');
  ASSERTS("42-x-2.5-z", buf);
  sprintf(buf, "%ld %u %lld %e", -5L, 3u, 1LL << 40, 1e10);
  ASSERTS("-5 3 1099511627776 1.000000e+10", buf);
  printf("OK\n");
  return 0;
}
