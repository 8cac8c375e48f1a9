// Bit-field placement inside the bytes, against gcc: each struct is filled
// through its fields and dumped byte by byte, so a field placed at the
// wrong bit shows up as a different byte.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: a: 3d 00 00 ff
#include <stdio.h>
#include <string.h>

struct a { unsigned x : 3; unsigned y : 4; unsigned : 17; unsigned z : 8; };
struct b { unsigned char p : 2, q : 3, r : 3; unsigned short s : 12; };
struct c { unsigned long long lo : 20, mid : 24, hi : 20; };
struct d { char c; unsigned x : 13; unsigned y : 13; };
struct e { unsigned short a : 5; unsigned int b : 20; unsigned char c : 7; };

static void dump(const char *name, const void *p, size_t n) {
  const unsigned char *b = p;
  printf("%s:", name);
  for (size_t i = 0; i < n; i++) printf(" %02x", b[i]);
  printf("\n");
}

int main(void) {
  struct a a; memset(&a, 0, sizeof a);
  a.x = 5; a.y = 7; a.z = 255;
  dump("a", &a, sizeof a);
  struct b b; memset(&b, 0, sizeof b);
  b.p = 3; b.q = 5; b.r = 6; b.s = 0xabc;
  dump("b", &b, sizeof b);
  struct c c; memset(&c, 0, sizeof c);
  c.lo = 0xfffff; c.mid = 0x123456; c.hi = 0xabcde;
  dump("c", &c, sizeof c);
  struct d d; memset(&d, 0xff, sizeof d);
  d.c = 1; d.x = 0x1234; d.y = 0;
  dump("d", &d, sizeof d);
  struct e e; memset(&e, 0, sizeof e);
  e.a = 31; e.b = 0x54321; e.c = 0x55;
  dump("e", &e, sizeof e);
  // Reading back the other way: bytes in, fields out.
  unsigned char raw[8] = {0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0};
  struct c rc; memcpy(&rc, raw, sizeof rc);
  printf("rc %llx %llx %llx\n", (unsigned long long)rc.lo, (unsigned long long)rc.mid, (unsigned long long)rc.hi);
  struct b rb; memcpy(&rb, raw, sizeof rb);
  printf("rb %u %u %u %u\n", rb.p, rb.q, rb.r, rb.s);
  return 0;
}
