// Casts and implicit conversions between all arithmetic and pointer types.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <stdint.h>

int main(void) {
  ASSERT(131585, (int)8590066177);
  ASSERT(513, (short)8590066177);
  ASSERT(1, (char)8590066177);
  ASSERT(1, (_Bool)1);
  ASSERT(1, (_Bool)2);
  ASSERT(0, (_Bool)(char)256);
  ASSERT(1, (long)1);
  ASSERT(0, (long)&*(int *)0);
  ASSERT(513, ({ int x = 512; *(char *)&x = 1; x; }));
  ASSERT(5, ({ int x = 5; long y = (long)&x; *(int *)y; }));
  int i = -1;
  unsigned u = i;
  ASSERT(4294967295, u);
  long l = u;
  ASSERT(4294967295, l);
  l = i;
  ASSERT(-1, l);
  unsigned char uc = 300;
  ASSERT(44, uc);
  signed char sc = 200;
  ASSERT(-56, sc);
  double d = -1.9;
  ASSERT(-1, (int)d);
  ASSERT(1, (unsigned char)1.9);
  float f = 1e10;
  ASSERT(10000000000, (long)f);
  ASSERT(1, (double)(float)0.1 != 0.1);
  uintptr_t up = (uintptr_t)&i;
  ASSERT(1, (int *)up == &i);
  void *vp = &i;
  int *ip = vp;
  ASSERT(-1, *ip);
  ASSERT(1, (char)(int)(char)-1 == -1);
  ASSERT(255, (unsigned char)(char)-1);
  long long ll = (long long)(unsigned)-1;
  ASSERT(4294967295, ll);
  ASSERT(-1, (long long)(int)(unsigned)-1);
  _Bool b = (void *)0;
  ASSERT(0, b);
  b = &i;
  ASSERT(1, b);
  (void)0;
  (void)i;
  printf("OK\n");
  return 0;
}
