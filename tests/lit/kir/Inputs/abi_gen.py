#!/usr/bin/env python3
"""Generates an ABI cross-check between kit-compiled IR and a C compiler.

usage: abi_gen.py OUT.kir OUT.c

Each record shape below is described once and written twice: as a kit IR
record type with functions that build, consume and pass it (OUT.kir), and
as the C struct with the same functions written in C plus a main() that
calls every kit function with values made in C and every C function from
kit code (OUT.c). Where both sides agree on the System V classification
(INTEGER / SSE / MEMORY / X87 eightbytes), registers and stack slots line
up and every check prints "ok"; a disagreement reads garbage and prints
FAIL. main() returns the number of failures.

Per shape S the kit side defines
  kit_make_S(i32 seed) -> S                 S returned by value
  kit_sum_S(S) -> f64                       S received by value
  kit_call_S(i32 seed) -> f64               calls c_make_S and c_sum_S
  kit_many_S(i32 x6, f64 x8, S, i32, S) -> f64   S after the registers ran out
  kit_call_many_S(i32 seed) -> f64          calls c_many_S
and the C side the same names with c_ instead of kit_.
"""
import sys

# name: (C declaration body, [fields]); a field is (c_type, ir_type, offset)
# Offsets are the x86-64 System V layout (what gcc gives these declarations).
SHAPES = {
    "c1": ("char a;", [("char", "i8", 0)], 1, 1),
    "c3": ("char a, b, c;", [("char", "i8", 0), ("char", "i8", 1), ("char", "i8", 2)], 3, 1),
    "s2": ("short a; char b;", [("short", "i16", 0), ("char", "i8", 2)], 4, 2),
    "i1": ("int a;", [("int", "i32", 0)], 4, 4),
    "i2": ("int a, b;", [("int", "i32", 0), ("int", "i32", 4)], 8, 4),
    "i3": ("int a, b, c;", [("int", "i32", 0), ("int", "i32", 4), ("int", "i32", 8)], 12, 4),
    "l1": ("long a;", [("long", "i64", 0)], 8, 8),
    "l2": ("long a, b;", [("long", "i64", 0), ("long", "i64", 8)], 16, 8),
    "l3": ("long a, b, c;", [("long", "i64", 0), ("long", "i64", 8), ("long", "i64", 16)], 24, 8),
    "f1": ("float a;", [("float", "f32", 0)], 4, 4),
    "f2": ("float a, b;", [("float", "f32", 0), ("float", "f32", 4)], 8, 4),
    "f3": ("float a, b, c;", [("float", "f32", 0), ("float", "f32", 4), ("float", "f32", 8)], 12, 4),
    "f4": ("float a, b, c, d;", [("float", "f32", 0), ("float", "f32", 4), ("float", "f32", 8), ("float", "f32", 12)], 16, 4),
    "d1": ("double a;", [("double", "f64", 0)], 8, 8),
    "d2": ("double a, b;", [("double", "f64", 0), ("double", "f64", 8)], 16, 8),
    "d3": ("double a, b, c;", [("double", "f64", 0), ("double", "f64", 8), ("double", "f64", 16)], 24, 8),
    "dl": ("double a; long b;", [("double", "f64", 0), ("long", "i64", 8)], 16, 8),
    "ld": ("long a; double b;", [("long", "i64", 0), ("double", "f64", 8)], 16, 8),
    "fi": ("float a; int b;", [("float", "f32", 0), ("int", "i32", 4)], 8, 4),
    "ifd": ("int a; float b; double c;", [("int", "i32", 0), ("float", "f32", 4), ("double", "f64", 8)], 16, 8),
    "ffi": ("float a, b; int c;", [("float", "f32", 0), ("float", "f32", 4), ("int", "i32", 8)], 12, 4),
    "cd": ("char a; double b;", [("char", "i8", 0), ("double", "f64", 8)], 16, 8),
    "fc": ("float a; char b;", [("float", "f32", 0), ("char", "i8", 4)], 8, 4),
    "a7": ("char a[7];", [("char", "i8", k) for k in range(7)], 7, 1),
    "a12": ("char a[12];", [("char", "i8", k) for k in range(12)], 12, 1),
    "sa3": ("short a[3];", [("short", "i16", 2 * k) for k in range(3)], 6, 2),
    "da2": ("double a[2];", [("double", "f64", 0), ("double", "f64", 8)], 16, 8),
    "fa3": ("float a[3];", [("float", "f32", 4 * k) for k in range(3)], 12, 4),
    "nest": ("struct { float x, y; } p; double d;", [("float", "f32", 0), ("float", "f32", 4), ("double", "f64", 8)], 16, 8),
    "ldb": ("long double a;", [("long double", "f80", 0)], 16, 16),
    "ldi": ("long double a; int b;", [("long double", "f80", 0), ("int", "i32", 16)], 32, 16),
    "i128": ("__int128 a;", [("__int128", "i128", 0)], 16, 16),
    "big": ("long a[5];", [("long", "i64", 8 * k) for k in range(5)], 40, 8),
    "mix5": ("double a; float b; int c; long d;", [("double", "f64", 0), ("float", "f32", 8), ("int", "i32", 12), ("long", "i64", 16)], 24, 8),
    "pk": ("char a; int b;", [("char", "i8", 0), ("int", "i32", 1)], 5, 1),
    "al16": ("long a;", [("long", "i64", 0)], 16, 16),
}
# Unions: the first field is written and read.
UNIONS = {
    "udl": ("double d; long l;", [("double", "f64", 0), ("long", "i64", 0)], 8, 8),
    "ufi": ("float f; int i;", [("float", "f32", 0), ("int", "i32", 0)], 4, 4),
    "ufd": ("float f; double d;", [("float", "f32", 0), ("double", "f64", 0)], 8, 8),
}

