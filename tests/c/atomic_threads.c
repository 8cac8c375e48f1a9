// _Atomic objects updated from several threads with ++, +=, -=, |=, &=, ^=
// and plain stores/loads: every read-modify-write must be atomic, so the
// totals are exact.
// RUN: %c-run %s %t -- -pthread | FileCheck %s
// CHECK: OK
#include <pthread.h>
#include "test.h"

static _Atomic int count;
static _Atomic long sum;
static _Atomic unsigned bits;
static _Atomic(short) small;
static _Atomic double fsum;

static void *work(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < 20000; i++) {
    count++;
    sum += i;
    sum -= 1;
    small += 1;
    fsum += 0.5;
  }
  bits |= 1u << id;
  return 0;
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  ASSERT(80000, count);
  ASSERT(4L * (19999L * 20000 / 2 - 20000), sum);
  ASSERT(15, bits);
  ASSERT((short)80000, small);
  ASSERTF(40000.0, fsum);
  bits &= 6;
  bits ^= 3;
  ASSERT(5, bits);
  int old = count--;
  ASSERT(80000, old);
  ASSERT(79999, --count + 1);
  printf("OK\n");
  return 0;
}
