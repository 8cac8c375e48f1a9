#!/bin/sh
# run-linked.sh [--musl] KIT OUT OBJ... [-- LINK-ARGS...]
#
# Links kit-compiled objects every way this machine offers and fails unless
# all the programs print the same output and exit with the same status:
#   kit        kit's own linker through `kit cc` (PIE by default, like gcc)
#   kit-static kit's linker, static against glibc's libc.a (IRELATIVE, TLS)
#   kit-musl   kit's linker, static against musl (--musl: only for objects
#              that do not come from gcc against glibc's headers)
#   bfd        GNU ld through gcc
#   lld        LLVM lld through gcc -fuse-ld=lld, when installed
# Prints the common output, then "exit: N".
set -u
musl=0
if [ "$1" = "--musl" ]; then musl=1; shift; fi
kit=$1; out=$2; shift 2
objs=""; extra=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; extra="$*"; break; fi
  objs="$objs $1"; shift
done
status=0
"$kit" cc $objs $extra -o "$out.kit" || { echo "kit link failed"; exit 1; }
"$kit" cc -static $objs $extra -o "$out.kit-static" || { echo "kit -static link failed"; exit 1; }
links="kit kit-static"
if [ $musl = 1 ] && command -v musl-gcc >/dev/null 2>&1; then
  "$kit" --target x86_64-linux-musl cc -static $objs $extra -o "$out.kit-musl" ||
    { echo "kit musl -static link failed"; exit 1; }
  links="$links kit-musl"
fi
gcc $objs $extra -o "$out.bfd" || { echo "GNU ld link failed"; exit 1; }
links="$links bfd"
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
