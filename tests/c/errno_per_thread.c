// errno is thread-local (a TLS variable behind a function in glibc and
// musl): each thread's failures set only its own errno.
// RUN: %c-run %s %t -- -pthread | FileCheck %s
// CHECK: OK
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include "test.h"

static void *work(void *arg) {
  errno = 0;
  if ((long)arg) strtol("999999999999999999999", 0, 10);
  return (void *)(long)errno;
}

int main(void) {
  errno = 0;
  pthread_t a, b;
  pthread_create(&a, 0, work, (void *)1);
  pthread_create(&b, 0, work, (void *)0);
  void *ra, *rb;
  pthread_join(a, &ra);
  pthread_join(b, &rb);
  ASSERT(ERANGE, (long)ra);
  ASSERT(0, (long)rb);
  ASSERT(0, errno);
  printf("OK\n");
  return 0;
}
