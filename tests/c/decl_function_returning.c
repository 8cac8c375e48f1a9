// Declarators: functions returning pointers to functions and to arrays,
// the signal() shape, and the same through typedefs.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }

int (*pick(int which))(int) { return which ? square : twice; }

static int table[2][3] = {{1, 2, 3}, {4, 5, 6}};
int (*row_of(int i))[3] { return &table[i]; }

static int last_signal;
static void handler(int s) { last_signal = s; }
void (*my_signal(int sig, void (*fn)(int)))(int) {
  fn(sig);
  return fn;
}

typedef int unary(int);
typedef unary *unary_ptr;
unary_ptr pick2(int which) { return pick(which); }
unary *(*chooser)(int) = pick2;

int main(void) {
  ASSERT(14, pick(0)(7));
  ASSERT(49, pick(1)(7));
  ASSERT(6, (*row_of(1))[2]);
  ASSERT(2, row_of(0)[0][1]);
  void (*h)(int) = my_signal(5, handler);
  ASSERT(5, last_signal);
  h(9);
  ASSERT(9, last_signal);
  ASSERT(100, chooser(1)(10));
  ASSERT(20, (*chooser)(0)(10));
  ASSERT(8, sizeof(pick(0)));
  printf("OK\n");
  return 0;
}
