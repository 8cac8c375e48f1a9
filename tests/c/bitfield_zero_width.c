// Zero-width and unnamed bit-fields: ':0' closes the current unit at the
// alignment of its declared type; unnamed fields pad but do not affect the
// struct's alignment (SysV), checked against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct a { char x; int : 0; char y; };
struct b { char x : 4; char : 0; char y : 4; };
struct c { int x : 4; long long : 0; int y : 4; };
struct d { char x; int : 7; char y; };
struct e { char x; long long : 3; };
struct f { int x : 31; int : 0; int : 0; int y : 1; };
struct g { char : 4; char : 4; char z; };
union u { int : 0; char c; int x : 3; };
// A trailing zero-width field pads the size to its type's boundary without
// raising the alignment, packed or not.
struct t1 { char c; unsigned long : 0; };
struct __attribute__((packed)) t2 { unsigned short a : 2; unsigned b : 5; char c; unsigned long : 0; };
struct t3 { int a : 4; signed char b; int c : 7; long long : 0; };

#define SHOW(T) printf(#T " %zu %zu\n", sizeof(T), _Alignof(T))
int main(void) {
  SHOW(struct a); SHOW(struct b); SHOW(struct c); SHOW(struct d);
  SHOW(struct e); SHOW(struct f); SHOW(struct g); SHOW(union u);
  SHOW(struct t1); SHOW(struct t2); SHOW(struct t3);
  printf("a.y at %zu, g.z at %zu\n", offsetof(struct a, y), offsetof(struct g, z));
  struct b b; memset(&b, 0, sizeof b); b.x = 3; b.y = 5;
  unsigned char raw[sizeof b]; memcpy(raw, &b, sizeof b);
  for (size_t i = 0; i < sizeof b; i++) printf("%02x", raw[i]);
  printf("\n");
  // CHECK: struct a 5 1
  return 0;
}
