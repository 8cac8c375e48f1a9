// Bit-field layout against gcc (SysV x86-64 rules): sizeof, alignment and
// the offset of the member after each group, for many field sequences.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: s1 size 4 align 4
// CHECK: s7 size 16 align 8
#include <stddef.h>
#include <stdio.h>

struct s1 { unsigned a : 3; int b : 5; unsigned c : 24; };
struct s2 { char c; int x : 4; char after; };
struct s3 { int x : 30; int y : 4; char after; };
struct s4 { char c; int : 0; char after; };
struct s5 { short s : 9; short t : 9; char after; };
struct s6 { char a : 4; char b : 5; char after; };
struct s7 { long long x : 40; long long y : 30; char after; };
struct s8 { char c; long long x : 60; char after; };
struct s9 { int a : 1; long long b : 63; char after; };
struct s10 { unsigned char a : 7; unsigned short b : 10; char after; };
struct s11 { char c[3]; int x : 9; char after; };
struct s12 { int x : 1; double d; int y : 3; char after; };
struct s13 { _Bool b : 1; unsigned long l : 33; char after; };
struct s14 { char c; short : 0; char after; };
struct s15 { char c; long long : 0; char after; };
struct s16 { int a : 8; int : 8; int b : 8; char after; };
struct s17 { short a : 15; int b : 17; char after; };
struct s18 { char c; int x : 25; int y : 8; char after; };

#define SHOW(T) printf(#T " size %zu align %zu after %zu\n", sizeof(struct T), _Alignof(struct T), offsetof(struct T, after))

int main(void) {
  printf("s1 size %zu align %zu\n", sizeof(struct s1), _Alignof(struct s1));
  printf("s7 size %zu align %zu\n", sizeof(struct s7), _Alignof(struct s7));
  SHOW(s2); SHOW(s3); SHOW(s4); SHOW(s5); SHOW(s6); SHOW(s7); SHOW(s8); SHOW(s9);
  SHOW(s10); SHOW(s11); SHOW(s12); SHOW(s13); SHOW(s14); SHOW(s15); SHOW(s16);
  SHOW(s17); SHOW(s18);
  return 0;
}
