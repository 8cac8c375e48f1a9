// Structs, unions and _Complex values passed through '...' and read back
// with va_arg: every x86-64 psABI class (INTEGER, SSE, mixed, MEMORY,
// empty), in registers until they run out and then on the stack, where an
// empty struct takes no slot at all. Built once entirely by kit and once
// against gcc's callee and gcc's caller, so both sides meet the psABI.
// REQUIRES: gcc
// RUN: %c-run %s %t | FileCheck %s
// RUN: gcc -DPART=1 -c %s -o %t.gcc-callee.o && %kit cc -DPART=2 %s %t.gcc-callee.o -o %t.kit-caller && %t.kit-caller | FileCheck %s
// RUN: gcc -DPART=2 -c %s -o %t.gcc-caller.o && %kit cc -DPART=1 %s %t.gcc-caller.o -o %t.kit-callee && %t.kit-callee | FileCheck %s
// CHECK: sum 375.75
// CHECK: OK
#include "test.h"
#include <stdarg.h>

struct e {};                          // size 0 in GNU C
struct c3 { char a[3]; };             // INTEGER, one eightbyte
struct c9 { char a[9]; };             // INTEGER, INTEGER
struct d2 { double a, b; };           // SSE, SSE
struct m { long a; double b; };       // INTEGER, SSE
struct big { int a[9]; };             // MEMORY
union u { int i; float f; };          // INTEGER
struct ld { long double x; };         // X87: MEMORY when passed

double walk(int n, ...);
#if PART != 2
// Reads n groups of the eight kinds and returns a checksum; checks bytes.
double walk(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double sum = 0;
  for (int k = 0; k < n; ++k) {
    struct e e = va_arg(ap, struct e);
    (void)e;
    struct c3 c3 = va_arg(ap, struct c3);
    ASSERTS("ab", c3.a);
    struct c9 c9 = va_arg(ap, struct c9);
    ASSERTS("12345678", c9.a);
    struct d2 d2 = va_arg(ap, struct d2);
    sum += d2.a + d2.b;
    struct m m = va_arg(ap, struct m);
    sum += m.a + m.b;
    struct big big = va_arg(ap, struct big);
    for (int i = 0; i < 9; ++i) ASSERT(i * k, big.a[i]);
    union u u = va_arg(ap, union u);
    sum += u.i;
    double _Complex z = va_arg(ap, double _Complex);
    sum += __real__ z - __imag__ z;
    struct ld ld = va_arg(ap, struct ld);
    sum += (double)ld.x;
    int tail = va_arg(ap, int);  // a scalar after them all: the counts line up
    ASSERT(100 + k, tail);
  }
  va_end(ap);
  return sum;
}
#endif

#if PART != 1
int main(void) {
  struct e e = {};
  struct c3 c3 = {"ab"};
  struct c9 c9 = {"12345678"};
  struct d2 d2 = {1.5, 2.5};
  struct m m = {10, 0.25};
  struct big b0 = {{0}}, b1, b2;
  for (int i = 0; i < 9; ++i) b1.a[i] = i, b2.a[i] = 2 * i;
  union u u = {.i = 7};
  double _Complex z = 5.0 + 1.0i;
  struct ld ld = {100.0L};
  // Three groups: registers run out during the second, the rest is stack.
  double s = walk(3, e, c3, c9, d2, m, b0, u, z, ld, 100,
                     e, c3, c9, d2, m, b1, u, z, ld, 101,
                     e, c3, c9, d2, m, b2, u, z, ld, 102);
  // 3 * (4 + 10.25 + 7 + 4 + 100)
  ASSERTF(375.75, s);
  printf("sum %.2f\n", s);
  printf("OK\n");
  return 0;
}
#endif
