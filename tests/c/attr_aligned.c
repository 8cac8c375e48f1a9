// __attribute__((aligned)) on variables, types, typedefs and members;
// aligned with no argument means the target's biggest useful alignment
// (16 on x86-64); aligned never lowers alignment except with packed.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: t1 16 16
#include <stdint.h>
#include <stdio.h>

struct t1 { char c; } __attribute__((aligned(16)));
struct t2 { char c; int i __attribute__((aligned(32))); };
struct t3 { double d; } __attribute__((aligned(2)));   // no effect: cannot lower
typedef int i64a __attribute__((aligned(64)));
struct t4 { char c; i64a x; };
struct t5 { char c; } __attribute__((aligned));
static char gbuf[3] __attribute__((aligned(128)));
static int gi __attribute__((__aligned__(8)));

int main(void) {
  printf("t1 %zu %zu\n", sizeof(struct t1), _Alignof(struct t1));
  printf("t2 %zu %zu\n", sizeof(struct t2), _Alignof(struct t2));
  printf("t3 %zu %zu\n", sizeof(struct t3), _Alignof(struct t3));
  printf("t4 %zu %zu\n", sizeof(struct t4), _Alignof(struct t4));
  printf("t5 %zu %zu\n", sizeof(struct t5), _Alignof(struct t5));
  printf("i64a %zu %zu\n", sizeof(i64a), _Alignof(i64a));
  printf("%d %d\n", (int)((uintptr_t)gbuf % 128), (int)((uintptr_t)&gi % 8));
  char local __attribute__((aligned(64))) = 1;
  printf("%d %d\n", (int)((uintptr_t)&local % 64), local);
  struct t1 arr[2];
  printf("%d\n", (int)((char *)&arr[1] - (char *)&arr[0]));
  return 0;
}
