// __builtin_offsetof / offsetof: nested members, array elements with
// constant indices (offsetof(s, a[3].b)) and, as GNU allows, run-time
// ones, anonymous members, and use in
// constant expressions (array sizes, static initializers). Against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 0 8 16
#include <stddef.h>
#include <stdio.h>

struct in { char c; double d; short arr[5]; };
struct out { int tag; struct in items[4]; union { int u; char uc[7]; }; struct { long l; } named; };
static char sized[offsetof(struct out, items[2].arr[3])];
static const size_t table[] = {offsetof(struct in, c), offsetof(struct in, d), offsetof(struct in, arr)};

int main(void) {
  printf("%zu %zu %zu\n", table[0], table[1], table[2]);
  printf("%zu\n", sizeof sized);
  printf("%zu %zu %zu\n", offsetof(struct out, items), offsetof(struct out, items[1]), offsetof(struct out, items[3].d));
  printf("%zu %zu\n", __builtin_offsetof(struct out, uc[5]), offsetof(struct out, named.l));
  printf("%zu\n", offsetof(struct out, items[1].arr[4]));
  for (int i = 0; i < 4; i++)   // GNU: a non-constant index, computed at run time
    printf("%zu %zu\n", offsetof(struct out, items[i].d), __builtin_offsetof(struct out, items[i].arr[3 - i]));
  return 0;
}
