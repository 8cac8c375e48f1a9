// Dynamically allocated multidimensional arrays: a pointer to VLA rows
// from one malloc, an array of row pointers, and a 3-D flat index, all
// filled and read through their natural syntax.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static long trace(int n, double (*m)[n]) { long t = 0; for (int i = 0; i < n; i++) t += (long)m[i][i]; return t; }

int main(void) {
  int rows = 7, cols = 9;
  double (*m)[cols] = malloc(rows * sizeof *m);
  for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m[i][j] = i * 100 + j;
  ASSERT(72 * 8, sizeof *m * 8);
  ASSERTF(608.0, m[6][8]);
  double (*sq)[5] = malloc(5 * sizeof *sq);
  for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) sq[i][j] = i == j ? i + 1 : 0;
  ASSERT(15, trace(5, sq));
  free(sq);
  free(m);
  int **rp = malloc(rows * sizeof *rp);
  for (int i = 0; i < rows; i++) { rp[i] = malloc((i + 1) * sizeof **rp); for (int j = 0; j <= i; j++) rp[i][j] = i * j; }
  ASSERT(36, rp[6][6]);
  for (int i = 0; i < rows; i++) free(rp[i]);
  free(rp);
  int d1 = 3, d2 = 4, d3 = 5;
  int (*cube)[d2][d3] = calloc(d1, sizeof *cube);
  cube[2][3][4] = 42;
  ASSERT(42, ((int *)cube)[2 * 20 + 3 * 5 + 4]);
  ASSERT(80, sizeof *cube);
  free(cube);
  printf("OK\n");
  return 0;
}
