// C11 allows a typedef to be repeated with the same type; typedefs of
// incomplete struct types completed later; typedef names used as
// parameters' types in prototypes and casts.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

typedef int num;
typedef int num;              // same type again: fine since C11
typedef struct node node;
typedef struct node node;
struct node { int v; node *next; };
typedef node *link;
static int len(link l) { int n = 0; for (; l; l = l->next) n++; return n; }
typedef unsigned long ulong_t;

int main(void) {
  node c = {3, 0}, b = {2, &c}, a = {1, &b};
  ASSERT(3, len(&a));
  num x = (num)2.7;
  ASSERT(2, x);
  ASSERT(8, sizeof(ulong_t));
  ASSERT(1, (ulong_t)-1 > 0);
  printf("OK\n");
  return 0;
}
