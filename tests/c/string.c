// String literals, escapes, concatenation, char arrays.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

int main(void) {
  ASSERT(4, sizeof("abc"));
  ASSERT(97, "abc"[0]);
  ASSERT(0, "abc"[3]);
  ASSERT(7, "\a"[0]);
  ASSERT(8, "\b"[0]);
  ASSERT(9, "\t"[0]);
  ASSERT(10, "\n"[0]);
  ASSERT(11, "\v"[0]);
  ASSERT(12, "\f"[0]);
  ASSERT(13, "\r"[0]);
  ASSERT(27, "\e"[0]);
  ASSERT(0, "\0"[0]);
  ASSERT(16, "\20"[0]);
  ASSERT(65, "\101"[0]);
  ASSERT(104, "\x68"[0]);
  ASSERT(-1, "\xff"[0]);
  ASSERT(34, "\""[0]);
  ASSERT(92, "\\"[0]);
  ASSERT(63, "\?"[0]);
  ASSERT(6, sizeof("abc" "de"));
  ASSERTS("abcde", "abc" "de");
  ASSERTS("x\ny", "x\n" "y");
  char s[] = "hello";
  ASSERT(6, sizeof s);
  s[0] = 'j';
  ASSERTS("jello", s);
  char t[10] = "abc";
  ASSERT(10, sizeof t);
  ASSERT(0, t[3]);
  ASSERT(0, t[9]);
  char u[3] = "abc";
  ASSERT('c', u[2]);
  char v[] = {"braced"};
  ASSERT(7, sizeof v);
  char w[2][4] = {"ab", "cde"};
  ASSERTS("cde", w[1]);
  const char *p = "same";
  const char *q = "same";
  ASSERT(1, strcmp(p, q) == 0);
  ASSERT(3, strlen("\x41\102C"));
  // UTF-8 source bytes are kept in narrow strings
  ASSERT(3, sizeof("é"));
  ASSERT(3, sizeof("\u00e9\0") - 1);
  ASSERT((char)0xc3, "\u00e9"[0]);
  ASSERT(5, sizeof("\U0001F600"));
  ASSERT('a', 'a');
  ASSERT(10, '\n');
  ASSERT(-1, '\xff');
  ASSERT(0x4142, 'AB');
  printf("OK\n");
  return 0;
}
