// __attribute__((deprecated)): a use is gcc's warning, with the message
// when one is given and a note at the declaration; -Wno-deprecated-declarations
// silences it.
// RUN: %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %kit cc -Wno-deprecated-declarations -c %s -o %t.o 2>&1 | FileCheck --allow-empty --check-prefix=QUIET %s
// QUIET-NOT: warning
__attribute__((deprecated)) int old(void);
__attribute__((deprecated("use new_api()"))) int older(void);
struct __attribute__((deprecated)) legacy { int x; };
int use(void) {
  return old() + older();
// CHECK: deprecated.c:[[@LINE-1]]:10: warning: 'old' is deprecated [-Wdeprecated-declarations]
// CHECK: deprecated.c:[[@LINE-2]]:18: warning: 'older' is deprecated: use new_api() [-Wdeprecated-declarations]
}
