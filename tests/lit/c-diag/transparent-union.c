// transparent_union (c/transparent_union.c runs it): glibc's socket calls
// take a struct sockaddr_in * silently (-Werror passes); an argument that
// matches no member is an error; a definition taking such a union (which
// kit would have to receive as its first member) is reported as
// unsupported; the attribute on a non-union is ignored with gcc's warning.
// RUN: %kit cc -Werror -fsyntax-only -DGOOD %s
// RUN: not %kit cc -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
#define _GNU_SOURCE 1
#include <netinet/in.h>
#include <sys/socket.h>
int good(int fd, struct sockaddr_in *a, struct sockaddr_in6 *b) {
  return bind(fd, a, sizeof *a) + connect(fd, b, sizeof *b) + bind(fd, (struct sockaddr *)a, sizeof *a) +
         bind(fd, (void *)0, 0) + bind(fd, 0, 0);
}
#ifndef GOOD
typedef union {
  int *ip;
  long *lp;
} num_ptr __attribute__((transparent_union));
int take(num_ptr p);
int bad(double *d) { return take(d); }
// CHECK: transparent-union.c:[[@LINE-1]]:34: error: incompatible type for passing argument 1 of 'take': no member of the transparent union matches
int defined_here(num_ptr p) { return *p.ip; }
// CHECK: transparent-union.c:[[@LINE-1]]:26: error: a function definition with a transparent_union parameter is not supported by kit
typedef int not_union __attribute__((transparent_union));
// CHECK: transparent-union.c:[[@LINE-1]]:{{[0-9]+}}: warning: 'transparent_union' attribute ignored
#endif
