// Flexible array members: not counted in sizeof (but their alignment is),
// allocated with malloc, copied, and initialized statically (GNU).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <stddef.h>
#include "test.h"

struct str { int len; char data[]; };
struct dbl { char c; double d[]; };
struct buf { short n; int items[]; };
static struct buf sb = {3, {10, 20, 30}};   // GNU extension: static FAM init

static struct str *make(const char *s) {
  size_t n = strlen(s);
  struct str *p = malloc(sizeof *p + n + 1);
  p->len = (int)n;
  memcpy(p->data, s, n + 1);
  return p;
}

int main(void) {
  ASSERT(4, sizeof(struct str));
  ASSERT(4, offsetof(struct str, data));
  ASSERT(8, sizeof(struct dbl));
  ASSERT(8, offsetof(struct dbl, d));
  ASSERT(4, sizeof(struct buf));
  struct str *p = make("flexible");
  ASSERT(8, p->len);
  ASSERTS("flexible", p->data);
  ASSERT('e', p->data[2]);
  free(p);
  ASSERT(3, sb.n);
  ASSERT(30, sb.items[2]);
  struct dbl *d = malloc(sizeof *d + 4 * sizeof(double));
  for (int i = 0; i < 4; i++) d->d[i] = i * 0.5;
  ASSERTF(1.5, d->d[3]);
  free(d);
  printf("OK\n");
  return 0;
}
