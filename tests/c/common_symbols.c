// Tentative definitions: with -fno-common (the default, as gcc 10+) they
// are ordinary zero-initialized definitions; with -fcommon they become
// common symbols that the linker allocates. Both must work in every lane.
// RUN: %c-run %s %t | FileCheck %s
// RUN: %c-run %s %t.common -- -fcommon | FileCheck %s
// CHECK: OK
#include "test.h"

int tentative_int;
int tentative_int;
double tentative_arr[100];
struct big { char c[5000]; } tentative_big;
static int static_tentative;

int main(void) {
  ASSERT(0, tentative_int);
  tentative_int = 5;
  ASSERT(5, tentative_int);
  ASSERTF(0.0, tentative_arr[99]);
  tentative_arr[50] = 1.5;
  ASSERT(0, tentative_big.c[4999]);
  ASSERT(0, static_tentative);
  ASSERT(0, ((unsigned long)&tentative_arr) % 8);
  printf("OK\n");
  return 0;
}
