// The _n atomic builtins take integers and pointers: a struct operand is
// gcc's error, not invalid IR (the generic __atomic_load takes structs).
// RUN: rm -f %t.o
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: test ! -e %t.o
struct pair { int a, b; };
struct pair get(struct pair *p) {
  return __atomic_load_n(p, __ATOMIC_SEQ_CST);
// CHECK: atomic-n-struct.c:[[@LINE-1]]:26: error: operand type 'struct pair *' is incompatible with argument 1 of '__atomic_load_n'
}
void put(struct pair *p, struct pair v) {
  __atomic_store_n(p, v, __ATOMIC_SEQ_CST);
// CHECK: atomic-n-struct.c:[[@LINE-1]]:20: error: operand type 'struct pair *' is incompatible with argument 1 of '__atomic_store_n'
}
