// Character constants: escapes (simple, octal, hex), their int type and
// the signedness of char (signed on x86-64), multi-character constants
// as gcc computes them.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 10 9 0 92 39 34 63 7 8 12 13 11 27
#include <stdio.h>

int main(void) {
  printf("%d %d %d %d %d %d %d %d %d %d %d %d %d\n", '\n', '\t', '\0', '\\', '\'', '"', '\?', '\a', '\b',
         '\f', '\r', '\v', '\e');
  printf("%d %d %d %d\n", '\101', '\x41', '\377', '\xff');
  printf("%d %d\n", 'ab', 'abcd');
  printf("%zu %zu\n", sizeof 'a', sizeof(char));
  char c = '\xff';
  unsigned char uc = '\xff';
  printf("%d %d %d\n", c, uc, c == '\xff');
  printf("%d %d\n", "\x41\102C"[1], "\0011"[1]);
  printf("%s\n", "a\tb\\c\"d\'e");
  return 0;
}
