// stdint.h fixed-width types in arithmetic, and inttypes.h formatting.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"
#include <stdint.h>
#include <inttypes.h>

int main(void) {
  uint8_t a = 250;
  a += 10;
  ASSERT(4, a);
  int8_t b = 127;
  b++;
  ASSERT(-128, b);
  uint16_t c = 0xffff;
  ASSERT(0, (uint16_t)(c + 1));
  int32_t d = INT32_MIN;
  ASSERT(1, d < 0);
  uint64_t e = UINT64_MAX;
  ASSERT(1, e + 1 == 0);
  int64_t f = -1;
  ASSERT(1, (uint64_t)f == UINT64_MAX);
  char buf[64];
  sprintf(buf, "%" PRId64 " %" PRIu32 " %" PRIx8, (int64_t)-5, (uint32_t)7, (uint8_t)255);
  ASSERTS("-5 7 ff", buf);
  uintptr_t up = (uintptr_t)buf;
  ASSERT(1, (char *)up == buf);
  printf("OK\n");
  return 0;
}
