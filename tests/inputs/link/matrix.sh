#!/bin/sh
# matrix.sh KIT OUTDIR MODE [cc...]: program.c + program_tls.c compiled by
# each compiler (default: gcc clang) at -O0 and -O2, linked by `kit cc` in
# MODE and run. MODE: pie (kit cc's default), nopie, static (glibc),
# static-pie (glibc's rcrt1.o relocates the image itself), musl
# (static musl), ld-static / ld-dynamic (`kit ld` with gcc's link line).
# Prints "== CC OPT", the program's stdout and "rc=N" per combination.
set -u
kit=$1 out=$2 mode=$3
shift 3
ccs=${*:-gcc clang}
src=$(cd "$(dirname "$0")" && pwd)
gccdir=$(dirname "$(gcc -print-libgcc-file-name)")
libdir=/usr/lib/x86_64-linux-gnu
for cc in $ccs; do
  for O in -O0 -O2; do
    case $mode in
      pie) cflags=-fPIE; link="$kit cc"; post= ;;
      nopie) cflags=-fno-pie; link="$kit cc -no-pie"; post= ;;
      static) cflags=-fno-pie; link="$kit cc -static"; post= ;;
      static-pie) cflags=-fPIE; link="$kit cc -static-pie"; post= ;;
      musl)
        cflags="-fno-pie -nostdinc -isystem /usr/include/x86_64-linux-musl -isystem $($cc -print-file-name=include)"
        link="$kit --target x86_64-linux-musl cc"; post= ;;
      ld-static)
        cflags=-fno-pie
        link="$kit ld -static $libdir/crt1.o $libdir/crti.o $gccdir/crtbeginT.o"
        post="--start-group -L$gccdir -L$libdir -lgcc -lgcc_eh -lc --end-group $gccdir/crtend.o $libdir/crtn.o" ;;
      ld-dynamic)
        cflags=-fPIE
        link="$kit ld -pie --dynamic-linker /lib64/ld-linux-x86-64.so.2 $libdir/Scrt1.o $libdir/crti.o $gccdir/crtbeginS.o"
        post="-L$gccdir -L$libdir -lc $gccdir/crtendS.o $libdir/crtn.o" ;;
    esac
    name=$mode-$cc$O
    $cc $O $cflags -w -c "$src/program.c" -o "$out/$name-a.o" &&
      $cc $O $cflags -w -c "$src/program_tls.c" -o "$out/$name-b.o" || { echo "== $cc $O: compile failed"; continue; }
    echo "== $cc $O"
    $link "$out/$name-a.o" "$out/$name-b.o" $post -o "$out/$name" || { echo "link failed"; continue; }
    "$out/$name" 2>/dev/null
    echo "rc=$?"
  done
done
