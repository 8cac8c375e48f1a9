// _Generic: the controlling expression undergoes lvalue conversion (drops
// qualifiers, arrays and functions decay), is not evaluated, and selects
// among struct, pointer and qualified-pointer associations or default.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct p { int x; };
typedef int (*fn)(void);
static int f(void) { return 1; }
#define KIND(x) _Generic((x), int: 1, const int *: 2, int *: 3, struct p: 4, fn: 5, \
  char *: 6, double: 7, default: 0)

int main(void) {
  const int ci = 5;
  int arr[3];
  struct p s = {1};
  char str[4];
  volatile int vi = 0;
  ASSERT(1, KIND(ci));        // const dropped
  ASSERT(1, KIND(vi));
  ASSERT(2, KIND(&ci));
  ASSERT(3, KIND(arr));       // array decays
  ASSERT(4, KIND(s));
  ASSERT(5, KIND(f));         // function decays
  ASSERT(6, KIND(str));
  ASSERT(7, KIND(1.0));
  ASSERT(0, KIND(1.0f));
  ASSERT(0, KIND(1L));
  ASSERT(1, KIND('c'));       // char constants are int
  int calls = 0;
  ASSERT(1, KIND(calls++));   // not evaluated
  ASSERT(0, calls);
  ASSERT(10, _Generic(ci, int: 10, default: 20));
  ASSERT(30, _Generic(&arr, int (*)[3]: 30, default: 40));
  ASSERT(50, _Generic((short)1 + (short)1, int: 50, short: 60));
  ASSERT(70, _Generic(1u + 1L, long: 70, unsigned long: 80));
  ASSERT(90, _Generic((unsigned char)1 << 1, int: 90, default: 99));
  printf("OK\n");
  return 0;
}
