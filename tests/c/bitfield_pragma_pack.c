// Bit-fields under #pragma pack: gcc drops its "a bit-field may not cross
// a unit of its type" rule whenever a maximum alignment is set, so even a
// char bit-field straddles bytes under pack(1), and bit-fields cross
// their units under pack(2) and pack(4) too; and N caps every member's
// alignment, __attribute__((aligned)) ones included (TinyCC tests2
// 95_bitfields).
// Sizes, alignments and the bits each field occupies, against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: p1 7 1
#include <stdio.h>
#include <string.h>

#define SHOW(name, T, ...)                                              \
  do {                                                                  \
    T s;                                                                \
    memset(&s, 0, sizeof s);                                            \
    __VA_ARGS__;                                                        \
    unsigned char *b = (unsigned char *)&s;                             \
    printf(name " %zu %zu", sizeof(T), _Alignof(T));                    \
    for (size_t i = 0; i < sizeof s; ++i) printf(" %02x", b[i]);        \
    printf("\n");                                                       \
  } while (0)

#pragma pack(push, 1)
struct p1 { unsigned x : 12; unsigned char y : 7; unsigned z : 28; unsigned a : 4; unsigned b : 5; };
struct p1c { char a : 4; char b : 7; short c : 9; };
struct pa1 { char c; int x __attribute__((aligned(16))); int y : 5 __attribute__((aligned(8))); };
#pragma pack(pop)
#pragma pack(push, 2)
struct p2 { char a : 4; char b : 7; int c : 20; long long d : 40; };
struct pa2 { char c; int x __attribute__((aligned(16))); };
#pragma pack(pop)
#pragma pack(push, 4)
struct p4 { int x : 30; long long y : 40; char z : 7; };
#pragma pack(pop)

int main(void) {
  SHOW("p1", struct p1, s.x = 0x333; s.y = 0x44; s.z = 0x555555; s.a = 6; s.b = 7);
  SHOW("p1c", struct p1c, s.a = 5; s.b = 0x3a; s.c = 0x123);
  SHOW("p2", struct p2, s.a = 3; s.b = 0x2b; s.c = 0x54321; s.d = 0x123456789aLL);
  SHOW("pa1", struct pa1, s.c = 1; s.x = 0x11223344; s.y = 9);
  SHOW("pa2", struct pa2, s.c = 1; s.x = 0x11223344);
  SHOW("p4", struct p4, s.x = 0x1234567; s.y = 0x3456789abcLL; s.z = 0x55);
  return 0;
}
