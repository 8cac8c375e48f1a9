// Statement expressions ({ ... }): the value is the last expression
// statement, they nest, hold declarations and loops, work in macros
// (the max() idiom evaluating arguments once), and yield void or structs.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
struct pt { int x, y; };

int main(void) {
  int calls = 0;
  ASSERT(5, MAX(({ calls++; 5; }), 3));
  ASSERT(1, calls);
  int i = 3;
  ASSERT(3, MAX(i++, 2) + 0);
  ASSERT(4, i);
  int sum = ({ int s = 0; for (int k = 1; k <= 10; k++) s += k; s; });
  ASSERT(55, sum);
  int nested = ({ int a = ({ 2 * 3; }); a + ({ int b = a; b * 2; }); });
  ASSERT(18, nested);
  struct pt p = ({ struct pt t = {1, 2}; t.y += 10; t; });
  ASSERT(12, p.y);
  ({ (void)0; });
  double d = ({ 1; 2.5; });
  ASSERTF(2.5, d);
  int early = 0;
  for (int k = 0; k < 5; k++) {
    int v = ({ if (k == 3) break; k * 2; });
    early = v;
  }
  ASSERT(4, early);
  const char *s = ({ static const char msg[] = "static inside"; msg; });
  ASSERTS("static inside", s);
  printf("OK\n");
  return 0;
}
