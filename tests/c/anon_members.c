// Anonymous structs and unions (C11): their members are members of the
// enclosing record, at the right offsets, at any depth, and usable in
// designated initializers.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: v 1 2 3 4
#include <stddef.h>
#include <stdio.h>

struct vec {
  union {
    struct { float x, y, z, w; };
    float v[4];
  };
};
struct node {
  int kind;
  union {
    struct { int lhs, rhs; };
    struct { double value; char tag; };
    union { long l; unsigned char bytes[8]; };
  };
  int after;
};
struct deep { char a; struct { char b; union { int c; struct { short d, e; }; }; }; char f; };

int main(void) {
  struct vec p = {.x = 1, .y = 2, .z = 3, .w = 4};
  printf("v %g %g %g %g\n", p.v[0], p.v[1], p.v[2], p.v[3]);
  p.v[2] = 9;
  printf("%g\n", p.z);
  printf("%zu %zu %zu %zu %zu %zu\n", offsetof(struct node, lhs), offsetof(struct node, rhs),
         offsetof(struct node, value), offsetof(struct node, tag), offsetof(struct node, bytes),
         offsetof(struct node, after));
  printf("%zu %zu\n", sizeof(struct node), _Alignof(struct node));
  printf("%zu %zu %zu %zu %zu %zu\n", offsetof(struct deep, b), offsetof(struct deep, c),
         offsetof(struct deep, d), offsetof(struct deep, e), offsetof(struct deep, f), sizeof(struct deep));
  struct node n = {.kind = 2, .l = 0x0102030405060708};
  printf("%d %d\n", n.bytes[0], n.bytes[7]);
  struct deep dp = {.a = 1, .b = 2, .d = 3, .e = 4, .f = 5};
  printf("%d %d %d %x\n", dp.a, dp.b, dp.f, dp.c);
  struct node *np = &n;
  np->lhs = 11; np->rhs = 22;
  printf("%d %d\n", np->lhs + np->rhs, n.kind);
  return 0;
}
