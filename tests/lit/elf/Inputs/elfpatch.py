#!/usr/bin/env python3
"""elfpatch.py IN OUT MODE: writes a copy of the ELF64 little-endian object
IN with one defect, for kit's bad-input tests. Each MODE breaks one rule
the reader checks (see plugins/fmt-elf/read.cpp)."""
import struct
import sys

src, dst, mode = sys.argv[1], sys.argv[2], sys.argv[3]
b = bytearray(open(src, "rb").read())

EH = "<16sHHIQQQIHHHHHH"
(ident, e_type, machine, version, entry, phoff, shoff, flags, ehsize, phentsize,
 phnum, shentsize, shnum, shstrndx) = struct.unpack_from(EH, b, 0)
SH = "<IIQQQQIIQQ"


def shdr(i):
    return list(struct.unpack_from(SH, b, shoff + i * 64))


def put_shdr(i, h):
    struct.pack_into(SH, b, shoff + i * 64, *h)


def name_of(i):
    h = shdr(i)
    names = shdr(shstrndx)
    off = names[4] + h[0]
    return bytes(b[off:b.index(0, off)]).decode()


def find(pred):
    for i in range(1, shnum):
        if pred(i, shdr(i)):
            return i
    raise SystemExit("elfpatch: no such section for " + mode)


def by_name(n):
    return find(lambda i, h: name_of(i) == n)


def by_type(t):
    return find(lambda i, h: h[1] == t)


SYMTAB, RELA, GROUP, STRTAB = 2, 4, 17, 3


def first_global_symbol():
    st = shdr(by_type(SYMTAB))
    return st[4] + st[7] * 24  # sh_offset + sh_info * entsize


if mode == "truncate-header":
    b = b[:40]
elif mode == "truncate-shdrs":
    b = b[:shoff + 100]
elif mode == "bad-magic":
    b[1:4] = b"ELV"
elif mode == "bad-class":
    b[4] = 7
elif mode == "not-relocatable":
    struct.pack_into("<H", b, 16, 2)
elif mode == "shentsize":
    struct.pack_into("<H", b, 58, 50)
elif mode == "shstrndx":
    struct.pack_into("<H", b, 62, 99)
elif mode == "shdrs-over-ehdr":
    struct.pack_into("<Q", b, 40, 16)
elif mode == "section-offset":
    i = by_name(".text")
    h = shdr(i)
    h[4] = len(b) + 0x1000
    put_shdr(i, h)
elif mode == "section-size":
    i = by_name(".text")
    h = shdr(i)
    h[5] = 0x7fffffff0
    put_shdr(i, h)
elif mode == "section-name":
    i = by_name(".text")
    h = shdr(i)
    h[0] = 0xfffff
    put_shdr(i, h)
elif mode == "section-overlap":
    t = shdr(by_name(".text"))
    i = by_name(".eh_frame")
    h = shdr(i)
    h[4] = t[4]
    put_shdr(i, h)
elif mode == "section-align":
    i = by_name(".text")
    h = shdr(i)
    h[8] = 24
    put_shdr(i, h)
elif mode == "symtab-entsize":
    i = by_type(SYMTAB)
    h = shdr(i)
    h[9] = 20
    put_shdr(i, h)
elif mode == "symbol-name":
    struct.pack_into("<I", b, first_global_symbol(), 0xffffff)
elif mode == "symbol-section":
    struct.pack_into("<H", b, first_global_symbol() + 6, 0x7fff)
elif mode == "strtab-unterminated":
    st = shdr(by_type(SYMTAB))
    s = shdr(st[6])
    b[s[4] + s[5] - 1] = ord("x")
elif mode == "reloc-symbol":
    r = shdr(by_name(".rela.text"))
    struct.pack_into("<I", b, r[4] + 12, 0xfffff)  # r_info's symbol half
elif mode == "reloc-target":
    i = by_name(".rela.text")
    h = shdr(i)
    h[7] = 200
    put_shdr(i, h)
elif mode == "reloc-offset":
    r = shdr(by_name(".rela.text"))
    struct.pack_into("<Q", b, r[4], 0xffffff)
elif mode == "group-member":
    g = shdr(by_type(GROUP))
    struct.pack_into("<I", b, g[4] + 4, 500)
else:
    raise SystemExit("elfpatch: unknown mode " + mode)
open(dst, "wb").write(b)
