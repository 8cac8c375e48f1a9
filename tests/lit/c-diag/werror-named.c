// -Werror=<name> makes that warning an error (the compilation fails, no
// object is written) and leaves the others warnings; -w silences all.
// RUN: rm -f %t.o
// RUN: not %kit cc -Werror=implicit-function-declaration -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: test ! -e %t.o
// RUN: %kit cc -w -c %s -o %t.o 2>&1 | FileCheck --allow-empty --check-prefix=QUIET %s
// RUN: test -s %t.o
// QUIET-NOT: {{warning|error}}
int *f(char *c) {
  int *p = c;
// CHECK: werror-named.c:[[@LINE-1]]:12: warning: initialization of 'int *' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]
  return p + undeclared();
// CHECK: werror-named.c:[[@LINE-1]]:14: error: implicit declaration of function 'undeclared' [-Werror=implicit-function-declaration]
}
