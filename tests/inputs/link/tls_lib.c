// TLS in a shared library: local-dynamic (ld_a, ld_b), general-dynamic
// (gd_x) and a TLS variable the executable defines (ie_y).
static __thread int ld_a = 5, ld_b = 6;
__thread int gd_x = 7;
extern __thread int ie_y;
int tls_sum(void) { ld_a++; ld_b++; return ld_a + ld_b + gd_x + ie_y; }
