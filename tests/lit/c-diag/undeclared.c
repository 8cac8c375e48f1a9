// An undeclared identifier: located error, non-zero exit, no output file.
// RUN: rm -f %t.o
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: test ! -e %t.o
int f(void) {
  return x + 1;
// CHECK: undeclared.c:[[@LINE-1]]:10: error: 'x' undeclared (first use in this function)
// CHECK-NEXT: {{ *}}[[@LINE-2]] |   return x + 1;
// CHECK-NEXT: {{ *}}|          ^
}
