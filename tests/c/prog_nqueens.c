// Backtracking with bit masks: N-queens solution counts for N = 1..10
// (the known sequence 1 0 0 2 10 4 40 92 352 724), and a sudoku solver.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: queens 1 0 0 2 10 4 40 92 352 724
// CHECK: sudoku 534678912672195348198342567859761423426853791713924856961537284287419635345286179
#include <stdio.h>

static int solve(int n, int row, unsigned cols, unsigned d1, unsigned d2) {
  if (row == n) return 1;
  int count = 0;
  for (unsigned avail = ~(cols | d1 | d2) & ((1u << n) - 1); avail; avail &= avail - 1) {
    unsigned bit = avail & -avail;
    count += solve(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
  }
  return count;
}
static char g[82] = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
static int ok(int pos, char c) {
  int r = pos / 9, col = pos % 9, br = r / 3 * 3, bc = col / 3 * 3;
  for (int i = 0; i < 9; i++)
    if (g[r * 9 + i] == c || g[i * 9 + col] == c || g[(br + i / 3) * 9 + bc + i % 3] == c) return 0;
  return 1;
}
static int sudoku(int pos) {
  while (pos < 81 && g[pos] != '0') pos++;
  if (pos == 81) return 1;
  for (char c = '1'; c <= '9'; c++)
    if (ok(pos, c)) { g[pos] = c; if (sudoku(pos + 1)) return 1; g[pos] = '0'; }
  return 0;
}

int main(void) {
  printf("queens");
  for (int n = 1; n <= 10; n++) printf(" %d", solve(n, 0, 0, 0, 0));
  printf("\n");
  if (sudoku(0)) printf("sudoku %s\n", g);
  return 0;
}
