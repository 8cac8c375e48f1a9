// Incomplete types completed later: arrays of unknown size, tentative
// definitions, structs declared before defined, extern in block scope.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

extern int later[];
int count_later(void);
struct node;
struct node *make(void);
int tentative;
int tentative;
int tentative = 12;
int tent_arr[];    // becomes int[1]

struct node { int v; struct node *next; };
int later[] = {1, 2, 3, 4, 5};
int count_later(void) { return sizeof later / sizeof later[0]; }
struct node *make(void) { static struct node n = {42, 0}; return &n; }

int main(void) {
  ASSERT(5, count_later());
  ASSERT(42, make()->v);
  ASSERT(12, tentative);
  tent_arr[0] = 3;
  ASSERT(3, tent_arr[0]);
  {
    extern int later[];
    ASSERT(4, later[3]);
    extern int tentative;
    ASSERT(12, tentative);
  }
  char s[] = {'a', 'b'};
  ASSERT(2, sizeof s);
  int m[][3] = {{1}, {2}, {3, 4}};
  ASSERT(36, sizeof m);
  printf("OK\n");
  return 0;
}
