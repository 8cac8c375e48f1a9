// _Atomic objects and the __sync_* / __atomic_* builtins.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <stdatomic.h>

_Atomic int ga = 5;

int main(void) {
  _Atomic int a = 1;
  a += 2;
  ASSERT(3, a);
  a++;
  ASSERT(4, a);
  ASSERT(4, a--);
  ASSERT(3, a);
  a *= 5;
  ASSERT(15, a);
  _Atomic double d = 1.5;
  d += 1.0;
  ASSERTF(2.5, d);
  ga = 10;
  ASSERT(10, ga);
  int x = 5;
  ASSERT(5, __sync_fetch_and_add(&x, 3));
  ASSERT(8, x);
  ASSERT(10, __sync_add_and_fetch(&x, 2));
  ASSERT(10, __sync_fetch_and_sub(&x, 1));
  ASSERT(9, __sync_fetch_and_or(&x, 6));
  ASSERT(15, x);
  ASSERT(3, __sync_and_and_fetch(&x, 3));
  ASSERT(1, __sync_bool_compare_and_swap(&x, 3, 7));
  ASSERT(0, __sync_bool_compare_and_swap(&x, 3, 9));
  ASSERT(7, __sync_val_compare_and_swap(&x, 7, 11));
  ASSERT(11, x);
  ASSERT(11, __sync_lock_test_and_set(&x, 1));
  __sync_lock_release(&x);
  ASSERT(0, x);
  __sync_synchronize();
  long l = 0;
  __atomic_store_n(&l, 42, __ATOMIC_RELEASE);
  ASSERT(42, __atomic_load_n(&l, __ATOMIC_ACQUIRE));
  ASSERT(42, __atomic_exchange_n(&l, 7, __ATOMIC_SEQ_CST));
  long expected = 7;
  ASSERT(1, __atomic_compare_exchange_n(&l, &expected, 8, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  expected = 100;
  ASSERT(0, __atomic_compare_exchange_n(&l, &expected, 9, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  ASSERT(8, expected);
  ASSERT(8, __atomic_fetch_add(&l, 2, __ATOMIC_RELAXED));
  ASSERT(5, __atomic_sub_fetch(&l, 5, __ATOMIC_SEQ_CST));
  int *p = &x;
  int *q;
  __atomic_load(&p, &q, __ATOMIC_SEQ_CST);
  ASSERT(1, q == &x);
  _Bool flag = 0;
  ASSERT(0, __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
  ASSERT(1, __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
  __atomic_clear(&flag, __ATOMIC_SEQ_CST);
  ASSERT(0, flag);
  __atomic_thread_fence(__ATOMIC_SEQ_CST);
  ASSERT(1, __atomic_always_lock_free(sizeof(long), 0));
  atomic_int ai = ATOMIC_VAR_INIT(3);
  atomic_fetch_add(&ai, 4);
  ASSERT(7, atomic_load(&ai));
  printf("OK\n");
  return 0;
}
