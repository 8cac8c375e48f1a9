// Switch with a GNU case range; computed goto with a static label table.
// RUN: %kit ir-print %s | FileCheck %s
int classify(int x) {
  switch (x) {
    case 1: return 10;
    case 5 ... 7: return 20;
    case 100 ... 1000: return 30;
  }
  return 0;
}
// CHECK-LABEL: func @classify
// CHECK: sub i32 %{{[0-9]+}}, i32 100
// CHECK: icmp ule i8 %{{[0-9]+}}, i32 900
// CHECK: switch %{{[0-9]+}}, ^sw.end, [i32 1, ^sw.case{{.*}}], [i32 5, ^sw.case{{.*}}], [i32 6, ^sw.case{{.*}}], [i32 7, ^sw.case
int dispatch(int i) {
  static void *table[] = { &&a, &&b };
  goto *table[i];
a:
  return 1;
b:
  return 2;
}
// CHECK-LABEL: func @dispatch
// CHECK: indirectbr %{{[0-9]+}}, [^b, ^a]
// CHECK: data @table.0: [2 x ptr] internal = { blockaddr 8 @dispatch ^a, blockaddr 8 @dispatch ^b }
