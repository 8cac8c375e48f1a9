#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#ifdef HAVE_UNISTD_H
#include <unistd.h>
#endif

double hypotenuse(double a, double b);

#ifndef HAVE_KIT_NO_SUCH_HEADER_H
#define HAVE_KIT_NO_SUCH_HEADER_H 0
#endif
#ifndef HAVE_KIT_NO_SUCH_FUNCTION
#define HAVE_KIT_NO_SUCH_FUNCTION 0
#endif
#ifndef HAVE_STRUCT_KIT_NO_SUCH_STRUCT
#define HAVE_STRUCT_KIT_NO_SUCH_STRUCT 0
#endif
#ifdef WORDS_BIGENDIAN
#define ENDIAN "big"
#else
#define ENDIAN "little"
#endif

int main(void) {
  printf("stdint=%d unistd=%d nosuchheader=%d\n", HAVE_STDINT_H, HAVE_UNISTD_H, HAVE_KIT_NO_SUCH_HEADER_H);
  printf("strtol=%d getpid=%d nosuchfunction=%d\n", HAVE_STRTOL, HAVE_GETPID, HAVE_KIT_NO_SUCH_FUNCTION);
  printf("int=%d long=%d voidp=%d alignof_double=%d\n", SIZEOF_INT, SIZEOF_LONG, SIZEOF_VOID_P,
         ALIGNOF_DOUBLE);
  printf("longlong=%d nosuchstruct=%d strdup=%d nosuchdecl=%d blksize=%d\n", HAVE_LONG_LONG,
         HAVE_STRUCT_KIT_NO_SUCH_STRUCT, HAVE_DECL_STRDUP, HAVE_DECL_KIT_NO_SUCH_DECL,
         HAVE_STRUCT_STAT_ST_BLKSIZE);
  printf("libm=%d endian=%s eof=%d\n", HAVE_LIBM, ENDIAN, KIT_EOF_VALUE);
  printf("hypotenuse=%.1f pid>0=%d\n", hypotenuse(3, 4), getpid() > 0);
  return 0;
}
