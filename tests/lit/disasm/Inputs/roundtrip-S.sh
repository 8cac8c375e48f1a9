#!/bin/sh
# roundtrip-S.sh KIT OUTDIR [--flags "CC-FLAGS"] [--link "LINK-ARGS"] SOURCE...
#
# For each SOURCE (.kir or .c): kit cc -S writes assembler source, GNU as
# (through gcc) assembles it, and the program it links into must print the
# same output and exit with the same status as the program kit compiles
# directly (kit cc -c) with the same flags. CC-FLAGS default to -fno-pic
# with LINK-ARGS -no-pie; LINK-ARGS may name more objects (a C driver).
# Prints "NAME: same output (N lines)" or the difference.
set -u
kit=$1; out=$2; shift 2
flags="-fno-pic"; link="-no-pie"
while [ $# -gt 0 ]; do
  case "$1" in
    --flags) flags=$2; shift 2 ;;
    --link) link=$2; shift 2 ;;
    *) break ;;
  esac
done
status=0
for src in "$@"; do
  n=$(basename "$src"); n=${n%.*}
  "$kit" cc -S $flags "$src" -o "$out/$n.s" || { echo "$n: kit cc -S failed"; status=1; continue; }
  gcc -c "$out/$n.s" -o "$out/$n.re.o" || { echo "$n: the listing does not assemble"; status=1; continue; }
  "$kit" cc -c $flags "$src" -o "$out/$n.kit.o" || { echo "$n: kit cc -c failed"; status=1; continue; }
  gcc -pthread "$out/$n.re.o" $link -o "$out/$n.re" -lm || { echo "$n: link (listing) failed"; status=1; continue; }
  gcc -pthread "$out/$n.kit.o" $link -o "$out/$n.kit" -lm || { echo "$n: link (kit) failed"; status=1; continue; }
  "$out/$n.re" > "$out/$n.re.txt" 2>&1; echo "exit: $?" >> "$out/$n.re.txt"
  "$out/$n.kit" > "$out/$n.kit.txt" 2>&1; echo "exit: $?" >> "$out/$n.kit.txt"
  if cmp -s "$out/$n.re.txt" "$out/$n.kit.txt"; then
    echo "$n: same output ($(wc -l < "$out/$n.kit.txt") lines)"
  else
    echo "$n: output differs"; diff "$out/$n.kit.txt" "$out/$n.re.txt" | head -20; status=1
  fi
done
exit $status
