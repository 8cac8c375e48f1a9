// -Wformat (in -Wall): printf and scanf family calls, and functions
// declared with __attribute__((format)), checked against their literal
// format strings: argument types, missing and extra arguments.
// RUN: %kit cc -Wall -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %kit cc -c %s -o %t.o 2>&1 | FileCheck --allow-empty --check-prefix=DEFAULT %s
// DEFAULT-NOT: warning
#include <stdio.h>
__attribute__((format(printf, 2, 3))) void log_at(int level, const char *fmt, ...);
__attribute__((format(scanf, 1, 2))) int my_scan(const char *fmt, ...);

void calls(int i, long l, double d, char *s, unsigned u, short *sp, long double ld) {
  printf("%d %s\n", l, i);
// CHECK: format.c:[[@LINE-1]]:21: warning: format '%d' expects argument of type 'int', but argument 2 has type 'long' [-Wformat]
// CHECK: format.c:[[@LINE-2]]:24: warning: format '%s' expects argument of type 'char *', but argument 3 has type 'int' [-Wformat]
  printf("%f\n", i);
// CHECK: format.c:[[@LINE-1]]:18: warning: format '%f' expects argument of type 'double', but argument 2 has type 'int'
  printf("%d %d\n", i);
// CHECK: format.c:[[@LINE-1]]:9: warning: format '%d' expects a matching 'int' argument
  printf("%d\n", i, i);
// CHECK: format.c:[[@LINE-1]]:21: warning: too many arguments for format
  printf("%lu\n", u);
// CHECK: format.c:[[@LINE-1]]:19: warning: format '%lu' expects argument of type 'long unsigned int', but argument 2 has type 'unsigned int'
  printf("%Lf %f\n", d, ld);
// CHECK: format.c:[[@LINE-1]]:22: warning: format '%Lf' expects argument of type 'long double', but argument 2 has type 'double'
// CHECK: format.c:[[@LINE-2]]:25: warning: format '%f' expects argument of type 'double', but argument 3 has type 'long double'
  scanf("%d", &l);
// CHECK: format.c:[[@LINE-1]]:15: warning: format '%d' expects argument of type 'int *', but argument 2 has type 'long *'
  scanf("%d", i);
// CHECK: format.c:[[@LINE-1]]:15: warning: format '%d' expects argument of type 'int *', but argument 2 has type 'int'
  log_at(1, "%s=%d\n", s, s);
// CHECK: format.c:[[@LINE-1]]:27: warning: format '%d' expects argument of type 'int', but argument 4 has type 'char *'
  my_scan("%ld", &i);
// CHECK: format.c:[[@LINE-1]]:18: warning: format '%ld' expects argument of type 'long int *', but argument 2 has type 'int *'
  fprintf(stderr, "%p %c\n", i, s);
// CHECK: format.c:[[@LINE-1]]:30: warning: format '%p' expects argument of type 'void *', but argument 3 has type 'int'
// CHECK: format.c:[[@LINE-2]]:33: warning: format '%c' expects argument of type 'int', but argument 4 has type 'char *'
  printf("%d %u %ld %s %f %c %p %hd %zu %%\n", i, u, l, s, d, 'c', (void *)s, (short)i, sizeof i);
  scanf("%hd %lf %s %*d %n", sp, &d, s, &i);
  printf("%5.2f %-*d\n", d, 3, i);
// CHECK-NOT: warning
}
