// --gc-sections: unused_fn and unused_data are referenced by nothing.
#include <stdio.h>
__attribute__((noinline)) int used_fn(int x) { return x * 3; }
__attribute__((noinline)) int unused_fn(int x) { return x * 5; }
int unused_data[1000] = {1};
int main(void) { printf("%d\n", used_fn(4)); return 0; }
