// #pragma and _Pragma (6.10.6, 6.10.9): pragmas the preprocessor does not
// consume pass through on their own lines; once, GCC system_header,
// poison, push_macro/pop_macro, GCC warning/error are acted on.
// RUN: %kit cpp -P %s 2>%t.err | FileCheck %s
// RUN: FileCheck --check-prefix=DIAG %s < %t.err
// RUN: not %kit cpp %S/Inputs/poison.c 2>&1 | FileCheck --check-prefix=POISON %s

#pragma pack(push, 1)
#pragma STDC FP_CONTRACT ON
#pragma GCC diagnostic ignored "-Wunused"
// CHECK: #pragma pack(push, 1)
// CHECK-NEXT: #pragma STDC FP_CONTRACT ON
// CHECK-NEXT: #pragma GCC diagnostic ignored "-Wunused"
#define DO_PRAGMA(x) _Pragma(#x)
a DO_PRAGMA(weak sym) b _Pragma("message(\"hi\")") c
// CHECK-NEXT: a
// CHECK-NEXT: #pragma weak sym
// CHECK-NEXT: b
// CHECK-NEXT: #pragma message("hi")
// CHECK-NEXT: c

#define M 1
#pragma push_macro("M")
#undef M
#define M 2
M
#pragma pop_macro("M")
M
// CHECK-NEXT: 2
// CHECK-NEXT: 1
#pragma push_macro("UNDEFINED_BEFORE")
#define UNDEFINED_BEFORE 3
#pragma pop_macro("UNDEFINED_BEFORE")
UNDEFINED_BEFORE
// CHECK-NEXT: UNDEFINED_BEFORE

#pragma GCC warning "this is a warning"
// DIAG: pragma.c:[[@LINE-1]]:{{[0-9]+}}: warning: this is a warning
#pragma once
// DIAG: pragma.c:[[@LINE-1]]:{{[0-9]+}}: warning: #pragma once in main file
#pragma GCC system_header
// DIAG: warning: #pragma system_header ignored outside include file
end
// CHECK-NEXT: end
// POISON: poison.c:3:9: error: attempt to use poisoned "strcpy"
// POISON: poison.c:4:20: warning: poisoning existing macro "gets_old"
// POISON: poison.c:5:9: error: stop here
