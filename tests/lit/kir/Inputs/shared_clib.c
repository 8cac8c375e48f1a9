/* A gcc-built shared library used by the kit-compiled shared_user.kir. */
int clib_counter = 3;
__thread int clib_tls = 6;
int clib_add(int a, int b) { return a + b; }
int clib_tls_next(void) { return ++clib_tls; }
