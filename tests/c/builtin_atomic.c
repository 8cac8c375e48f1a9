// The __atomic_* builtins with every memory order: load_n/store_n/
// exchange_n/compare_exchange_n (strong and weak), fetch_op and op_fetch,
// test_and_set/clear, thread and signal fences, always_lock_free, and the
// generic forms on structs and floats.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct two { int a, b; };

int main(void) {
  int x = 0;
  __atomic_store_n(&x, 5, __ATOMIC_RELEASE);
  ASSERT(5, __atomic_load_n(&x, __ATOMIC_ACQUIRE));
  ASSERT(5, __atomic_exchange_n(&x, 6, __ATOMIC_ACQ_REL));
  int want = 6;
  ASSERT(1, __atomic_compare_exchange_n(&x, &want, 7, 0, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
  want = 0;
  ASSERT(0, __atomic_compare_exchange_n(&x, &want, 8, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
  ASSERT(7, want);
  ASSERT(7, __atomic_fetch_add(&x, 3, __ATOMIC_RELAXED));
  ASSERT(8, __atomic_sub_fetch(&x, 2, __ATOMIC_CONSUME));
  ASSERT(8, __atomic_fetch_or(&x, 1, __ATOMIC_SEQ_CST));
  ASSERT(1, __atomic_and_fetch(&x, 3, __ATOMIC_SEQ_CST));
  ASSERT(1, __atomic_fetch_xor(&x, 3, __ATOMIC_SEQ_CST));
  ASSERT(~(2 & 6), __atomic_nand_fetch(&x, 6, __ATOMIC_SEQ_CST));
  unsigned char u8 = 250;
  ASSERT(4, __atomic_add_fetch(&u8, 10, __ATOMIC_SEQ_CST));
  unsigned long long big = ~0ULL;
  ASSERT(0, __atomic_add_fetch(&big, 1, __ATOMIC_SEQ_CST));
  char flag = 0;
  ASSERT(0, __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
  ASSERT(1, __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
  __atomic_clear(&flag, __ATOMIC_RELEASE);
  ASSERT(0, flag);
  __atomic_thread_fence(__ATOMIC_SEQ_CST);
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  ASSERT(1, __atomic_always_lock_free(sizeof(long), 0));
  ASSERT(1, __atomic_is_lock_free(sizeof(int), &x));
  struct two s = {1, 2}, got, repl = {3, 4}, old;
  __atomic_load(&s, &got, __ATOMIC_SEQ_CST);
  ASSERT(2, got.b);
  __atomic_store(&s, &repl, __ATOMIC_SEQ_CST);
  ASSERT(3, s.a);
  struct two exp = {3, 4}, des = {5, 6};
  ASSERT(1, __atomic_compare_exchange(&s, &exp, &des, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  __atomic_exchange(&s, &repl, &old, __ATOMIC_SEQ_CST);
  ASSERT(6, old.b);
  double d = 1.5, dn = 2.5, dold;
  __atomic_exchange(&d, &dn, &dold, __ATOMIC_SEQ_CST);
  ASSERTF(1.5, dold);
  double dl;
  __atomic_load(&d, &dl, __ATOMIC_SEQ_CST);
  ASSERTF(2.5, dl);
  int *ptr = 0, target;
  __atomic_store_n(&ptr, &target, __ATOMIC_SEQ_CST);
  ASSERT(1, __atomic_load_n(&ptr, __ATOMIC_SEQ_CST) == &target);
  printf("OK\n");
  return 0;
}
