// Padding in structs: = {0} and empty-brace initialization zero the padding
// bytes too (gcc does; memcmp of two such objects is equal), member-wise
// initialization leaves the named members right, and sizes of padded
// structs and arrays of them.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct padded { char c; int i; char d; double x; short s; };

int main(void) {
  struct padded a = {0}, b = {0};
  ASSERT(32, sizeof a);
  ASSERT(0, memcmp(&a, &b, sizeof a));
  static struct padded sa, sb;
  ASSERT(0, memcmp(&sa, &sb, sizeof sa));
  const unsigned char *raw = (const unsigned char *)&a;
  int nonzero = 0;
  for (size_t i = 0; i < sizeof a; i++) nonzero += raw[i] != 0;
  ASSERT(0, nonzero);
  struct padded c = {.d = 3, .x = 1.5};
  ASSERT(0, c.c);
  ASSERT(3, c.d);
  ASSERTF(1.5, c.x);
  ASSERT(0, c.s);
  struct padded arr[3] = {{1}, {2}};
  ASSERT(96, sizeof arr);
  ASSERT(0, arr[2].i);
  printf("OK\n");
  return 0;
}
