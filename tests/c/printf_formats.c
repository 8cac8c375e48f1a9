// A wide sweep of printf conversions from kit-compiled code into libc's
// variadic printf: every length modifier, flags, widths and precisions
// from '*' arguments, floats in every style. Against gcc (same libc).
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: [   42] [42   ] [00042] [+42]
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>

int main(void) {
  printf("[%5d] [%-5d] [%05d] [%+d]\n", 42, 42, 42, 42);
  printf("[%hhd] [%hd] [%ld] [%lld] [%jd] [%zd] [%td]\n", (signed char)-129, (short)70000, -5L, -6LL, (intmax_t)-7,
         (ssize_t)-8, (ptrdiff_t)-9);
  printf("[%hhu] [%hu] [%lu] [%llu] [%zu]\n", (unsigned char)300, (unsigned short)70000, 5UL, ~0ULL, (size_t)10);
  printf("[%x] [%#X] [%#o] [%o] [%#x]\n", 255u, 255u, 8u, 0u, 0u);
  printf("[%*d] [%-*d] [%.*d] [%*.*f]\n", 6, 1, 6, 2, 4, 3, 8, 2, 3.14159);
  printf("[%e] [%E] [%.0e] [%#.0e]\n", 12345.678, 0.000123, 5.5, 5.0);
  printf("[%f] [%.0f] [%.10f] [%#.0f]\n", 1.5, 2.5, 1.0 / 3, 3.0);
  printf("[%g] [%G] [%g] [%g] [%#g]\n", 100000.0, 1e-5, 1e6, 0.0001, 1.0);
  printf("[%a] [%A] [%.2a]\n", 1.0, -0.5, 3.14);
  printf("[%c] [%5c] [%-3c]\n", 'x', 'y', 'z');
  printf("[%s] [%.2s] [%8s] [%-8s]\n", "str", "string", "r", "l");
  printf("[%%] [%5%]\n");
  int n1, n2;
  printf("abc%n def%n\n", &n1, &n2);
  printf("%d %d\n", n1, n2);
  printf("[%Lf] [%Le] [%Lg]\n", 1.25L, 1e100L, 1e-4000L);
  printf("[% d] [% d] [%+.3d]\n", 5, -5, 7);
  printf("%d %s %f %c %ld %u %g %x %p\n", 1, "two", 3.0, '4', 5L, 6u, 7.5, 8, (void *)0);
  return 0;
}
