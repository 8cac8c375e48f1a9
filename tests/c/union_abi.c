// Unions passed and returned by value, checked against gcc: the x86-64 ABI
// classifies a union by merging its members' classes (INTEGER wins over
// SSE in an eightbyte), so float/int unions travel in general registers.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 1.5 2.5
#include <stdio.h>

union fl { float f[2]; double d; };
union fi { float f; int i; };
union big { char c[24]; long l[3]; };
union dl { double d; long l; };
struct hold { union fl a; union fi b; };

static union fl mk_fl(float a, float b) { union fl u; u.f[0] = a; u.f[1] = b; return u; }
static union fi mk_fi(int i) { union fi u; u.i = i; return u; }
static union big mk_big(long x) { union big u; u.l[0] = x; u.l[1] = x + 1; u.l[2] = x + 2; return u; }
static double sum_fl(union fl u, union fl v) { return u.f[0] + u.f[1] + v.d; }
static long take_many(union dl a, union fi b, union big c, int i, union dl d) {
  return a.l + b.i + c.l[2] + i + (long)d.d;
}
static struct hold swap(struct hold h) { float t = h.a.f[0]; h.a.f[0] = h.a.f[1]; h.a.f[1] = t; h.b.i++; return h; }

int main(void) {
  union fl u = mk_fl(1.5f, 2.5f);
  printf("%g %g\n", u.f[0], u.f[1]);
  printf("%d\n", mk_fi(77).i);
  union big b = mk_big(100);
  printf("%ld %ld %ld\n", b.l[0], b.l[1], b.l[2]);
  union fl v; v.d = 10.25;
  printf("%g\n", sum_fl(u, v));
  union dl a = {.l = 5}, d = {.d = 8.75};
  printf("%ld\n", take_many(a, mk_fi(6), b, 7, d));
  struct hold h = {u, {.i = 3}};
  h = swap(h);
  printf("%g %g %d\n", h.a.f[0], h.a.f[1], h.b.i);
  return 0;
}
