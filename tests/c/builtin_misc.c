// Assorted builtins: __builtin_object_size (conservative answers),
// __builtin_classify_type, __builtin_prefetch (no effect), __builtin_abs
// family, __builtin_isdigit-style library builtins, __builtin_va_arg_pack
// is GCC-inline-only and not tested.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static char *unknown_or_null(void) { return 0; }

int main(void) {
  char buf[10];
  // gcc at -O0 answers "unknown" ((size_t)-1 for types 0 and 1) unless it
  // folds; both answers are allowed, any other is wrong.
  size_t b0 = __builtin_object_size(buf, 0), b1 = __builtin_object_size(buf + 4, 1);
  ASSERT(1, b0 == 10 || b0 == (size_t)-1);
  ASSERT(1, b1 == 6 || b1 == (size_t)-1);
  ASSERT(0, __builtin_object_size(unknown_or_null(), 2));
  char *unknown = (char *)malloc(7);
  size_t os = __builtin_object_size(unknown, 0);
  ASSERT(1, os == (size_t)-1 || os == 7);
  free(unknown);
  __builtin_prefetch(buf);
  __builtin_prefetch(buf, 1, 3);
  ASSERT(5, __builtin_abs(-5));
  ASSERT(5L, __builtin_labs(-5L));
  ASSERT(5LL, __builtin_llabs(-5LL));
  ASSERTF(2.5, __builtin_fabs(-2.5));
  ASSERT(1, __builtin_classify_type(1) == __builtin_classify_type('c'));
  ASSERT(1, __builtin_classify_type(1.0) != __builtin_classify_type(1));
  ASSERT(1, __builtin_classify_type(buf) == __builtin_classify_type((char *)0));
  printf("OK\n");
  return 0;
}
