// Globals: linkage, relocations with addends, strings, tentative
// definitions, weak and hidden symbols, thread-locals, read-only data.
// RUN: %kit ir-print %s | FileCheck %s
int counter;
// CHECK-DAG: data @counter: i32 = { zero 4 }
static int hidden_static = 3;
// CHECK-DAG: data @hidden_static: i32 internal = { bytes "\x03", zero 3 }
int array[4] = {1, 2, 3, 4};
int *third = &array[2];
// CHECK-DAG: data @third: ptr = { addr 8 @array + 8 }
const char *msg = "hello";
// CHECK-DAG: data @.L.str.0: [6 x i8] internal readonly strings = { bytes "hello\x00" }
const int table[2] = {7, 8};
// CHECK-DAG: data @table: [2 x i32] readonly
__attribute__((weak)) int weak_one = 1;
// CHECK-DAG: data @weak_one: i32 weak
__attribute__((visibility("hidden"))) int vis;
// CHECK-DAG: data @vis: i32 hidden
_Thread_local int tls;
// CHECK-DAG: data @tls: i32 thread_local
int use(void) { return hidden_static + *third + msg[0] + table[1]; }
