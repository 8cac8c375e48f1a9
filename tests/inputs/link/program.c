// printf, malloc, stdio, threads and thread-locals (with a TLS variable in
// another object), atexit, constructors with priorities, a function pointer
// to a library function.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
__thread int counter = 5;
__thread char buf[64];
extern __thread long other_tls;
static __thread int local_tls = 7;
long get_other(void);
static void *worker(void *arg) {
  counter += (int)(long)arg;
  other_tls = 100 + (long)arg;
  local_tls *= 2;
  snprintf(buf, sizeof buf, "t%ld", (long)arg);
  return (void *)(long)(counter + get_other() + local_tls);
}
static int order[8], norder;
__attribute__((constructor(200))) static void c200(void) { order[norder++] = 200; }
__attribute__((constructor(101))) static void c101(void) { order[norder++] = 101; }
__attribute__((constructor)) static void cdef(void) { order[norder++] = 999; }
static void bye(void) { printf("atexit ran\n"); }
static int (*fp)(const char *) = puts;
int main(int argc, char **argv) {
  atexit(bye);
  pthread_t t[3];
  for (long i = 0; i < 3; ++i) pthread_create(&t[i], 0, worker, (void *)i);
  long sum = 0;
  for (int i = 0; i < 3; ++i) { void *r; pthread_join(t[i], &r); sum += (long)r; }
  printf("sum=%ld main counter=%d other=%ld local=%d\n", sum, counter, get_other(), local_tls);
  printf("ctor order: %d %d %d\n", order[0], order[1], order[2]);
  char *m = malloc(1000); memset(m, 'x', 999); m[999] = 0;
  char big[4096]; memcpy(big, m, 1000);
  printf("len=%zu\n", strlen(big));
  free(m);
  fp("via pointer");
  fprintf(stderr, "to stderr\n");
  return argc + 10;
}
