// Attributes that show in the object's symbol table, checked with readelf
// against what gcc emits: visibility hidden/protected, weak, alias, used
// (a static kept although unreferenced), section, and the programs run.
// REQUIRES: readelf
// RUN: %c-run %s %t | FileCheck %s
// RUN: %kit cc -c %s -o %t.o && readelf -sW %t.o | FileCheck --check-prefix=SYM %s
// CHECK: OK
// SYM-DAG: FUNC    GLOBAL HIDDEN {{.*}} hid
// SYM-DAG: FUNC    GLOBAL PROTECTED {{.*}} prot
// SYM-DAG: FUNC    WEAK   DEFAULT {{.*}} wk
// SYM-DAG: FUNC    GLOBAL DEFAULT {{.*}} al
// SYM-DAG: FUNC    LOCAL  DEFAULT {{.*}} kept
// SYM-DAG: OBJECT  GLOBAL HIDDEN {{.*}} hidden_var
// SYM-DAG: OBJECT  WEAK   DEFAULT {{.*}} weak_var
#include <stdio.h>

__attribute__((visibility("hidden"))) int hid(void) { return 1; }
__attribute__((visibility("protected"))) int prot(void) { return 2; }
__attribute__((used)) static int kept(void) { return 3; }
__attribute__((weak)) int wk(void) { return 4; }
int al(void) __attribute__((alias("hid")));
__attribute__((visibility("hidden"))) int hidden_var = 5;
__attribute__((weak)) int weak_var = 6;

int main(void) {
  if (hid() + prot() + wk() + al() + hidden_var + weak_var != 19) return 1;
  printf("OK\n");
  return 0;
}
