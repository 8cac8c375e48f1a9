// Compound assignment operators, increments, evaluation of lvalues once.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int calls;
static int *once(int *p) { calls++; return p; }

int main(void) {
  int i = 10;
  i += 5; ASSERT(15, i);
  i -= 3; ASSERT(12, i);
  i *= 2; ASSERT(24, i);
  i /= 5; ASSERT(4, i);
  i %= 3; ASSERT(1, i);
  i |= 6; ASSERT(7, i);
  i &= 5; ASSERT(5, i);
  i ^= 1; ASSERT(4, i);
  i <<= 2; ASSERT(16, i);
  i >>= 3; ASSERT(2, i);
  ASSERT(2, i++);
  ASSERT(3, i);
  ASSERT(4, ++i);
  ASSERT(4, i--);
  ASSERT(2, --i);
  int arr[3] = {1, 2, 3};
  int *p = arr;
  *p++ += 10;
  ASSERT(11, arr[0]);
  ASSERT(2, *p);
  (*p)++;
  ASSERT(3, arr[1]);
  *once(&arr[2]) += 5;
  ASSERT(8, arr[2]);
  ASSERT(1, calls);
  (*once(&arr[2]))++;
  ASSERT(9, arr[2]);
  ASSERT(2, calls);
  char c = 'a';
  c += 1;
  ASSERT('b', c);
  unsigned char uc = 250;
  uc += 10;
  ASSERT(4, uc);
  double d = 1.5;
  d *= 2;
  ASSERTF(3.0, d);
  int k = 7;
  k *= 1.5;
  ASSERT(10, k);
  long *lp = 0;
  lp += 3;
  ASSERT(24, (long)lp);
  lp -= 1;
  ASSERT(16, (long)lp);
  int a, b, c2;
  a = b = c2 = 5;
  ASSERT(15, a + b + c2);
  int x = 1;
  x = x++ + 0;
  float f = 0.5f;
  f++;
  ASSERTF(1.5, f);
  _Bool bb = 0;
  bb++;
  ASSERT(1, bb);
  bb++;
  ASSERT(1, bb);
  bb--;
  ASSERT(0, bb);
  printf("OK\n");
  return 0;
}
