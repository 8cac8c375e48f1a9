// GNU attributes: packed, aligned, section, weak, alias, constructor and
// destructor with priorities, cleanup, noreturn, used, unused, mode,
// visibility, deprecated (a warning), asm labels.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct __attribute__((packed)) pk { char c; int i; short s; };
struct pk2 { char c; int i __attribute__((packed)); };
struct __attribute__((aligned(32))) al { int x; };
typedef int aligned_int __attribute__((aligned(16)));
int in_section __attribute__((section(".data.kit_test"))) = 7;
int weak_default __attribute__((weak)) = 3;
int real_target = 42;
extern int alias_name __attribute__((alias("real_target")));
static int order[4];
static int norder;
__attribute__((constructor(200))) static void ctor_late(void) { order[norder++] = 2; }
__attribute__((constructor(101))) static void ctor_early(void) { order[norder++] = 1; }
__attribute__((constructor)) static void ctor_default(void) { order[norder++] = 3; }
static int cleaned;
static void cleanup_int(int *p) { cleaned += *p; }
__attribute__((noreturn)) static void die(void) { exit(3); }
__attribute__((used)) static int kept = 1;
typedef int di_t __attribute__((mode(DI)));
typedef unsigned qi_t __attribute__((mode(QI)));
__attribute__((visibility("hidden"))) int hidden_fn(void) { return 5; }
int renamed(void) __asm__("kit_renamed_symbol");
int renamed(void) { return 9; }
extern int kit_renamed_symbol(void);
__attribute__((deprecated("old"))) static int old_fn(void) { return 1; }
__attribute__((format(printf, 1, 2))) static int myprintf(const char *f, ...) { (void)f; return 0; }
static int scope_cleanup(void) {
  {
    int a __attribute__((cleanup(cleanup_int))) = 10;
    int b __attribute__((cleanup(cleanup_int))) = 20;
    (void)a;
    (void)b;
  }
  for (int i = 0; i < 3; i++) {
    int c __attribute__((cleanup(cleanup_int))) = 100;
    (void)c;
    if (i == 1) break;
  }
  return cleaned;
}

int main(void) {
  ASSERT(7, sizeof(struct pk));
  ASSERT(1, __builtin_offsetof(struct pk, i));
  ASSERT(5, sizeof(struct pk2));
  ASSERT(32, sizeof(struct al));
  ASSERT(32, _Alignof(struct al));
  ASSERT(16, _Alignof(aligned_int));
  struct pk p = {1, 0x12345678, 3};
  ASSERT(0x12345678, p.i);
  p.i++;
  ASSERT(0x12345679, p.i);
  ASSERT(7, in_section);
  ASSERT(3, weak_default);
  ASSERT(42, alias_name);
  ASSERT(3, norder);
  ASSERT(1, order[0]);
  ASSERT(2, order[1]);
  ASSERT(3, order[2]);
  ASSERT(230, scope_cleanup());
  ASSERT(8, sizeof(di_t));
  ASSERT(1, sizeof(qi_t));
  ASSERT(5, hidden_fn());
  ASSERT(9, kit_renamed_symbol());
  ASSERT(9, renamed());
  ASSERT(1, kept);
  ASSERT(0, myprintf("%d", 1));
  ASSERT(1, old_fn());
  if (norder == 99) die();
  printf("OK\n");
  return 0;
}
