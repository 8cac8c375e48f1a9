// __builtin_alloca and alloca(): fresh, 16-byte aligned stack memory that
// lives until the function returns (also across loops); frame_address(0)
// and return_address(0) are non-null, and a callee's frame lies below
// its caller's.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <alloca.h>
#include <stdint.h>
#include "test.h"

static __attribute__((noinline)) uintptr_t callee_frame(void) { return (uintptr_t)__builtin_frame_address(0); }
static __attribute__((noinline)) int check_frames(void) {
  uintptr_t mine = (uintptr_t)__builtin_frame_address(0);
  return callee_frame() < mine && __builtin_return_address(0) != 0 && mine != 0;
}
static int sum_alloca(int n) {
  int *p = __builtin_alloca(n * sizeof(int));
  for (int i = 0; i < n; i++) p[i] = i;
  int *q = alloca(n * sizeof(int));
  for (int i = 0; i < n; i++) q[i] = p[i] * 2;
  int s = 0;
  for (int i = 0; i < n; i++) s += q[i];
  return s;
}

int main(void) {
  ASSERT(1, check_frames());
  ASSERT(9900, sum_alloca(100));
  char *ptrs[10];
  for (int i = 0; i < 10; i++) {
    ptrs[i] = alloca(i + 1);
    ASSERT(0, (uintptr_t)ptrs[i] % 16);
    ptrs[i][0] = (char)i;
  }
  for (int i = 0; i < 10; i++) ASSERT(i, ptrs[i][0]);  // still alive after the loop
  ASSERT(1, ptrs[0] != ptrs[1]);
  printf("OK\n");
  return 0;
}
