// long double _Complex across the compiler boundary: the psABI's
// COMPLEX_X87 class returns it in st(0) (real) and st(1) (imaginary) and
// passes it in memory. Built all by kit, and split so gcc compiles either
// the callees or the caller.
// REQUIRES: gcc
// RUN: %c-run %s %t | FileCheck %s
// RUN: gcc -DPART=1 -c %s -o %t.gcc-callee.o && %kit cc -DPART=2 %s %t.gcc-callee.o -o %t.kit-caller && %t.kit-caller | FileCheck %s
// RUN: gcc -DPART=2 -c %s -o %t.gcc-caller.o && %kit cc -DPART=1 %s %t.gcc-caller.o -o %t.kit-callee && %t.kit-callee | FileCheck %s
// CHECK: make 1.5 -2.25
// CHECK: twice 3 -4.5
// CHECK: mixed 11.5 7
// CHECK: chain 0.5 0.25 ok
#include <stdio.h>

long double _Complex make(long double re, long double im);
long double _Complex twice(long double _Complex z);
long double _Complex mixed(int a, long double _Complex z, double d, long double _Complex w);
int check_chain(void);

#if !defined(PART) || PART == 1
long double _Complex make(long double re, long double im) {
  long double _Complex z;
  __real__ z = re;
  __imag__ z = im;
  return z;
}
long double _Complex twice(long double _Complex z) { return z * 2; }
long double _Complex mixed(int a, long double _Complex z, double d, long double _Complex w) {
  return z + w + a + (long double)d * 1.0iL;
}
#endif

#if !defined(PART) || PART == 2
int check_chain(void) {
  // Results used directly as arguments: the x87 stack must be balanced.
  long double _Complex z = twice(twice(make(0.125L, 0.0625L)));
  return __real__ z == 0.5L && __imag__ z == 0.25L;
}
int main(void) {
  long double _Complex a = make(1.5L, -2.25L);
  printf("make %Lg %Lg\n", __real__ a, __imag__ a);
  long double _Complex b = twice(a);
  printf("twice %Lg %Lg\n", __real__ b, __imag__ b);
  long double _Complex c = mixed(7, a, 4.0, make(3.0L, 5.25L));
  printf("mixed %Lg %Lg\n", __real__ c, __imag__ c);
  int ok = check_chain();
  long double _Complex z = twice(twice(make(0.125L, 0.0625L)));
  printf("chain %Lg %Lg %s\n", __real__ z, __imag__ z, ok ? "ok" : "BAD");
  return 0;
}
#endif
