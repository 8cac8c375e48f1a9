// sizeof: operands are not evaluated (except VLAs), arrays do not decay,
// string literals include the terminator, the type of sizeof is size_t,
// and sizeof applies to expressions of every kind.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int calls;
static int f(void) { return ++calls; }

int main(void) {
  int i = 0;
  ASSERT(4, sizeof(i++));
  ASSERT(0, i);
  ASSERT(4, sizeof f());
  ASSERT(0, calls);
  ASSERT(6, sizeof "hello");
  ASSERT(8, sizeof(&"hello"[0]));
  char arr[17];
  ASSERT(17, sizeof arr);
  ASSERT(8, sizeof(arr + 0));
  ASSERT(17, sizeof(*&arr));
  ASSERT(1, sizeof arr[100]);
  ASSERT(8, sizeof(i ? 1L : 'a'));
  ASSERT(3, sizeof(char) + sizeof(_Bool) + sizeof(short) - 1);
  ASSERT(1, _Generic(sizeof(int), unsigned long: 1, default: 0));
  ASSERT(8, sizeof(1.0));
  ASSERT(4, sizeof(1.0f));
  ASSERT(16, sizeof(1.0L));
  ASSERT(4, sizeof 'x');
  struct { char c; int x[3]; } s;
  ASSERT(16, sizeof s);
  ASSERT(12, sizeof s.x);
  ASSERT(4, sizeof(s.x[0] + s.c));
  ASSERT(2, sizeof(short){0});
  printf("OK\n");
  return 0;
}
