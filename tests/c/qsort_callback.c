// Callbacks from libc into kit-compiled code: qsort and bsearch with
// comparison functions over ints, strings and structs; atexit handlers.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: sorted: -5 0 3 3 9 42
// CHECK: names: ada bob eve zed
// CHECK: exit handler
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { char name[8]; double score; };
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static int cmp_rec(const void *a, const void *b) {
  const struct rec *x = a, *y = b;
  return x->score < y->score ? 1 : x->score > y->score ? -1 : 0;
}
static void bye(void) { printf("exit handler\n"); }

int main(void) {
  atexit(bye);
  int v[] = {9, 3, -5, 42, 0, 3};
  qsort(v, 6, sizeof v[0], cmp_int);
  printf("sorted:");
  for (int i = 0; i < 6; i++) printf(" %d", v[i]);
  printf("\n");
  int key = 42;
  int *found = bsearch(&key, v, 6, sizeof v[0], cmp_int);
  printf("found at %d\n", (int)(found - v));
  const char *names[] = {"eve", "bob", "zed", "ada"};
  qsort(names, 4, sizeof names[0], cmp_str);
  printf("names: %s %s %s %s\n", names[0], names[1], names[2], names[3]);
  struct rec r[] = {{"x", 1.5}, {"y", 9.25}, {"z", 4.0}};
  qsort(r, 3, sizeof r[0], cmp_rec);
  printf("%s %s %s\n", r[0].name, r[1].name, r[2].name);
  return 0;
}
