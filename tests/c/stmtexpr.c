// Statement expressions in various positions, with declarations, loops
// and early exits.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

#define SWAP(a, b) ({ __typeof__(a) _t = (a); (a) = (b); (b) = _t; })
#define SQUARE_SUM(n) ({ int _s = 0; for (int _i = 1; _i <= (n); _i++) _s += _i * _i; _s; })

static int early(int x) {
  int r = ({ if (x < 0) return -1; x * 2; });
  return r;
}

int main(void) {
  int a = 1, b = 2;
  SWAP(a, b);
  ASSERT(2, a);
  ASSERT(1, b);
  ASSERT(55, SQUARE_SUM(5));
  ASSERT(-1, early(-5));
  ASSERT(10, early(5));
  struct p { int x, y; } q = ({ struct p t = {3, 4}; t; });
  ASSERT(4, q.y);
  int c = ({ int z = 5; z; }) + ({ 6; });
  ASSERT(11, c);
  ({ ; });
  double d = ({ 1.5; });
  ASSERTF(1.5, d);
  printf("OK\n");
  return 0;
}
