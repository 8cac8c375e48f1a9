// _Alignof, __alignof__ and sizeof of every scalar and aggregate kind,
// against gcc (x86-64 psABI). Note gcc's __alignof__(double) outside a
// struct is 8 on x86-64 and _Alignof(long double) is 16.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: long double 16 16
#include <stdio.h>
#include <stddef.h>

#define SHOW(T) printf(#T " %zu %zu %zu\n", sizeof(T), _Alignof(T), (size_t)__alignof__(T))
struct c3 { char a[3]; };
struct id { int i; double d; };
union ld { long double x; char c; };
typedef int aligned_int __attribute__((aligned(16)));

int main(void) {
  SHOW(char); SHOW(short); SHOW(int); SHOW(long); SHOW(long long);
  SHOW(float); SHOW(double);
  printf("long double %zu %zu\n", sizeof(long double), _Alignof(long double));
  SHOW(long double);
  SHOW(void *); SHOW(_Bool); SHOW(__int128); SHOW(float _Complex);
  SHOW(double _Complex); SHOW(long double _Complex);
  SHOW(struct c3); SHOW(struct id); SHOW(union ld); SHOW(int[7]);
  SHOW(aligned_int); SHOW(max_align_t); SHOW(wchar_t); SHOW(size_t);
  SHOW(int (*)(void)); SHOW(_Atomic long long); SHOW(__float128);
  return 0;
}
