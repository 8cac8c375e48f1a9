// Struct assignment: chains, through pointers, arrays of structs, large
// structs, self-assignment, structs in unions.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct big { int a[50]; char name[20]; };
struct small { short x, y; };
union holder { struct small s; int i; };

int main(void) {
  struct big a, b, c;
  for (int i = 0; i < 50; i++) a.a[i] = i;
  strcpy(a.name, "big");
  c = b = a;
  ASSERT(49, c.a[49]);
  ASSERTS("big", b.name);
  struct big *p = &b;
  *p = a;
  p->a[0] = 100;
  ASSERT(0, a.a[0]);
  ASSERT(100, b.a[0]);
  a = a;
  ASSERT(49, a.a[49]);
  struct small arr[4];
  arr[0] = (struct small){1, 2};
  arr[3] = arr[0];
  ASSERT(2, arr[3].y);
  union holder h;
  h.s = arr[3];
  ASSERT(0x00020001, h.i);
  struct small s2 = h.s;
  ASSERT(1, s2.x);
  printf("OK\n");
  return 0;
}
