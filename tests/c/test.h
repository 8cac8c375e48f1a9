/* Shared by kit's C corpus (tests/c): every test is a program that checks
 * its own results and prints OK at the end; lit runs it (see RUN lines).
 *
 *   ASSERT(expected, expr)   integer equality, reported with the source text
 *   ASSERTF(expected, expr)  floating-point equality
 *   ASSERTS(expected, expr)  string equality
 */
#ifndef KIT_TEST_H
#define KIT_TEST_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void kit_assert(long long expected, long long actual, const char *code, const char *file, int line) {
  if (expected == actual) return;
  printf("%s:%d: %s => %lld expected but got %lld\n", file, line, code, expected, actual);
  exit(1);
}

static void kit_assertf(long double expected, long double actual, const char *code, const char *file, int line) {
  if (expected == actual) return;
  printf("%s:%d: %s => %Lg expected but got %Lg\n", file, line, code, expected, actual);
  exit(1);
}

static void kit_asserts(const char *expected, const char *actual, const char *code, const char *file, int line) {
  if (strcmp(expected, actual) == 0) return;
  printf("%s:%d: %s => \"%s\" expected but got \"%s\"\n", file, line, code, expected, actual);
  exit(1);
}

#define ASSERT(x, y) kit_assert((x), (y), #y, __FILE__, __LINE__)
#define ASSERTF(x, y) kit_assertf((x), (y), #y, __FILE__, __LINE__)
#define ASSERTS(x, y) kit_asserts((x), (y), #y, __FILE__, __LINE__)

#endif
