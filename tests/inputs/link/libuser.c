// Uses lib.c through a shared library: copy relocations (non-PIE), TLS
// across modules, PLT calls.
#include <stdio.h>
extern int lib_counter;
extern __thread int lib_tls;
int lib_add(int, int);
const char *lib_name(void);
extern int (*lib_fp)(const char *);
int main(void) {
  int r = lib_add(2, 3);
  printf("%s r=%d counter=%d tls=%d\n", lib_name(), r, lib_counter, lib_tls);
  lib_fp("fp from lib");
  return lib_counter;
}
