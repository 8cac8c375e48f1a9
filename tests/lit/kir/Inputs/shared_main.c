/* Uses the kit-compiled shared library of shared-lib.kir. */
#include <stdio.h>

extern int lib_value;
extern const char lib_name[];
int lib_compute(int);
int lib_tls_bump(void);
int lib_apply(int (*)(int), int);
int lib_get(void);

static int times5(int x) { return x * 5; }

int main(void) {
  printf("%s compute %d\n", lib_name, lib_compute(3));
  printf("value via main %d\n", lib_value);
  int a = lib_tls_bump();
  int b = lib_tls_bump();
  printf("tls %d %d\n", a, b);
  printf("apply %d\n", lib_apply(times5, 1));
  lib_value = 7;
  printf("value after store %d\n", lib_get());
  return 0;
}
