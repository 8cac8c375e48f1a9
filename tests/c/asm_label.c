// Asm labels: a declaration's assembler name replaces its C name
// (int f() __asm__("g")), for functions and variables, used both to call
// libc under another C name and to define symbols under chosen names.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

size_t my_strlen(const char *) __asm__("strlen");
int renamed(int x) __asm__("kit_actual_symbol");
int renamed(int x) { return x * 7; }
int kit_actual_symbol(int x);   // the same function under its assembler name
extern int counter_c_name __asm__("kit_counter");
int counter_c_name = 3;
extern int kit_counter;
static int local_fn(void) __asm__("kit_local_fn");
static int local_fn(void) { return 13; }

int main(void) {
  ASSERT(5, (int)my_strlen("hello"));
  ASSERT(21, renamed(3));
  ASSERT(28, kit_actual_symbol(4));
  kit_counter = 10;
  ASSERT(10, counter_c_name);
  ASSERT(13, local_fn());
  printf("OK\n");
  return 0;
}
