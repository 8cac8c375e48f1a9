// Struct assignment and copies: nested structs, arrays inside structs,
// copies through pointers, self-assignment, chains a = b = c, and structs
// in arrays; the copy is by value (later changes do not leak).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct inner { int v[5]; char tag; };
struct outer { struct inner a, b; double d; char name[13]; };

static struct outer make(int k) {
  struct outer o;
  for (int i = 0; i < 5; i++) { o.a.v[i] = k + i; o.b.v[i] = k * i; }
  o.a.tag = 'a'; o.b.tag = 'b'; o.d = k / 2.0;
  strcpy(o.name, "structure");
  return o;
}

int main(void) {
  struct outer x = make(10), y, z;
  y = z = x;
  x.a.v[0] = -1;
  ASSERT(10, y.a.v[0]);
  ASSERT(10, z.a.v[0]);
  ASSERT(40, z.b.v[4]);
  ASSERTS("structure", y.name);
  struct outer *py = &y;
  *py = *py;
  ASSERT(14, py->a.v[4]);
  struct inner in = y.b;
  in.v[1] = 99;
  ASSERT(10, y.b.v[1]);
  y.a = y.b;
  ASSERT('b', y.a.tag);
  struct outer arr[3];
  arr[0] = make(1);
  arr[2] = arr[0];
  arr[1] = make(2);
  ASSERTF(0.5, arr[2].d);
  ASSERT(2, arr[1].a.v[0]);
  ASSERT(1, memcmp(&arr[0], &arr[2], sizeof arr[0]) == 0);
  printf("OK\n");
  return 0;
}
