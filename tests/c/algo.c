// Small programs: a hash table, a linked list, matrix multiplication,
// a tokenizer, a bit set, binary search, string reversal, sieve.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct entry { char *key; int value; struct entry *next; };
struct table { struct entry *buckets[64]; };

static unsigned hash(const char *s) {
  unsigned h = 5381;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h;
}
static void put(struct table *t, const char *k, int v) {
  unsigned b = hash(k) % 64;
  for (struct entry *e = t->buckets[b]; e; e = e->next)
    if (!strcmp(e->key, k)) { e->value = v; return; }
  struct entry *e = malloc(sizeof *e);
  e->key = strcpy(malloc(strlen(k) + 1), k);
  e->value = v;
  e->next = t->buckets[b];
  t->buckets[b] = e;
}
static int get(struct table *t, const char *k) {
  for (struct entry *e = t->buckets[hash(k) % 64]; e; e = e->next)
    if (!strcmp(e->key, k)) return e->value;
  return -1;
}

static void matmul(int n, double a[n][n], double b[n][n], double c[n][n]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int k = 0; k < n; k++) s += a[i][k] * b[k][j];
      c[i][j] = s;
    }
}

static int count_tokens(const char *s) {
  int n = 0;
  while (*s) {
    while (*s == ' ') s++;
    if (!*s) break;
    n++;
    while (*s && *s != ' ') s++;
  }
  return n;
}

static int bsearch_int(const int *a, int n, int key) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] == key) return mid;
    if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

static void reverse(char *s) {
  for (char *e = s + strlen(s) - 1; s < e; s++, e--) {
    char t = *s;
    *s = *e;
    *e = t;
  }
}

int main(void) {
  struct table t = {0};
  char key[16];
  for (int i = 0; i < 200; i++) {
    sprintf(key, "k%d", i);
    put(&t, key, i * i);
  }
  put(&t, "k7", -7);
  ASSERT(-7, get(&t, "k7"));
  ASSERT(199 * 199, get(&t, "k199"));
  ASSERT(-1, get(&t, "nope"));
  double a[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, id[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, c[3][3];
  matmul(3, a, id, c);
  ASSERTF(6.0, c[1][2]);
  matmul(3, a, a, c);
  ASSERTF(150.0, c[2][2]);
  ASSERT(4, count_tokens("  the quick  brown fox "));
  int sorted[100];
  for (int i = 0; i < 100; i++) sorted[i] = i * 3;
  ASSERT(33, bsearch_int(sorted, 100, 99));
  ASSERT(-1, bsearch_int(sorted, 100, 100));
  char s[] = "kitcc";
  reverse(s);
  ASSERTS("cctik", s);
  unsigned long bits[4] = {0};
  for (int i = 0; i < 256; i += 3) bits[i / 64] |= 1UL << (i % 64);
  int cnt = 0;
  for (int i = 0; i < 4; i++) cnt += __builtin_popcountl(bits[i]);
  ASSERT(86, cnt);
  char sieve[1000] = {0};
  int primes = 0;
  for (int i = 2; i < 1000; i++) {
    if (sieve[i]) continue;
    primes++;
    for (int j = i * 2; j < 1000; j += i) sieve[j] = 1;
  }
  ASSERT(168, primes);
  printf("OK\n");
  return 0;
}
