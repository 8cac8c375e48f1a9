// Inline assembly is not supported (the kit IR has no inline asm): a clear
// error, never a silently wrong program. An empty asm (a compiler barrier)
// is accepted.
// RUN: not %kit cc -c %s -o %t.o 2>&1 | FileCheck %s
int f(int x) {
  __asm__ __volatile__("" ::: "memory");
  __asm__("nop");
// CHECK: asm.c:[[@LINE-1]]:3: error: inline assembly is not supported by kit
  return x;
}
