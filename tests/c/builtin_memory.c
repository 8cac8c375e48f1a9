// The memcpy family as builtins: __builtin_memcpy/memmove/memset/memcmp/
// strlen/strcmp/strncmp/strcpy/strchr, with constant and variable sizes,
// overlapping moves, and results usable in constant contexts where gcc
// folds them.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct blob { char c[37]; };

int main(void) {
  char a[32], b[32];
  __builtin_memset(a, 'x', sizeof a);
  ASSERT('x', a[31]);
  __builtin_memcpy(b, "hello, world", 13);
  ASSERT(12, (int)__builtin_strlen(b));
  __builtin_memmove(b + 2, b, 13);   // overlapping, forwards
  ASSERTS("hehello, world", b);
  __builtin_memmove(b, b + 2, 13);   // overlapping, backwards
  ASSERTS("hello, world", b);
  ASSERT(0, __builtin_memcmp("abc", "abc", 3));
  ASSERT(1, __builtin_memcmp("abd", "abc", 3) > 0);
  ASSERT(1, __builtin_strcmp("a", "b") < 0);
  ASSERT(0, __builtin_strncmp("abcx", "abcy", 3));
  char c[16];
  __builtin_strcpy(c, "copy");
  ASSERTS("copy", c);
  ASSERT(2, (int)(__builtin_strchr(c, 'p') - c));
  size_t n = 7;
  __builtin_memset(c, 0, n);
  ASSERT(0, c[6]);
  struct blob s1, s2;
  __builtin_memset(&s1, 7, sizeof s1);
  __builtin_memcpy(&s2, &s1, sizeof s2);
  ASSERT(7, s2.c[36]);
  ASSERT(5, sizeof(char[__builtin_strlen("12345")]));
  printf("OK\n");
  return 0;
}
