#!/bin/sh
# compare-listings.sh KIT WORKDIR FILE...: kit nm, size and objdump against
# GNU binutils on each FILE (standard output compared byte for byte; the
# tools word their warnings differently). Exits non-zero at the first
# difference, showing it.
kit=$1
work=$2
shift 2
export LC_ALL=C
status=0
check() {  # check TOOL ARGS... FILE
  tool=$1
  shift
  "$tool" "$@" > "$work/gnu.txt" 2>/dev/null
  "$kit" "$tool" "$@" > "$work/kit.txt" 2>/dev/null
  if ! diff -u "$work/gnu.txt" "$work/kit.txt" > "$work/diff.txt"; then
    echo "DIFFERENT: $tool $*"
    head -40 "$work/diff.txt"
    status=1
  else
    echo "same: $tool $*"
  fi
}
for f in "$@"; do
  for a in "" -a -g -u --defined-only -n -p -r -S -A "-g -S -n"; do
    # shellcheck disable=SC2086
    check nm $a "$f"
  done
  check size "$f"
  check size -A "$f"
  check size -t "$f" "$f"
  check objdump -h "$f"
  check objdump -t "$f"
  check objdump -r "$f"
done
exit $status
