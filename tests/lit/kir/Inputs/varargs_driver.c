/* The C half of varargs.kir: calls the kit variadic function walk() with
   the same arguments as the kit main does. */
#include <stdio.h>

struct pair { long a; double b; };
struct big { long v[5]; };
double walk(const char* kinds, ...);

int c_side(void) {
  struct pair p = {11, 0.25};
  struct big b = {{100, 200, 300, 400, 500}};
  printf("from C:\n");
  double s = walk("ildLqpbdiiiiidd", -3, 40000000000L, 1.25, -0.5L,
                  ((__int128)1 << 64) + 5, p, b, 2.0, 1, 2, 3, 4, 5, 6.5, 7.5);
  printf("C sum %.3f\n", s);
  return 0;
}
