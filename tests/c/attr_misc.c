// Attributes that must be accepted and keep their meaning: noinline,
// always_inline, unused, used, deprecated (warning only), format (checked,
// not changing code), visibility, const/pure, malloc, nonnull, warn_unused_result,
// returns_twice, hot/cold, fallthrough, and the __x__ spellings.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: fmt 42 x
// CHECK: OK
#include <stdarg.h>
#include "test.h"

__attribute__((noinline)) static int slow(int x) { return x + 1; }
__attribute__((always_inline)) static inline int fast(int x) { return x * 2; }
__attribute__((unused)) static int never_called(void) { return 0; }
__attribute__((used)) static int kept(void) { return 1; }
__attribute__((deprecated("use new_api"))) int old_api(void) { return 3; }
__attribute__((format(printf, 1, 2))) static void say(const char *fmt, ...) {
  va_list ap; va_start(ap, fmt); vprintf(fmt, ap); va_end(ap);
}
__attribute__((visibility("hidden"))) int hidden_fn(void) { return 4; }
__attribute__((visibility("default"))) int default_fn(void) { return 5; }
__attribute__((const)) static int sq(int x) { return x * x; }
__attribute__((pure)) static int first(const int *p) { return *p; }
__attribute__((malloc)) static void *grab(size_t n) { return malloc(n); }
__attribute__((nonnull(1))) static int deref(int *p) { return *p; }
__attribute__((warn_unused_result)) static int must(void) { return 6; }
__attribute__((cold)) static void rare(void) {}
__attribute__((hot, __noinline__)) static int often(int x) { return x - 1; }

int main(void) {
  ASSERT(3, slow(2));
  ASSERT(8, fast(4));
  ASSERT(1, kept());
  ASSERT(3, old_api());
  say("fmt %d %s\n", 42, "x");
  ASSERT(4, hidden_fn());
  ASSERT(5, default_fn());
  ASSERT(49, sq(7));
  int v = 11;
  ASSERT(11, first(&v));
  int *m = grab(sizeof *m);
  *m = 12;
  ASSERT(12, deref(m));
  free(m);
  ASSERT(6, must());
  rare();
  ASSERT(9, often(10));
  int r = 0;
  switch (v) {
    case 11: r = 1; __attribute__((fallthrough));
    case 12: r += 2; break;
  }
  ASSERT(3, r);
  int unused_local __attribute__((unused));
  printf("OK\n");
  return 0;
}
