// Declarators that are easy to misparse: a typedef name in parentheses in
// a parameter list (a function parameter taking T, not a parameter named
// T), parenthesized parameter names, functions returning pointers to
// arrays passed as parameters, K&R function-pointer parameters, block-scope
// function declarations, and deeply nested abstract declarators.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 2 8 6 10 1
#include <stdio.h>
typedef int T;
static int call(int (T), int v);            /* parameter: function taking T */
static int call(int (*f)(int), int v) { return f(v); }
static int inc(int x) { return x + 1; }
static int g(int (x)) { return x * 2; }      /* parenthesized parameter name */
static int h(int (*(*pf)(int))[2], int i) { return (*pf(i))[1]; }
static int arr2[2] = {5, 6};
static int (*ret_arr(int i))[2] { (void)i; return &arr2; }
int oldstyle(f, n) int (*f)(); int n; { return f(n); }
int main(void) {
  int (*const volatile cvp)(int) = inc;
  int *(*(*x[2])(void));
  (void)x;
  printf("%d %d %d %d %d\n", call(inc, 1), g(4), h(ret_arr, 0), oldstyle(inc, 9), cvp(0));
  int (((a)))[2] = {1, 2};
  void (*sig(int, void (*)(int)))(int);
  printf("%d %zu\n", a[1], sizeof(int (*(*)[3])(void)));
  return 0;
}
