// An executable's malloc interposes on the C library's: libc's own calls
// (strdup) must reach it, so the executable exports it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int calls;
extern void *__libc_malloc(size_t);
void *malloc(size_t n) {
  calls++;
  return __libc_malloc(n);
}
int main(void) {
  char *p = strdup("interposed");
  printf("%s %d\n", p, calls > 0);
  return 0;
}
