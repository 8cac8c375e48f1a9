// Invalid types: incomplete objects, bad specifier combinations,
// functions returning arrays, negative array sizes, bit-field widths.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
long short ls;
// CHECK: types.c:[[@LINE-1]]:1: error: invalid combination of type specifiers
int arr[-1];
// CHECK: types.c:[[@LINE-1]]:9: error: size of array is negative
int fa(void)[3];
// CHECK: types.c:[[@LINE-1]]:7: error: function cannot return an array
struct bf { int x : 40; };
// CHECK: types.c:[[@LINE-1]]:21: error: width of 'x' exceeds its type
unsigned signed us;
// CHECK: types.c:[[@LINE-1]]:10: error: both 'signed' and 'unsigned' in declaration specifiers
struct incomplete;
struct incomplete obj;
// An incomplete tentative definition is reported at the end of the file.
// CHECK: types.c:[[@LINE-2]]:19: error: storage size of 'obj' isn't known
