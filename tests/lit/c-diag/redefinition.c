// Redefinitions and conflicting declarations, with notes pointing back.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
int f(void) { return 1; }
int f(void) { return 2; }
// CHECK: redefinition.c:[[@LINE-1]]:5: error: redefinition of 'f'
// CHECK: redefinition.c:[[@LINE-3]]:5: note: previous definition of 'f' was here
extern int g;
double g;
// CHECK: redefinition.c:[[@LINE-1]]:8: error: conflicting types for 'g'; have 'double'
// CHECK: note: previous declaration of 'g' with type 'int'
struct s { int a; };
struct s { int b; };
// CHECK: redefinition.c:[[@LINE-1]]:8: error: redefinition of 'struct s'
int h(void) {
  int x = 1;
  int x = 2;
// CHECK: redefinition.c:[[@LINE-1]]:7: error: redefinition of 'x'
  return x;
}
