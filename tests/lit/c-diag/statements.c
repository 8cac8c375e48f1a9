// Statement rules: break/continue/case outside their statements, duplicate
// cases, undefined labels.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
int f(int x) {
  break;
// CHECK: statements.c:[[@LINE-1]]:3: error: break statement not within loop or switch
  continue;
// CHECK: statements.c:[[@LINE-1]]:3: error: continue statement not within a loop
  switch (x) {
    case 1: return 1;
    case 1: return 2;
// CHECK-DAG: statements.c:[[@LINE-1]]:5: error: duplicate case value
    case 2 ... 4: return 3;
    default: break;
    default: break;
// CHECK-DAG: statements.c:[[@LINE-1]]:5: error: multiple default labels in one switch
  }
  goto nowhere;
// CHECK: statements.c:[[@LINE-1]]:8: error: label 'nowhere' used but not defined
  return 0;
}
