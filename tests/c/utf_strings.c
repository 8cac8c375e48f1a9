// UTF string and character literals: u8"" (UTF-8 bytes), u"" (char16_t,
// with surrogate pairs outside the BMP), U"" (char32_t), concatenation of
// a prefixed with an unprefixed literal, and the character constants.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <uchar.h>
#include "test.h"

int main(void) {
  const char *s8 = u8"\u00e9\U0001F600";
  ASSERT(0xc3, (unsigned char)s8[0]);
  ASSERT(0xa9, (unsigned char)s8[1]);
  ASSERT(0xf0, (unsigned char)s8[2]);
  ASSERT(0x80, (unsigned char)s8[5]);
  ASSERT(6, (int)strlen(s8));
  ASSERT(7, sizeof u8"\u00e9\U0001F600");
  char16_t s16[] = u"a\u00e9\U0001F600";
  ASSERT(5, sizeof s16 / sizeof s16[0]);
  ASSERT('a', s16[0]);
  ASSERT(0xe9, s16[1]);
  ASSERT(0xD83D, s16[2]);
  ASSERT(0xDE00, s16[3]);
  char32_t s32[] = U"a\U0001F600";
  ASSERT(12, sizeof s32);
  ASSERT(0x1F600, s32[1]);
  ASSERT(2, sizeof u'x');
  ASSERT(4, sizeof U'x');
  ASSERT(0x263a, u'\u263a');
  ASSERT(0x1F600, U'\U0001F600');
  const char16_t *mix = u"ab" "cd";   // the unprefixed part takes the prefix
  ASSERT('d', mix[3]);
  ASSERT(10, sizeof(u"ab" "cd"));
  ASSERT(1, _Generic(u"x"[0], unsigned short: 1, default: 0));
  ASSERT(1, _Generic(U"x"[0], unsigned int: 1, default: 0));
  ASSERT(1, _Generic(u'x', unsigned short: 1, default: 0));
  ASSERT(1, _Generic(L'x', int: 1, default: 0));
  printf("OK\n");
  return 0;
}
