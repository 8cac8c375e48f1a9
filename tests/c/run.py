#!/usr/bin/env python3
"""Builds one tests/c program with kit in each requested lane, runs it, and
prints its output (once) for FileCheck.

A lane is one way of building and running an x86_64 Linux program: the
default dynamic PIE against glibc, -no-pie, -static against glibc, and
-static against musl (kit --target x86_64-linux-musl). The lit parameter
`c_lanes` (lit.cfg.py: %c-run) picks the lanes: the default ctest entry runs
`pie` only, the `lit-c-lanes` entry runs the others. Every lane must produce
the same output (with --gcc: the output of the oracle for its C library)
and exit status 0, so a lane-specific miscompile cannot hide. The output
of the first lane goes to FileCheck.

With --gcc the same file is also built by gcc (the oracle: struct layout,
bit-field values, printf of the results) and its output must equal kit's
byte for byte. The oracle is built against the lane's C library (gcc for
glibc, musl-gcc for musl: their printf differ in corners such as %La),
the default way otherwise: what a program computes does not depend on how
it is linked.

A test that cannot run in some lane says so in its source, with the reason:
    // NO-LANE: musl (glibc's <execinfo.h>)

usage: run.py --kit KIT --lanes pie,static [--gcc] SOURCE SCRATCH [-- FLAGS...]
"""
import argparse
import os
import re
import subprocess
import sys

# lane: (kit options before `cc`, cc options, the gcc that builds the oracle)
LANES = {
    "pie": ([], [], "gcc"),
    "nopie": ([], ["-no-pie"], "gcc"),
    "static": ([], ["-static"], "gcc"),
    "musl": (["--target", "x86_64-linux-musl"], ["-static"], "musl-gcc"),
}


def fail(msg):
    sys.stderr.write("run.py: " + msg + "\n")
    sys.exit(1)


def run(cmd, what):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    except subprocess.TimeoutExpired:
        fail(what + ": timed out: " + " ".join(cmd))
    except FileNotFoundError:
        fail(what + ": %s is not installed (gcc, musl-gcc: .ci/install-deps)" % cmd[0])
    if p.returncode != 0:
        sys.stdout.buffer.write(p.stdout)
        sys.stderr.buffer.write(p.stderr)
        fail("%s: exit status %d: %s" % (what, p.returncode, " ".join(cmd)))
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kit", required=True)
    ap.add_argument("--lanes", default="pie")
    ap.add_argument("--gcc", action="store_true", help="compare with gcc's build")
    ap.add_argument("source")
    ap.add_argument("scratch")
    ap.add_argument("flags", nargs="*")
    a = ap.parse_args()

    with open(a.source, encoding="utf-8", errors="replace") as f:
        text = f.read()
    skipped = set(re.findall(r"NO-LANE:\s*(\w+)", text))
    lanes = [l for l in a.lanes.split(",") if l]
    for l in lanes:
        if l not in LANES:
            fail("unknown lane '%s' (known: %s)" % (l, ", ".join(LANES)))
    lanes = [l for l in lanes if l not in skipped]

    os.makedirs(os.path.dirname(os.path.abspath(a.scratch)), exist_ok=True)
    references = {}

    def reference_for(gcc):
        if gcc not in references:
            exe = "%s.%s" % (a.scratch, gcc)
            run([gcc, "-w", "-o", exe, a.source] + a.flags + ["-lm"], gcc)
            references[gcc] = run([exe], "the %s-built program" % gcc)
        return references[gcc]

    first = None
    for lane in lanes:
        pre, post, gcc = LANES[lane]
        reference = reference_for(gcc) if a.gcc else None
        exe = "%s.%s" % (a.scratch, lane)
        run([a.kit] + pre + ["cc"] + post + ["-o", exe, a.source] + a.flags, "kit cc (lane %s)" % lane)
        out = run([exe], "the program built in lane " + lane)
        if reference is not None and out != reference:
            sys.stdout.buffer.write(out)
            with open(exe + ".gcc-out", "wb") as f:
                f.write(reference)
            fail("lane %s: output differs from %s's (diff %s.gcc-out against the above)" % (lane, gcc, exe))
        if first is None:
            first = (lane, out)
        elif reference is None and out != first[1]:
            sys.stdout.buffer.write(out)
            fail("lane %s: output differs from lane %s's" % (lane, first[0]))
    if first is None:
        fail("every lane of '%s' is excluded by the test's NO-LANE lines" % a.lanes)
    sys.stdout.buffer.write(first[1])


if __name__ == "__main__":
    main()
