// Floating-point kernels whose every rounding must match gcc's -O0 build:
// matrix multiply, LU decomposition with partial pivoting, a Newton
// iteration and Horner polynomial evaluation, printed with %a.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
#include <stdio.h>

enum { N = 6 };
int main(void) {
  double a[N][N], b[N][N], c[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) { a[i][j] = 1.0 / (i + j + 1); b[i][j] = (i == j) + 0.1 * (i - j); }
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) { double s = 0; for (int k = 0; k < N; k++) s += a[i][k] * b[k][j]; c[i][j] = s; }
  for (int i = 0; i < N; i++) printf("%a %a\n", c[i][0], c[i][N - 1]);
  double det = 1;
  for (int k = 0; k < N; k++) {
    int p = k;
    for (int i = k + 1; i < N; i++) if ((a[i][k] < 0 ? -a[i][k] : a[i][k]) > (a[p][k] < 0 ? -a[p][k] : a[p][k])) p = i;
    if (p != k) { for (int j = 0; j < N; j++) { double t = a[k][j]; a[k][j] = a[p][j]; a[p][j] = t; } det = -det; }
    det *= a[k][k];
    for (int i = k + 1; i < N; i++) { double f = a[i][k] / a[k][k]; for (int j = k; j < N; j++) a[i][j] -= f * a[k][j]; }
  }
  // CHECK: det
  printf("det %a\n", det);
  double x = 1;
  for (int i = 0; i < 6; i++) x = x - (x * x * x - 2) / (3 * x * x);
  printf("cbrt2 %a\n", x);
  const float coef[] = {1.5f, -2.25f, 0.125f, 3.0f, -0.5f};
  float y = 0, t = 0.7f;
  for (int i = 0; i < 5; i++) y = y * t + coef[i];
  printf("horner %a\n", (double)y);
  return 0;
}
