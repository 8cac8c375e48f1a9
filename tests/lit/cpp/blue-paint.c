// Rescanning and "blue paint" (6.10.3.4p2): a macro's name met while the
// macro is being replaced is never replaced again, wherever that token
// goes later.
// RUN: %kit cpp -P %s | FileCheck %s

#define foo foo
foo
// CHECK: foo

#define a b
#define b a
a b
// CHECK-NEXT: a b

#define f(x) x f
f(1)(2)
// CHECK-NEXT: 1 f(2)

#define g(x) g(x)
g(g(1))
// CHECK-NEXT: g(g(1))

// The painted token stays unexpandable when passed on as an argument.
#define id(x) x
#define self self id(self)
self
// CHECK-NEXT: self self

#define lparen (
#define h(x) [x]
#define call h lparen 1 )
call
// CHECK-NEXT: h ( 1 )

// An expansion ends before the '(' that follows it: then the macro may be
// used again (gcc, and the 6.10.3.4 example).
#define q(x) x q
q(1)(2)(3)
// CHECK-NEXT: 1 q(2)(3)
#define NIL(x) x
#define G0(x) NIL
G0(0)(1)
// CHECK-NEXT: 1
