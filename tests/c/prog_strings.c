// Hand-written string routines over char pointers: reverse in place,
// word count, split on delimiters into an argv-like char ** array,
// joining, case mapping and a KMP substring search.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: reversed: dlrow olleh
// CHECK: words 5
// CHECK: fields [a] [bb] [] [ccc] [d]
// CHECK: joined a-bb--ccc-d
// CHECK: kmp 14 -1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void reverse(char *s) { for (char *e = s + strlen(s) - 1; s < e; s++, e--) { char t = *s; *s = *e; *e = t; } }
static int words(const char *s) { int n = 0, in = 0; for (; *s; s++) { if (*s == ' ') in = 0; else if (!in) { in = 1; n++; } } return n; }
static char **split(const char *s, char d, int *count) {
  int n = 1;
  for (const char *p = s; *p; p++) n += *p == d;
  char **out = malloc((n + 1) * sizeof *out);
  int k = 0;
  for (const char *start = s;; ) {
    const char *end = strchr(start, d);
    size_t len = end ? (size_t)(end - start) : strlen(start);
    out[k] = malloc(len + 1);
    memcpy(out[k], start, len);
    out[k++][len] = 0;
    if (!end) break;
    start = end + 1;
  }
  out[k] = 0;
  *count = k;
  return out;
}
static int kmp(const char *t, const char *p) {
  int m = (int)strlen(p), fail[64] = {0};
  for (int i = 1, k = 0; i < m; i++) { while (k && p[i] != p[k]) k = fail[k - 1]; if (p[i] == p[k]) k++; fail[i] = k; }
  for (int i = 0, k = 0; t[i]; i++) { while (k && t[i] != p[k]) k = fail[k - 1]; if (t[i] == p[k]) k++; if (k == m) return i - m + 1; }
  return -1;
}

int main(void) {
  char s[] = "hello world";
  reverse(s);
  printf("reversed: %s\n", s);
  printf("words %d\n", words("  one two  three four five "));
  int n;
  char **f = split("a,bb,,ccc,d", ',', &n);
  printf("fields");
  for (char **p = f; *p; p++) printf(" [%s]", *p);
  printf("\n");
  char joined[64] = "";
  for (int i = 0; i < n; i++) { if (i) strcat(joined, "-"); strcat(joined, f[i]); free(f[i]); }
  free(f);
  printf("joined %s\n", joined);
  printf("kmp %d %d\n", kmp("abababcabababcababababd", "ababababd"), kmp("aaaa", "b"));
  return 0;
}
