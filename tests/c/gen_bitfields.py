#!/usr/bin/env python3
"""Writes a C program of 40 random structs mixing bit-fields (signed,
unsigned, _Bool, every width, zero-width, some with aligned(N)), ordinary
members and packing; the program prints each struct's size, alignment,
bytes after assigning every field, and the fields read back. Built by kit
and by gcc, the two outputs must be equal (random_bitfields.test): gcc is
the oracle for the SysV bit-field layout.

usage: gen_bitfields.py SEED > prog.c
"""
import random
import sys

TYPES = [("char", 8), ("signed char", 8), ("unsigned char", 8), ("short", 16), ("unsigned short", 16),
         ("int", 32), ("unsigned", 32), ("long", 64), ("unsigned long", 64), ("long long", 64), ("_Bool", 1)]


def struct(r, k):
    fields = []
    for i in range(r.randint(1, 7)):
        t, w = r.choice(TYPES)
        if r.random() < 0.65:
            width = r.randint(0 if i else 1, w)
            if width == 0:
                fields.append((None, "  %s : 0;" % t))
                continue
            al = " __attribute__((aligned(%d)))" % r.choice([1, 2, 4, 8, 16]) if r.random() < 0.1 else ""
            fields.append(("f%d" % i, "  %s f%d : %d%s;" % (t, i, width, al)))
        else:
            fields.append(("f%d" % i, "  %s f%d;" % ("char" if t == "_Bool" else t, i)))
    packed = " __attribute__((packed))" if r.random() < 0.2 else ""
    decl = "struct%s s%d {\n%s\n};" % (packed, k, "\n".join(f for _, f in fields))
    names = [n for n, _ in fields if n]
    body = ["  { struct s%d v; memset(&v, 0, sizeof v);" % k,
            '    printf("s%d %%zu %%zu", sizeof v, _Alignof(struct s%d));' % (k, k)]
    body += ["    v.%s = %d;" % (n, r.randint(-1000000, 1000000)) for n in names]
    body.append('    dump(&v, sizeof v);')
    body += ['    printf(" %%lld", (long long)v.%s);' % n for n in names]
    body.append('    printf("\\n"); }')
    return decl, "\n".join(body)


def main():
    r = random.Random(int(sys.argv[1]))
    parts = [struct(r, k) for k in range(40)]
    print("#include <stdio.h>\n#include <string.h>\n")
    print("static void dump(const void *p, size_t n) {\n"
          "  const unsigned char *b = p;\n"
          "  for (size_t i = 0; i < n; i++) printf(\" %02x\", b[i]);\n}\n")
    print("\n".join(d for d, _ in parts))
    print("int main(void) {\n%s\n  return 0;\n}" % "\n".join(b for _, b in parts))


if __name__ == "__main__":
    main()
