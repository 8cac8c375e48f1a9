// __attribute__((packed)) on structs, on single members, with nested
// structs and arrays; unaligned members read and written correctly.
// Layout checked against gcc.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: p1 7 1 1 3
#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct __attribute__((packed)) p1 { char c; short s; int i; };
struct p2 { char c; int i __attribute__((packed)); char d; };
struct in { char a; long b; };
struct __attribute__((packed)) p3 { char c; struct in s; double d; };
struct p4 { char c; struct __attribute__((packed)) { int x; char y; } s; int z; };
struct __attribute__((packed, aligned(4))) p5 { char c; int i; };
typedef struct __attribute__((__packed__)) { unsigned short t; unsigned long long v; } p6;

int main(void) {
  printf("p1 %zu %zu %zu %zu\n", sizeof(struct p1), _Alignof(struct p1), offsetof(struct p1, s), offsetof(struct p1, i));
  printf("p2 %zu %zu %zu\n", sizeof(struct p2), offsetof(struct p2, i), offsetof(struct p2, d));
  printf("p3 %zu %zu %zu\n", sizeof(struct p3), offsetof(struct p3, s), offsetof(struct p3, d));
  printf("p4 %zu %zu %zu\n", sizeof(struct p4), offsetof(struct p4, s), offsetof(struct p4, z));
  printf("p5 %zu %zu\n", sizeof(struct p5), _Alignof(struct p5));
  printf("p6 %zu\n", sizeof(p6));
  struct p1 arr[3];
  for (int i = 0; i < 3; i++) { arr[i].c = (char)i; arr[i].s = (short)(1000 * i + 1); arr[i].i = -i * 100000; }
  int sum = 0;
  for (int i = 0; i < 3; i++) sum += arr[i].s + arr[i].i;
  printf("%d\n", sum);
  p6 v = {0xbeef, 0x0123456789abcdefULL};
  unsigned char raw[sizeof v]; memcpy(raw, &v, sizeof v);
  for (size_t i = 0; i < sizeof v; i++) printf("%02x", raw[i]);
  printf("\n");
  int *ip = &arr[1].i;  // unaligned pointer: x86 tolerates it
  printf("%d\n", *ip);
  return 0;
}
