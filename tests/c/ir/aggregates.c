// Aggregates by address (docs/IR.md): parameters, arguments and results
// name the record type and pass ptrs; copies are memcpy.
// RUN: %kit ir-print %s | FileCheck %s
struct pair { long a; double b; };
// CHECK: type %struct.pair = struct { 0: i64, 8: f64 }, size 16, align 8

struct pair swap(struct pair p) {
  struct pair r = { (long)p.b, (double)p.a };
  return r;
}
// CHECK-LABEL: func @swap: %struct.pair (%struct.pair %p)
// CHECK: ret %r

long use(void) {
  struct pair x = {1, 2.0};
  struct pair y = swap(x);
  return y.a;
}
// CHECK-LABEL: func @use: i64 ()
// CHECK: [[R:%[0-9]+]] = call %struct.pair (%struct.pair) @swap(%x)
// CHECK: memcpy %y, [[R]], i64 16, align 8
