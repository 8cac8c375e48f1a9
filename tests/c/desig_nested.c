// Designated initializers: nested member and element chains (.a.b[2].c),
// designators resuming positional initialization, overriding earlier
// initializers, and brace elision mixed with designators.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct in { int c; int d; };
struct mid { struct in b[3]; char tag; };
struct out { int x; struct mid a; int y; };

static struct out g = {.a.b[2].c = 5, .a.tag = 't', .y = 9, .a.b[0] = {1, 2}};
static int arr[10] = {[3] = 3, 4, 5, [8] = 8, 9};
static int over[4] = {1, 2, 3, 4, [1] = 20, [0] = 10};
static struct in pairs[] = {[4].d = 1, [1] = {2, 3}};
static int grid[3][3] = {[1] = {1, 2, 3}, [2][1] = 7, [0][2] = 4};

int main(void) {
  ASSERT(5, g.a.b[2].c);
  ASSERT(0, g.a.b[2].d);
  ASSERT('t', g.a.tag);
  ASSERT(9, g.y);
  ASSERT(2, g.a.b[0].d);
  ASSERT(0, g.x);
  ASSERT(5, arr[5]);
  ASSERT(9, arr[9]);
  ASSERT(0, arr[6]);
  ASSERT(20, over[1]);
  ASSERT(10, over[0]);
  ASSERT(4, over[3]);
  ASSERT(5, sizeof pairs / sizeof pairs[0]);
  ASSERT(3, pairs[1].d);
  ASSERT(1, pairs[4].d);
  ASSERT(4, grid[0][2]);
  ASSERT(3, grid[1][2]);
  ASSERT(7, grid[2][1]);
  int v = 6;
  struct out l = {.a.b[1].d = v, .x = v + 1, .a.b[1].c = v - 1};
  ASSERT(6, l.a.b[1].d);
  ASSERT(5, l.a.b[1].c);
  ASSERT(7, l.x);
  ASSERT(0, l.y);
  int la[6] = {[4] = v, v * 2, [1] = v * 3};
  ASSERT(12, la[5]);
  ASSERT(18, la[1]);
  ASSERT(0, la[2]);
  printf("OK\n");
  return 0;
}
