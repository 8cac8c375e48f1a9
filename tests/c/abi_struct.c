// Structs of every ABI shape passed and returned by value (integer,
// floating, mixed, memory-class, with bit-fields), through direct and
// indirect calls, and many of them on the stack.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct i1 { int a; };
struct i2 { long a, b; };
struct i3 { long a, b, c; };
struct f1 { float a; };
struct f2 { double a, b; };
struct f3 { float a, b, c; };
struct m1 { int a; double b; };
struct m2 { double a; int b; };
struct c3 { char a, b, c; };
struct bf { unsigned a : 4, b : 12; int c; };
struct big { char buf[100]; };

static struct i1 mk_i1(int a) { return (struct i1){a}; }
static struct i2 mk_i2(long a, long b) { return (struct i2){a, b}; }
static struct i3 mk_i3(long a) { return (struct i3){a, a * 2, a * 3}; }
static struct f1 mk_f1(float a) { return (struct f1){a}; }
static struct f2 mk_f2(double a) { return (struct f2){a, -a}; }
static struct f3 mk_f3(float a) { return (struct f3){a, a + 1, a + 2}; }
static struct m1 mk_m1(int a) { return (struct m1){a, a / 2.0}; }
static struct m2 mk_m2(int a) { return (struct m2){a / 4.0, a}; }
static struct c3 mk_c3(char a) { return (struct c3){a, a + 1, a + 2}; }
static struct bf mk_bf(int a) { return (struct bf){a & 15, a, -a}; }
static struct big mk_big(char c) { struct big b; memset(b.buf, c, sizeof b.buf); return b; }

static long sum_all(struct i1 a, struct i2 b, struct i3 c, struct f1 d, struct f2 e, struct f3 f,
                    struct m1 g, struct m2 h, struct c3 i, struct bf j, struct big k) {
  return a.a + b.a + b.b + c.a + c.b + c.c + (long)d.a + (long)e.a + (long)e.b + (long)(f.a + f.b + f.c) +
         g.a + (long)(g.b * 2) + (long)(h.a * 4) + h.b + i.a + i.b + i.c + j.a + j.b + j.c + k.buf[99];
}

static struct f2 add_f2(struct f2 x, struct f2 y) { return (struct f2){x.a + y.a, x.b + y.b}; }

int main(void) {
  ASSERT(7, mk_i1(7).a);
  ASSERT(5, mk_i2(4, 5).b);
  ASSERT(15, mk_i3(5).c);
  ASSERTF(1.5f, mk_f1(1.5f).a);
  ASSERTF(-2.5, mk_f2(2.5).b);
  ASSERTF(4.5f, mk_f3(2.5f).c);
  ASSERTF(3.5, mk_m1(7).b);
  ASSERT(8, mk_m2(8).b);
  ASSERT('c', mk_c3('a').c);
  struct bf b = mk_bf(300);
  ASSERT(12, b.a);
  ASSERT(300, b.b);
  ASSERT(-300, b.c);
  ASSERT('z', mk_big('z').buf[50]);
  long s = sum_all(mk_i1(1), mk_i2(2, 3), mk_i3(4), mk_f1(5), mk_f2(6), mk_f3(7), mk_m1(8), mk_m2(9), mk_c3(10),
                   mk_bf(11), mk_big(12));
  ASSERT(1 + 5 + 24 + 5 + 0 + 24 + 16 + 18 + 33 + 11 + 11 - 11 + 12, s);
  struct f2 (*fp)(struct f2, struct f2) = add_f2;
  struct f2 r = fp(mk_f2(1), mk_f2(2));
  ASSERTF(3.0, r.a);
  ASSERTF(-3.0, r.b);
  struct i3 arr[3];
  for (int i = 0; i < 3; i++) arr[i] = mk_i3(i);
  ASSERT(6, arr[2].c);
  printf("OK\n");
  return 0;
}
