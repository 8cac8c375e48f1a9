// Character arrays initialized from string literals: exact fit without the
// terminator, shorter strings zero-filled, braces around the string,
// arrays of strings, and pointers to literals.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

static char exact[3] = "abc";       // no terminator (legal in C)
static char pad[8] = "hi";
static char braced[] = {"braced"};
static char names[][6] = {"one", "three", "five"};
static const char *ptrs[] = {"x", "yy", "zzz"};
struct msg { int id; char text[10]; };
static struct msg msgs[] = {{1, "first"}, {2, "second"}};

int main(void) {
  ASSERT(3, sizeof exact);
  ASSERT('c', exact[2]);
  ASSERT(0, pad[2] | pad[7]);
  ASSERT(7, sizeof braced);
  ASSERTS("three", names[1]);
  ASSERT(18, sizeof names);
  ASSERT(0, names[0][5]);
  ASSERT(3, (int)strlen(ptrs[2]));
  ASSERTS("second", msgs[1].text);
  char local[10] = "local";
  ASSERT(0, local[9]);
  local[0] = 'L';
  ASSERTS("Local", local);
  char two[2][3] = {"ab", "c"};
  ASSERTS("c", two[1]);
  unsigned char u[] = "\xff\x80";
  ASSERT(255, u[0]);
  ASSERT(3, sizeof u);
  signed char sc[] = "\xff";
  ASSERT(-1, sc[0]);
  printf("OK\n");
  return 0;
}
