// __attribute__((section)): objects and functions in named sections, and
// the linker-made __start_/__stop_ symbols bounding a section whose name is
// a C identifier (the registration-table idiom).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: registered 3 sum 60
// CHECK: OK
#include "test.h"

struct entry { const char *name; int value; };
#define REGISTER(n, v) static const struct entry entry_##n __attribute__((section("kit_reg"), used)) = {#n, v}
REGISTER(a, 10);
REGISTER(b, 20);
REGISTER(c, 30);
extern const struct entry __start_kit_reg[], __stop_kit_reg[];

__attribute__((section(".text.kit_special"))) int special(int x) { return x * 3; }
__attribute__((section(".data.kit_mine"))) int mine = 41;
__attribute__((section(".rodata.kit_const"))) const char label[] = "lbl";

int main(void) {
  int n = 0, sum = 0;
  for (const struct entry *e = __start_kit_reg; e < __stop_kit_reg; e++) { n++; sum += e->value; }
  printf("registered %d sum %d\n", n, sum);
  ASSERT(21, special(7));
  mine++;
  ASSERT(42, mine);
  ASSERTS("lbl", label);
  printf("OK\n");
  return 0;
}
