/* A program with calls, floating point, statics and strings, so the
   ignored flags have something to (not) change. */
#include <stdio.h>
#include <string.h>
#include <math.h>

static double table[8];
int counter;

static int square(int x) { return x * x; }

int main(int argc, char** argv) {
  char buf[32];
  for (int i = 0; i < 8; ++i) table[i] = sqrt((double)square(i + argc));
  memcpy(buf, "kit", 4);
  counter += (int)strlen(buf);
  printf("%s %d %.3f\n", argv[0] ? buf : "", counter, table[7]);
  return 0;
}
