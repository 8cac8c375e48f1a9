// Function pointers: tables, callbacks, returning them, in structs, casts.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static const binop ops[] = {add, sub, mul};
struct vtable { int (*area)(int); const char *name; };
static int square_area(int s) { return s * s; }
static const struct vtable square = {square_area, "square"};
static binop select_op(char c) { return c == '+' ? add : c == '-' ? sub : mul; }
static int apply(binop f, int a, int b) { return f(a, b); }
static void apply_all(int *out, int n, int (*f)(int)) { for (int i = 0; i < n; i++) out[i] = f(out[i]); }
static int twice(int x) { return 2 * x; }

int main(void) {
  ASSERT(5, ops[0](2, 3));
  ASSERT(-1, ops[1](2, 3));
  ASSERT(6, ops[2](2, 3));
  ASSERT(25, square.area(5));
  ASSERTS("square", square.name);
  ASSERT(12, select_op('*')(3, 4));
  ASSERT(7, apply(add, 3, 4));
  int v[3] = {1, 2, 3};
  apply_all(v, 3, twice);
  ASSERT(6, v[2]);
  void (*generic)(void) = (void (*)(void))add;
  ASSERT(9, ((binop)generic)(4, 5));
  ASSERT(1, add == ops[0]);
  ASSERT(1, &add == ops[0]);
  ASSERT(1, *add == ops[0]);
  binop local_table[2] = {[1] = mul};
  ASSERT(1, local_table[0] == 0);
  ASSERT(20, local_table[1](4, 5));
  printf("OK\n");
  return 0;
}
