#!/bin/sh
# run-linked.sh KIT OUT OBJ... [-- LINK-ARGS...]
#
# Links kit-compiled objects three ways (kit's own linker through `kit cc`,
# GNU ld through gcc, LLVM lld through gcc -fuse-ld=lld when installed),
# runs each program, and fails unless all three print the same output and
# exit with the same status. Prints that output, then "exit: N".
set -u
kit=$1; out=$2; shift 2
objs=""; extra=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; extra="$*"; break; fi
  objs="$objs $1"; shift
done
status=0
"$kit" cc $objs $extra -o "$out.kit" || { echo "kit link failed"; exit 1; }
gcc $objs $extra -o "$out.bfd" || { echo "GNU ld link failed"; exit 1; }
links="kit bfd"
if command -v ld.lld >/dev/null 2>&1; then
  gcc -fuse-ld=lld $objs $extra -o "$out.lld" || { echo "lld link failed"; exit 1; }
  links="$links lld"
fi
first=""
for l in $links; do
  "$out.$l" > "$out.$l.txt" 2>&1
  echo "exit: $?" >> "$out.$l.txt"
  if [ -z "$first" ]; then first=$l
  elif ! cmp -s "$out.$first.txt" "$out.$l.txt"; then
    echo "output differs between the $first and $l links:"; diff "$out.$first.txt" "$out.$l.txt"; status=1
  fi
done
cat "$out.$first.txt"
exit $status
