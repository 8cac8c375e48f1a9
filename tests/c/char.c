// Plain char is signed on x86-64 Linux; signed/unsigned char are distinct.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int main(void) {
  char c = 200;
  ASSERT(-56, c);
  ASSERT(1, c < 0);
  unsigned char u = 200;
  ASSERT(200, u);
  signed char s = -1;
  ASSERT(-1, s);
  ASSERT(1, (char)'\xff' == -1);
  char buf[] = "\xff";
  ASSERT(-1, buf[0]);
  ASSERT(255, (unsigned char)buf[0]);
  ASSERT(1, _Generic((char)0, char: 1, signed char: 2, unsigned char: 3));
  ASSERT(2, _Generic((signed char)0, char: 1, signed char: 2, unsigned char: 3));
  int i = c;
  ASSERT(-56, i);
  printf("OK\n");
  return 0;
}
