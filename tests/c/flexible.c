// Flexible array members: allocation, sizeof, static initialization (GNU).
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct str { int len; char data[]; };
struct vec { long n; double v[]; };
static struct str hello = { 5, "hello" };
static struct vec three = { 3, { 1.5, 2.5, 3.5 } };

static struct str *make(const char *s) {
  struct str *p = malloc(sizeof(struct str) + strlen(s) + 1);
  p->len = strlen(s);
  strcpy(p->data, s);
  return p;
}

int main(void) {
  ASSERT(4, sizeof(struct str));
  ASSERT(8, sizeof(struct vec));
  struct str *p = make("kit");
  ASSERT(3, p->len);
  ASSERTS("kit", p->data);
  free(p);
  ASSERT(5, hello.len);
  ASSERTS("hello", hello.data);
  ASSERTF(3.5, three.v[2]);
  ASSERT(3, three.n);
  printf("OK\n");
  return 0;
}
