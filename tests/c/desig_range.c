// GNU range designators [a ... b]: static and automatic arrays, overlapping
// ranges (the later wins), ranges of structs, and ranges in nested arrays.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int table[16] = {[0 ... 3] = 1, [4 ... 7] = 2, [6 ... 9] = 3, [15] = 4};
struct kv { int k, v; };
static struct kv kvs[5] = {[1 ... 3] = {7, 8}};
static char cls[256] = {['a' ... 'z'] = 'l', ['A' ... 'Z'] = 'u', ['0' ... '9'] = 'd'};
static int m[3][4] = {[0 ... 2] = {[1 ... 2] = 5}};

int main(void) {
  ASSERT(1, table[0]);
  ASSERT(1, table[3]);
  ASSERT(2, table[5]);
  ASSERT(3, table[6]);
  ASSERT(3, table[9]);
  ASSERT(0, table[10]);
  ASSERT(4, table[15]);
  ASSERT(0, kvs[0].k);
  ASSERT(8, kvs[3].v);
  ASSERT('l', cls['q']);
  ASSERT('u', cls['Q']);
  ASSERT('d', cls['5']);
  ASSERT(0, cls['!']);
  ASSERT(5, m[2][2]);
  ASSERT(0, m[1][3]);
  int n = 3;
  int loc[8] = {[2 ... 5] = n * 2, [0] = n};
  ASSERT(3, loc[0]);
  ASSERT(0, loc[1]);
  ASSERT(6, loc[4]);
  ASSERT(0, loc[7]);
  printf("OK\n");
  return 0;
}
