// A user IFUNC: calls, a pointer to it and pointer equality.
#include <stdio.h>
static int impl_a(int x) { return x + 1; }
static int impl_b(int x) { return x + 2; }
static void *resolve(void) { return impl_b; }
int myfunc(int) __attribute__((ifunc("resolve")));
int (*take)(int) = myfunc;
int main(void) { printf("ifunc %d %d %d\n", myfunc(1), take(10), take == myfunc); return 0; }
