// sizeof and _Alignof of every kind of type on the LP64 target.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct s1 { char c; };
struct s2 { char c; short s; };
struct s3 { char c; double d; char e; };
struct s4 { int a[3]; char b; };
struct empty {};
union u1 { char c[5]; int i; };

int main(void) {
  ASSERT(1, sizeof(char));
  ASSERT(2, sizeof(short));
  ASSERT(4, sizeof(int));
  ASSERT(8, sizeof(long));
  ASSERT(8, sizeof(long long));
  ASSERT(8, sizeof(void *));
  ASSERT(1, sizeof(_Bool));
  ASSERT(16, sizeof(long double));
  ASSERT(16, _Alignof(long double));
  ASSERT(1, sizeof(struct s1));
  ASSERT(4, sizeof(struct s2));
  ASSERT(24, sizeof(struct s3));
  ASSERT(16, sizeof(struct s4));
  ASSERT(0, sizeof(struct empty));
  ASSERT(8, sizeof(union u1));
  ASSERT(4, sizeof(int[1]));
  ASSERT(40, sizeof(int[2][5]));
  ASSERT(8, sizeof(int (*)[5]));
  ASSERT(8, sizeof(int (*)(void)));
  int x;
  ASSERT(4, sizeof x);
  ASSERT(4, sizeof(x));
  ASSERT(8, sizeof &x);
  ASSERT(4, sizeof x++);
  ASSERT(0, x = 0);
  ASSERT(0, x);
  ASSERT(1, sizeof(char) == 1);
  ASSERT(8, sizeof(sizeof 1));
  ASSERT(1, sizeof(void));
  ASSERT(4, sizeof 'a');
  ASSERT(4, sizeof(1 ? 'a' : 'b'));
  ASSERT(8, sizeof(1 ? 1 : 1L));
  ASSERT(8, sizeof(struct s4 *));
  ASSERT(4, sizeof((struct s4 *)0)->a[0]);
  ASSERT(12, sizeof(((struct s4 *)0)->a));
  ASSERT(3, sizeof("ab"));
  ASSERT(12, sizeof(L"ab"));
  ASSERT(6, sizeof(u"ab"));
  ASSERT(12, sizeof(U"ab"));
  ASSERT(8, _Alignof(double));
  ASSERT(4, _Alignof(struct s4));
  ASSERT(8, __alignof__(long long));
  printf("OK\n");
  return 0;
}
