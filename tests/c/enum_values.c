// Enumerations: implicit and explicit values, negative and large
// constants (gcc picks unsigned int or a 64-bit type for the enum),
// constants usable in #if-free constant expressions, enum in switch.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: 0 1 5 6 -3 -2
#include <stdio.h>

enum a { A0, A1, A5 = 5, A6, AN = -3, AN1 };
enum big { B = 0xffffffffu };
enum huge { H = 0x100000000LL };
enum negbig { NB = -0x100000000LL };
enum chars { CA = 'a', CB, CZ = 'z' };
enum dup { D1 = 1, D2 = 1, D3 };
enum { ANON = sizeof(int) * 3 };
enum self { S1 = 10, S2 = S1 * 2, S3 = S2 + S1 };

static const char *name(enum a v) {
  switch (v) { case A0: return "A0"; case A1: return "A1"; case A5: return "A5"; default: return "?"; }
}

int main(void) {
  printf("%d %d %d %d %d %d\n", A0, A1, A5, A6, AN, AN1);
  printf("%zu %zu %zu %zu\n", sizeof(enum a), sizeof(enum big), sizeof(enum huge), sizeof(enum negbig));
  printf("%d %d\n", (enum big)B > 0, (enum a)-1 < 0);
  printf("%lld %lld\n", (long long)H, (long long)NB);
  printf("%d %d %d\n", CA, CB, CZ);
  printf("%d %d %d\n", D1, D2, D3);
  printf("%d %d %d %d\n", ANON, S1, S2, S3);
  printf("%s %s\n", name(A5), name(A6));
  enum a v = A0;
  v++;
  printf("%d\n", v);
  int arr[A6];
  printf("%zu\n", sizeof arr);
  return 0;
}
