/* The program .ci/setup compiles, links and runs with kit alone: kit's C
   frontend, its x86-64 code generator, its ELF writer and its linker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct word { const char *text; int count; };

static int by_count(const void *a, const void *b) {
  const struct word *x = a, *y = b;
  return y->count != x->count ? y->count - x->count : strcmp(x->text, y->text);
}

int main(int argc, char **argv) {
  struct word words[] = {{"kit", 3}, {"compiles", 1}, {"links", 2}, {"runs", 2}};
  size_t n = sizeof words / sizeof words[0];
  qsort(words, n, sizeof words[0], by_count);
  printf("hello from kit (%s):", argc > 1 ? argv[1] : "no target given");
  for (size_t i = 0; i < n; ++i) printf(" %s=%d", words[i].text, words[i].count);
  printf("\n");
  return EXIT_SUCCESS;
}
