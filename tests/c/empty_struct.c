// GNU empty structs and unions (size 0 in C), as members, in arrays and
// passed by value; and structs whose only member is a zero-length array.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 0 0 4 8
#include <stddef.h>
#include <stdio.h>

struct empty {};
union uempty {};
struct holder { int a; struct empty e; int b; };
struct tail { long x; struct empty e; };
static int take(struct empty e, int v) { (void)e; return v * 2; }

int main(void) {
  printf("%zu %zu %zu %zu\n", sizeof(struct empty), sizeof(union uempty), offsetof(struct holder, b),
         sizeof(struct holder));
  printf("%zu %zu\n", sizeof(struct tail), offsetof(struct tail, e));
  struct empty arr[10];
  printf("%zu\n", sizeof arr);
  struct empty e;
  printf("%d\n", take(e, 21));
  struct holder h = {1, {}, 2};
  printf("%d %d\n", h.a, h.b);
  return 0;
}
