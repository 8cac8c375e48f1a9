// _Thread_local and __thread: each thread has its own copy, initialized
// from the template; the main thread's copy is untouched by the others.
// Built with -pthread in every lane (static glibc and musl included).
// RUN: %c-run %s %t -- -pthread | FileCheck %s
// CHECK: OK
#include <pthread.h>
#include "test.h"

_Thread_local int counter = 100;
static __thread long scratch[4] = {1, 2, 3, 4};
static _Thread_local struct { int id; char name[8]; } who = {0, "main"};

static void *work(void *arg) {
  int id = (int)(long)arg;
  who.id = id;
  who.name[0] = (char)('A' + id);
  for (int i = 0; i < 1000; i++) counter++;
  scratch[id % 4] += id;
  long sum = 0;
  for (int i = 0; i < 4; i++) sum += scratch[i];
  // Each thread must see only its own changes.
  if (counter != 1100 || sum != 10 + id || who.id != id) return (void *)1;
  return (void *)&counter == arg ? (void *)1 : 0;
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, work, (void *)(i + 1));
  for (int i = 0; i < 4; i++) {
    void *r;
    pthread_join(t[i], &r);
    ASSERT(0, (long)r);
  }
  ASSERT(100, counter);
  ASSERT(10, scratch[0] + scratch[1] + scratch[2] + scratch[3]);
  ASSERTS("main", who.name);
  printf("OK\n");
  return 0;
}
