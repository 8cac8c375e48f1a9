// A switch-driven tokenizer and recursive-descent evaluator for integer
// expressions with precedence, parentheses and unary minus.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: 1+2*3 = 7
// CHECK: (1+2)*3 = 9
// CHECK: -(4-10)/2%5 = 3
// CHECK: 2*(3+4)*(5-1)-100 = -44
#include <ctype.h>
#include <stdio.h>

static const char *p;
static long expr(void);
static long primary(void) {
  while (*p == ' ') p++;
  switch (*p) {
    case '(': { p++; long v = expr(); p++; return v; }
    case '-': p++; return -primary();
    default: { long v = 0; while (isdigit((unsigned char)*p)) v = v * 10 + (*p++ - '0'); return v; }
  }
}
static long term(void) {
  long v = primary();
  for (;;) {
    switch (*p) {
      case '*': p++; v *= primary(); break;
      case '/': p++; v /= primary(); break;
      case '%': p++; v %= primary(); break;
      default: return v;
    }
  }
}
static long expr(void) {
  long v = term();
  while (*p == '+' || *p == '-') { char op = *p++; long r = term(); v = op == '+' ? v + r : v - r; }
  return v;
}

int main(void) {
  const char *tests[] = {"1+2*3", "(1+2)*3", "-(4-10)/2%5", "2*(3+4)*(5-1)-100"};
  for (int i = 0; i < 4; i++) { p = tests[i]; printf("%s = %ld\n", tests[i], expr()); }
  return 0;
}
