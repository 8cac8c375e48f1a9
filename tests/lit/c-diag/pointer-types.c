// Assignment-like conversions between incompatible pointers, pointers and
// integers, and pointers losing qualifiers: warnings in gcc's words.
// RUN: %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
void take(long *p);
int *g(char *c, const int *ci, long l) {
  int *p = c;
// CHECK: pointer-types.c:[[@LINE-1]]:12: warning: initialization of 'int *' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]
  p = c;
// CHECK: pointer-types.c:[[@LINE-1]]:5: warning: assignment to 'int *' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]
  take(p);
// CHECK: pointer-types.c:[[@LINE-1]]:8: warning: passing argument 1 of 'take' from incompatible pointer type [-Wincompatible-pointer-types]
  int *q = l;
// CHECK: pointer-types.c:[[@LINE-1]]:12: warning: initialization of 'int *' from 'long' makes pointer from integer without a cast [-Wint-conversion]
  long m = q;
// CHECK: pointer-types.c:[[@LINE-1]]:12: warning: initialization of 'long' from 'int *' makes integer from pointer without a cast [-Wint-conversion]
  int *r = ci;
// CHECK: pointer-types.c:[[@LINE-1]]:12: warning: initialization discards 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]
  (void)m;
  (void)r;
  return c;
// CHECK: pointer-types.c:[[@LINE-1]]:10: warning: returning 'char *' from a function with incompatible return type 'int *' [-Wincompatible-pointer-types]
}
