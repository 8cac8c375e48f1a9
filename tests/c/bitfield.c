// Bit-fields: signed/unsigned, packing, straddling, zero width, layout.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct a { unsigned x : 3; int y : 5; unsigned z : 24; };
struct b { char c; int x : 4; };
struct c { int x : 30; int y : 4; };
struct d { char c; int : 0; char d; };
struct e { long long x : 40; long long y : 30; };
struct f { unsigned char a : 1, b : 1, c : 6; };
struct __attribute__((packed)) g { char c; int x : 12; };
struct h { _Bool flag : 1; unsigned rest : 7; };
enum col { R, G, B };
struct i { enum col c : 2; int v; };

int main(void) {
  ASSERT(4, sizeof(struct a));
  ASSERT(4, sizeof(struct b));
  ASSERT(8, sizeof(struct c));
  ASSERT(5, sizeof(struct d));
  ASSERT(16, sizeof(struct e));
  ASSERT(1, sizeof(struct f));
  ASSERT(3, sizeof(struct g));
  ASSERT(4, sizeof(struct h));
  struct a s = {5, -3, 1000};
  ASSERT(5, s.x);
  ASSERT(-3, s.y);
  ASSERT(1000, s.z);
  s.x = 9;  // truncated to 3 bits
  ASSERT(1, s.x);
  s.y = 16;  // -16 in 5 signed bits
  ASSERT(-16, s.y);
  s.y += 1;
  ASSERT(-15, s.y);
  s.z++;
  ASSERT(1001, s.z);
  ASSERT(1, s.x);
  ASSERT(0, (s.x = 8));
  ASSERT(-1, (s.y = 31));
  struct c t;
  t.x = (1 << 29) - 1;
  t.y = -8;
  ASSERT((1 << 29) - 1, t.x);
  ASSERT(-8, t.y);
  struct e u = {0x12345678ffLL, -5};
  ASSERT(0x12345678ffLL, u.x);
  ASSERT(-5, u.y);
  struct f v = {1, 0, 63};
  ASSERT(253, *(unsigned char *)&v);
  struct g w = {1, -100};
  ASSERT(-100, w.x);
  struct h hh = {0};
  hh.flag = 5;
  ASSERT(1, hh.flag);
  struct i ii = {B, 7};
  ASSERT(B, ii.c);
  // promotion: an unsigned bit-field narrower than int is int
  ASSERT(1, s.x - 2 < 0);
  static struct a gs = {7, 15, 16777215};
  ASSERT(7, gs.x);
  ASSERT(15, gs.y);
  ASSERT(16777215, gs.z);
  printf("OK\n");
  return 0;
}
