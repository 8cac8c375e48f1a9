// pthreads from kit code in every lane: a mutex-protected counter, a
// condition variable hand-off, thread arguments and return values, and a
// pthread_once initializer.
// RUN: %c-run %s %t -- -pthread | FileCheck %s
// CHECK: OK
#include <pthread.h>
#include "test.h"

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static long counter;
static int ready, inits;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void init(void) { inits++; }

static void *adder(void *arg) {
  pthread_once(&once, init);
  long n = (long)arg;
  for (long i = 0; i < n; i++) {
    pthread_mutex_lock(&mu);
    counter++;
    pthread_mutex_unlock(&mu);
  }
  return (void *)(n * 2);
}
static void *waiter(void *arg) {
  (void)arg;
  pthread_mutex_lock(&mu);
  while (!ready) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  return (void *)42;
}

int main(void) {
  pthread_t t[4], w;
  pthread_create(&w, 0, waiter, 0);
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, adder, (void *)(5000 * (i + 1)));
  long rets = 0;
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); rets += (long)r; }
  ASSERT(50000, counter);
  ASSERT(100000, rets);
  ASSERT(1, inits);
  pthread_mutex_lock(&mu);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  void *r;
  pthread_join(w, &r);
  ASSERT(42, (long)r);
  printf("OK\n");
  return 0;
}
