// -Wreturn-type (in -Wall, off by default as in gcc's C mode): control
// reaching the closing brace of a non-void function, at that brace; not
// for paths that all return, not for main, not for void functions.
// RUN: %kit cc -Wall -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %kit cc -Wreturn-type -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %kit cc -c %s -o %t.o 2>&1 | FileCheck --allow-empty --check-prefix=DEFAULT %s
// RUN: %kit cc -Wall -Wno-return-type -c %s -o %t.o 2>&1 | FileCheck --allow-empty --check-prefix=DEFAULT %s
// RUN: not %kit cc -Wall -Werror -c %s -o %t.o 2>&1 | FileCheck --check-prefix=ERROR %s
// DEFAULT-NOT: warning
int f(int x) {
  if (x) return 1;
}
// CHECK: return-type.c:[[@LINE-1]]:1: warning: control reaches end of non-void function [-Wreturn-type]
// CHECK-NEXT: {{ *}}[[@LINE-2]] | }
// CHECK-NEXT: {{ *}}| ^
// ERROR: return-type.c:[[@LINE-4]]:1: error: control reaches end of non-void function [-Werror=return-type]
int all_paths(int x) {
  switch (x) {
    case 1: return 2;
    default: return 3;
  }
}
int forever(int x) {
  for (;;)
    if (x++ > 10) return x;
}
void nothing(void) {}
int main(void) {}
double g(void) { if (0) return 1.0; }
// CHECK: return-type.c:[[@LINE-1]]:37: warning: control reaches end of non-void function [-Wreturn-type]
// CHECK-NOT: warning
