// Labels as values: &&label, goto *expr, a static dispatch table of label
// addresses (the threaded-interpreter idiom), label differences used as
// offsets, and __label__ local labels in statement-expression macros.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

enum { PUSH, ADD, MUL, PRINT, HALT };
static int run(const int *code) {
  static const void *const table[] = {&&op_push, &&op_add, &&op_mul, &&op_print, &&op_halt};
  int stack[16], sp = 0, out = 0;
#define NEXT goto *table[*code++]
  NEXT;
op_push: stack[sp++] = *code++; NEXT;
op_add: sp--; stack[sp - 1] += stack[sp]; NEXT;
op_mul: sp--; stack[sp - 1] *= stack[sp]; NEXT;
op_print: out = out * 1000 + stack[sp - 1]; NEXT;
op_halt: return out;
}

static int offsets(int which) {
  // gcc also folds these differences in static initializers; kit computes
  // them at run time only.
  const long off[] = {&&a - &&a, &&b - &&a, &&c - &&a};
  goto *(&&a + off[which]);
a: return 10;
b: return 20;
c: return 30;
}

#define FIND(arr, n, v) ({ __label__ found; int _i; \
  for (_i = 0; _i < (n); _i++) if ((arr)[_i] == (v)) goto found; _i = -1; found: _i; })

int main(void) {
  int prog[] = {PUSH, 2, PUSH, 3, ADD, PRINT, PUSH, 4, MUL, PRINT, HALT};
  ASSERT(5020, run(prog));
  ASSERT(10, offsets(0));
  ASSERT(20, offsets(1));
  ASSERT(30, offsets(2));
  int a[] = {4, 8, 15, 16, 23, 42};
  ASSERT(2, FIND(a, 6, 15));
  ASSERT(-1, FIND(a, 6, 7));
  ASSERT(5, FIND(a, 6, 42));   // the same macro twice: local labels do not clash
  void *p = &&end;
  int loops = 0;
again:
  if (++loops < 3) goto *(loops == 1 ? &&again : &&again);
  goto *p;
end:
  ASSERT(3, loops);
  printf("OK\n");
  return 0;
}
