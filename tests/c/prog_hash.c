// Hash functions and a hash table: FNV-1a and CRC-32 against their
// published check values, and an open-addressing table with deletions.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: crc32 cbf43926
// CHECK: fnv1a32 bf9cf968
// CHECK: OK
#include <stdint.h>
#include "test.h"

static uint32_t crc32(const void *p, size_t n) {
  static uint32_t table[256];
  if (!table[1]) for (uint32_t i = 0; i < 256; i++) { uint32_t c = i; for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1; table[i] = c; }
  uint32_t c = 0xffffffffu;
  for (const uint8_t *b = p; n--; b++) c = table[(c ^ *b) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}
static uint32_t fnv1a(const char *s) { uint32_t h = 2166136261u; while (*s) { h ^= (uint8_t)*s++; h *= 16777619u; } return h; }

enum { CAP = 1024 };
static struct { char key[16]; int val; char state; } tab[CAP];   // state: 0 empty, 1 full, 2 deleted
static void put(const char *k, int v) {
  for (uint32_t i = fnv1a(k) % CAP;; i = (i + 1) % CAP)
    if (tab[i].state != 1 || !strcmp(tab[i].key, k)) { strcpy(tab[i].key, k); tab[i].val = v; tab[i].state = 1; return; }
}
static int *get(const char *k) {
  for (uint32_t i = fnv1a(k) % CAP; tab[i].state; i = (i + 1) % CAP)
    if (tab[i].state == 1 && !strcmp(tab[i].key, k)) return &tab[i].val;
  return 0;
}
static void del(const char *k) {
  for (uint32_t i = fnv1a(k) % CAP; tab[i].state; i = (i + 1) % CAP)
    if (tab[i].state == 1 && !strcmp(tab[i].key, k)) { tab[i].state = 2; return; }
}

int main(void) {
  printf("crc32 %08x\n", crc32("123456789", 9));
  printf("fnv1a32 %08x\n", fnv1a("foobar"));
  char k[16];
  for (int i = 0; i < 500; i++) { snprintf(k, sizeof k, "key%d", i); put(k, i * 3); }
  for (int i = 0; i < 500; i += 2) { snprintf(k, sizeof k, "key%d", i); del(k); }
  int found = 0, sum = 0;
  for (int i = 0; i < 500; i++) { snprintf(k, sizeof k, "key%d", i); int *v = get(k); if (v) { found++; sum += *v; } }
  ASSERT(250, found);
  ASSERT(3 * 250 * 250, sum);
  printf("OK\n");
  return 0;
}
