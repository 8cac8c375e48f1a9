// switch: nested, in loops, default in the middle, on chars and enums,
// Duff's device.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static int duff(int count) {
  int n = (count + 7) / 8, hits = 0;
  switch (count % 8) {
    case 0: do { hits++;
    case 7: hits++;
    case 6: hits++;
    case 5: hits++;
    case 4: hits++;
    case 3: hits++;
    case 2: hits++;
    case 1: hits++;
            } while (--n > 0);
  }
  return hits;
}

static int nested(int a, int b) {
  switch (a) {
    case 1:
      switch (b) {
        case 1: return 11;
        default: return 10;
      }
    default:
      return 0;
    case 2:
      return 2;
  }
}

int main(void) {
  ASSERT(13, duff(13));
  ASSERT(8, duff(8));
  ASSERT(1, duff(1));
  ASSERT(11, nested(1, 1));
  ASSERT(10, nested(1, 5));
  ASSERT(2, nested(2, 0));
  ASSERT(0, nested(7, 0));
  int vowels = 0;
  for (const char *p = "programming language"; *p; p++)
    switch (*p) {
      case 'a': case 'e': case 'i': case 'o': case 'u': vowels++;
    }
  ASSERT(7, vowels);
  int x = 5;
  switch (x) { }
  switch (x) default: x = 6;
  ASSERT(6, x);
  printf("OK\n");
  return 0;
}
