#!/usr/bin/env python3
"""Compiles SOURCE with each ignored flag of `kit cc --help` and checks the
object is byte-identical to the one compiled without it."""
import subprocess
import sys

kit, source = sys.argv[1:]
help_text = subprocess.run([kit, "cc", "--help"], check=True, capture_output=True, text=True).stdout
section = help_text.split("### Accepted and ignored", 1)[1].split("### ", 1)[0]
flags = []
for line in section.splitlines():
    if not line.startswith("| `"):
        continue
    cell = line.split("`")[1]
    # Literal flags only; pattern rows are covered by the samples below.
    if not any(ch in cell for ch in "<*, ") and "VALUE" not in cell:
        flags.append(cell)
flags += ["-g", "-g3", "-ggdb", "-gdwarf-4", "-fstack-protector-strong", "-fstack-protector-all",
          "-fcf-protection=full", "-flto=auto", "-mtune=generic", "-fuse-ld=gold",
          "-fmax-errors=3", "-fmessage-length=0", "-fno-builtin-memcpy", "-finline-functions",
          "-fno-inline-small-functions"]
# Implemented flags that must not change this object either.
flags += ["-march=x86-64", "-m64", "-Wall", "-w", "-Wno-error", "-fno-common", "-O2", "-Os"]


def compile(extra):
    out = "t.o"
    subprocess.run([kit, "cc", "-c", source, "-o", out] + extra, check=True)
    return open(out, "rb").read()


base = compile([])
same = 0
for f in flags:
    if compile([f]) == base:
        same += 1
    else:
        print("DIFFERENT:", f)
print("identical objects for %d flags" % same)
