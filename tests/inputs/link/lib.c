// A shared library: data, TLS, hidden helpers, a constructor, a pointer to
// a libc function.
#include <stdio.h>
int lib_counter = 10;
__thread int lib_tls = 3;
static int hidden_helper(int x) { return x * 2; }
__attribute__((visibility("hidden"))) int hidden_fn(int x) { return x + 1; }
int lib_add(int a, int b) { lib_counter++; lib_tls++; return hidden_helper(a) + hidden_fn(b) + lib_tls; }
const char *lib_name(void) { return "kitlib"; }
int (*lib_fp)(const char *) = puts;
__attribute__((constructor)) static void init(void) { printf("lib ctor\n"); }
