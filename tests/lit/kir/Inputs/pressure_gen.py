#!/usr/bin/env python3
"""Register-pressure test for the x86-64 register allocator.

usage: pressure_gen.py OUT.kir OUT.expected

Writes a kit IR program whose functions keep far more values alive than
there are registers: straight-line code with 48 integers and 24 doubles
alive across calls (so they need callee-saved registers or spill slots),
and a loop carrying 28 integer and 12 double phis that rotate through each
other every iteration (parallel copies under spilling). The expected
output, computed here with the same 64-bit wrap-around arithmetic, goes to
OUT.expected.
"""
import struct
import sys

M = (1 << 64) - 1


def s64(v):
    v &= M
    return v - (1 << 64) if v >> 63 else v


def f64(x):
    return struct.unpack("<d", struct.pack("<d", x))[0]


def main():
    kir, exp = sys.argv[1], sys.argv[2]
    k = ['target "x86_64-unknown-linux-gnu"\n',
         "func @printf: i32 (ptr, ...)",
         'data @fmt: [11 x i8] internal readonly strings = { bytes "%lld %.6f\\n\\x00" }',
         "",
         "; an opaque call that clobbers every caller-saved register",
         "func @touch: i64 (i64 %x) noinline {",
         "^entry:",
         "  %r = xor i64 %x, i64 1",
         "  ret %r",
         "}",
         ""]
    out = []

    # ---- straight line
    NI, NF = 48, 24
    k.append("func @straight: void (i64 %a, i64 %b, f64 %x) {")
    k.append("^entry:")
    a, b, x = 12345, -678, 1.25
    iv = []
    prev = None
    for i in range(NI):
        c = 2 * i + 3
        k.append("  %%m%d = mul i64 %%a, i64 %d" % (i, c))
        k.append("  %%s%d = add i64 %%m%d, %%b" % (i, i))
        val = s64(a * c + b)
        if prev is not None:
            k.append("  %%h%d = ashr i64 %%v%d, i64 3" % (i, i - 1))
            k.append("  %%v%d = xor i64 %%s%d, %%h%d" % (i, i, i))
            val = s64(val ^ (iv[-1] >> 3))
        else:
            k.append("  %%v%d = copy i64 %%s%d" % (i, i))
        iv.append(val)
        prev = i
        if i % 12 == 11:
            k.append("  %%t%d = call i64 (i64) @touch(%%v%d)" % (i, i))
    fv = []
    for j in range(NF):
        d = 0.5 + j
        k.append("  %%fm%d = fmul f64 %%x, f64 %r" % (j, d))
        val = f64(x * d)
        if j:
            k.append("  %%f%d = fadd f64 %%fm%d, %%f%d" % (j, j, j - 1))
            val = f64(val + fv[-1])
        else:
            k.append("  %%f%d = copy f64 %%fm%d" % (j, j))
        fv.append(val)
        if j % 8 == 7:
            k.append("  %%u%d = call i64 (i64) @touch(i64 %d)" % (j, j))
    acc = "%v0"
    tot = iv[0]
    for i in range(1, NI):
        k.append("  %%w%d = mul i64 %%v%d, i64 %d" % (i, i, i + 1))
        k.append("  %%acc%d = add i64 %s, %%w%d" % (i, acc, i))
        acc = "%%acc%d" % i
        tot = s64(tot + iv[i] * (i + 1))
    facc = "%f0"
    ftot = fv[0]
    for j in range(1, NF):
        k.append("  %%facc%d = fadd f64 %s, %%f%d" % (j, facc, j))
        facc = "%%facc%d" % j
        ftot = f64(ftot + fv[j])
    k.append("  %%pr = call i32 (ptr, ...) @printf(@fmt, %s, %s)" % (acc, facc))
    k.append("  ret")
    k.append("}\n")
    out.append("%d %.6f" % (tot, ftot))

    # ---- loop with many phis rotating
    NL, NLF, ITER = 28, 12, 100
    k.append("func @loop: void (i64 %seed) {")
    k.append("^entry:")
    k.append("  br ^head")
    k.append("^head:")
    k.append("  %n = phi i64 [^entry, i64 0], [^head, %n1]")
    for i in range(NL):
        k.append("  %%p%d = phi i64 [^entry, i64 %d], [^head, %%q%d]" % (i, i * 7 + 1, i))
    for j in range(NLF):
        k.append("  %%g%d = phi f64 [^entry, f64 %r], [^head, %%h%d]" % (j, 0.25 * j, j))
    # q_i = p_{i+1} + p_i * 3 (rotating); h_j = g_{j+1} * 0.5 + g_j * 0.75
    for i in range(NL):
        k.append("  %%r%d = mul i64 %%p%d, i64 3" % (i, i))
        k.append("  %%q%d = add i64 %%p%d, %%r%d" % (i, (i + 1) % NL, i))
    for j in range(NLF):
        k.append("  %%e%d = fmul f64 %%g%d, f64 0.5" % (j, (j + 1) % NLF))
        k.append("  %%z%d = fmul f64 %%g%d, f64 0.75" % (j, j))
        k.append("  %%h%d = fadd f64 %%e%d, %%z%d" % (j, j, j))
    k.append("  %n1 = add i64 %n, i64 1")
    k.append("  %%c = icmp slt i1 %%n1, i64 %d" % ITER)
    k.append("  condbr %c, ^head, ^done")
    k.append("^done:")
    p = [i * 7 + 1 for i in range(NL)]
    g = [0.25 * j for j in range(NLF)]
    for _ in range(ITER):
        q = [s64(p[(i + 1) % NL] + p[i] * 3) for i in range(NL)]
        h = [f64(f64(g[(j + 1) % NLF] * 0.5) + f64(g[j] * 0.75)) for j in range(NLF)]
        p, g = q, h
    acc = "%q0"
    tot = p[0]
    for i in range(1, NL):
        k.append("  %%la%d = xor i64 %s, %%q%d" % (i, acc, i))
        acc = "%%la%d" % i
        tot = s64(tot ^ p[i])
    facc = "%h0"
    ftot = g[0]
    for j in range(1, NLF):
        k.append("  %%lf%d = fadd f64 %s, %%h%d" % (j, facc, j))
        facc = "%%lf%d" % j
        ftot = f64(ftot + g[j])
    k.append("  %%lsc = fdiv f64 %s, f64 1e6" % facc)
    ftot = f64(ftot / 1e6)
    k.append("  %%pr = call i32 (ptr, ...) @printf(@fmt, %s, %%lsc)" % acc)
    k.append("  ret")
    k.append("}\n")
    out.append("%d %.6f" % (tot, ftot))

    # ---- hundreds of virtual registers used as address bases (virtual
    # register numbers must not collide with "no register" markers)
    NP = 400
    k.append("data @arr: [%d x i64] internal = { %s }" % (NP, ", ".join("i64 %d" % (i * 3) for i in range(NP))))
    k.append("func @bases: void (i64 %one) {")
    k.append("^entry:")
    for i in range(NP):
        k.append("  %%o%d = mul i64 %%one, i64 %d" % (i, 8 * i))
        k.append("  %%a%d = ptradd ptr @arr, %%o%d" % (i, i))
        k.append("  %%l%d = load i64 %%a%d, align 8" % (i, i))
    acc = "%l0"
    for i in range(1, NP):
        k.append("  %%b%d = add i64 %s, %%l%d" % (i, acc, i))
        acc = "%%b%d" % i
    k.append("  %%pr = call i32 (ptr, ...) @printf(@fmt, %s, f64 0.0)" % acc)
    k.append("  ret")
    k.append("}\n")
    out.append("%d %.6f" % (sum(i * 3 for i in range(NP)), 0.0))

    k.append("func @main: i32 () {")
    k.append("^entry:")
    k.append("  call void (i64, i64, f64) @straight(i64 12345, i64 -678, f64 1.25)")
    k.append("  call void (i64) @loop(i64 0)")
    k.append("  call void (i64) @bases(i64 1)")
    k.append("  ret i32 0")
    k.append("}")
    with open(kir, "w") as f:
        f.write("\n".join(k) + "\n")
    with open(exp, "w") as f:
        f.write("\n".join(out) + "\nexit: 0\n")


if __name__ == "__main__":
    main()
