#include <math.h>

double root_mean_square(int n, const int* v) {
  double s = 0;
  for (int i = 0; i < n; ++i) s += (double)v[i] * v[i] * STATS_SCALE;
  return n ? sqrt(s / n) : 0.0;
}
