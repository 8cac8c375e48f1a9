// Bit-fields in unions (each starts at bit 0), anonymous bit-field structs
// inside unions overlaying an integer: the classic register layout idiom.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: reg 0x80000c09
#include <stdio.h>

union reg {
  unsigned int raw;
  struct { unsigned int enable : 1, : 1, mode : 2, : 6, prescale : 2, : 19, busy : 1; };
};
union small { unsigned char a : 3; unsigned short b : 9; };

int main(void) {
  union reg r = {0};
  r.enable = 1; r.mode = 2; r.prescale = 3; r.busy = 1;
  printf("reg 0x%x\n", r.raw);
  r.raw = 0x12345678;
  printf("%u %u %u %u\n", r.enable, r.mode, r.prescale, r.busy);
  printf("%zu %zu\n", sizeof(union reg), sizeof(union small));
  union small s; s.b = 0x1ff;
  printf("%u %u\n", s.a, s.b);
  s.a = 0;
  printf("%u\n", s.b);
  return 0;
}
