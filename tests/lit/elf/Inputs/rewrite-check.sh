#!/bin/sh
# rewrite-check.sh KIT WORKDIR NAME...: for each WORKDIR/NAME.o, writes
# NAME.kit.o with `kit __rewrite-object`, prints readelf/llvm-readobj
# warnings, compares readelf's view of symbols and sections (printing
# DIFFERENT on a mismatch), then links NAME.kit.o with GNU ld (gcc) and
# lld (clang -fuse-ld=lld) and runs both programs.
kit=$1
work=$2
shift 2
cd "$work" || exit 1
symbols() {  # name value size type bind vis section-kind; sorted
  readelf -s -W "$1" | awk 'NR > 3 { s = $7; if (s ~ /^[0-9]+$/) s = "sec"; print $8, $2, $3, $4, $5, $6, s }' | sort
}
sections() {  # name type size entsize, without the string tables (kit shares
              # suffixes and keeps section names apart) and .llvm_addrsig (dropped:
              # symbol indices a rewrite may change)
  readelf -S -W "$1" | grep '^  \[' | sed 's/^ *\[ *[0-9]*\] *//' | awk '{ print $1, $2, $5, $6 }' |
    grep -v -e '^\.strtab ' -e '^\.shstrtab ' -e '^\.llvm_addrsig ' | sort
}
for n in "$@"; do
  "$kit" __rewrite-object "$n.o" "$n.kit.o" || { echo "DIFFERENT: $n: rewrite failed"; continue; }
  readelf -a -W "$n.kit.o" 2>&1 > /dev/null | sed "s/^/$n: readelf warning: /"
  llvm-readobj --all "$n.kit.o" 2>&1 > /dev/null | sed "s/^/$n: llvm-readobj warning: /"
  symbols "$n.o" > "$n.syms.orig"
  symbols "$n.kit.o" > "$n.syms.kit"
  diff "$n.syms.orig" "$n.syms.kit" > /dev/null || { echo "DIFFERENT: $n: symbols"; diff "$n.syms.orig" "$n.syms.kit" | head -10; }
  sections "$n.o" > "$n.secs.orig"
  sections "$n.kit.o" > "$n.secs.kit"
  diff "$n.secs.orig" "$n.secs.kit" > /dev/null || { echo "DIFFERENT: $n: sections"; diff "$n.secs.orig" "$n.secs.kit" | head -10; }
  gcc "$n.kit.o" -o "$n.bfd" && "./$n.bfd"
  clang -fuse-ld=lld "$n.kit.o" -o "$n.lld" && "./$n.lld"
done
echo done
