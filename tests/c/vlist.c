// va_list passed on to other functions (v*printf and user functions).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <stdarg.h>

static int vsum(int n, va_list ap) {
  int s = 0;
  while (n--) s += va_arg(ap, int);
  return s;
}
static int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int r = vsum(n, ap);
  va_end(ap);
  return r;
}
static void format(char *out, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(out, size, fmt, ap);
  va_end(ap);
}
static double dsum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, double);
  va_end(ap);
  return s;
}
struct pt { int x, y; };
static long lsum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, long);
  va_end(ap);
  return s;
}

int main(void) {
  ASSERT(15, sum(5, 1, 2, 3, 4, 5));
  char buf[32];
  format(buf, sizeof buf, "%s=%d", "x", 42);
  ASSERTS("x=42", buf);
  ASSERTF(10.0, dsum(4, 1.0, 2.0, 3.0, 4.0));
  ASSERTF(36.0, dsum(8, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0));
  ASSERT(1L << 40, lsum(3, 1L << 39, 1L << 38, 1L << 38));
  printf("OK\n");
  return 0;
}
