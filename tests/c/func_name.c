// __func__, __FUNCTION__ and __PRETTY_FUNCTION__ name the enclosing
// function (static arrays of char); #line changes __LINE__ and __FILE__.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static const char *who(void) { return __func__; }
static const char *gnu(void) { return __FUNCTION__; }
static const char *pretty(void) { return __PRETTY_FUNCTION__; }

int main(void) {
  ASSERTS("who", who());
  ASSERTS("gnu", gnu());
  ASSERTS("pretty", pretty());
  ASSERTS("main", __func__);
  ASSERT(5, sizeof __func__);
#line 500 "renamed.c"
  ASSERT(500, __LINE__);
  ASSERTS("renamed.c", __FILE__);
  printf("OK\n");
  return 0;
}
