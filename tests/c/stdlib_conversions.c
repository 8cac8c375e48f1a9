// libc string conversions called from kit code: strtol with bases and
// errno on overflow, strtod, strtoull, sscanf of mixed types, snprintf
// truncation, atoi/atol.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 255 -8 493
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  printf("%ld %ld %ld\n", strtol("ff", 0, 16), strtol("-010", 0, 0), strtol("755", 0, 8));
  char *end;
  long v = strtol("123abc", &end, 10);
  printf("%ld %s\n", v, end);
  errno = 0;
  long big = strtol("99999999999999999999", 0, 10);
  printf("%ld %d\n", big, errno == ERANGE);
  printf("%llu\n", strtoull("18446744073709551615", 0, 10));
  printf("%.17g %.17g\n", strtod("3.14159", 0), strtod("1e-5x", &end));
  printf("%s\n", end);
  int i; double d; char word[16]; unsigned x;
  int n = sscanf("42 2.5 word 0x1f", "%d %lf %15s %x", &i, &d, word, &x);
  printf("%d %d %g %s %u\n", n, i, d, word, x);
  char small[8];
  int full = snprintf(small, sizeof small, "%s-%d", "truncated", 12345);
  printf("%d %s\n", full, small);
  printf("%d %ld %lld\n", atoi("  -17"), atol("2147483648"), atoll("-9223372036854775808"));
  return 0;
}
