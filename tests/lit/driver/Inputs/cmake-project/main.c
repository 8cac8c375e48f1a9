#include <stdio.h>
#include <stdlib.h>

#include "config.h"
#include "greet.h"

double root_mean_square(int n, const int* v);

int main(int argc, char** argv) {
  int v[16], n = 0;
  for (int i = 1; i < argc && n < 16; ++i) v[n++] = (int)strtol(argv[i], NULL, 10);
  printf("%s\n", greeting());
  printf("sum=%d rms=%.4f\n", add_all(n, v), root_mean_square(n, v));
  printf("stdint=%d nosuchheader=%d strtol=%d nosuchfunction=%d eof=%d nosuchsymbol=%d libm=%d\n",
         HAVE_STDINT_H, HAVE_NO_SUCH_HEADER, HAVE_STRTOL, HAVE_NO_SUCH_FUNCTION, HAVE_EOF,
         HAVE_NO_SUCH_SYMBOL, HAVE_LIBM);
  printf("sizeof_long=%d sizeof_nosuchstruct=%d int4=%d int3=%d long8run=%d try=%d trybad=%d\n",
         SIZEOF_LONG, SIZEOF_NO_SUCH_STRUCT, INT_IS_4, INT_IS_3, LONG_IS_8_AT_RUN_TIME,
         TRY_COMPILE_OK, TRY_COMPILE_BAD);
  return 0;
}
