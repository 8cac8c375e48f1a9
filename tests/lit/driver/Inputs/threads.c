#include <pthread.h>
#include <stdio.h>

static int value;
static void* work(void* arg) {
  value = *(int*)arg * 2;
  return NULL;
}

int main(void) {
#ifndef _REENTRANT
  puts("no _REENTRANT");
#endif
  pthread_t t;
  int in = 21;
  if (pthread_create(&t, NULL, work, &in) != 0) return 1;
  pthread_join(t, NULL);
  printf("thread says %d\n", value);
  return 0;
}
