// Calls to undeclared functions (gcc's gnu17 warning, not an error): the
// callee is assumed to return int and take promoted arguments; defined
// later in the same file, or found in libc (abs, atoi, puts).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: from puts
// CHECK: OK
#include <stdio.h>

int main(void) {
  if (later_defined(20, 'a') != 20 + 97) return 1;
  if (abs(-7) != 7) return 2;
  if (atoi("123") != 123) return 3;
  puts("from puts");
  if (mixed(1.5f, (short)2) != 35) return 4;   // float promoted to double, short to int
  printf("OK\n");
  return 0;
}

int later_defined(int a, int b) { return a + b; }
int mixed(double d, int s) { return (int)(d * 10) + s * 10; }
