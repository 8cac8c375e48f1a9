// GNU extensions: statement expressions, computed goto, local labels,
// case ranges, zero-length arrays, __extension__, alternate keywords.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })

static int interp(const char *prog) {
  static void *ops[] = {&&op_inc, &&op_dbl, &&op_end};
  int acc = 0;
  const char *pc = prog;
#define NEXT goto *ops[*pc++ - '0']
  NEXT;
op_inc:
  acc++;
  NEXT;
op_dbl:
  acc *= 2;
  NEXT;
op_end:
  return acc;
}

static int local_labels(int n) {
  int r = 0;
  for (int i = 0; i < n; i++) {
    __label__ skip;
    if (i % 2) goto skip;
    r += i;
  skip:;
  }
  return r;
}

struct flex { int n; int data[0]; };

int main(void) {
  ASSERT(5, MAX(3, 5));
  ASSERT(7, ({ int x = 3; x + 4; }));
  int y = ({ 10; });
  ASSERT(10, y);
  ASSERT(13, interp("0101102"));
  ASSERT(20, local_labels(10));
  void *lbl = &&here;
  goto *lbl;
  ASSERT(0, 1);
here:
  ASSERT(0, sizeof(struct flex) - 4);
  struct flex *f = malloc(sizeof(struct flex) + 3 * sizeof(int));
  f->data[2] = 9;
  ASSERT(9, f->data[2]);
  free(f);
  __extension__ long long e = 1;
  ASSERT(1, e);
  __signed__ int s = -1;
  __const__ int c = 2;
  __volatile__ int v = 3;
  ASSERT(4, s + c + v);
  int *__restrict__ rp = 0;
  ASSERT(1, rp == 0);
  __inline__ int unused_inline_var_is_ok = 0;
  (void)unused_inline_var_is_ok;
  ASSERT(3, (__builtin_choose_expr(0, 1, 3)));
  int arr[] = {[0 ... 2] = 4};
  ASSERT(3, sizeof arr / sizeof *arr);
  ASSERT(12, arr[0] + arr[1] + arr[2]);
  printf("OK\n");
  return 0;
}
