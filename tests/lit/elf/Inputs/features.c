// A C file whose objects exercise what the ELF reader and writer must
// carry: commons, TLS, weak and hidden symbols, constructors
// (.init_array), merged strings, jump tables, a COMDAT group and a
// SHF_LINK_ORDER section (from top-level asm), debug sections with -g.
#include <stdio.h>
#include <string.h>

int common_counter;                      /* a common symbol with -fcommon */
__thread int tls_counter = 5;
__thread int tls_zero;
static int ctor_ran;
static const double table[] = {1.5, 2.5, 4.0};
__attribute__((visibility("hidden"))) int hidden_value = 7;
__attribute__((visibility("protected"))) int protected_fn(int x) { return x * 3; }
__attribute__((weak)) int weak_fn(int x) { return x + 100; }
extern int missing_weak(void) __attribute__((weak));

__attribute__((constructor)) static void init(void) { ctor_ran = 1; }

/* A COMDAT group and a SHF_LINK_ORDER section, written as the assembler
   spells them. */
__asm__(".section .text.comdat_fn,\"axG\",@progbits,comdat_fn,comdat\n"
        ".globl comdat_fn\n.type comdat_fn,@function\n"
        "comdat_fn: movl $11, %eax\n ret\n.size comdat_fn, .-comdat_fn\n"
        ".section .meta_order,\"o\",@progbits,.text.comdat_fn\n"
        ".quad comdat_fn\n.previous\n");
int comdat_fn(void);

static int classify(int v) {
  switch (v) {
    case 0: return 10;
    case 1: return 21;
    case 2: return 32;
    case 3: return 43;
    case 4: return 54;
    case 5: return 65;
    default: return -1;
  }
}

int (*fn_ptr)(int) = protected_fn;
const char* names[] = {"zero", "one", "two"};

int main(int argc, char** argv) {
  (void)argv;
  char buf[64];
  int sum = 0;
  for (int i = 0; i < 7; ++i) sum += classify(i);
  tls_counter += tls_zero + argc;
  common_counter = fn_ptr(2) + weak_fn(1) + hidden_value;
  snprintf(buf, sizeof buf, "%s-%s", names[1], names[2]);
  printf("ctor %d sum %d tls %d common %d table %.1f str %s len %zu comdat %d weak %d\n",
         ctor_ran, sum, tls_counter, common_counter, table[0] + table[2], buf, strlen(buf),
         comdat_fn(), missing_weak ? missing_weak() : -1);
  return 0;
}
