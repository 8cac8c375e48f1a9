// GNU case ranges (case lo ... hi): small ranges, ranges wider than a
// jump table would hold, negative and unsigned bounds, char classes, next
// to plain cases and default.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int cls(int c) {
  switch (c) {
    case '0' ... '9': return 1;
    case 'a' ... 'z': case 'A' ... 'Z': return 2;
    case ' ': return 3;
    default: return 0;
  }
}
static int wide(long v) {
  switch (v) {
    case -1000000 ... -1: return -1;
    case 0: return 0;
    case 1 ... 100000000: return 1;
    case 100000001 ... 0x7fffffffffffL: return 2;
    default: return 9;
  }
}
static int uns(unsigned v) {
  switch (v) {
    case 0x80000000u ... 0xffffffffu: return 1;
    case 5 ... 10: return 2;
  }
  return 0;
}

int main(void) {
  ASSERT(1, cls('5'));
  ASSERT(2, cls('q'));
  ASSERT(2, cls('Q'));
  ASSERT(3, cls(' '));
  ASSERT(0, cls('!'));
  ASSERT(-1, wide(-500));
  ASSERT(-1, wide(-1000000));
  ASSERT(9, wide(-1000001));
  ASSERT(0, wide(0));
  ASSERT(1, wide(99999999));
  ASSERT(2, wide(100000001));
  ASSERT(9, wide(0x800000000000L));
  ASSERT(1, uns(0x90000000u));
  ASSERT(2, uns(7));
  ASSERT(0, uns(11));
  int hits = 0;
  for (int i = 0; i < 300; i++) switch (i) { case 10 ... 19: case 200 ... 249: hits++; }
  ASSERT(60, hits);
  printf("OK\n");
  return 0;
}
