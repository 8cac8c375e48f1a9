#!/usr/bin/env python3
"""Writes a C program printing 50 random floating expressions (%La, bit
exact) over volatile float, double and long double variables: + - * /,
comparisons used as values, ?:, casts between the three formats and
negation, nested four deep, so every mixed-precision conversion and the
x87/SSE boundary are crossed. NaNs print as "nan" (IEEE leaves their sign
unspecified). kit's output must equal gcc's (random_fp_exprs.test).

usage: gen_fp_exprs.py SEED > prog.c
"""
import random
import sys

FORMATS = ["float", "double", "long double"]
VALUES = ["0.0", "-0.0", "1.5", "-2.25", "1e10", "3.0e-5", "123456789.125", "0.1", "7", "-7", "65536", "1e300",
          "4294967295.0"]


def main():
    r = random.Random(int(sys.argv[1]))
    out = ["#include <stdio.h>",
           "static void p(int i, long double x) {",
           '  if (x != x) printf("%d nan\\n", i);',
           '  else printf("%d %La\\n", i, x);',
           "}",
           "int main(void) {"]
    names = []
    for i in range(10):
        out.append("  volatile %s v%d = %s;" % (r.choice(FORMATS), i, r.choice(VALUES)))
        names.append("v%d" % i)

    def expr(d):
        if d == 0 or r.random() < 0.3:
            return r.choice(names)
        op = r.choice(["+", "-", "*", "/", "<", "==", "?:", "cast", "neg"])
        a, b = expr(d - 1), expr(d - 1)
        if op == "?:":
            return "((%s) ? (%s) : (%s))" % (a, b, expr(d - 1))
        if op == "cast":
            return "((%s)(%s))" % (r.choice(FORMATS), a)
        if op == "neg":
            return "(-(%s))" % a
        if op in ("<", "=="):
            return "((double)((%s) %s (%s)))" % (a, op, b)
        return "((%s) %s (%s))" % (a, op, b)

    for i in range(50):
        out.append("  p(%d, (long double)(%s));" % (i, expr(4)))
    out.append("  return 0;\n}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
