// Signed bit-fields sign-extend, unsigned ones zero-extend, plain int
// fields are signed (gcc), and assignment truncates modulo 2^width.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: -1 1 -4 3
#include <stdio.h>

struct s { int a : 1; unsigned b : 1; signed c : 3; int d : 2; long long e : 40; unsigned long long f : 40; };

int main(void) {
  struct s s = {0};
  s.a = 1; s.b = 1; s.c = 4; s.d = 3;
  printf("%d %d %d %d\n", s.a, s.b, s.c, s.d & 3);
  s.c = -1;
  printf("%d %d\n", s.c, s.c < 0);
  s.e = -2; s.f = -2;
  printf("%lld %llu\n", (long long)s.e, (unsigned long long)s.f);
  s.e = 0x7fffffffffLL; s.f = 0xffffffffffULL + 3;
  printf("%lld %llu\n", (long long)s.e, (unsigned long long)s.f);
  s.e += 1;
  printf("%lld\n", (long long)s.e);
  for (int i = -5; i <= 5; i++) { s.c = i; printf("%d ", s.c); }
  printf("\n");
  return 0;
}
