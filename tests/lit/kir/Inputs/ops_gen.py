#!/usr/bin/env python3
"""Generates a differential test of every kit IR value operation.

usage: ops_gen.py OUT.kir OUT.c

OUT.kir holds one small kit function per (operation, type[, constant
operand]); OUT.c computes the same thing in C (the oracle, compiled by
gcc) and calls the kit function over a grid of interesting values,
printing FAIL lines for differences and "all ok" at the end; its exit
status is the number of failures.

Covered: integer arithmetic, bitwise and shift operations and compares on
i8, i16, i32, i64, i128 and the odd widths i1, i7, i33 (both register and
immediate second operands), select, trunc/zext/sext, the bit operations
(bswap, clz, ctz, popcount), f32/f64/f80 arithmetic, negation and all
fcmp predicates (with NaNs), every conversion between integers and
floating point (including u64 and i128), fpext/fptrunc and bitcast.
"""
import sys

INT = {8: ("int8_t", "uint8_t"), 16: ("int16_t", "uint16_t"), 32: ("int32_t", "uint32_t"),
       64: ("int64_t", "uint64_t"), 128: ("__int128", "unsigned __int128")}
GRID = {
    8: ["-128", "-1", "0", "1", "2", "7", "100", "127"],
    16: ["-32768", "-300", "-1", "0", "1", "3", "255", "32767"],
    32: ["INT32_MIN", "-123456", "-1", "0", "1", "5", "31", "77777", "INT32_MAX"],
    64: ["INT64_MIN", "-1000000000000", "-1", "0", "1", "3", "63", "1000000000000000", "INT64_MAX"],
    128: ["((__int128)INT64_MIN << 64)", "-((__int128)1 << 100)", "-1000000000000", "-1", "0", "1", "3",
          "127", "((__int128)1 << 64)", "(((__int128)1 << 64) - 1)", "((__int128)123456789 << 70)",
          "(__int128)(((unsigned __int128)1 << 127) - 1)"],
}
ODD = [1, 7, 33, 48]
FLOAT = {"f32": "float", "f64": "double", "f80": "long double"}
FGRID = ["0.0", "-0.0", "1.5", "-2.25", "3.0", "0.1", "1e30", "-1e-30", "INFINITY", "-INFINITY", "NAN"]

BINOPS = ["add", "sub", "mul", "sdiv", "udiv", "srem", "urem", "and", "or", "xor", "shl", "lshr", "ashr"]
CMPS = {"eq": "==", "ne": "!=", "slt": "<", "sle": "<=", "sgt": ">", "sge": ">=",
        "ult": "<", "ule": "<=", "ugt": ">", "uge": ">="}
FCMPS = {"oeq": "a == b", "one": "(a < b || a > b)", "olt": "a < b", "ole": "a <= b", "ogt": "a > b",
         "oge": "a >= b", "ueq": "!(a < b || a > b)", "une": "a != b", "ult": "!(a >= b)",
         "ule": "!(a > b)", "ugt": "!(a <= b)", "uge": "!(a < b)", "ord": "!(a != a || b != b)",
         "uno": "(a != a || b != b)"}


