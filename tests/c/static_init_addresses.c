// Static initializers with addresses (relocations): &array[i], string
// literal plus offset, &struct.member, pointers to pointers, function
// pointers in tables, self-references, and pointers one past the end.
// Run in every lane, so the relocations are right for PIE, non-PIE and
// static links alike.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct s { int a; int b[4]; struct s *self; };
static int arr[8] = {0, 1, 2, 3, 4, 5, 6, 7};
static int *p3 = &arr[3];
static int *pend = arr + 8;
static const char *str = "hello world" + 6;
static struct s obj = {1, {2, 3, 4, 5}, &obj};
static int *pmember = &obj.b[2];
static int **pp = &p3;
static int twice(int x) { return 2 * x; }
static int (*const fns[])(int) = {twice, 0, twice};
static struct { const char *name; int (*fn)(int); } table[] = {{"twice", twice}, {"none", 0}};
static char buf[16];
static char *bufp = &buf[4];
static long diff = (long)sizeof(arr) / (long)sizeof(arr[0]);
static void *vp = (void *)&arr[1];
static const char *strs[] = {"zero", "one", "two" + 1};

int main(void) {
  ASSERT(3, *p3);
  ASSERT(8, pend - arr);
  ASSERTS("world", str);
  ASSERT(1, obj.self == &obj);
  ASSERT(4, *pmember);
  ASSERT(3, **pp);
  ASSERT(10, fns[2](5));
  ASSERT(1, fns[1] == 0);
  ASSERT(14, table[0].fn(7));
  ASSERTS("none", table[1].name);
  bufp[0] = 'x';
  ASSERT('x', buf[4]);
  ASSERT(8, diff);
  ASSERT(1, *(int *)vp);
  ASSERTS("wo", strs[2]);
  ASSERTS("one", strs[1]);
  printf("OK\n");
  return 0;
}
