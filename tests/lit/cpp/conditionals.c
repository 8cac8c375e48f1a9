// Conditional inclusion (6.10.1): nesting, #elif after a taken group is not
// evaluated, skipped groups may hold anything (unbalanced quotes, bad
// directives, comments hiding '#'), and the C2x #elifdef/#elifndef.
// RUN: %kit cpp -P %s 2>&1 | FileCheck %s --implicit-check-not=error

#define A 1
#ifdef A
a_defined
#else
#error not reached
#endif
// CHECK: a_defined
#ifndef A
#error not reached
#elif A == 1
a_is_one
#elif 1 / 0
#else
#endif
// CHECK-NEXT: a_is_one
#if 0
  it's a skipped line with an apostrophe, and "an open quote
  #bogus directive ignored here
  #if nested
  #error not reached
  #else
  #endif
/* a comment with
#error inside it
*/
#elif 0
#elif 2
second_elif
#else
#endif
// CHECK-NEXT: second_elif
#if 1
# if 0
#  if 1
#  endif
# else
nested_else
# endif
#endif
// CHECK-NEXT: nested_else
#ifdef NOPE
#elifdef A
elifdef_taken
#endif
#ifdef NOPE
#elifndef NOPE
elifndef_taken
#endif
// CHECK-NEXT: elifdef_taken
// CHECK-NEXT: elifndef_taken
    #    if   1   /* indented, with comments */
indented
  # endif
// CHECK-NEXT: indented
#
# /* the null directive */
null_ok
// CHECK-NEXT: null_ok
