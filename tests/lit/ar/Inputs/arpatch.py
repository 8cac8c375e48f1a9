#!/usr/bin/env python3
"""arpatch.py IN OUT MODE: a copy of the ar archive IN with one defect, for
kit's bad-input tests (see sdk/src/obj/archive.cpp for the rules)."""
import sys

src, dst, mode = sys.argv[1], sys.argv[2], sys.argv[3]
b = bytearray(open(src, "rb").read())


def members():
    """(header offset, name field, size) of every member, special ones too."""
    off, out = 8, []
    while off + 60 <= len(b):
        name = bytes(b[off:off + 16]).decode("latin-1")
        size = int(bytes(b[off + 48:off + 58]).decode().strip())
        out.append((off, name, size))
        off += 60 + size + (size & 1)
    return out


def first(pred):
    for m in members():
        if pred(m[1]):
            return m
    raise SystemExit("arpatch: no member for " + mode)


regular = lambda n: not n.startswith("/") and not n.startswith("#1/")
if mode == "header-truncated":
    off = first(regular)[0]
    b = b[:off + 30]
elif mode == "header-terminator":
    off = first(regular)[0]
    b[off + 58:off + 60] = b"XX"
elif mode == "size-field":
    off = first(regular)[0]
    b[off + 48:off + 58] = b"12x4      "
elif mode == "data-past-end":
    off = first(regular)[0]
    b[off + 48:off + 58] = b"9999999   "
elif mode == "long-name-ref":
    off = first(lambda n: n.startswith("/") and n[1:2].isdigit())[0]
    b[off:off + 16] = b"/9999           "
elif mode == "long-name-missing":
    off = first(regular)[0]
    b[off:off + 16] = b"/0              "
elif mode == "index-count":
    off = first(lambda n: n.startswith("/ "))[0]
    b[off + 60:off + 64] = (0x10000).to_bytes(4, "big")
elif mode == "index-offset":
    off = first(lambda n: n.startswith("/ "))[0]
    b[off + 64:off + 68] = (0x31).to_bytes(4, "big")
elif mode == "bsd-name-length":
    # the second "#1/" member is a regular one (the first is __.SYMDEF)
    offs = [m[0] for m in members() if m[1].startswith("#1/")]
    off = offs[1]
    b[off:off + 16] = b"#1/999999       "
else:
    raise SystemExit("arpatch: unknown mode " + mode)
open(dst, "wb").write(b)
