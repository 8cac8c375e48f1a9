// Statements: if, loops, break/continue, switch, goto, labels.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int classify(int x) {
  switch (x) {
    case 0: return 10;
    case 1:
    case 2: return 20;
    case 3: x += 100; /* fall through */
    case 4: return x;
    case 10 ... 20: return 1000;
    case -5: return -5;
    default: return -1;
  }
}

static int big_switch(long long v) {
  switch (v) {
    case 1LL << 40: return 1;
    case -1: return 2;
    case 0x7fffffffffffffffLL: return 3;
    case 1000 ... 1000000: return 4;
  }
  return 0;
}

int main(void) {
  int i, j, sum;
  sum = 0;
  for (i = 0; i < 10; i++) sum += i;
  ASSERT(45, sum);
  sum = 0;
  for (i = 0; i < 10; i++) {
    if (i == 3) continue;
    if (i == 7) break;
    sum += i;
  }
  ASSERT(18, sum);
  i = 0;
  while (i < 100) i = i * 2 + 1;
  ASSERT(127, i);
  i = 0;
  do { i++; } while (i < 5);
  ASSERT(5, i);
  i = 10;
  do i--; while (0);
  ASSERT(9, i);
  sum = 0;
  for (i = 0; i < 5; i++)
    for (j = 0; j < 5; j++) {
      if (j > i) break;
      sum++;
    }
  ASSERT(15, sum);
  for (;;) { sum = 99; break; }
  ASSERT(99, sum);
  ASSERT(10, classify(0));
  ASSERT(20, classify(1));
  ASSERT(20, classify(2));
  ASSERT(103, classify(3));
  ASSERT(4, classify(4));
  ASSERT(1000, classify(10));
  ASSERT(1000, classify(15));
  ASSERT(1000, classify(20));
  ASSERT(-1, classify(21));
  ASSERT(-5, classify(-5));
  ASSERT(-1, classify(-4));
  ASSERT(1, big_switch(1LL << 40));
  ASSERT(2, big_switch(-1));
  ASSERT(3, big_switch(0x7fffffffffffffffLL));
  ASSERT(4, big_switch(5000));
  ASSERT(0, big_switch(5));
  // goto
  i = 0;
again:
  i++;
  if (i < 3) goto again;
  ASSERT(3, i);
  goto skip;
  i = 100;
skip:
  ASSERT(3, i);
  // switch without braces and nested loops with continue inside switch
  sum = 0;
  for (i = 0; i < 6; i++) {
    switch (i % 3) {
      case 0: continue;
      case 1: sum += 1; break;
      default: sum += 10;
    }
    sum += 100;
  }
  ASSERT(422, sum);
  switch (1) case 1: sum = 7;
  ASSERT(7, sum);
  // comma and conditional
  i = (1, 2, 3);
  ASSERT(3, i);
  ASSERT(5, 1 ? 5 : 6);
  ASSERT(6, 0 ? 5 : 6);
  ASSERT(7, 7 ?: 8);
  ASSERT(8, 0 ?: 8);
  printf("OK\n");
  return 0;
}
