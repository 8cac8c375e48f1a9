// Uses tls_lib.c's TLS and defines an initial-exec TLS variable it reads.
#include <stdio.h>
__attribute__((tls_model("initial-exec"))) __thread int ie_y = 100;
int tls_sum(void);
extern __thread int gd_x;
int main(void) { printf("%d %d\n", tls_sum(), gd_x); return 0; }
