// GNU attributes written among a declarator's pointer operators apply to
// the declaration, as in gcc: `char *__attribute__((cleanup(f))) s` runs
// f(&s) when s goes out of scope, however the scope is left (TinyCC's
// 101_cleanup; systemd-style _cleanup_free_ macros put it there too).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: cleanup inner
// CHECK-NEXT: cleanup outer
// CHECK-NEXT: cleanup ret
// CHECK-NEXT: returned 7
// CHECK-NEXT: OK
#include "test.h"

static void show(char **p) { printf("cleanup %s\n", *p); }
static int count;
static void bump(int **p) { count += **p; }

static const char *ret(void) {
  char *__attribute__((cleanup(show))) s = "ret";
  return "returned";
}

int main(void) {
  {
    char *__attribute__((cleanup(show))) outer = "outer";
    {
      char * const __attribute__((cleanup(show))) inner = "inner";
      (void)inner;
    }
  }
  int v = 7;
  for (int i = 0; i < 3; ++i) {
    int *__attribute__((__cleanup__(bump))) p = &v;
    (void)p;
  }
  printf("%s %d\n", ret(), count / 3);
  char *__attribute__((aligned(32))) aligned_ptr = 0;
  ASSERT(0, (long)&aligned_ptr % 32);
  printf("OK\n");
  return 0;
}
