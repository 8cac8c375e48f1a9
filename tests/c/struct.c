// Structs: members, nesting, assignment, pass/return by value, layout.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <stddef.h>

struct small { char c; int i; };
struct pair { long a; double b; };
struct big { int a[20]; char tag; };
struct nested { struct small s; struct pair p[2]; };
struct mixed { char c; double d; short s; };
struct fl { float x, y; };

static struct pair make_pair(long a, double b) { struct pair p; p.a = a; p.b = b; return p; }
static struct big make_big(int n) {
  struct big b;
  for (int i = 0; i < 20; i++) b.a[i] = n + i;
  b.tag = 'z';
  return b;
}
static long sum_pair(struct pair p) { return p.a + (long)p.b; }
static int sum_big(struct big b) { int s = 0; for (int i = 0; i < 20; i++) s += b.a[i]; b.a[0] = 999; return s; }
static struct small id_small(struct small s) { return s; }
static struct fl scale(struct fl f, float k) { f.x *= k; f.y *= k; return f; }

int main(void) {
  struct small s = {'a', 42};
  ASSERT('a', s.c);
  ASSERT(42, s.i);
  ASSERT(8, sizeof s);
  ASSERT(4, offsetof(struct small, i));
  ASSERT(24, sizeof(struct mixed));
  ASSERT(8, offsetof(struct mixed, d));
  ASSERT(16, offsetof(struct mixed, s));
  struct small t = s;
  t.i = 7;
  ASSERT(42, s.i);
  ASSERT(7, t.i);
  struct small *ps = &s;
  ps->i = 100;
  ASSERT(100, s.i);
  ASSERT(100, (*ps).i);
  struct pair p = make_pair(3, 4.5);
  ASSERT(3, p.a);
  ASSERTF(4.5, p.b);
  ASSERT(7, sum_pair(p));
  ASSERT(7, sum_pair(make_pair(3, 4.5)));
  struct big b = make_big(1);
  ASSERT(20, b.a[19]);
  ASSERT('z', b.tag);
  ASSERT(210, sum_big(b));
  ASSERT(1, b.a[0]);
  ASSERT(210, sum_big(make_big(1)));
  ASSERT(5, make_big(5).a[0]);
  struct small r = id_small((struct small){'q', 9});
  ASSERT('q', r.c);
  ASSERT(9, r.i);
  struct fl f = scale((struct fl){1.5f, 2.0f}, 2.0f);
  ASSERTF(3.0, f.x);
  ASSERTF(4.0, f.y);
  struct nested n = {{'x', 1}, {{2, 3.0}, {4, 5.0}}};
  ASSERT('x', n.s.c);
  ASSERT(4, n.p[1].a);
  ASSERTF(5.0, n.p[1].b);
  struct nested m;
  m = n;
  ASSERT(2, m.p[0].a);
  struct { int x, y; } anon = {1, 2};
  ASSERT(3, anon.x + anon.y);
  struct self { struct self *next; int v; } a1 = {0, 1}, a2 = {&a1, 2};
  ASSERT(1, a2.next->v);
  struct empty_tag;
  struct empty_tag *ep = 0;
  ASSERT(1, ep == 0);
  printf("OK\n");
  return 0;
}
