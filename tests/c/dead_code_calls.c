// Code control cannot reach leaves no references behind, as with gcc at
// -O0: programs call functions they never define from branches that are
// constant-false (`if (sizeof(long) == 4) f32();`), and link anyway. The
// block before a case label inside `if (0) { ... case 1: ... }` is dead,
// while the code after the label still runs (gcc torture medce-1).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

extern void link_error(void);  // defined nowhere: any reference fails to link

static int ok;

static void dispatch(int x) {
  switch (x) {
    case 0:
      if (0) {
        link_error();
        case 1:
          ok = 1;
      }
  }
}

int main(void) {
  if (0) link_error();
  if (sizeof(long) == 3) link_error();
  while (0) link_error();
  for (; 0;) link_error();
  int x = 1 ? 2 : (link_error(), 3);
  x += 0 && (link_error(), 1);
  ASSERT(2, x);
  dispatch(1);
  ASSERT(1, ok);
  goto done;
  link_error();  // after a goto: dead
done:
  printf("OK\n");
  return 0;
}
