// An error inside a macro expansion: located at the spelling, with a note
// for the expansion.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
#define TWICE(x) ((x) + nosuch)
// CHECK: macro-note.c:[[@LINE-1]]:25: error: 'nosuch' undeclared (first use in this function)
int f(int a) { return TWICE(a); }
// CHECK: macro-note.c:[[@LINE-1]]:23: note: in expansion of macro 'TWICE'
