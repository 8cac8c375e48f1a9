// _Static_assert at file scope, block scope, inside a struct, with sizeof,
// _Alignof, offsetof and enum constants; C2x's message-less form is a GNU
// extension gcc accepts in gnu17.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <stddef.h>
#include <limits.h>
#include "test.h"
#include <assert.h>

struct s { char c; int i; _Static_assert(sizeof(int) == 4, "in a struct"); long l; };
_Static_assert(offsetof(struct s, l) == 8, "offset");
_Static_assert(sizeof(struct s) == 16, "size");
_Static_assert(_Alignof(double) == 8, "align");
_Static_assert(CHAR_BIT == 8, "char bits");
_Static_assert(-1 >> 1 == -1, "arithmetic shift");
_Static_assert((unsigned char)300 == 44, "conversion");
enum { N = 5 };
_Static_assert(N * 2 == 10, "enum");
_Static_assert(sizeof(int[N]) == 20, "array");
_Static_assert(1 ? 1 : 0, "conditional");

int main(void) {
  _Static_assert(sizeof(void *) == 8, "pointers");
  for (int i = 0; i < 1; i++) {
    _Static_assert(__builtin_types_compatible_p(int, signed), "int is signed");
  }
  static_assert(2 > 1, "the <assert.h> spelling");
  printf("OK\n");
  return 0;
}
