// __attribute__((cleanup(f))): f(&var) runs when var leaves scope, in
// reverse declaration order, on fall-through, break, continue, return,
// goto (forward and backward) and out of statement expressions, but not
// for variables not yet declared or still in scope at the goto's label.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static char log_[64];
static int pos;
static void note(int *p) { log_[pos++] = (char)('0' + *p); log_[pos] = 0; }
static void reset(void) { pos = 0; log_[0] = 0; }
#define AUTO(name, v) int name __attribute__((cleanup(note))) = v

static int early(int x) {
  AUTO(a, 1);
  if (x) return 7;
  AUTO(b, 2);
  return 8;
}

int main(void) {
  reset();
  { AUTO(a, 1); AUTO(b, 2); { AUTO(c, 3); } AUTO(d, 4); }
  ASSERTS("3421", log_);
  reset();
  for (int i = 0; i < 3; i++) {
    AUTO(x, i);
    if (i == 1) continue;
    if (i == 2) break;
  }
  ASSERTS("012", log_);
  reset();
  ASSERT(7, early(1));
  ASSERTS("1", log_);
  reset();
  ASSERT(8, early(0));
  ASSERTS("21", log_);
  reset();
  {
    AUTO(g, 5);
    { AUTO(h, 6); goto out; }
  }
out:
  ASSERTS("65", log_);
  reset();
  {
    AUTO(i, 7);
    {
    back:
      if (pos == 0) {
        AUTO(j, 8);
        { AUTO(k, 9); goto back; }    // leaves k and j, not i
      }
    }
  }
  ASSERTS("987", log_);
  reset();
  for (int n = 0; n < 3; n++) {
    AUTO(loop, n);
    if (n == 1) goto done;
  }
done:
  ASSERTS("01", log_);
  reset();
  int v = ({ AUTO(s, 6); s + 1; });
  ASSERT(7, v);
  ASSERTS("6", log_);
  printf("OK\n");
  return 0;
}
