// K&R C: old-style definitions (with promotions), implicit int, calls
// without prototypes.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int old_add(a, b)
  int a, b;
{
  return a + b;
}

static double avg(n, x, y)
  int n;
  float x;
  double y;
{
  return (x + y) / n;
}

static char first(s) char *s; { return s[0]; }
static short shorty(v) short v; { return v + 1; }
static unimplicit(x) { return x + 1; }
static int noproto();
static int noproto(int a) { return a * 10; }
static int (*fp)() = old_add;

int main(void) {
  ASSERT(7, old_add(3, 4));
  ASSERTF(2.0, avg(2, 1.5f, 2.5));
  ASSERT('k', first("kit"));
  ASSERT(-32767, shorty(-32768));
  ASSERT(6, unimplicit(5));
  ASSERT(30, noproto(3));
  ASSERT(9, fp(4, 5));
  printf("OK\n");
  return 0;
}