ATTRS = {"pk": "__attribute__((packed))", "al16": "__attribute__((aligned(16)))"}

INT_TYPES = {"i8", "i16", "i32", "i64", "i128"}


def ir_type_decl(name, fields, size, align, union):
    fs = ", ".join("%d: %s" % (off, t) for (_, t, off) in fields)
    return "type %%%s = %s { %s }, size %d, align %d" % (name, "union" if union else "struct", fs, size, align)


def value_expr_c(k):
    return "seed + %d" % (k * 3 + 1)


def gen(kir, c):
    k = []
    cc = []
    k.append('target "x86_64-unknown-linux-gnu"\n')
    cc.append("#include <stdio.h>\n#include <string.h>\n")
    cc.append("static int failures;\n")
    cc.append("static void check(const char* what, double got, double want) {\n"
              "  if (got == want) printf(\"ok %s\\n\", what);\n"
              "  else { printf(\"FAIL %s: got %g want %g\\n\", what, got, want); ++failures; }\n}\n")
    all_shapes = [(n, v, False) for n, v in SHAPES.items()] + [(n, v, True) for n, v in UNIONS.items()]
    for name, (cdecl, fields, size, align), union in all_shapes:
        S = "S_" + name
        kw = "union" if union else "struct"
        cc.append("typedef %s %s { %s } %s %s;\n" % (kw, S, cdecl, ATTRS.get(name, ""), S))
        cc.append("_Static_assert(sizeof(%s) == %d && _Alignof(%s) == %d, \"layout of %s\");\n" % (S, size, S, align, S))
        k.append(ir_type_decl(S, fields, size, align, union))
        used = fields[:1] if union else fields
        # C accessors: field k by offset and type, through memcpy (arrays, nested, unions)
        # ---- C functions
        cc.append("%s c_make_%s(int seed) { %s s; memset(&s, 0, sizeof s); unsigned char* p = (unsigned char*)&s;\n" % (S, name, S))
        for i, (ct, it, off) in enumerate(used):
            cc.append("  { %s v = (%s)(%s); memcpy(p + %d, &v, sizeof v); }\n" % (ct, ct, value_expr_c(i), off))
        cc.append("  return s; }\n")
        cc.append("double c_sum_%s(%s s) { double r = 0; unsigned char* p = (unsigned char*)&s;\n" % (name, S))
        for i, (ct, it, off) in enumerate(used):
            cc.append("  { %s v; memcpy(&v, p + %d, sizeof v); r += (double)v * %d; }\n" % (ct, off, i + 1))
        cc.append("  return r; }\n")
        cc.append("double c_many_%s(int a, int b, int c, int d, int e, int f, double g, double h, double i, double j,"
                  " double k, double l, double m, double n, %s s, int o, %s t) {\n"
                  "  return a + b + c + d + e + f + g + h + i + j + k + l + m + n + c_sum_%s(s) + o + 2 * c_sum_%s(t); }\n"
                  % (name, S, S, name, name))
        # ---- kit functions
        # make
        k.append("func @kit_make_%s: %%%s (i32 %%seed) {" % (name, S))
        k.append("  %%s = slot %d, align %d" % (max(size, 1), align))
        k.append("^entry:")
        k.append("  memset %%s, i8 0, i64 %d, align 1" % size)
        for i, (ct, it, off) in enumerate(used):
            k.append("  %%v%d = add i32 %%seed, i32 %d" % (i, i * 3 + 1))
            if it in INT_TYPES:
                if it == "i32":
                    k.append("  %%c%d = copy i32 %%v%d" % (i, i))
                elif it in ("i64", "i128"):
                    k.append("  %%c%d = sext %s %%v%d" % (i, it, i))
                else:
                    k.append("  %%c%d = trunc %s %%v%d" % (i, it, i))
            else:
                k.append("  %%c%d = sitofp %s %%v%d" % (i, it, i))
            k.append("  %%p%d = ptradd ptr %%s, i64 %d" % (i, off))
            k.append("  store %%c%d, %%p%d, align 1" % (i, i))
        k.append("  ret %s")
        k.append("}\n")
        # sum
        def sum_body(prefix, src, scale=1):
            lines = []
            acc = None
            for i, (ct, it, off) in enumerate(used):
                lines.append("  %%%sp%d = ptradd ptr %s, i64 %d" % (prefix, i, src, off))
                lines.append("  %%%sl%d = load %s %%%sp%d, align 1" % (prefix, i, it, prefix, i))
                if it in INT_TYPES:
                    lines.append("  %%%sd%d = sitofp f64 %%%sl%d" % (prefix, i, prefix, i))
                elif it == "f32" or it == "f80":
                    op = "fpext" if it == "f32" else "fptrunc"
                    lines.append("  %%%sd%d = %s f64 %%%sl%d" % (prefix, i, op, prefix, i))
                else:
                    lines.append("  %%%sd%d = copy f64 %%%sl%d" % (prefix, i, prefix, i))
                lines.append("  %%%sm%d = fmul f64 %%%sd%d, f64 %d.0" % (prefix, i, prefix, i, (i + 1) * scale))
                if acc is None:
                    acc = "%%%sm%d" % (prefix, i)
                else:
                    lines.append("  %%%sa%d = fadd f64 %s, %%%sm%d" % (prefix, i, acc, prefix, i))
                    acc = "%%%sa%d" % (prefix, i)
            return lines, acc
        k.append("func @kit_sum_%s: f64 (%%%s %%s) {" % (name, S))
        k.append("^entry:")
        lines, acc = sum_body("", "%s")
        k += lines
        k.append("  ret %s" % acc)
        k.append("}\n")
        # call C
        k.append("func @c_make_%s: %%%s (i32)" % (name, S))
        k.append("func @c_sum_%s: f64 (%%%s)" % (name, S))
        k.append("func @c_many_%s: f64 (i32, i32, i32, i32, i32, i32, f64, f64, f64, f64, f64, f64, f64, f64, %%%s, i32, %%%s)" % (name, S, S))
        k.append("func @kit_call_%s: f64 (i32 %%seed) {" % (name))
        k.append("^entry:")
        k.append("  %%s = call %%%s (i32) @c_make_%s(%%seed)" % (S, name))
        k.append("  %%r = call f64 (%%%s) @c_sum_%s(%%s)" % (S, name))
        k.append("  ret %r")
        k.append("}\n")
        # many (callee)
        k.append("func @kit_many_%s: f64 (i32 %%a, i32 %%b, i32 %%c, i32 %%d, i32 %%e, i32 %%f, f64 %%g, f64 %%h, "
                 "f64 %%i, f64 %%j, f64 %%k, f64 %%l, f64 %%m, f64 %%n, %%%s %%s, i32 %%o, %%%s %%t) {" % (name, S, S))
        k.append("^entry:")
        ints = ["a", "b", "c", "d", "e", "f", "o"]
        dbls = ["g", "h", "i", "j", "k", "l", "m", "n"]
        acc = None
        for v in ints:
            k.append("  %%x%s = sitofp f64 %%%s" % (v, v))
            if acc is None:
                acc = "%%x%s" % v
            else:
                k.append("  %%y%s = fadd f64 %s, %%x%s" % (v, acc, v))
                acc = "%%y%s" % v
        for v in dbls:
            k.append("  %%z%s = fadd f64 %s, %%%s" % (v, acc, v))
            acc = "%%z%s" % v
        lines, sacc = sum_body("S", "%s")
        k += lines
        lines, tacc = sum_body("T", "%t", 2)
        k += lines
        k.append("  %%r1 = fadd f64 %s, %s" % (acc, sacc))
        k.append("  %%r2 = fadd f64 %%r1, %s" % tacc)
        k.append("  ret %r2")
        k.append("}\n")
        # many (caller)
        k.append("func @kit_call_many_%s: f64 (i32 %%seed) {" % name)
        k.append("^entry:")
        k.append("  %%s = call %%%s (i32) @c_make_%s(%%seed)" % (S, name))
        k.append("  %seed2 = add i32 %seed, i32 10")
        k.append("  %%t = call %%%s (i32) @kit_make_%s(%%seed2)" % (S, name))
        k.append("  %%r = call f64 (i32, i32, i32, i32, i32, i32, f64, f64, f64, f64, f64, f64, f64, f64, %%%s, i32, %%%s) "
                 "@c_many_%s(i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, f64 0.5, f64 1.5, f64 2.5, f64 3.5, f64 4.5, "
                 "f64 5.5, f64 6.5, f64 7.5, %%s, i32 7, %%t)" % (S, S, name))
        k.append("  ret %r")
        k.append("}\n")
        # C prototypes of kit functions and the checks
        cc.append("%s kit_make_%s(int); double kit_sum_%s(%s); double kit_call_%s(int);\n" % (S, name, name, S, name))
        cc.append("double kit_many_%s(int, int, int, int, int, int, double, double, double, double, double, double,"
                  " double, double, %s, int, %s); double kit_call_many_%s(int);\n" % (name, S, S, name))
        cc.append("static void test_%s(void) {\n" % name)
        cc.append("  double want = c_sum_%s(c_make_%s(5));\n" % (name, name))
        cc.append("  check(\"%s: kit receives\", kit_sum_%s(c_make_%s(5)), want);\n" % (name, name, name))
        cc.append("  check(\"%s: kit returns\", c_sum_%s(kit_make_%s(5)), want);\n" % (name, name, name))
        cc.append("  check(\"%s: kit calls C\", kit_call_%s(5), want);\n" % (name, name))
        cc.append("  double many = c_many_%s(1, 2, 3, 4, 5, 6, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, c_make_%s(5), 7, c_make_%s(15));\n" % (name, name, name))
        cc.append("  check(\"%s: kit receives on the stack\", kit_many_%s(1, 2, 3, 4, 5, 6, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, c_make_%s(5), 7, c_make_%s(15)), many);\n" % (name, name, name, name))
        cc.append("  check(\"%s: kit passes on the stack\", kit_call_many_%s(5), many);\n" % (name, name))
        cc.append("}\n")
    cc.append("int main(void) {\n")
    for name, _, _ in all_shapes:
        cc.append("  test_%s();\n" % name)
    cc.append("  if (!failures) printf(\"all ok\\n\");\n  return failures;\n}\n")
    with open(kir, "w") as f:
        f.write("\n".join(k) + "\n")
    with open(c, "w") as f:
        f.write("".join(cc))


if __name__ == "__main__":
    gen(sys.argv[1], sys.argv[2])
