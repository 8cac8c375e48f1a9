// _Generic, _Static_assert, _Alignof/_Alignas, typeof, __auto_type.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

#define TYPE_ID(x) _Generic((x), char: 1, signed char: 2, unsigned char: 3, short: 4, int: 5, \
  unsigned: 6, long: 7, unsigned long: 8, long long: 9, float: 10, double: 11, long double: 12, \
  char *: 13, const char *: 14, default: 0)

_Static_assert(sizeof(int) == 4, "int is 4 bytes");
_Static_assert(1, "");

struct s { char c; _Alignas(16) int x; };
_Alignas(32) int aligned_global;

int main(void) {
  ASSERT(1, TYPE_ID((char)1));
  ASSERT(5, TYPE_ID(1 ? (char)0 : (char)1));
  ASSERT(5, TYPE_ID('a'));
  ASSERT(2, TYPE_ID((signed char)1));
  ASSERT(3, TYPE_ID((unsigned char)1));
  ASSERT(4, TYPE_ID((short)1));
  ASSERT(5, TYPE_ID(1));
  ASSERT(6, TYPE_ID(1u));
  ASSERT(7, TYPE_ID(1L));
  ASSERT(8, TYPE_ID(1UL));
  ASSERT(9, TYPE_ID(1LL));
  ASSERT(10, TYPE_ID(1.0f));
  ASSERT(11, TYPE_ID(1.0));
  ASSERT(12, TYPE_ID(1.0L));
  char buf[2];
  ASSERT(13, TYPE_ID(buf));
  const char *cp = "x";
  ASSERT(14, TYPE_ID(cp));
  ASSERT(0, TYPE_ID((void *)0));
  const int ci = 3;
  ASSERT(5, TYPE_ID(ci));
  _Static_assert(_Alignof(struct s) == 16, "aligned member");
  ASSERT(32, sizeof(struct s));
  ASSERT(16, __builtin_offsetof(struct s, x));
  ASSERT(0, (unsigned long)&aligned_global % 32);
  _Alignas(64) char local[3];
  ASSERT(0, (unsigned long)local % 64);
  ASSERT(8, _Alignof(double));
  ASSERT(1, _Alignof(char));
  typeof(ci) t = 5;
  ASSERT(5, t);
  typeof(int[4]) arr;
  ASSERT(16, sizeof arr);
  __typeof__(buf[0]) c = 'q';
  ASSERT('q', c);
  __auto_type au = 1.5;
  ASSERT(11, TYPE_ID(au));
  __auto_type ap = &arr[1];
  ASSERT(4, (char *)(ap + 1) - (char *)ap);
  ASSERT(1, __builtin_types_compatible_p(int, signed));
  ASSERT(0, __builtin_types_compatible_p(int, long));
  ASSERT(1, __builtin_types_compatible_p(typeof(arr), int[4]));
  ASSERT(7, __builtin_choose_expr(1, 7, "no"));
  printf("OK\n");
  return 0;
}
