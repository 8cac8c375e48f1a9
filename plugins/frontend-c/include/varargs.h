/* <varargs.h> is the pre-standard interface, removed from compilers long
   ago; C code uses <stdarg.h>. */
#error "kit does not provide <varargs.h>; use <stdarg.h>"
