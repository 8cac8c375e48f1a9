// Functions: recursion, many arguments, mixed int/float arguments,
// function pointers, K&R definitions, implicit int, static functions.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int ret3(void) { return 3; }
int add2(int x, int y) { return x + y; }
int sub2(int x, int y) { return x - y; }
int add6(int a, int b, int c, int d, int e, int f) { return a + b + c + d + e + f; }
long add10(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j) {
  return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
}
double mix(int a, double b, int c, float d, long e, double f, int g, double h, double i, double j, double k,
           double l, double m) {
  return a + b + c + d + e + f + g + h + i + j + k + l + m;
}
int fib(int n) { return n <= 1 ? 1 : fib(n - 1) + fib(n - 2); }
static int twice(int (*f)(int, int), int a, int b) { return f(f(a, b), b); }
char char_fn(void) { return 257; }
short short_fn(void) { return 65537; }
unsigned char uchar_fn(void) { return -1; }
_Bool bool_fn(int x) { return x; }

int kr_add(a, b) int a; int b; { return a + b; }
double kr_half(x) float x; { return x / 2; }
kr_implicit(x) { return x * 2; }
static int (*pick(int which))(int, int) { return which ? add2 : sub2; }

int counter_calls;
void side(void) { counter_calls++; }

int main(void) {
  ASSERT(3, ret3());
  ASSERT(8, add2(3, 5));
  ASSERT(2, sub2(5, 3));
  ASSERT(21, add6(1, 2, 3, 4, 5, 6));
  ASSERT(385, add10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  ASSERTF(78.5, mix(1, 2.5, 3, 4.0f, 5, 6.0, 7, 8.0, 9.0, 10.0, 11.0, 12.0, 0.0));
  ASSERT(55, fib(9));
  ASSERT(11, twice(add2, 5, 3));
  ASSERT(-1, twice(sub2, 5, 3));
  ASSERT(8, pick(1)(3, 5));
  ASSERT(-2, pick(0)(3, 5));
  int (*fp)(int, int) = add2;
  ASSERT(7, fp(3, 4));
  ASSERT(7, (*fp)(3, 4));
  ASSERT(7, (**fp)(3, 4));
  ASSERT(1, char_fn());
  ASSERT(1, short_fn());
  ASSERT(255, uchar_fn());
  ASSERT(1, bool_fn(256));
  ASSERT(5, kr_add(2, 3));
  ASSERTF(1.25, kr_half(2.5f));
  ASSERT(8, kr_implicit(4));
  side();
  side();
  ASSERT(2, counter_calls);
  printf("OK\n");
  return 0;
}
