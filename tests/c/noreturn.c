// _Noreturn (and <stdnoreturn.h>'s noreturn, and the attribute): calls to
// such functions end paths; the functions leave by exit and longjmp.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: jumped 7
// CHECK: bye 3
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>

static jmp_buf env;
static _Noreturn void jump(int v) { longjmp(env, v); }
noreturn static void leave(int code) { printf("bye %d\n", code); fflush(stdout); exit(0); }
__attribute__((noreturn)) void die(void);
void die(void) { abort(); }

static int classify(int x) {
  if (x > 0) return 1;
  if (x < 0) return -1;
  jump(7);
}

int main(void) {
  int v = setjmp(env);
  if (v == 0) {
    classify(0);
    printf("not reached\n");
  }
  printf("jumped %d\n", v);
  if (classify(5) != 1 || classify(-5) != -1) die();
  leave(3);
}
