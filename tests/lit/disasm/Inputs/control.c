// Control flow: switch tables, loops, recursion, indirect calls, varargs.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int (*ops[4])(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }

int dispatch(int k, int a, int b) {
  switch (k) {
    case 0: return a;
    case 1: return b;
    case 2: return a + b;
    case 3: return a * b;
    case 4: return a - b;
    case 5: return a << b;
    case 6: return ops[a & 3](a, b);
    case 9: return -a;
    default: return 0;
  }
}
int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; ++i) s += va_arg(ap, int);
  va_end(ap);
  return s;
}
unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
void copy(char* d, const char* s, size_t n) { memcpy(d, s, n); memset(d + n, 0, 16); }
int loop(const int* a, int n) {
  int s = 0;
  for (int i = 0; i < n; ++i) if (a[i] > 3) s += a[i] * 3; else s ^= a[i];
  return s;
}
void init(void) { ops[0] = add; ops[1] = sub; ops[2] = add; ops[3] = sub; }
int main(int argc, char** argv) {
  init();
  printf("%d %d %u\n", dispatch(argc, 3, 4), sum(3, 1, 2, 3), fib(10));
  return argc > 1 ? (int)strlen(argv[1]) : 0;
}
