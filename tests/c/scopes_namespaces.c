// Name spaces and scopes (C17 6.2.1, 6.2.3): tags, members, labels and
// ordinary identifiers may share a spelling; inner scopes shadow outer
// ones; the for-statement's declaration has its own scope; a struct tag
// declared in a block hides the outer one.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct x { int x; } x = {7};
typedef int T;

int main(void) {
  ASSERT(7, x.x);
  goto x;
x:
  ASSERT(7, x.x);
  int v = 1;
  {
    int v = 2;
    {
      int v = 3;
      ASSERT(3, v);
    }
    ASSERT(2, v);
  }
  ASSERT(1, v);
  for (int v = 10; v < 11; v++) ASSERT(10, v);
  ASSERT(1, v);
  {
    struct x { char c[3]; };
    ASSERT(3, sizeof(struct x));
  }
  ASSERT(4, sizeof(struct x));
  {
    typedef char T;
    ASSERT(1, sizeof(T));
  }
  ASSERT(4, sizeof(T));
  enum { A = 5 };
  {
    int A = 6;
    ASSERT(6, A);
  }
  ASSERT(5, A);
  printf("OK\n");
  return 0;
}
