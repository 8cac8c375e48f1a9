// Variadic macros: __VA_ARGS__ (6.10.3p12), GNU named variadics and
// ", ## __VA_ARGS__", and C2x __VA_OPT__ (also as # __VA_OPT__).
// RUN: %kit cpp -P %s | FileCheck %s

#define V(fmt, ...) f(fmt, __VA_ARGS__)
V(a, b, c) V(a, (b, c)) V(a,) V(a)
// CHECK: f(a, b, c) f(a, (b, c)) f(a, ) f(a, )

#define G(fmt, args...) g(fmt, args)
G(x, 1, 2) G(x)
// CHECK-NEXT: g(x, 1, 2) g(x, )

#define C(fmt, ...) h(fmt, ## __VA_ARGS__)
#define CN(fmt, rest...) h(fmt, ## rest)
// gcc: the comma goes when the argument is left out, not when it is empty.
C(x) C(x,) C(x, 1) C(x, 1, 2) CN(y) CN(y, 3)
// CHECK-NEXT: h(x) h(x,) h(x, 1) h(x, 1, 2) h(y) h(y, 3)

#define O(a, ...) o(a __VA_OPT__(,) __VA_ARGS__)
O(1) O(1, 2) O(1, 2, 3)
// CHECK-NEXT: o(1 ) o(1 , 2) o(1 , 2, 3)

#define EMPTY
O(1, EMPTY)
// CHECK-NEXT: o(1 )

#define S(...) #__VA_OPT__(x y) | # __VA_ARGS__
S() S(1,  2)
// CHECK-NEXT: "" | "" "x y" | "1, 2"

#define P(x, ...) a ## __VA_OPT__(x ## b) c
P(1) P(1, z)
// CHECK-NEXT: a c a1b c

#define COUNT(...) COUNT_(__VA_ARGS__ __VA_OPT__(,) 3, 2, 1, 0)
#define COUNT_(a, b, c, n, ...) n
COUNT() COUNT(x) COUNT(x, y) COUNT(x, y, z)
// CHECK-NEXT: 0 1 2 3
