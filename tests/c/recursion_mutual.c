// Recursion: mutual recursion, deep recursion (100000 frames), recursion
// through function pointers, Ackermann, and tail-position calls.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static long depth(long n) { return n == 0 ? 0 : 1 + depth(n - 1); }
static int ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
static long fib_via(long (*self)(void *, long), long n);
static long fib_cb(void *self, long n) { return n < 2 ? n : fib_via((long (*)(void *, long))self, n - 1) + fib_via((long (*)(void *, long))self, n - 2); }
static long fib_via(long (*self)(void *, long), long n) { return self((void *)self, n); }
static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }

int main(void) {
  ASSERT(1, is_even(10000));
  ASSERT(1, is_odd(777));
  ASSERT(100000, depth(100000));
  ASSERT(61, ack(3, 3));
  ASSERT(6765, fib_via(fib_cb, 20));
  ASSERT(6, gcd(1071 * 2, 462 * 2) / 7);
  printf("OK\n");
  return 0;
}