class Gen:
    def __init__(self):
        self.k = ['target "x86_64-unknown-linux-gnu"\n']
        self.c = ["#include <math.h>\n#include <stdint.h>\n#include <stdio.h>\n#include <string.h>\n",
                  "static int failures, checked;\n",
                  "static void fail(const char* what, const char* got, const char* want) {\n"
                  "  printf(\"FAIL %s: got %s want %s\\n\", what, got, want); ++failures; }\n",
                  "static void hex128(char* buf, unsigned __int128 v) {\n"
                  "  sprintf(buf, \"0x%016llx%016llx\", (unsigned long long)(v >> 64), (unsigned long long)v); }\n",
                  "static int64_t sx(uint64_t v, int n) { return n == 64 ? (int64_t)v : (int64_t)(v << (64 - n)) >> (64 - n); }\n",
                  "static uint64_t zx(uint64_t v, int n) { return n == 64 ? v : v & ((1ull << n) - 1); }\n",
                  "static int same_f(long double a, long double b) {\n"
                  "  if (a != a) return b != b;\n"
                  "  return a == b && signbit(a) == signbit(b); }\n"]
        self.tests = []
        self.n = 0

    def kfunc(self, name, sig, body):
        self.k.append("func @%s: %s {\n^entry:\n%s}\n" % (name, sig, "".join("  %s\n" % l for l in body)))

    def test(self, code):
        self.n += 1
        name = "t%d" % self.n
        self.c.append("static void %s(void) {\n%s}\n" % (name, code))
        self.tests.append(name)

    # ---- integers
    def int_binops(self, bits):
        s, u = INT[bits]
        ty = "i%d" % bits
        for op in BINOPS:
            for const in [None, "3", "1"] if op not in ("shl", "lshr", "ashr") else [None, "1", "5"]:
                fname = "k_%s_%s%s" % (op, ty, "" if const is None else "_k" + const)
                if const is None:
                    self.kfunc(fname, "%s (%s %%a, %s %%b)" % (ty, ty, ty), ["%%r = %s %s %%a, %%b" % (op, ty), "ret %r"])
                    proto = "%s %s(%s, %s);\n" % (s, fname, s, s)
                else:
                    self.kfunc(fname, "%s (%s %%a)" % (ty, ty), ["%%r = %s %s %%a, %s %s" % (op, ty, ty, const), "ret %r"])
                    proto = "%s %s(%s);\n" % (s, fname, s)
                self.c.append(proto)
                cexpr = {
                    "add": "(%s)((%s)a + (%s)b)" % (s, u, u), "sub": "(%s)((%s)a - (%s)b)" % (s, u, u),
                    "mul": "(%s)((%s)a * (%s)b)" % (s, u, u), "sdiv": "(%s)(a / b)" % s,
                    "udiv": "(%s)((%s)a / (%s)b)" % (s, u, u), "srem": "(%s)(a %% b)" % s,
                    "urem": "(%s)((%s)a %% (%s)b)" % (s, u, u), "and": "(%s)(a & b)" % s,
                    "or": "(%s)(a | b)" % s, "xor": "(%s)(a ^ b)" % s,
                    "shl": "(%s)((%s)a << b)" % (s, u), "lshr": "(%s)((%s)a >> b)" % (s, u),
                    "ashr": "(%s)(a >> b)" % s}[op]
                shift = op in ("shl", "lshr", "ashr")
                div = op in ("sdiv", "udiv", "srem", "urem")
                grid_b = GRID[bits] if const is None else [const]
                code = "  static const %s G[] = {%s};\n  static const %s B[] = {%s};\n" % (s, ", ".join(GRID[bits]), s, ", ".join(grid_b))
                code += "  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) for (unsigned j = 0; j < sizeof B / sizeof *B; ++j) {\n"
                code += "    %s a = G[i], b = B[j];\n" % s
                if shift:
                    code += "    b = (%s)((%s)b & %d);\n" % (s, u, bits - 1)
                    if const is not None:
                        code += "    if (b != %s) continue;\n" % const
                if div:
                    code += "    if (b == 0 || (b == -1 && a == (%s)((%s)1 << %d))) continue;\n" % (s, u, bits - 1)
                code += "    %s want = %s;\n" % (s, cexpr)
                call = "%s(a, b)" % fname if const is None else "%s(a)" % fname
                code += "    %s got = %s; ++checked;\n" % (s, call)
                code += "    if (got != want) { char g[40], w[40]; hex128(g, (unsigned __int128)(%s)got); hex128(w, (unsigned __int128)(%s)want); fail(\"%s\", g, w); }\n" % (u, u, fname)
                code += "  }\n"
                self.test(code)
        # unary, compares, select
        for op, cexpr in (("neg", "(%s)(0 - (%s)a)" % (s, u)), ("not", "(%s)~a" % s)):
            fname = "k_%s_%s" % (op, ty)
            self.kfunc(fname, "%s (%s %%a)" % (ty, ty), ["%%r = %s %s %%a" % (op, ty), "ret %r"])
            self.c.append("%s %s(%s);\n" % (s, fname, s))
            self.test("  static const %s G[] = {%s};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) {\n"
                      "    %s a = G[i]; ++checked;\n    if (%s(a) != %s) fail(\"%s\", \"?\", \"?\");\n  }\n"
                      % (s, ", ".join(GRID[bits]), s, fname, cexpr, fname))
        for pred, cop in CMPS.items():
            for const in [None, "1"]:
                fname = "k_icmp_%s_%s%s" % (pred, ty, "" if const is None else "_k")
                if const is None:
                    self.kfunc(fname, "i32 (%s %%a, %s %%b)" % (ty, ty), ["%%r = icmp %s i32 %%a, %%b" % pred, "ret %r"])
                    self.c.append("int %s(%s, %s);\n" % (fname, s, s))
                else:
                    self.kfunc(fname, "i32 (%s %%a)" % ty, ["%%r = icmp %s i32 %%a, %s %s" % (pred, ty, const), "ret %r"])
                    self.c.append("int %s(%s);\n" % (fname, s))
                cast = u if pred.startswith("u") else s
                call = "%s(a, b)" % fname if const is None else "%s(a)" % fname
                grid_b = ", ".join(GRID[bits]) if const is None else const
                self.test("  static const %s G[] = {%s};\n  static const %s B[] = {%s};\n"
                          "  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) for (unsigned j = 0; j < sizeof B / sizeof *B; ++j) {\n"
                          "    %s a = G[i], b = B[j]; ++checked;\n    if (%s != ((%s)a %s (%s)b)) fail(\"%s\", \"?\", \"?\");\n  }\n"
                          % (s, ", ".join(GRID[bits]), s, grid_b, s, call, cast, cop, cast, fname))
        fname = "k_select_%s" % ty
        self.kfunc(fname, "%s (%s %%a, %s %%b)" % (ty, ty, ty),
                   ["%c = icmp slt i1 %a, %b", "%%r = select %s %%c, %%a, %%b" % ty, "ret %r"])
        self.c.append("%s %s(%s, %s);\n" % (s, fname, s, s))
        self.test("  static const %s G[] = {%s};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) for (unsigned j = 0; j < sizeof G / sizeof *G; ++j) {\n"
                  "    %s a = G[i], b = G[j]; ++checked;\n    if (%s(a, b) != (a < b ? a : b)) fail(\"%s\", \"?\", \"?\");\n  }\n"
                  % (s, ", ".join(GRID[bits]), s, fname, fname))
        # bit operations
        bitops = [("popcount", "popc")]
        if bits in (16, 32, 64, 128):
            bitops.append(("bswap", "bswap"))
        bitops += [("clz", "clz"), ("ctz", "ctz")]
        for op, _ in bitops:
            fname = "k_%s_%s" % (op, ty)
            self.kfunc(fname, "%s (%s %%a)" % (ty, ty), ["%%r = %s %s %%a" % (op, ty), "ret %r"])
            self.c.append("%s %s(%s);\n" % (s, fname, s))
            ref = {
                "popcount": "{ int n = 0; for (int k = 0; k < %d; ++k) n += (x >> k) & 1; want = n; }" % bits,
                "clz": "{ int n = 0; for (int k = %d; k >= 0 && !((x >> k) & 1); --k) ++n; want = n; }" % (bits - 1),
                "ctz": "{ int n = 0; for (int k = 0; k < %d && !((x >> k) & 1); ++k) ++n; want = n; }" % bits,
                "bswap": "{ want = 0; for (int k = 0; k < %d; ++k) want |= ((x >> (8 * k)) & 0xff) << (8 * (%d - 1 - k)); }" % (bits // 8, bits // 8),
            }[op]
            self.test("  static const %s G[] = {%s};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) {\n"
                      "    %s x = (%s)G[i]; %s want; %s ++checked;\n"
                      "    if ((%s)%s(G[i]) != want) { char g[40], w[40]; hex128(g, (%s)%s(G[i])); hex128(w, want); fail(\"%s\", g, w); }\n  }\n"
                      % (s, ", ".join(GRID[bits]), u, u, u, ref, u, fname, u, fname, fname))

    def odd_ints(self, n):
        ty = "i%d" % n
        ops = ["add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr"]
        if n > 1:
            ops += ["sdiv", "udiv", "srem", "urem"]
        for op in ops:
            fname = "k_%s_%s" % (op, ty)
            self.kfunc(fname, "i64 (i64 %a, i64 %b)",
                       ["%%x = trunc %s %%a" % ty, "%%y = trunc %s %%b" % ty, "%%r = %s %s %%x, %%y" % (op, ty),
                        "%z = sext i64 %r", "ret %z"])
            self.c.append("int64_t %s(int64_t, int64_t);\n" % fname)
            N = n
            cexpr = {
                "add": "sx((uint64_t)a + (uint64_t)b, N)", "sub": "sx((uint64_t)a - (uint64_t)b, N)",
                "mul": "sx((uint64_t)a * (uint64_t)b, N)", "and": "sx(a & b, N)", "or": "sx(a | b, N)",
                "xor": "sx(a ^ b, N)", "shl": "sx((uint64_t)a << b, N)", "lshr": "sx(zx(a, N) >> b, N)",
                "ashr": "sx(sx(a, N) >> b, N)", "sdiv": "sx(sx(a, N) / sx(b, N), N)",
                "udiv": "sx(zx(a, N) / zx(b, N), N)", "srem": "sx(sx(a, N) % sx(b, N), N)",
                "urem": "sx(zx(a, N) % zx(b, N), N)"}[op].replace("N", str(N))
            shift = op in ("shl", "lshr", "ashr")
            div = op in ("sdiv", "udiv", "srem", "urem")
            code = "  static const int64_t G[] = {-129, -64, -5, -1, 0, 1, 3, 63, 64, 1000, 4294967295LL, -4294967296LL, 123456789012LL};\n"
            code += "  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) for (unsigned j = 0; j < sizeof G / sizeof *G; ++j) {\n"
            code += "    int64_t a = G[i], b = G[j];\n"
            if shift:
                code += "    b = zx(b, 6) %% %d;\n" % n
            if div:
                code += "    if (zx(b, %d) == 0 || (sx(b, %d) == -1 && zx(a, %d) == (1ull << %d))) continue;\n" % (n, n, n, n - 1)
            code += "    ++checked; int64_t want = %s, got = %s(a, b);\n" % (cexpr, fname)
            code += "    if (got != want) { char g[40], w[40]; sprintf(g, \"%%lld\", (long long)got); sprintf(w, \"%%lld\", (long long)want); fail(\"%s\", g, w); }\n  }\n" % fname
            self.test(code)
        for pred, cop in CMPS.items():
            fname = "k_icmp_%s_%s" % (pred, ty)
            self.kfunc(fname, "i32 (i64 %a, i64 %b)",
                       ["%%x = trunc %s %%a" % ty, "%%y = trunc %s %%b" % ty, "%%r = icmp %s i32 %%x, %%y" % pred, "ret %r"])
            self.c.append("int %s(int64_t, int64_t);\n" % fname)
            f = "zx" if pred.startswith("u") else "sx"
            self.test("  static const int64_t G[] = {-129, -64, -5, -1, 0, 1, 3, 63, 64, 4294967295LL, -4294967296LL};\n"
                      "  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) for (unsigned j = 0; j < sizeof G / sizeof *G; ++j) {\n"
                      "    int64_t a = G[i], b = G[j]; ++checked;\n"
                      "    if (%s(a, b) != (%s(a, %d) %s %s(b, %d))) fail(\"%s\", \"?\", \"?\");\n  }\n"
                      % (fname, f, n, cop, f, n, fname))
        for ext in ("zext", "sext"):
            fname = "k_%s_%s" % (ext, ty)
            self.kfunc(fname, "i64 (i64 %a)", ["%%x = trunc %s %%a" % ty, "%%r = %s i64 %%x" % ext, "ret %r"])
            self.c.append("int64_t %s(int64_t);\n" % fname)
            self.test("  static const int64_t G[] = {-129, -64, -5, -1, 0, 1, 3, 63, 64, 4294967295LL, -4294967296LL, 0x5a5a5a5a5a5aLL};\n"
                      "  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) { ++checked;\n"
                      "    if (%s(G[i]) != (int64_t)%s(G[i], %d)) fail(\"%s\", \"?\", \"?\");\n  }\n"
                      % (fname, "zx" if ext == "zext" else "sx", n, fname))

    def int_convs(self):
        widths = [8, 16, 32, 64, 128]
        for a in widths:
            for b in widths:
                if a == b:
                    continue
                sa, ua = INT[a]
                sb, ub = INT[b]
                ops = ["trunc"] if b < a else ["zext", "sext"]
                for op in ops:
                    fname = "k_%s_i%d_i%d" % (op, a, b)
                    self.kfunc(fname, "i%d (i%d %%a)" % (b, a), ["%%r = %s i%d %%a" % (op, b), "ret %r"])
                    self.c.append("%s %s(%s);\n" % (sb, fname, sa))
                    want = {"trunc": "(%s)a" % sb, "zext": "(%s)(%s)a" % (sb, ua), "sext": "(%s)a" % sb}[op]
                    self.test("  static const %s G[] = {%s};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) {\n"
                              "    %s a = G[i]; ++checked;\n    if (%s(a) != %s) fail(\"%s\", \"?\", \"?\");\n  }\n"
                              % (sa, ", ".join(GRID[a]), sa, fname, want, fname))

    # ---- floating point
    def floats(self):
        for ft, ct in FLOAT.items():
            for op, cop in (("fadd", "+"), ("fsub", "-"), ("fmul", "*"), ("fdiv", "/")):
                fname = "k_%s_%s" % (op, ft)
                self.kfunc(fname, "%s (%s %%a, %s %%b)" % (ft, ft, ft), ["%%r = %s %s %%a, %%b" % (op, ft), "ret %r"])
                self.c.append("%s %s(%s, %s);\n" % (ct, fname, ct, ct))
                self.test("  static const %s G[] = {%s};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) for (unsigned j = 0; j < sizeof G / sizeof *G; ++j) {\n"
                          "    volatile %s a = G[i], b = G[j]; %s want = a %s b; ++checked;\n"
                          "    %s got = %s(a, b);\n"
                          "    if (!same_f(got, want)) { char g[64], w[64]; sprintf(g, \"%%Lg\", (long double)got); sprintf(w, \"%%Lg\", (long double)want); fail(\"%s\", g, w); }\n  }\n"
                          % (ct, ", ".join(FGRID), ct, ct, cop, ct, fname, fname))
            fname = "k_fneg_%s" % ft
            self.kfunc(fname, "%s (%s %%a)" % (ft, ft), ["%%r = fneg %s %%a" % ft, "ret %r"])
            self.c.append("%s %s(%s);\n" % (ct, fname, ct))
            self.test("  static const %s G[] = {%s};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) { ++checked;\n"
                      "    if (!same_f(%s(G[i]), -G[i])) fail(\"%s\", \"?\", \"?\");\n  }\n" % (ct, ", ".join(FGRID), fname, fname))
            for pred, cexpr in FCMPS.items():
                fname = "k_fcmp_%s_%s" % (pred, ft)
                self.kfunc(fname, "i32 (%s %%a, %s %%b)" % (ft, ft), ["%%r = fcmp %s i32 %%a, %%b" % pred, "ret %r"])
                self.c.append("int %s(%s, %s);\n" % (fname, ct, ct))
                self.test("  static const %s G[] = {%s};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) for (unsigned j = 0; j < sizeof G / sizeof *G; ++j) {\n"
                          "    volatile %s a = G[i], b = G[j]; ++checked;\n"
                          "    if (%s(a, b) != (%s)) { char m[80]; sprintf(m, \"%%Lg %%Lg\", (long double)a, (long double)b); fail(\"%s\", m, \"?\"); }\n  }\n"
                          % (ct, ", ".join(FGRID), ct, fname, cexpr, fname))
            # select of floats
            fname = "k_fselect_%s" % ft
            self.kfunc(fname, "%s (i32 %%c, %s %%a, %s %%b)" % (ft, ft, ft), ["%%r = select %s %%c, %%a, %%b" % ft, "ret %r"])
            self.c.append("%s %s(int, %s, %s);\n" % (ct, fname, ct, ct))
            self.test("  ++checked; if (%s(1, 1.5, 2.5) != 1.5 || %s(0, 1.5, 2.5) != 2.5 || %s(256, 1.5, 2.5) != 1.5) fail(\"%s\", \"?\", \"?\");\n"
                      % (fname, fname, fname, fname))
        # float <-> float
        for a in FLOAT:
            for b in FLOAT:
                if a == b:
                    continue
                op = "fpext" if list(FLOAT).index(b) > list(FLOAT).index(a) else "fptrunc"
                fname = "k_%s_%s_%s" % (op, a, b)
                self.kfunc(fname, "%s (%s %%a)" % (b, a), ["%%r = %s %s %%a" % (op, b), "ret %r"])
                self.c.append("%s %s(%s);\n" % (FLOAT[b], fname, FLOAT[a]))
                self.test("  static const %s G[] = {%s, 1e-40, 3.4e38, 1e300};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) { ++checked;\n"
                          "    volatile %s a = G[i]; %s want = (%s)a;\n"
                          "    if (!same_f(%s(a), want)) fail(\"%s\", \"?\", \"?\");\n  }\n"
                          % (FLOAT[a], ", ".join(FGRID), FLOAT[a], FLOAT[b], FLOAT[b], fname, fname))
        # int <-> float
        for ft, ct in FLOAT.items():
            for bits in (8, 16, 32, 64, 128):
                for sgn in ("s", "u"):
                    s, u = INT[bits]
                    it = s if sgn == "s" else u
                    fname = "k_%sitofp_i%d_%s" % (sgn, bits, ft)
                    self.kfunc(fname, "%s (i%d %%a)" % (ft, bits), ["%%r = %sitofp %s %%a" % (sgn, ft), "ret %r"])
                    self.c.append("%s %s(%s);\n" % (ct, fname, it))
                    self.test("  static const %s G[] = {%s};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) { ++checked;\n"
                              "    %s a = (%s)G[i]; %s want = (%s)a;\n"
                              "    if (!same_f(%s(a), want)) { char g[64], w[64]; sprintf(g, \"%%.21Lg\", (long double)%s(a)); sprintf(w, \"%%.21Lg\", (long double)want); fail(\"%s\", g, w); }\n  }\n"
                              % (s, ", ".join(GRID[bits]), it, it, ct, ct, fname, fname, fname))
                    fname = "k_fpto%si_%s_i%d" % (sgn, ft, bits)
                    self.kfunc(fname, "i%d (%s %%a)" % (bits, ft), ["%%r = fpto%si i%d %%a" % (sgn, bits), "ret %r"])
                    self.c.append("%s %s(%s);\n" % (it, fname, ct))
                    lo = -(2 ** (bits - 1)) - 1 if sgn == "s" else -1
                    hi = 2 ** (bits - 1) if sgn == "s" else 2 ** bits
                    vals = ["0.0", "1.0", "1.5", "-0.75", "100.25", "127.0", "255.0", "65535.0", "3.0e9",
                            "1.0e19", "9.3e18", "-1.0", "-100.5", "-128.0", "-2.0e9", "-9.2e18", "1e30", "3e38",
                            "-1.5e38", "4294967295.0", "18446744073709551615.0"]
                    self.test("  static const %s G[] = {%s};\n  for (unsigned i = 0; i < sizeof G / sizeof *G; ++i) {\n"
                              "    %s a = G[i]; if (!((long double)a > %d.0L && (long double)a < %d.0L)) continue; ++checked;\n"
                              "    %s want = (%s)a, got = %s(a);\n"
                              "    if (got != want) { char g[64], w[64]; hex128(g, (unsigned __int128)got); hex128(w, (unsigned __int128)want); fail(\"%s\", g, w); }\n  }\n"
                              % (ct, ", ".join(vals), ct, lo, hi, it, it, fname, fname))
        # bitcasts
        for it, ft, ct, cit in (("i32", "f32", "float", "uint32_t"), ("i64", "f64", "double", "uint64_t")):
            fname = "k_bitcast_%s_%s" % (it, ft)
            self.kfunc(fname, "%s (%s %%a)" % (ft, it), ["%%r = bitcast %s %%a" % ft, "ret %r"])
            self.c.append("%s %s(%s);\n" % (ct, fname, cit))
            fname2 = "k_bitcast_%s_%s" % (ft, it)
            self.kfunc(fname2, "%s (%s %%a)" % (it, ft), ["%%r = bitcast %s %%a" % it, "ret %r"])
            self.c.append("%s %s(%s);\n" % (cit, fname2, ct))
            self.test("  %s x = 0x40490fdb; %s f; memcpy(&f, &x, sizeof f); ++checked;\n"
                      "  if (%s(x) != f || %s(f) != x) fail(\"%s\", \"?\", \"?\");\n" % (cit, ct, fname, fname2, fname))

    def write(self, kir, c):
        self.c.append("int main(void) {\n")
        for t in self.tests:
            self.c.append("  %s();\n" % t)
        self.c.append("  printf(\"checked %d\\n\", checked);\n  if (!failures) printf(\"all ok\\n\");\n  return failures > 255 ? 255 : failures;\n}\n")
        with open(kir, "w") as f:
            f.write("\n".join(self.k))
        with open(c, "w") as f:
            f.write("".join(self.c))


def main():
    g = Gen()
    for bits in (8, 16, 32, 64, 128):
        g.int_binops(bits)
    for n in ODD:
        g.odd_ints(n)
    g.int_convs()
    g.floats()
    g.write(sys.argv[1], sys.argv[2])


if __name__ == "__main__":
    main()
