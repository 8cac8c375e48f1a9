// Calls into the C library: string.h, stdlib.h, ctype.h, qsort with a
// callback, stdio to a buffer.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <ctype.h>

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void) {
  char buf[64];
  strcpy(buf, "hello");
  strcat(buf, ", world");
  ASSERTS("hello, world", buf);
  ASSERT(12, strlen(buf));
  ASSERT(0, strncmp(buf, "help", 3));
  ASSERT(1, strchr(buf, 'w') == buf + 7);
  ASSERT(1, strstr(buf, "wor") == buf + 7);
  memmove(buf + 1, buf, 5);
  ASSERTS("hhello world", (buf[6] = ' ', buf));
  int nums[] = {5, 1, 4, 2, 3};
  qsort(nums, 5, sizeof nums[0], cmp_int);
  for (int i = 0; i < 5; i++) ASSERT(i + 1, nums[i]);
  const char *words[] = {"pear", "apple", "fig"};
  qsort(words, 3, sizeof words[0], cmp_str);
  ASSERTS("apple", words[0]);
  ASSERTS("pear", words[2]);
  ASSERT(42, atoi("42"));
  ASSERT(-17, strtol("-17", 0, 10));
  ASSERT(255, strtol("ff", 0, 16));
  ASSERTF(2.5, strtod("2.5", 0));
  ASSERT(1, isdigit('7') != 0);
  ASSERT(0, isalpha('7') != 0);
  ASSERT('A', toupper('a'));
  char *dup = malloc(6);
  memcpy(dup, "abcde", 6);
  ASSERTS("abcde", dup);
  dup = realloc(dup, 100);
  ASSERT('e', dup[4]);
  free(dup);
  int *z = calloc(10, sizeof(int));
  ASSERT(0, z[9]);
  free(z);
  snprintf(buf, sizeof buf, "%5.2f|%-4d|%04x|%s", 3.14159, 7, 255, "end");
  ASSERTS(" 3.14|7   |00ff|end", buf);
  int a, b;
  ASSERT(2, sscanf("10 20", "%d %d", &a, &b));
  ASSERT(30, a + b);
  printf("OK\n");
  return 0;
}
