// Struct passing across the compiler boundary: bit-field structs, packed
// structs, unions of float and int, mixed INTEGER/SSE eightbytes, MEMORY
// structs and long double members, as arguments (also past the registers)
// and results. Built all by kit, then split so gcc compiles either side.
// REQUIRES: gcc
// RUN: %c-run %s %t | FileCheck %s
// RUN: gcc -DPART=1 -c %s -o %t.gcc-callee.o && %kit cc -DPART=2 %s %t.gcc-callee.o -o %t.kit-caller && %t.kit-caller | FileCheck %s
// RUN: gcc -DPART=2 -c %s -o %t.gcc-caller.o && %kit cc -DPART=1 %s %t.gcc-caller.o -o %t.kit-callee && %t.kit-callee | FileCheck %s
// CHECK: bits 5 -3 1000 1
// CHECK: packed 1 70000 2.5
// CHECK: fu 1.5 7
// CHECK: mix 3 3 6
// CHECK: big 1 9 36
// CHECK: ld 2.75 9
// CHECK: many 1 2 3 4 5 6 7 8.5 9 10.5
#include <stdio.h>

struct bits { unsigned a : 3; int b : 5; unsigned c : 20; _Bool d : 1; };
struct __attribute__((packed)) packed { char c; int i; double d; };
union fu { float f; int i; };
struct fu2 { union fu x; union fu y; };
struct mix { short s; float f; long l; };
struct big { int v[9]; };
struct ld { long double x; int tag; };

struct bits mk_bits(int a, int b, int c, int d);
int sum_bits(struct bits x, struct bits y);
struct packed mk_packed(struct packed p);
struct fu2 swap_fu(struct fu2 v);
struct mix mk_mix(struct mix m, int k);
struct big mk_big(struct big b);
struct ld mk_ld(struct ld v);
double many(struct mix a, struct mix b, struct mix c, struct fu2 d, struct fu2 e, struct bits f, double g);

#if !defined(PART) || PART == 1
struct bits mk_bits(int a, int b, int c, int d) { struct bits x = {0}; x.a = a; x.b = b; x.c = c; x.d = d; return x; }
int sum_bits(struct bits x, struct bits y) { return x.a + y.a + x.b + y.b + (int)x.c + (int)y.c + x.d + y.d; }
struct packed mk_packed(struct packed p) { p.c++; p.i *= 2; p.d /= 2; return p; }
struct fu2 swap_fu(struct fu2 v) { struct fu2 r = {v.y, v.x}; return r; }
struct mix mk_mix(struct mix m, int k) { m.s += k; m.f *= k; m.l -= k; return m; }
struct big mk_big(struct big b) { for (int i = 0; i < 9; i++) b.v[i] *= b.v[i]; return b; }
struct ld mk_ld(struct ld v) { v.x += 1.5L; v.tag *= 3; return v; }
double many(struct mix a, struct mix b, struct mix c, struct fu2 d, struct fu2 e, struct bits f, double g) {
  printf("many %d %g %ld %d %g %ld %d %g %d %g\n", a.s, a.f, a.l, b.s, b.f, b.l, c.s, c.f + d.x.f, d.y.i + e.x.i + f.a, g);
  return g;
}
#endif

#if !defined(PART) || PART == 2
int main(void) {
  struct bits x = mk_bits(5, -3, 1000, 1);
  printf("bits %u %d %u %d\n", x.a, x.b, x.c, x.d);
  if (sum_bits(x, x) != 2 * (5 - 3 + 1000 + 1)) printf("sum_bits wrong\n");
  struct packed p = mk_packed((struct packed){0, 35000, 5.0});
  printf("packed %d %d %g\n", p.c, p.i, p.d);
  struct fu2 f = swap_fu((struct fu2){{.i = 7}, {.f = 1.5f}});
  printf("fu %g %d\n", f.x.f, f.y.i);
  struct mix m = mk_mix((struct mix){1, 1.5f, 8}, 2);
  printf("mix %d %g %ld\n", m.s, m.f, m.l);
  struct big b = {{1, 2, 3, 4, 5, 6}};
  b.v[8] = 6;
  b = mk_big(b);
  printf("big %d %d %d\n", b.v[0], b.v[2], b.v[8]);
  struct ld l = mk_ld((struct ld){1.25L, 3});
  printf("ld %Lg %d\n", l.x, l.tag);
  many((struct mix){1, 2, 3}, (struct mix){4, 5, 6}, (struct mix){7, 8, 0}, (struct fu2){{.f = 0.5f}, {.i = 3}},
       (struct fu2){{.i = 4}, {.i = 0}}, mk_bits(2, 0, 0, 0), 10.5);
  return 0;
}
#endif
