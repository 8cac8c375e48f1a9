// __attribute__((aligned(N))) among the declaration specifiers of a typedef
// (`typedef int __attribute__((aligned(16))) a16;`, or before `typedef`)
// aligns the typedef just as after the declarator, and on a type name it
// makes that type over-aligned: `_Alignas(int __attribute__((aligned(16))))`
// is 16 (TinyCC tests2 102_alignas). Both were ignored.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

typedef int after __attribute__((aligned(16)));
typedef int __attribute__((aligned(16))) within;
__attribute__((aligned(32))) typedef int before;
struct s { char c; within x; };
int _Alignas(int __attribute__((aligned(16)))) v;
int _Alignas(within) w;

int main(void) {
  ASSERT(16, _Alignof(after));
  ASSERT(16, _Alignof(within));
  ASSERT(32, _Alignof(before));
  ASSERT(4, sizeof(within));
  ASSERT(16, __builtin_offsetof(struct s, x));
  ASSERT(32, sizeof(struct s));
  ASSERT(16, _Alignof(int __attribute__((aligned(16)))));
  ASSERT(16, __alignof__(v));
  ASSERT(0, (long)&v % 16);
  ASSERT(16, __alignof__(w));
  ASSERT(4, _Alignof(int));
  printf("OK\n");
  return 0;
}
