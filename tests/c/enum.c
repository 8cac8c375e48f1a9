// Enumerations: values, underlying types, constants in expressions.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

enum e1 { A, B, C = 10, D, E = C + D };
enum e2 { NEG = -1, POS = 1 };
enum e3 { BIG = 0x100000000LL };
enum __attribute__((packed)) e4 { P1, P2 = 200 };
enum e5;
enum e5 { F1 = 3 };
typedef enum { T_A = 'a', T_B } tenum;

int main(void) {
  ASSERT(0, A);
  ASSERT(1, B);
  ASSERT(10, C);
  ASSERT(11, D);
  ASSERT(21, E);
  ASSERT(4, sizeof(enum e1));
  ASSERT(-1, NEG);
  ASSERT(1, (enum e2)-1 < 0);
  ASSERT(8, sizeof(enum e3));
  ASSERT(1, sizeof(enum e4));
  enum e1 x = D;
  x++;
  ASSERT(12, x);
  switch (x) {
    case A: return 1;
    case 12: break;
    default: return 2;
  }
  tenum t = T_B;
  ASSERT('b', t);
  int arr[C];
  ASSERT(40, sizeof arr);
  enum { LOCAL = 5 } l = LOCAL;
  ASSERT(5, l);
  ASSERT(3, F1);
  ASSERT(1, _Generic(A, int: 1, default: 0));
  printf("OK\n");
  return 0;
}
