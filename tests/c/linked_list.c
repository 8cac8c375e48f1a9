// Self-referential structs: a singly linked list built with malloc,
// reversed in place, sorted by insertion, and freed; a binary tree.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: list 9 7 5 3 1
// CHECK: sorted 1 2 3 5 8 13
// CHECK: tree 1 3 4 6 7 8 10 13 14
#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };
struct tree { int v; struct tree *l, *r; };

static struct node *push(struct node *h, int v) { struct node *n = malloc(sizeof *n); n->v = v; n->next = h; return n; }
static struct node *reverse(struct node *h) {
  struct node *prev = 0;
  while (h) { struct node *nx = h->next; h->next = prev; prev = h; h = nx; }
  return prev;
}
static struct node *insert_sorted(struct node *h, int v) {
  struct node **pp = &h;
  while (*pp && (*pp)->v < v) pp = &(*pp)->next;
  struct node *n = malloc(sizeof *n); n->v = v; n->next = *pp; *pp = n;
  return h;
}
static void print(const char *tag, struct node *h) { printf("%s", tag); for (; h; h = h->next) printf(" %d", h->v); printf("\n"); }
static void drop(struct node *h) { while (h) { struct node *n = h->next; free(h); h = n; } }
static struct tree *tins(struct tree *t, int v) {
  if (!t) { t = calloc(1, sizeof *t); t->v = v; return t; }
  if (v < t->v) t->l = tins(t->l, v); else t->r = tins(t->r, v);
  return t;
}
static void walk(struct tree *t) { if (!t) return; walk(t->l); printf(" %d", t->v); walk(t->r); free(t); }

int main(void) {
  struct node *h = 0;
  for (int i = 1; i < 10; i += 2) h = push(h, i);
  print("list", h);
  h = reverse(reverse(h));
  drop(h);
  struct node *s = 0;
  int vals[] = {8, 3, 13, 1, 5, 2};
  for (int i = 0; i < 6; i++) s = insert_sorted(s, vals[i]);
  print("sorted", s);
  drop(s);
  struct tree *t = 0;
  int tv[] = {8, 3, 10, 1, 6, 14, 4, 7, 13};
  for (int i = 0; i < 9; i++) t = tins(t, tv[i]);
  printf("tree");
  walk(t);
  printf("\n");
  return 0;
}
