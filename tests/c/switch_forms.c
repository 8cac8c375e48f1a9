// switch: default in the middle with fall-through into and out of it,
// nested switches, case labels inside blocks (Duff's device), switch on
// char, long long and enum values, no matching case and no default.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int mid(int x) {
  int r = 0;
  switch (x) {
    case 1: r += 1;
    default: r += 10;
    case 2: r += 100; break;
    case 3: r += 1000;
  }
  return r;
}
static void duff(char *to, const char *from, int count) {
  int n = (count + 7) / 8;
  switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7: *to++ = *from++;
    case 6: *to++ = *from++;
    case 5: *to++ = *from++;
    case 4: *to++ = *from++;
    case 3: *to++ = *from++;
    case 2: *to++ = *from++;
    case 1: *to++ = *from++;
            } while (--n > 0);
  }
}
static int big(long long v) {
  switch (v) {
    case 0x100000000LL: return 1;
    case -0x100000000LL: return 2;
    case 0x7fffffffffffffffLL: return 3;
  }
  return 0;
}

int main(void) {
  ASSERT(111, mid(1));
  ASSERT(100, mid(2));
  ASSERT(1000, mid(3));
  ASSERT(110, mid(9));
  char buf[32] = {0};
  duff(buf, "abcdefghijklmnopqrstuvw", 23);
  ASSERTS("abcdefghijklmnopqrstuvw", buf);
  ASSERT(1, big(0x100000000LL));
  ASSERT(2, big(-0x100000000LL));
  ASSERT(3, big(0x7fffffffffffffffLL));
  ASSERT(0, big(5));
  int hits = 0;
  for (int i = 0; i < 4; i++)
    switch (i) {
      case 0: case 1:
        switch (i) { case 1: hits += 10; break; default: hits += 1; }
        break;
      case 3: hits += 100;
    }
  ASSERT(111, hits);
  switch ('q') { case 'a': hits = 0; }
  ASSERT(111, hits);
  unsigned char uc = 200;
  switch (uc) { case 200: hits = 5; break; case -56: hits = 6; }
  ASSERT(5, hits);
  printf("OK\n");
  return 0;
}
