// Bit-fields of every allowed declared type: _Bool, char, short, int, long,
// long long, enum; their storage units and alignment effects (gcc lets the
// declared type set the alignment on x86-64).
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: bool 1 1
#include <stdio.h>

enum color { RED, GREEN, BLUE, WHITE = 7 };
enum neg { MINUS = -2, PLUS = 1 };
struct t_bool { _Bool b : 1; };
struct t_char { char c : 3; char d : 3; };
struct t_short { short s : 3; };
struct t_long { long l : 3; };
struct t_enum { enum color c : 3; enum neg n : 2; };
struct t_mix { char a : 2; short b : 10; long long c : 5; };

int main(void) {
  printf("bool %zu %zu\n", sizeof(struct t_bool), _Alignof(struct t_bool));
  printf("char %zu %zu\n", sizeof(struct t_char), _Alignof(struct t_char));
  printf("short %zu %zu\n", sizeof(struct t_short), _Alignof(struct t_short));
  printf("long %zu %zu\n", sizeof(struct t_long), _Alignof(struct t_long));
  printf("enum %zu %zu\n", sizeof(struct t_enum), _Alignof(struct t_enum));
  printf("mix %zu %zu\n", sizeof(struct t_mix), _Alignof(struct t_mix));
  struct t_bool b = {0};
  b.b = 5;   // conversion to _Bool: nonzero is 1
  printf("%d\n", b.b);
  struct t_enum e = {WHITE, MINUS};
  printf("%d %d\n", e.c, e.n);
  e.c = BLUE;
  printf("%d %d\n", e.c == BLUE, e.n == MINUS);
  struct t_mix m = {-1, -300, -9};
  printf("%d %d %lld\n", m.a, m.b, (long long)m.c);
  return 0;
}
