#!/usr/bin/env python3
"""Writes a C program printing 60 random integer expressions over
volatile variables of every integer type (and _Bool): arithmetic, bitwise,
comparison, logical, shift, conditional and cast operators nested five
deep, so the usual arithmetic conversions, promotions and truncations
meet in every combination. Division is by 7 and shift counts stay in
range; signed overflow wraps (the test builds with -fwrapv). kit's output
must equal gcc's (random_int_exprs.test).

usage: gen_int_exprs.py SEED > prog.c
"""
import random
import sys

TYPES = ["signed char", "unsigned char", "short", "unsigned short", "int", "unsigned", "long",
         "unsigned long", "long long", "unsigned long long", "_Bool"]
VALUES = ["0", "1", "-1", "2", "7", "100", "-100", "255", "256", "65535", "-65536", "2147483647",
          "(-2147483647 - 1)", "4294967295LL", "123456789012345LL", "(-9223372036854775807LL - 1)"]


def main():
    r = random.Random(int(sys.argv[1]))
    names = []
    out = ["#include <stdio.h>", "int main(void) {"]
    for i in range(12):
        t = r.choice(TYPES)
        out.append("  volatile %s v%d = (%s)%s;" % (t, i, t, r.choice(VALUES)))
        names.append("v%d" % i)

    def expr(d):
        if d == 0 or r.random() < 0.25:
            return r.choice(names) if r.random() < 0.8 else str(r.randint(-50, 50))
        op = r.choice(["+", "-", "*", "&", "|", "^", "<", ">", "<=", "==", "!=", "&&", "||", "<<", ">>",
                       "/", "%", "?:", "cast", "~", "!", "neg"])
        a, b = expr(d - 1), expr(d - 1)
        if op in ("<<", ">>"):
            return "((%s) %s ((%s) & 31))" % (a, op, b) if r.random() < 0.5 else "((%s) %s 3)" % (a, op)
        if op in ("/", "%"):
            return "((%s) %s 7)" % (a, op)
        if op == "?:":
            return "((%s) ? (%s) : (%s))" % (a, b, expr(d - 1))
        if op == "cast":
            return "((%s)(%s))" % (r.choice(TYPES), a)
        if op in ("~", "!"):
            return "(%s(%s))" % (op, a)
        if op == "neg":
            return "(-(%s))" % a
        return "((%s) %s (%s))" % (a, op, b)

    for i in range(60):
        out.append('  printf("%%d %%llu\\n", %d, (unsigned long long)(%s));' % (i, expr(5)))
    out.append("  return 0;\n}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
