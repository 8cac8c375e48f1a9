// _Alignas on globals, locals (including over-aligned stack slots, which
// need the frame realigned), struct members, and _Alignas(type).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include "test.h"

_Alignas(64) static char g64[3];
alignas(32) int g32;
struct m { char c; _Alignas(16) char d; _Alignas(double) char e; };
struct over { _Alignas(128) int x; };

static int check_local(void) {
  char pad = 1;
  _Alignas(64) char l64[5];
  _Alignas(256) int l256 = 3;
  alignas(16) double l16 = 2.0;
  volatile char sink = pad;
  (void)sink;
  return ((uintptr_t)l64 % 64 == 0) + ((uintptr_t)&l256 % 256 == 0) * 2 + ((uintptr_t)&l16 % 16 == 0) * 4 + (l256 == 3) * 8;
}
static int recurse(int n) {
  _Alignas(32) char buf[7];
  buf[0] = (char)n;
  if ((uintptr_t)buf % 32) return -1;
  return n ? recurse(n - 1) + buf[0] : 0;
}

int main(void) {
  ASSERT(0, (uintptr_t)g64 % 64);
  ASSERT(0, (uintptr_t)&g32 % 32);
  ASSERT(16, offsetof(struct m, d));
  ASSERT(24, offsetof(struct m, e));
  ASSERT(32, sizeof(struct m));
  ASSERT(16, _Alignof(struct m));
  ASSERT(128, sizeof(struct over));
  ASSERT(128, alignof(struct over));
  ASSERT(15, check_local());
  ASSERT(55, recurse(10));
  struct over o[2];
  ASSERT(0, (uintptr_t)&o[1] % 128);
  printf("OK\n");
  return 0;
}
