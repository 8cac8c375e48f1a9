// GNU zero-length arrays: size 0, the old spelling of a flexible member,
// also in the middle of a struct (a label for an offset) and as a
// standalone object.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 4 4
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct old { int n; char tail[0]; };
struct mid { int a; long marker[0]; int b; };
struct empty_arr { char z[0]; };

int main(void) {
  printf("%zu %zu\n", sizeof(struct old), offsetof(struct old, tail));
  printf("%zu %zu %zu\n", sizeof(struct mid), offsetof(struct mid, marker), offsetof(struct mid, b));
  printf("%zu\n", sizeof(struct empty_arr));
  int none[0];
  printf("%zu\n", sizeof none);
  struct old *o = malloc(sizeof *o + 6);
  o->n = 6;
  memcpy(o->tail, "abcde", 6);
  printf("%s %d\n", o->tail, o->n);
  free(o);
  return 0;
}
