// Multi-dimensional arrays: indexing, decay, sizeof, initialization.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int sum(int rows, int (*m)[4]) {
  int s = 0;
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < 4; j++) s += m[i][j];
  return s;
}

int main(void) {
  int m[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
  ASSERT(78, sum(3, m));
  ASSERT(7, m[1][2]);
  ASSERT(7, *(*(m + 1) + 2));
  ASSERT(7, (*(m + 1))[2]);
  ASSERT(16, sizeof m[0]);
  ASSERT(48, sizeof m);
  int (*row)[4] = &m[2];
  ASSERT(12, (*row)[3]);
  int *flat = &m[0][0];
  ASSERT(10, flat[9]);
  char cube[2][3][4];
  ASSERT(24, sizeof cube);
  ASSERT(12, sizeof cube[1]);
  cube[1][2][3] = 'z';
  ASSERT('z', ((char *)cube)[23]);
  static const char *names[2][2] = {{"a", "b"}, {"c", "d"}};
  ASSERTS("d", names[1][1]);
  printf("OK\n");
  return 0;
}
