// __builtin_va_arg_pack() and __builtin_va_arg_pack_len() stand for the
// caller's variadic arguments of an always_inline function being inlined.
// glibc's error.h and fortify wrappers use them in extern gnu_inline
// bodies, which kit never emits (calls go to the library), so there they
// are accepted; anywhere else they are an error, as with gcc.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error:
int printf(const char *, ...);
extern __inline __attribute__((__always_inline__, __gnu_inline__)) int
say(const char *fmt, ...) {
  if (__builtin_va_arg_pack_len() > 2) return -1;
  return printf(fmt, __builtin_va_arg_pack());
}
int shout(const char *fmt, ...) {
  return printf(fmt, __builtin_va_arg_pack());
// CHECK: va-arg-pack.c:[[@LINE-1]]:22: error: '__builtin_va_arg_pack' is only usable in extern gnu_inline functions, which kit never emits
}
int use(void) { return say("%d\n", 1); }
