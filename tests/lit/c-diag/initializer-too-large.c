// kit builds a static initializer's bytes in memory: a non-zero initializer
// reaching past 256 MiB is a located error (found by the c_parse fuzzer as
// an out-of-memory abort), with no object written; zero-initialized objects
// of any size still compile.
// RUN: rm -f %t.o
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not test -e %t.o
// RUN: %kit cc -c -DZERO_ONLY %s -o %t.zero.o
// RUN: readelf -SW %t.zero.o | FileCheck %s --check-prefix=BSS
static char zero_big[1u << 30] = {0};
// BSS: .bss NOBITS {{[0-9a-f]+}} {{[0-9a-f]+}} 40000000
#ifndef ZERO_ONLY
char nonzero_big[1u << 29] = {[1u << 28] = 1};
// CHECK: initializer-too-large.c:[[@LINE-1]]:6: error: kit does not support initializing an object beyond 256 MiB (here 268435457 bytes); only zero-initialized objects may be larger
char wide[0x3fffffff98] = "x";
// CHECK: initializer-too-large.c:[[@LINE-1]]:6: error: kit does not support initializing an object beyond 256 MiB
#endif
char *use(void) { return zero_big; }
