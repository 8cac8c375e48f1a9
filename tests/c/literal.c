// Constants: integer suffixes and bases, character constants of every
// prefix, wide and Unicode strings.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <wchar.h>
#include <uchar.h>

int main(void) {
  ASSERT(511, 0777);
  ASSERT(255, 0xff);
  ASSERT(255, 0XFF);
  ASSERT(5, 0b101);
  ASSERT(4, sizeof(1));
  ASSERT(8, sizeof(1L));
  ASSERT(8, sizeof(1LL));
  ASSERT(8, sizeof(1ul));
  ASSERT(8, sizeof(1Ull));
  ASSERT(4, sizeof(1u));
  ASSERT(8, sizeof(2147483648));
  ASSERT(4, sizeof(0x80000000));
  ASSERT(8, sizeof(4294967296));
  ASSERT(1, 0xffffffff > 0);
  ASSERT(1, 0xffffffffffffffff > 0);
  ASSERT(-1, (int)0xffffffff);
  ASSERT(4, sizeof(L'a'));
  ASSERT(2, sizeof(u'a'));
  ASSERT(4, sizeof(U'a'));
  ASSERT(0x263a, L'\u263a');
  ASSERT(0x1f600, U'\U0001F600');
  ASSERT(0xe9, L'é');
  ASSERT(0x3b1, u'α');
  wchar_t ws[] = L"héllo";
  ASSERT(6, sizeof ws / sizeof ws[0]);
  ASSERT(0xe9, ws[1]);
  ASSERT(5, (int)wcslen(ws));
  char16_t s16[] = u"a\U0001F600";
  ASSERT(4, sizeof s16 / sizeof s16[0]);
  ASSERT(0xd83d, s16[1]);
  ASSERT(0xde00, s16[2]);
  char32_t s32[] = U"a\U0001F600";
  ASSERT(3, sizeof s32 / sizeof s32[0]);
  ASSERT(0x1f600, s32[1]);
  const char *u8 = u8"é";
  ASSERT(2, (int)strlen(u8));
  ASSERT(1, L"ab" L"cd"[3] == L'd');
  ASSERT(1, L"ab" "cd"[2] == L'c');
  ASSERTF(0.25, 0.25f);
  ASSERTF(100.0, 1e2);
  ASSERTF(0.125, .125);
  ASSERTF(3.0, 3.);
  ASSERTF(1.0 / 16, 0x1p-4);
  ASSERTF(10.5, 0xa.8p0);
  printf("OK\n");
  return 0;
}
