#!/usr/bin/env python3
# Writes N C files (u0.c .. uN-1.c) for the linker benchmark: each has four
# functions that call functions of other files, a table, string literals,
# static and thread-local data; u0.c has main. Deterministic (fixed seed).
#
#   gen-objects.py N OUTDIR
import os, random, sys
n = int(sys.argv[1]); out = sys.argv[2]
random.seed(42)
os.makedirs(out, exist_ok=True)
for i in range(n):
    lines = ['#include <stdio.h>', '#include <string.h>', '#include <stdlib.h>']
    for j in range(4):
        k = random.randrange(n)
        lines.append(f'int f{k}_{j}(int);')
    lines.append(f'static const char *names{i}[] = {{"alpha{i}", "beta{i}", "gamma{i}", "delta{i}"}};')
    lines.append(f'int table{i}[64] = {{ {", ".join(str(random.randrange(1000)) for _ in range(64))} }};')
    lines.append(f'static int counter{i};')
    lines.append(f'__thread int tls{i};')
    for j in range(4):
        body = []
        body.append(f'  int acc = x + {j};')
        for r in range(12):
            body.append(f'  acc = acc * {random.randrange(3,17)} + table{i}[(acc + {r}) & 63];')
            body.append(f'  if (acc & {1 << (r % 10)}) acc ^= (int)strlen(names{i}[(acc >> 3) & 3]);')
        body.append(f'  counter{i} += acc; tls{i} += acc & 7;')
        if j < 3:
            k = random.randrange(n)
            body.append(f'  if (x > 1000000) acc += f{k}_{j}(x - 1);')
        body.append('  return acc;')
        lines.append(f'int f{i}_{j}(int x) {{\n' + '\n'.join(body) + '\n}')
    if i == 0:
        lines.append('int main(int argc, char **argv) { long s = 0; for (int i = 0; i < 100; ++i) s += f0_0(i) + f1_1(i); printf("%ld\\n", s & 0xffff); return 0; }')
    open(f'{out}/u{i}.c', 'w').write('\n'.join(lines) + '\n')
