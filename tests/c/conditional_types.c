// The type of ?: (C17 6.5.15): arithmetic operands converted, pointer and
// null pointer constant, void * and object pointer, qualifiers merged,
// struct operands; observed with _Generic and sizeof.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

#define T(e) _Generic((e), int: 1, unsigned: 2, long: 3, double: 4, float: 5, int *: 6, const int *: 7, \
  void *: 8, const void *: 9, char *: 10, default: 0)
struct p { int a; };

int main(void) {
  int c = 1, i = 1, *ip = &i;
  const int *cip = &i;
  void *vp = ip;
  ASSERT(1, T(c ? 'a' : 'b'));
  ASSERT(2, T(c ? 1 : 2u));
  ASSERT(3, T(c ? 1 : 2L));
  ASSERT(4, T(c ? 1 : 2.0));
  ASSERT(5, T(c ? 1 : 2.0f));
  ASSERT(6, T(c ? ip : 0));
  ASSERT(6, T(c ? 0 : ip));
  ASSERT(7, T(c ? ip : cip));
  ASSERT(8, T(c ? vp : ip));
  ASSERT(9, T(c ? vp : cip));
  ASSERT(10, T(c ? "x" : 0));
  struct p a = {1}, b = {2};
  ASSERT(2, (c ? b : a).a);
  ASSERT(1, (!c ? b : a).a);
  ASSERT(4, sizeof(c ? (short)1 : (char)2));
  c ? (void)0 : (void)1;
  int x = 0;
  *(c ? &x : &i) = 9;
  ASSERT(9, x);
  ASSERT(1, c ?: 5);   // GNU a ?: b
  ASSERT(7, 0 ?: 7);
  printf("OK\n");
  return 0;
}
