// Lexical errors: stray characters, bad constants.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
int a = 09;
// CHECK: lexical.c:[[@LINE-1]]:9: error: invalid digit '9' in octal constant
int b = 1.5e;
// CHECK: lexical.c:[[@LINE-1]]:9: error: invalid floating constant '1.5e'
int c = 12abc;
// CHECK: lexical.c:[[@LINE-1]]:9: error: invalid suffix "abc" on integer constant
int d = @;
// CHECK: lexical.c:[[@LINE-1]]:9: error: expected expression before '@'
