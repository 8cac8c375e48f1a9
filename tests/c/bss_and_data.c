// Large zero-initialized and initialized globals: a 16 MiB .bss array,
// a large initialized table, read-only data, writable data, and their
// alignment, in every lane (PIE, non-PIE, static glibc and musl).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <stdint.h>
#include "test.h"

static char zeros[16 << 20];
static int table[4096] = {[0] = 1, [4095] = 2};
static const double ro[] = {1.5, 2.5, 3.5};
int rw[3] = {7, 8, 9};
static long long aligned8 = 1;
static _Alignas(4096) char page[4096];

int main(void) {
  long s = 0;
  for (int i = 0; i < (16 << 20); i += 4096) s += zeros[i];
  ASSERT(0, s);
  zeros[(16 << 20) - 1] = 5;
  ASSERT(5, zeros[(16 << 20) - 1]);
  ASSERT(3, table[0] + table[4095] + table[2000]);
  ASSERTF(7.5, ro[0] + ro[1] + ro[2]);
  rw[1]++;
  ASSERT(9, rw[1]);
  ASSERT(0, (uintptr_t)&aligned8 % 8);
  ASSERT(0, (uintptr_t)page % 4096);
  ASSERT(1, aligned8);
  printf("OK\n");
  return 0;
}
