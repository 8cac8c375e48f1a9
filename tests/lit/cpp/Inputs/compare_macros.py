"""Compares kit's predefined macros (-dM) with another compiler's.

usage: compare_macros.py KIT_DM OTHER_DM [--exact]

Every macro both define must have the same value: integers by value (0x7f
== 127, suffixes ignored), floating constants to 7 significant digits,
type names as type sets ("short unsigned int" == "unsigned short"),
anything else as text. Macros only one side defines are not compared,
except the ones in REQUIRED, which kit must define whenever the other
compiler does. Names in IGNORED differ on purpose (the compiler's identity
and version, kit's GNU version choice, clang's choices where gcc differs).
"""
import re
import sys

IGNORED = {"__VERSION__", "__GNUC__", "__GNUC_MINOR__", "__GNUC_PATCHLEVEL__", "__GNUC_STDC_INLINE__",
           "__STDC_VERSION__", "__ARM_FP",
           # from the C library's stdc-predef.h, which differs (glibc, musl)
           "_STDC_PREDEF_H", "__STDC_ISO_10646__", "__STDC_IEC_60559_BFP__",
           "__STDC_IEC_60559_COMPLEX__", "__STDC_IEC_559__", "__STDC_IEC_559_COMPLEX__"}
# clang (not gcc) makes int_fastN_t as narrow as possible; kit follows gcc.
CLANG_ONLY = re.compile(r"__U?INT_FAST(16|32)_(TYPE|MAX|WIDTH)__")
REQUIRED = re.compile(r"^__(SIZEOF_(INT|LONG|LONG_LONG|SHORT|POINTER|FLOAT|DOUBLE|LONG_DOUBLE|SIZE_T|WCHAR_T|WINT_T|PTRDIFF_T|INT128)__|(U?INT(8|16|32|64|MAX|PTR)|SIZE|PTRDIFF|WCHAR|WINT|CHAR16|CHAR32)_TYPE__|"
                      r"(SCHAR|SHRT|INT|LONG|LONG_LONG|WCHAR|WINT|PTRDIFF|SIZE|INTMAX|UINTMAX)_MAX__|"
                      r"(FLT|DBL|LDBL)_(MANT_DIG|DIG|MAX_EXP|MIN_EXP|MAX|MIN|EPSILON)__|CHAR_BIT__|"
                      r"BYTE_ORDER__|CHAR_UNSIGNED__|USER_LABEL_PREFIX__|LP64__|ELF__)$")


def load(path):
    macros = {}
    for line in open(path):
        m = re.match(r"#define (\w+)(\([^)]*\))? ?(.*)$", line.rstrip("\n"))
        if m:
            macros[m.group(1)] = m.group(3).strip()
    return macros


def norm(v, table):
    s = v.strip()
    if s in table:  # clang: #define __DECIMAL_DIG__ __LDBL_DECIMAL_DIG__
        s = table[s]
    s = s.replace("(double)", "")
    while s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    m = re.fullmatch(r"(-?)(0x[0-9a-fA-F]+|[0-9]+)[uUlL]*", s)
    if m:
        return ("int", int(m.group(1) + m.group(2), 0))
    m = re.fullmatch(r"(-?[0-9.]+(?:e[-+]?[0-9]+)?)(?:[fF](?:32|64|128)x?|[fFlL])?", s)
    if m:  # clang prints float with 9 digits, double with 17
        return ("float", float("%.7g" % float(m.group(1))))
    words = s.split()
    if words and all(w in ("signed", "unsigned", "char", "short", "int", "long") for w in words):
        if "int" in words and len(words) > 1:
            words.remove("int")
        return ("type", tuple(sorted(words)))
    return ("text", s)


def main():
    kit, other = load(sys.argv[1]), load(sys.argv[2])
    bad = 0
    for name in sorted(other):
        if name in IGNORED or CLANG_ONLY.match(name):
            continue
        if name not in kit:
            if REQUIRED.match(name):
                print("missing in kit: %s (other: %s)" % (name, other[name]))
                bad += 1
            continue
        if norm(kit[name], kit) != norm(other[name], other):
            print("differs: %s kit=%r other=%r" % (name, kit[name], other[name]))
            bad += 1
    print("%d differences" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
