// gcc's __builtin_ spellings of the <string.h> functions beyond the mem*
// family call the C library with the real prototype (TinyCC tests2
// 117_gcc_test uses __builtin_strdup); so does an undeclared strdup(),
// whose pointer result must not be cut to an int.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

char *call_undeclared(void);

int main(void) {
  char *d = __builtin_strdup("hello");
  ASSERTS("hello", d);
  char *n = __builtin_strndup("hello", 3);
  ASSERTS("hel", n);
  ASSERT(3, __builtin_strnlen("abc", 10));
  ASSERT(2, __builtin_strnlen("abc", 2));
  ASSERTS("lo", __builtin_strstr(d, "lo"));
  ASSERTS("llo", __builtin_strpbrk(d, "lz"));
  ASSERT(2, __builtin_strspn("aab", "a"));
  ASSERT(2, __builtin_strcspn("abc", "c"));
  char buf[16] = "ab";
  __builtin_strncat(buf, "cdef", 2);
  ASSERTS("abcd", buf);
  char *end = __builtin_stpcpy(buf, "xyz");
  ASSERT(3, end - buf);
  ASSERTS("xyz", buf);
  free(d);
  free(n);
  char *u = call_undeclared();
  ASSERTS("implicit", u);
  free(u);
  printf("OK\n");
  return 0;
}

char *call_undeclared(void) { return strdup("implicit"); }
