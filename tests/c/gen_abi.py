#!/usr/bin/env python3
"""Writes one half of a random struct-passing program: 25 functions taking
random structs (char/short/int/long/long long/float/double/long double
members, arrays of them, some packed) by value among random scalars, and
returning a struct. `callee` holds the definitions (they print every field
and scalar they receive), `caller` the calls with random values and main.
random_abi.test builds each half with kit and with gcc and links them
crosswise: the outputs must be equal, which holds only if kit passes and
returns every shape where the x86-64 psABI says.

usage: gen_abi.py SEED callee|caller > half.c
"""
import random
import sys
r = random.Random(int(sys.argv[1]))
part = sys.argv[2]
T = ["char", "short", "int", "long", "float", "double", "long double", "unsigned char", "long long"]
fmt = {"char": "%d", "short": "%d", "int": "%d", "long": "%ld", "float": "%g", "double": "%g", "long double": "%Lg",
       "unsigned char": "%u", "long long": "%lld"}
cast = {"float": "(double)"}
structs, funcs, calls = [], [], []
for k in range(25):
    fs = []
    for i in range(r.randint(1, 5)):
        t = r.choice(T)
        n = r.choice([0, 0, 0, 2, 3])
        fs.append((t, "m%d" % i, n))
    packed = " __attribute__((packed))" if r.random() < 0.1 else ""
    structs.append("struct%s S%d { %s };" % (packed, k, " ".join("%s %s%s;" % (t, m, "[%d]" % n if n else "") for t, m, n in fs)))
    nargs = r.randint(1, 4)
    extra = [r.choice(["int", "double", "long double", "float", "long"]) for _ in range(r.randint(0, 8))]
    params = ["struct S%d a%d" % (k, j) for j in range(nargs)] + ["%s x%d" % (t, j) for j, t in enumerate(extra)]
    r.shuffle(params)
    sig = "struct S%d f%d(%s)" % (k, k, ", ".join(params))
    funcs.append(sig + ";")
    # callee: print every field of every struct arg, every scalar; return a0 modified
    body = []
    for p in params:
        ty, nm = p.rsplit(" ", 1)
        if ty.startswith("struct"):
            for t, m, n in fs:
                if n:
                    for e in range(n):
                        body.append('printf(" %s", %s%s.%s[%d]);' % (fmt[t], cast.get(t, ""), nm, m, e))
                else:
                    body.append('printf(" %s", %s%s.%s);' % (fmt[t], cast.get(t, ""), nm, m))
        else:
            body.append('printf(" %s", %s%s);' % (fmt[ty], cast.get(ty, ""), nm))
    body.append('printf("\\n");')
    t0, m0, n0 = fs[0]
    body.append("a0.%s%s += 1;" % (m0, "[0]" if n0 else ""))
    body.append("return a0;")
    if part == "callee":
        funcs.append(sig + " {\n  " + "\n  ".join(body) + "\n}")
    # caller
    def val(t):
        if t in ("float", "double", "long double"): return "%d.%d" % (r.randint(-99, 99), r.choice([0, 25, 5, 75]))
        if t == "unsigned char": return str(r.randint(0, 255))
        if t in ("char",): return str(r.randint(0, 127))
        return str(r.randint(-30000, 30000))
    inits, args = [], []
    for p in params:
        ty, nm = p.rsplit(" ", 1)
        if ty.startswith("struct"):
            vals = []
            for t, m, n in fs:
                vals.append("{%s}" % ", ".join(val(t) for _ in range(n)) if n else val(t))
            inits.append("  struct S%d %s_%d = {%s};" % (k, nm, k, ", ".join(vals)))
            args.append("%s_%d" % (nm, k))
        else:
            args.append("(%s)%s" % (ty, val(ty)))
    calls.append("\n".join(inits) + "\n  { struct S%d r = f%d(%s); printf(\"r%d %s\\n\", %sr.%s%s); }" % (
        k, k, ", ".join(args), k, fmt[t0], cast.get(t0, ""), m0, "[0]" if n0 else ""))
print("#include <stdio.h>")
print("\n".join(structs))
print("\n".join(funcs))
if part == "caller":
    print("int main(void) {\n" + "\n".join(calls) + "\n  return 0;\n}")
