#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char* p = malloc(32);
  snprintf(p, 32, "%d-%s", 42, "x");
  p = realloc(p, 64);
  printf("hello %s %.2f %zu\n", p, 3.25, strlen(p));
  free(p);
  return 0;
}
