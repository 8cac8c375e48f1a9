// Bit-fields appear in the IR record as their storage units, with bit
// offset and width; accesses load, mask and store the unit.
// RUN: %kit ir-print %s | FileCheck %s
struct flags { unsigned a : 3; int b : 5; unsigned c : 24; char d; };
// CHECK: type %struct.flags = struct { 0: i32 bit 0 width 3, 0: i32 bit 3 width 5, 0: i32 bit 8 width 24, 4: i8 }, size 8, align 4
int get_b(struct flags *f) { return f->b; }
int by_value(struct flags f) { return f.d; }
// CHECK-LABEL: func @get_b
// CHECK: shl i32 {{.*}}, i32 24
// CHECK: ashr i32 {{.*}}, i32 27
