// Wide string literals: L"..." is wchar_t (4-byte int on Linux), escapes
// and universal character names, concatenation with narrow literals, and
// the wide library functions.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include <wchar.h>
#include "test.h"

static const wchar_t gw[] = L"glob\u00e9";

int main(void) {
  wchar_t w[] = L"wide";
  ASSERT(20, sizeof w);
  ASSERT('d', w[2]);
  ASSERT(0, w[4]);
  ASSERT(4, (int)wcslen(w));
  ASSERT(0xe9, gw[4]);
  ASSERT(6, sizeof gw / sizeof gw[0]);
  const wchar_t *cat = L"ab" "cd" L"ef";
  ASSERT(6, (int)wcslen(cat));
  ASSERT('e', cat[4]);
  ASSERT(0x1F600, L"\U0001F600"[0]);
  ASSERT(0x263A, L"\x263a"[0]);
  ASSERT(L'z', L"xyz"[2]);
  ASSERT(0x20AC, L'\u20ac');
  ASSERT(4, sizeof L'a');
  ASSERT(0, wcscmp(L"same", L"sa" L"me"));
  wchar_t buf[16];
  swprintf(buf, 16, L"%d-%ls", 42, L"x");
  ASSERT(0, wcscmp(buf, L"42-x"));
  ASSERT(-1, (int)(wchar_t)-1);
  printf("OK\n");
  return 0;
}
