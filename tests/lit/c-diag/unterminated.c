// Unterminated constructs: a string, and the end of file inside a block.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
int f(void) {
  int x = 3;
  if (x) {
    x++;
// CHECK: error: expected '}' at end of input
