// weak and alias: an undefined weak symbol is null, a weak definition is
// used when nothing overrides it, aliases of functions and variables share
// the target's address, weak aliases (weak_alias idiom from libcs).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

extern int missing_fn(void) __attribute__((weak));
extern int missing_var __attribute__((weak));
__attribute__((weak)) int weak_def(void) { return 5; }
__attribute__((weak)) int weak_var = 6;

int real_impl(int x) { return x + 100; }
int alias_fn(int) __attribute__((alias("real_impl")));
int weak_alias_fn(int) __attribute__((weak, alias("real_impl")));
int target_var = 77;
extern int alias_var __attribute__((alias("target_var")));
static int hidden_impl(void) { return 9; }
int public_name(void) __attribute__((alias("hidden_impl")));

int main(void) {
  ASSERT(1, missing_fn == 0);
  ASSERT(1, &missing_var == 0);
  ASSERT(5, weak_def());
  ASSERT(6, weak_var);
  ASSERT(101, alias_fn(1));
  ASSERT(102, weak_alias_fn(2));
  ASSERT(1, (void *)alias_fn == (void *)real_impl);
  alias_var = 78;
  ASSERT(78, target_var);
  ASSERT(1, &alias_var == &target_var);
  ASSERT(9, public_name());
  printf("OK\n");
  return 0;
}
