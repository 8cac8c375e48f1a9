// Recursive algorithms: quicksort, Ackermann, mutual recursion, towers of
// Hanoi, N-queens.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static void qsort_ints(int *a, int lo, int hi) {
  if (lo >= hi) return;
  int p = a[(lo + hi) / 2], i = lo, j = hi;
  while (i <= j) {
    while (a[i] < p) i++;
    while (a[j] > p) j--;
    if (i <= j) {
      int t = a[i];
      a[i++] = a[j];
      a[j--] = t;
    }
  }
  qsort_ints(a, lo, j);
  qsort_ints(a, i, hi);
}

static int ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
static int is_odd(int n);
static int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }
static int moves;
static void hanoi(int n, int from, int to, int via) {
  if (!n) return;
  hanoi(n - 1, from, via, to);
  moves++;
  hanoi(n - 1, via, to, from);
}
static int queens(int n, int row, int *cols) {
  if (row == n) return 1;
  int count = 0;
  for (int c = 0; c < n; c++) {
    int ok = 1;
    for (int r = 0; r < row; r++)
      if (cols[r] == c || cols[r] - c == row - r || c - cols[r] == row - r) ok = 0;
    if (ok) {
      cols[row] = c;
      count += queens(n, row + 1, cols);
    }
  }
  return count;
}

int main(void) {
  int a[] = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0};
  qsort_ints(a, 0, 9);
  for (int i = 0; i < 10; i++) ASSERT(i, a[i]);
  ASSERT(61, ack(3, 3));
  ASSERT(1, is_even(100));
  ASSERT(1, is_odd(77));
  hanoi(10, 1, 3, 2);
  ASSERT(1023, moves);
  int cols[8];
  ASSERT(92, queens(8, 0, cols));
  printf("OK\n");
  return 0;
}
