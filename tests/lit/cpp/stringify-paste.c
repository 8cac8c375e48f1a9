// # and ## (6.10.3.2, 6.10.3.3): spelling of arguments, escapes inside
// literals, white space collapsed, placemarkers, chains of ##, pastes that
// make identifiers which are then expanded, and digraphs.
// RUN: %kit cpp -P %s | FileCheck %s

#define S(x) #x
S(  a   +    b  ) S("q\"uote" '\'' "\\n") S() S(a
  b) S(/* comment */ x /* */ y)
// CHECK: "a + b" "\"q\\\"uote\" '\\'' \"\\\\n\"" "" "a b" "x y"

#define CAT(a, b) a ## b
#define CAT3(a, b, c) a ## b ## c
CAT(x, y) CAT(, y) CAT(x, ) CAT(,) CAT3(1, 2, 3) CAT(+, =) CAT(<, <=) CAT(., 5) CAT(L, 'a')
// CHECK-NEXT: xy y x 123 += <<= .5 L'a'

#define XY done
#define XCAT(a, b) CAT(a, b)
CAT(X, Y) XCAT(X, Y)
// CHECK-NEXT: done done

// The operands of ## are not expanded first; with an extra level they are.
#define ONE 1
CAT(ONE, 2) XCAT(ONE, 2)
// CHECK-NEXT: ONE2 12

// # and ## in object-like macros: only ## is an operator.
#define HASH # x
#define JOIN a ## b
HASH JOIN
// CHECK-NEXT: {{^}} # x ab

// Digraphs keep their spelling when stringified.
#define DS(x) S(x)
x %: <: :> <% %> %:%:
S(<: :>)
// CHECK-NEXT: x %: <: :> <% %> %:%:
// CHECK-NEXT: "<: :>"
