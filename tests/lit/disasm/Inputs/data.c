// Globals, thread-locals, strings, structs, atomics, vectorizable loops.
#include <stdatomic.h>
#include <stdint.h>

struct point { double x, y; int tag; char name[12]; };
struct point origin = {0, 0, 1, "origin"};
const char* names[] = {"zero", "one", "two", 0};
static int counter;
_Thread_local int tls_counter;
extern int external_value;
_Atomic long hits;

struct point move(struct point p, double dx) { p.x += dx; p.y -= dx; return p; }
int bump(void) { ++tls_counter; atomic_fetch_add(&hits, 1); return ++counter + external_value; }
long cas(_Atomic long* p, long old, long v) { atomic_compare_exchange_strong(p, &old, v); return old; }
void scale(float* restrict a, const float* restrict b, int n) {
  for (int i = 0; i < n; ++i) a[i] = a[i] * 2.5f + b[i];
}
void bytes(uint8_t* restrict a, const uint8_t* restrict b, int n) {
  for (int i = 0; i < n; ++i) a[i] = (uint8_t)(a[i] + b[i]) > 100 ? a[i] : b[i];
}
int64_t dot(const int32_t* a, const int32_t* b, int n) {
  int64_t s = 0;
  for (int i = 0; i < n; ++i) s += (int64_t)a[i] * b[i];
  return s;
}
const char* pick(unsigned i) { return i < 3 ? names[i] : "many"; }
double table(int i) { static const double t[] = {1.5, 2.5, 3.25, 4.125}; return t[i & 3]; }
