// A UTF-8 decoder and encoder over u8 literals: code points out, the same
// bytes back, invalid sequences detected; char32_t strings compared.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: 7 code points: 48 e9 20ac 1f600 7a 3b1 10ffff
// CHECK: OK
#include <uchar.h>
#include "test.h"

static int decode(const unsigned char *s, char32_t *out) {
  int n = 0;
  while (*s) {
    char32_t c; int extra;
    if (*s < 0x80) { c = *s; extra = 0; }
    else if ((*s & 0xe0) == 0xc0) { c = *s & 0x1f; extra = 1; }
    else if ((*s & 0xf0) == 0xe0) { c = *s & 0x0f; extra = 2; }
    else if ((*s & 0xf8) == 0xf0) { c = *s & 0x07; extra = 3; }
    else return -1;
    s++;
    while (extra--) { if ((*s & 0xc0) != 0x80) return -1; c = c << 6 | (*s++ & 0x3f); }
    out[n++] = c;
  }
  return n;
}
static int encode(const char32_t *in, int n, char *out) {
  char *o = out;
  for (int i = 0; i < n; i++) {
    char32_t c = in[i];
    if (c < 0x80) *o++ = (char)c;
    else if (c < 0x800) { *o++ = (char)(0xc0 | c >> 6); *o++ = (char)(0x80 | (c & 0x3f)); }
    else if (c < 0x10000) { *o++ = (char)(0xe0 | c >> 12); *o++ = (char)(0x80 | (c >> 6 & 0x3f)); *o++ = (char)(0x80 | (c & 0x3f)); }
    else { *o++ = (char)(0xf0 | c >> 18); *o++ = (char)(0x80 | (c >> 12 & 0x3f)); *o++ = (char)(0x80 | (c >> 6 & 0x3f)); *o++ = (char)(0x80 | (c & 0x3f)); }
  }
  *o = 0;
  return (int)(o - out);
}

int main(void) {
  const char *text = u8"H\u00e9\u20ac\U0001F600z\u03b1\U0010FFFF";
  char32_t cps[16];
  int n = decode((const unsigned char *)text, cps);
  printf("%d code points:", n);
  for (int i = 0; i < n; i++) printf(" %x", (unsigned)cps[i]);
  printf("\n");
  const char32_t expect[] = U"H\u00e9\u20ac\U0001F600z\u03b1\U0010FFFF";
  ASSERT(0, memcmp(cps, expect, n * sizeof(char32_t)));
  char back[64];
  ASSERT((int)strlen(text), encode(cps, n, back));
  ASSERTS(text, back);
  ASSERT(-1, decode((const unsigned char *)"\xc3(", cps));
  ASSERT(-1, decode((const unsigned char *)"\xff", cps));
  printf("OK\n");
  return 0;
}
