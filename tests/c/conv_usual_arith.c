// The usual arithmetic conversions (C17 6.3.1.8) between every pair of
// integer types, observed through the result's size, signedness and value.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: int+uint 4 u 4294967295
#include <stdio.h>

#define ISU(e) ((__typeof__(e))-1 > 0)
#define P(name, e) printf(name " %zu %s %llu\n", sizeof(e), ISU(e) ? "u" : "s", (unsigned long long)(e))

int main(void) {
  int i = -1; unsigned u = 0; long l = -1; unsigned long ul = 0; long long ll = -1;
  unsigned short us = 65535; short s = -1; unsigned char uc = 255; signed char sc = -1; char c = 'a';
  _Bool b = 1;
  P("int+uint", i + u);
  P("long+uint", l + u);
  P("long+ulong", l + ul);
  P("ll+ulong", ll + ul);
  P("ushort+short", us + s);
  P("uchar*schar", uc * sc);
  P("char+bool", c + b);
  P("uint*ushort", u * us);
  P("int<uint", i < u);
  P("long<uint", l < u);
  P("schar>>1", sc >> 1);
  P("ushort<<16", us << 16);
  P("-uint", -(u + 1));
  P("~uchar", ~uc);
  P("uint/int", (u + 10) / -3);
  P("long-mod-int", -7L % 3);
  P("ulong-mod-int", 7UL % -3);
  P("cond", 1 ? u : i);
  P("cond2", 0 ? ul : s);
  P("bool+bool", b + b);
  return 0;
}
