// Function-like macros: argument splitting, empty arguments, invocations
// spanning lines, names not followed by '(', nested invocations,
// directives inside arguments, and redefinition rules (6.10.3p2).
// RUN: %kit cpp -P %s 2>%t.err | FileCheck %s
// RUN: FileCheck --check-prefix=WARN %s < %t.err

#define ID(x) x
#define TWO(a, b) [a|b]
#define NONE() none
ID((a, b)) TWO((1, 2), {3}) TWO(,) NONE() NONE( )
// CHECK: (a, b) [(1, 2)|{3}] [|] none none
TWO([a], c)
// CHECK-NEXT: {{^\[\[a\]\|c\]}}

ID
(spans
 lines) after
// CHECK-NEXT: spans lines after

int ID = ID;
// CHECK-NEXT: int ID = ID;

ID(ID(ID(deep)))
// CHECK-NEXT: {{^}}deep

#define CALL(f, x) f(x)
CALL(ID, y) CALL(ID, (p, q))
// CHECK-NEXT: y (p, q)

#define LPAREN (
#define F(x) <x>
F LPAREN 1)
// CHECK-NEXT: F ( 1)

#define EMPTY
a EMPTY b EMPTY
// CHECK-NEXT: a b

ID(
#define INSIDE 42
INSIDE)
// CHECK-NEXT: 42

// Identical redefinitions are fine; different ones warn (gcc: a warning).
#define OBJ_LIKE (1-1)
#define OBJ_LIKE /* white space */ (1-1) /* other */
#define FUNC_LIKE(a) ( a )
#define FUNC_LIKE( a )( /* note the white space */ \
 a /* other stuff on this line
 */ )
#define OBJ_LIKE (0)
// WARN: macro-function.c:[[@LINE-1]]:9: warning: "OBJ_LIKE" redefined
// WARN: note: this is the location of the previous definition
#define FUNC_LIKE(b) ( b )
// WARN: macro-function.c:[[@LINE-1]]:9: warning: "FUNC_LIKE" redefined
OBJ_LIKE FUNC_LIKE(z)
// CHECK-NEXT: (0) ( z )
