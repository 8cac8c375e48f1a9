// The legacy __sync_* builtins: fetch_and_op / op_and_fetch for add, sub,
// or, and, xor, nand on 1-, 2-, 4- and 8-byte objects, bool/val compare
// and swap, lock_test_and_set/lock_release, synchronize; and a counter
// hammered from several threads.
// RUN: %c-run %s %t -- -pthread | FileCheck %s
// CHECK: OK
#include <pthread.h>
#include "test.h"

static long shared;
static int lock;
static long guarded;

static void *work(void *arg) {
  (void)arg;
  for (int i = 0; i < 10000; i++) {
    __sync_fetch_and_add(&shared, 2);
    __sync_sub_and_fetch(&shared, 1);
    while (__sync_lock_test_and_set(&lock, 1)) {}
    guarded++;
    __sync_lock_release(&lock);
  }
  return 0;
}

int main(void) {
  unsigned char c = 0xf0;
  ASSERT(0xf0, __sync_fetch_and_or(&c, 0x0f));
  ASSERT(0x0f, __sync_and_and_fetch(&c, 0x0f));
  short s = 100;
  ASSERT(100, __sync_fetch_and_sub(&s, 1));
  ASSERT(99 ^ 5, __sync_xor_and_fetch(&s, 5));
  int i = 6;
  ASSERT(6, __sync_fetch_and_nand(&i, 3));
  ASSERT(~(6 & 3), i);
  ASSERT(~(~(6 & 3) & 1), __sync_nand_and_fetch(&i, 1));
  long long ll = 1LL << 40;
  ASSERT(1LL << 40, __sync_fetch_and_add(&ll, 1));
  ASSERT((1LL << 40) + 1, ll);
  int v = 5;
  ASSERT(0, __sync_bool_compare_and_swap(&v, 4, 9));
  ASSERT(1, __sync_bool_compare_and_swap(&v, 5, 9));
  ASSERT(9, __sync_val_compare_and_swap(&v, 9, 10));
  ASSERT(10, __sync_val_compare_and_swap(&v, 9, 11));
  int *p = 0, x;
  ASSERT(1, __sync_bool_compare_and_swap(&p, 0, &x));
  ASSERT(1, p == &x);
  __sync_synchronize();
  pthread_t t[4];
  for (int k = 0; k < 4; k++) pthread_create(&t[k], 0, work, 0);
  for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
  ASSERT(40000, shared);
  ASSERT(40000, guarded);
  printf("OK\n");
  return 0;
}
