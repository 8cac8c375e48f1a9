// alloca declared by the program itself (`extern void *alloca(size_t);`,
// as old code and bison-generated parsers do, instead of <alloca.h>) is
// still gcc's builtin: the C library has no alloca symbol to link against.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

extern void *alloca(__SIZE_TYPE__);

static int fill(int n) {
  char *p = alloca(n);  // freed when fill returns
  for (int i = 0; i < n; ++i) p[i] = (char)i;
  int s = 0;
  for (int i = 0; i < n; ++i) s += p[i];
  return s;
}

int main(void) {
  ASSERT(4950, fill(100));
  for (int k = 0; k < 10000; ++k) fill(1000);  // the stack is given back each time
  void *a = alloca(16), *b = alloca(16);
  ASSERT(1, a != b);
  ASSERT(0, (long)a % 16);
  printf("OK\n");
  return 0;
}
