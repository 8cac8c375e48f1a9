// Struct arguments mixed with scalars until the registers run out: small
// structs split between general and SSE registers, a struct that no longer
// fits in the remaining registers going wholly to the stack, big structs
// by memory. Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: a 1 2 3 4 5 5.5 6.5
#include <stdio.h>

struct two { long a, b; };
struct fd { float f; double d; };
struct big { int v[9]; };
struct mix { char c; double d; };

static void a(int x, struct two t, int y, struct fd f, int z) {
  printf("a %d %ld %ld %d %d %g %g\n", x, t.a, t.b, y, z, f.f, f.d);
}
static long b(long r1, long r2, long r3, long r4, long r5, struct two t, long r6) {
  return r1 + r2 + r3 + r4 + r5 + t.a * 100 + t.b * 1000 + r6 * 10000;
}
static double c(double f1, double f2, double f3, double f4, double f5, double f6, double f7, struct fd s, double f8) {
  return f1 + f2 + f3 + f4 + f5 + f6 + f7 + s.f * 100 + s.d * 1000 + f8 * 10000;
}
static int d(struct big b, int k, struct big c) { int s = k; for (int i = 0; i < 9; i++) s += b.v[i] * c.v[i]; return s; }
static double e(struct mix m1, struct mix m2, struct mix m3, struct mix m4, struct mix m5) {
  return m1.c + m1.d + m2.c + m2.d + m3.c + m3.d + m4.c + m4.d + m5.c * 1000 + m5.d * 100;
}

int main(void) {
  a(1, (struct two){2, 3}, 4, (struct fd){5.5f, 6.5}, 5);
  printf("b %ld\n", b(1, 2, 3, 4, 5, (struct two){6, 7}, 8));
  printf("c %g\n", c(1, 2, 3, 4, 5, 6, 7, (struct fd){0.5f, 0.25}, 9));
  struct big x, y;
  for (int i = 0; i < 9; i++) { x.v[i] = i; y.v[i] = i + 1; }
  printf("d %d\n", d(x, 7, y));
  struct mix m = {1, 0.5};
  printf("e %g\n", e(m, m, m, m, (struct mix){2, 0.75}));
  return 0;
}
