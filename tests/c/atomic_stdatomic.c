// <stdatomic.h>: atomic_load/store/exchange, compare_exchange strong and
// weak, fetch_add/sub/or/and/xor with explicit memory orders, atomic_flag,
// atomic pointers and atomic_thread_fence; sizes of _Atomic types.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <stdatomic.h>
#include "test.h"

struct pair { int a, b; };

int main(void) {
  atomic_int x = ATOMIC_VAR_INIT(5);
  ASSERT(5, atomic_load(&x));
  atomic_store(&x, 7);
  ASSERT(7, atomic_exchange(&x, 9));
  int expected = 8;
  ASSERT(0, atomic_compare_exchange_strong(&x, &expected, 10));
  ASSERT(9, expected);
  ASSERT(1, atomic_compare_exchange_strong(&x, &expected, 10));
  ASSERT(10, x);
  expected = 10;
  while (!atomic_compare_exchange_weak_explicit(&x, &expected, 11, memory_order_acq_rel, memory_order_acquire)) {}
  ASSERT(11, atomic_load_explicit(&x, memory_order_relaxed));
  ASSERT(11, atomic_fetch_add(&x, 4));
  ASSERT(15, atomic_fetch_sub_explicit(&x, 5, memory_order_release));
  ASSERT(10, atomic_fetch_or(&x, 1));
  ASSERT(11, atomic_fetch_and(&x, 3));
  ASSERT(3, atomic_fetch_xor(&x, 1));
  ASSERT(2, x);
  atomic_flag f = ATOMIC_FLAG_INIT;
  ASSERT(0, atomic_flag_test_and_set(&f));
  ASSERT(1, atomic_flag_test_and_set(&f));
  atomic_flag_clear(&f);
  ASSERT(0, atomic_flag_test_and_set_explicit(&f, memory_order_seq_cst));
  int arr[4] = {1, 2, 3, 4};
  _Atomic(int *) p = arr;
  p += 2;
  ASSERT(3, *p);
  // As with gcc, fetch_add on an atomic pointer counts bytes (the
  // __atomic builtins do not scale), while p += n is pointer arithmetic.
  ASSERT(1, atomic_fetch_add(&p, sizeof(int)) == arr + 2);
  ASSERT(4, *p);
  atomic_thread_fence(memory_order_seq_cst);
  atomic_signal_fence(memory_order_acquire);
  _Atomic struct pair ps = {1, 2};
  struct pair got = ps;
  ASSERT(2, got.b);
  ps = (struct pair){3, 4};
  got = ps;
  ASSERT(3, got.a);
  struct pair fresh = {5, 6}, old;
  __atomic_exchange(&ps, &fresh, &old, __ATOMIC_SEQ_CST);
  ASSERT(3, old.a);
  __atomic_load(&ps, &got, __ATOMIC_ACQUIRE);
  ASSERT(6, got.b);
  ASSERT(8, sizeof ps);
  ASSERT(1, atomic_is_lock_free(&x));
  atomic_llong ll = 1LL << 40;
  ll <<= 0;
  ll *= 2;
  ASSERT(1LL << 41, ll);
  _Atomic _Bool flag = 0;
  flag = 5;
  ASSERT(1, flag);
  printf("OK\n");
  return 0;
}
