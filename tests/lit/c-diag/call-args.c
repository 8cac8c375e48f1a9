// Calls with the wrong number of arguments, or of something not a function.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
int two(int a, int b);
int f(void) {
  int n = 3;
  two(1);
// CHECK: call-args.c:[[@LINE-1]]:6: error: too few arguments to function 'two'
  two(1, 2, 3);
// CHECK: call-args.c:[[@LINE-1]]:13: error: too many arguments to function 'two'
  n(1);
// CHECK: call-args.c:[[@LINE-1]]:4: error: called object is not a function or function pointer
  return 0;
}
