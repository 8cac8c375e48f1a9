// -Werror turns warnings into errors (and fails the compilation).
// RUN: not %kit cc -Werror -c %s -o %t.o 2>&1 | FileCheck %s
int f(void) { return g(); }
// CHECK: werror.c:[[@LINE-1]]:22: error: implicit declaration of function 'g' [-Werror=implicit-function-declaration]
