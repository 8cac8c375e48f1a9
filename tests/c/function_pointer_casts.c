// Function pointers: converted to void * and back, between function
// pointer types and back, compared, stored in structs (a vtable), passed
// and returned, and called through typedefs and arrays.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct shape;
struct vtable { double (*area)(const struct shape *); const char *(*name)(void); };
struct shape { const struct vtable *vt; double w, h; };
static double rect_area(const struct shape *s) { return s->w * s->h; }
static double tri_area(const struct shape *s) { return s->w * s->h / 2; }
static const char *rect_name(void) { return "rect"; }
static const char *tri_name(void) { return "tri"; }
static const struct vtable rect_vt = {rect_area, rect_name}, tri_vt = {tri_area, tri_name};
typedef long (*generic_fn)(void);
static long seven(void) { return 7; }
static int add(int a, int b) { return a + b; }

int main(void) {
  struct shape shapes[] = {{&rect_vt, 2, 3}, {&tri_vt, 4, 5}};
  double total = 0;
  for (int i = 0; i < 2; i++) total += shapes[i].vt->area(&shapes[i]);
  ASSERTF(16.0, total);
  ASSERTS("tri", shapes[1].vt->name());
  void *vp = (void *)add;
  int (*back)(int, int) = (int (*)(int, int))vp;
  ASSERT(5, back(2, 3));
  generic_fn g = (generic_fn)add;
  int (*again)(int, int) = (int (*)(int, int))g;
  ASSERT(9, again(4, 5));
  g = seven;
  ASSERT(7, g());
  ASSERT(1, again == add && (void *)again == vp);
  ASSERT(1, (generic_fn)0 == 0);
  printf("OK\n");
  return 0;
}
