#!/usr/bin/env python3
"""Keeps docs/DRIVER.md's flag tables equal to kit's flag table.

usage: sync_docs.py [--check] KIT DRIVER.md
The tables are `kit cc --help` after its first blank-line-separated
paragraphs (usage and heading). --check exits 1 with a diff when the doc's
block differs; without it the block is rewritten.
"""
import difflib
import subprocess
import sys

BEGIN, END = "<!-- flags:begin -->\n", "<!-- flags:end -->\n"

args = sys.argv[1:]
check = "--check" in args
args = [a for a in args if a != "--check"]
kit, doc = args
out = subprocess.run([kit, "cc", "--help"], check=True, capture_output=True, text=True).stdout
tables = out[out.index("### "):]
text = open(doc).read()
head, rest = text.split(BEGIN, 1)
old, tail = rest.split(END, 1)
if check:
    if old != tables:
        sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), tables.splitlines(True),
                                                   "docs/DRIVER.md", "kit cc --help"))
        sys.exit(1)
    print("docs/DRIVER.md matches kit cc --help")
else:
    open(doc, "w").write(head + BEGIN + tables + END + tail)
