// Bit-fields in packed structs and with aligned attributes: packed fields
// straddle bytes freely; aligned(N) on a field or struct raises alignment.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: p1 3 1
#include <stdio.h>
#include <string.h>

struct __attribute__((packed)) p1 { char c; int x : 12; };
struct __attribute__((packed)) p2 { unsigned a : 3; unsigned long long b : 50; unsigned c : 11; };
struct p3 { char c; int x : 12 __attribute__((packed)); char d; };
struct p4 { char c; int x : 4 __attribute__((aligned(8))); };
struct __attribute__((aligned(16))) p5 { int x : 3; };
#pragma pack(push, 1)
struct p6 { char c; int x : 20; short s : 9; };
#pragma pack(pop)
#pragma pack(2)
struct p7 { char c; int x : 20; char d; };
#pragma pack()

#define SHOW(T) printf(#T " %zu %zu\n", sizeof(struct T), _Alignof(struct T))
int main(void) {
  SHOW(p1); SHOW(p2); SHOW(p3); SHOW(p4); SHOW(p5); SHOW(p6); SHOW(p7);
  struct p2 v; memset(&v, 0, sizeof v);
  v.a = 5; v.b = 0x3ffffffffffffULL; v.c = 0x555;
  unsigned char raw[sizeof v]; memcpy(raw, &v, sizeof v);
  for (size_t i = 0; i < sizeof v; i++) printf("%02x", raw[i]);
  printf("\n%u %llx %x\n", v.a, (unsigned long long)v.b, v.c);
  struct p6 w; memset(&w, 0, sizeof w); w.x = -5; w.s = -100;
  printf("%d %d\n", w.x, w.s);
  return 0;
}
