// constructor and destructor attributes, with priorities: constructors
// run before main in increasing priority, destructors after main returns
// in decreasing priority, interleaved correctly with atexit handlers.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: ctor 101
// CHECK-NEXT: ctor 200
// CHECK-NEXT: ctor default
// CHECK-NEXT: main 3
// CHECK-NEXT: atexit
// CHECK-NEXT: dtor default
// CHECK-NEXT: dtor 200
// CHECK-NEXT: dtor 101
#include <stdio.h>
#include <stdlib.h>

static int order;
__attribute__((constructor)) static void c_default(void) { printf("ctor default\n"); order++; }
__attribute__((constructor(200))) static void c200(void) { printf("ctor 200\n"); order++; }
__attribute__((constructor(101))) static void c101(void) { printf("ctor 101\n"); order++; }
__attribute__((destructor)) static void d_default(void) { printf("dtor default\n"); }
__attribute__((destructor(200))) static void d200(void) { printf("dtor 200\n"); }
__attribute__((destructor(101))) static void d101(void) { printf("dtor 101\n"); fflush(stdout); }
static void at(void) { printf("atexit\n"); }

int main(void) {
  printf("main %d\n", order);
  atexit(at);
  return 0;
}
