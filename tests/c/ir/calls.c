// Calls without a prototype pass promoted arguments as variadic extras
// through the function's address; prototyped calls are direct.
// RUN: %kit ir-print %s | FileCheck %s
int old_style();
int proto(int, double);
int caller(char c, float f) {
  return old_style(c, f) + proto(c, f);
}
// CHECK-LABEL: func @caller
// CHECK: [[P:%[0-9]+]] = copy ptr @old_style
// CHECK: call i32 (...) [[P]](%{{[0-9]+}}, %{{[0-9]+}})
// CHECK: call i32 (i32, f64) @proto(
