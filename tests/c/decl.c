// Declarations: storage classes, tentative definitions, static locals,
// block-scope extern, typedef scopes and shadowing, complex declarators.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int tentative;
int tentative;
int tentative_init;
int tentative_init = 5;
extern int later_defined;
int later_defined = 11;
static int file_static = 2;
int arr_unknown[];
int arr_unknown[3] = {1, 2, 3};

static int counter(void) {
  static int n;
  static int m = 10;
  return ++n + m++;
}

typedef int T;
static int shadow(void) {
  T x = 1;
  {
    int T = 5;  // an object named T hides the typedef
    x += T;
  }
  T y = 2;
  return x + y;
}

static int (*fp_array[2])(int);
static int neg(int x) { return -x; }
static int id(int x) { return x; }
static int (*(*get_table(void))[2])(int) { return &fp_array; }

int main(void) {
  ASSERT(0, tentative);
  ASSERT(5, tentative_init);
  ASSERT(11, later_defined);
  ASSERT(2, file_static);
  ASSERT(3, arr_unknown[2]);
  ASSERT(12, sizeof arr_unknown);
  ASSERT(11, counter());
  ASSERT(13, counter());
  ASSERT(15, counter());
  ASSERT(8, shadow());
  {
    extern int later_defined;
    ASSERT(11, later_defined);
    int file_static = 9;
    ASSERT(9, file_static);
  }
  fp_array[0] = neg;
  fp_array[1] = id;
  ASSERT(-4, (*get_table())[0](4));
  ASSERT(4, (*get_table())[1](4));
  char *(*pf)(char *, const char *) = strcpy;
  char buf[8];
  pf(buf, "ok");
  ASSERTS("ok", buf);
  int a, *b = &a, c[2], (*d)[2] = &c, **e = &b;
  a = 1;
  (*d)[1] = 2;
  ASSERT(1, **e);
  ASSERT(2, c[1]);
  const volatile int cv = 3;
  ASSERT(3, cv);
  register int r = 4;
  ASSERT(4, r);
  auto int au = 5;
  ASSERT(5, au);
  typedef struct { int x; } S, *PS;
  S s = {6};
  PS ps = &s;
  ASSERT(6, ps->x);
  unsigned u = 1, long_unused = 2;
  (void)long_unused;
  ASSERT(1, u);
  int i = 1;
  for (int i = 10; i < 11; i++) ASSERT(10, i);
  ASSERT(1, i);
  printf("OK\n");
  return 0;
}
