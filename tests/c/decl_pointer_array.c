// Declarators: pointers to arrays, arrays of pointers, and their arithmetic.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int m[3][4];

int main(void) {
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) m[i][j] = i * 10 + j;
  int (*row)[4] = m;         // pointer to array of 4 int
  ASSERT(16, sizeof *row);
  ASSERT(8, sizeof row);
  ASSERT(12, row[1][2]);
  row++;
  ASSERT(10, (*row)[0]);
  ASSERT(23, *(*(row + 1) + 3));
  int *ptrs[3];               // array of 3 pointers
  for (int i = 0; i < 3; i++) ptrs[i] = &m[i][i];
  ASSERT(24, sizeof ptrs);
  ASSERT(22, *ptrs[2]);
  int (*whole)[3][4] = &m;    // pointer to the whole 2-D array
  ASSERT(48, sizeof *whole);
  ASSERT(21, (*whole)[2][1]);
  ASSERT(48, (char *)(whole + 1) - (char *)whole);
  int *(*pp)[3] = &ptrs;      // pointer to array of pointers
  ASSERT(11, *(*pp)[1]);
  ASSERT(3, (int)(sizeof *pp / sizeof (*pp)[0]));
  printf("OK\n");
  return 0;
}
