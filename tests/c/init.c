// Initializers: designators (nested, out of order, ranges), brace elision,
// unknown-size arrays, static and automatic storage.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct pt { int x, y; };
struct line { struct pt a, b; int w; };
struct arr { int n; int v[3]; };

int g1[5] = {1, 2, [4] = 5};
int g2[] = {[3] = 7, 1};
struct pt g3[] = {[1].y = 9, [0] = {1, 2}};
struct line g4 = {.b.y = 4, .a = {1, 2}, 3};
int g5[2][3] = {1, 2, 3, 4};
int g6[10] = {[2 ... 5] = 8, [7] = 1};
struct arr g7 = {1, 2, 3, 4};
char g8[][4] = {"ab", "cd", "e"};
int *g9[] = {&g1[1], &g1[4], 0};
struct pt g10 = {.y = 1, .x = 2, .y = 3};

int main(void) {
  ASSERT(1, g1[0]);
  ASSERT(0, g1[3]);
  ASSERT(5, g1[4]);
  ASSERT(5, sizeof g2 / sizeof g2[0]);
  ASSERT(7, g2[3]);
  ASSERT(1, g2[4]);
  ASSERT(2, sizeof g3 / sizeof g3[0]);
  ASSERT(2, g3[0].y);
  ASSERT(9, g3[1].y);
  ASSERT(0, g3[1].x);
  ASSERT(1, g4.a.x);
  ASSERT(4, g4.b.y);
  ASSERT(3, g4.b.x);
  ASSERT(3, g4.b.y - 1);
  ASSERT(4, g5[1][0]);
  ASSERT(0, g5[1][2]);
  ASSERT(0, g6[1]);
  ASSERT(8, g6[2]);
  ASSERT(8, g6[5]);
  ASSERT(0, g6[6]);
  ASSERT(1, g6[7]);
  ASSERT(4, g7.v[2]);
  ASSERT(3, sizeof g8 / sizeof g8[0]);
  ASSERTS("cd", g8[1]);
  ASSERT(2, *g9[0]);
  ASSERT(5, *g9[1]);
  ASSERT(0, g9[2] == 0 ? 0 : 1);
  ASSERT(2, g10.x);
  ASSERT(3, g10.y);

  int l1[5] = {1, 2, [4] = 5};
  ASSERT(0, l1[2]);
  ASSERT(5, l1[4]);
  int l2[] = {[3] = 7, 1};
  ASSERT(5, sizeof l2 / sizeof l2[0]);
  ASSERT(1, l2[4]);
  struct line l4 = {.b.y = 4, .a = {1, 2}, 3};
  ASSERT(2, l4.a.y);
  ASSERT(3, l4.b.x);
  ASSERT(0, l4.w);
  int l5[2][3] = {1, 2, 3, 4};
  ASSERT(4, l5[1][0]);
  ASSERT(0, l5[1][1]);
  int l6[10] = {[2 ... 5] = 8, [7] = 1};
  ASSERT(8, l6[3]);
  ASSERT(0, l6[6]);
  struct pt l7 = {0};
  ASSERT(0, l7.y);
  struct pt l8 = {};
  ASSERT(0, l8.x);
  int x = 3;
  struct pt l9 = {x * 2, x + 1};
  ASSERT(6, l9.x);
  ASSERT(4, l9.y);
  struct pt l10 = l9;
  ASSERT(4, l10.y);
  struct line l11 = {l9, {5, 6}};
  ASSERT(6, l11.a.x);
  ASSERT(6, l11.b.y);
  int sc = {42};
  ASSERT(42, sc);
  struct arr l12 = {.v[1] = 2, 3};
  ASSERT(2, l12.v[1]);
  ASSERT(3, l12.v[2]);
  ASSERT(0, l12.n);
  printf("OK\n");
  return 0;
}
