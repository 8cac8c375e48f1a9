// Static locals: initialized once before the program starts (not at first
// call), with constant expressions involving addresses of other statics
// and of functions; each function has its own copy.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int global = 40;
static int *addr_of_global(void) { static int *p = &global; return p; }
static int counter_a(void) { static int n = 100; return n++; }
static int counter_b(void) { static int n = 100; return n += 2; }
static const char *name(int i) { static const char *names[] = {"a", "b", "c"}; return names[i]; }
static int apply(int x) { static int (*op)(int) = 0; static int calls; calls++; return op ? op(x) : x + calls; }

int main(void) {
  ASSERT(40, *addr_of_global());
  ASSERT(1, addr_of_global() == &global);
  counter_a();
  ASSERT(101, counter_a());
  ASSERT(102, counter_b());
  ASSERT(104, counter_b());
  ASSERTS("c", name(2));
  ASSERT(11, apply(10));
  ASSERT(12, apply(10));
  printf("OK\n");
  return 0;
}
