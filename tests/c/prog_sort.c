// Sorting algorithms written out (quicksort, merge sort with a VLA buffer,
// heap sort, insertion sort) on the same pseudo-random data, cross-checked
// element by element.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static unsigned seed = 12345;
static int rnd(void) { seed = seed * 1103515245u + 12345u; return (int)(seed >> 8) % 100000 - 50000; }
static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void quick(int *a, int lo, int hi) {
  while (lo < hi) {
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) swap(&a[i++], &a[j--]); }
    if (j - lo < hi - i) { quick(a, lo, j); lo = i; } else { quick(a, i, hi); hi = j; }
  }
}
static void merge_sort(int *a, int n) {
  if (n < 2) return;
  int h = n / 2;
  merge_sort(a, h);
  merge_sort(a + h, n - h);
  int tmp[n], i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  memcpy(a, tmp, sizeof tmp);
}
static void sift(int *a, int n, int i) {
  for (;;) { int l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && a[l] > a[m]) m = l; if (r < n && a[r] > a[m]) m = r; if (m == i) return; swap(&a[i], &a[m]); i = m; }
}
static void heap(int *a, int n) {
  for (int i = n / 2 - 1; i >= 0; i--) sift(a, n, i);
  for (int e = n - 1; e > 0; e--) { swap(&a[0], &a[e]); sift(a, e, 0); }
}
static void insertion(int *a, int n) {
  for (int i = 1; i < n; i++) { int v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
}

enum { N = 3000 };
int main(void) {
  static int a[N], b[N], c[N], d[N];
  for (int i = 0; i < N; i++) a[i] = b[i] = c[i] = d[i] = rnd();
  quick(a, 0, N - 1);
  merge_sort(b, N);
  heap(c, N);
  insertion(d, N);
  for (int i = 0; i < N; i++) {
    if (i) ASSERT(1, a[i - 1] <= a[i]);
    ASSERT(a[i], b[i]);
    ASSERT(a[i], c[i]);
    ASSERT(a[i], d[i]);
  }
  printf("OK\n");
  return 0;
}
