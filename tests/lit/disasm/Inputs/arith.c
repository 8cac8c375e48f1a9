// Integer and floating-point arithmetic, conversions, bit operations.
#include <stdint.h>
#include <math.h>

int64_t mix(int64_t a, int32_t b, int16_t c, int8_t d, uint32_t e) {
  return a * b + (c >> 3) - (d << 2) + (e / 7) + (a % 13) + (int64_t)(uint8_t)d;
}
unsigned popc(unsigned long x) { return __builtin_popcountl(x) + __builtin_ctzl(x | 1) + __builtin_clzl(x | 1); }
uint32_t bswap(uint32_t x) { return __builtin_bswap32(x) ^ (x << 7 | x >> 25); }
double fdemo(double x, float y, int i, long l) {
  double r = x * y + i / x - (double)l;
  if (r < x) r = sqrt(fabs(r));
  return r + (float)x + (long)y;
}
long double ld(long double a, long double b) { return a * b - a / b; }
int cmpd(double a, double b) { return (a < b) + 2 * (a == b) + 4 * (a >= b) + 8 * __builtin_isnan(a); }
unsigned long long udiv(unsigned long long a, unsigned long long b) { return a / b + a % b; }
__int128 wide(__int128 a, __int128 b) { return a * b + (a >> 70); }
int sel(int a, int b, int c) { return a > b ? c : a < c ? b : a; }
float fmin3(float a, float b, float c) { return fminf(a, fminf(b, c)); }
int to_int(double d) { return (int)d + (int)(float)d + (unsigned)d; }
