// stdio streams from kit code: tmpfile write/seek/read, fprintf/fscanf,
// fgets/fputs, fread/fwrite of structs, ungetc, and stderr.
// RUN: %c-run %s %t | FileCheck %s
// CHECK: OK
#include "test.h"

struct rec { int id; double v; char tag[6]; };

int main(void) {
  FILE *f = tmpfile();
  ASSERT(1, f != 0);
  fprintf(f, "%d %s %.2f\n", 12, "word", 3.5);
  fputs("second line\n", f);
  struct rec out[2] = {{1, 1.5, "one"}, {2, 2.5, "two"}};
  fwrite(out, sizeof out[0], 2, f);
  rewind(f);
  int n; char w[8]; double d;
  ASSERT(3, fscanf(f, "%d %7s %lf\n", &n, w, &d));
  ASSERT(12, n);
  ASSERTS("word", w);
  char line[32];
  fgets(line, sizeof line, f);
  ASSERTS("second line\n", line);
  struct rec in[2];
  ASSERT(2, (int)fread(in, sizeof in[0], 2, f));
  ASSERTF(2.5, in[1].v);
  ASSERTS("two", in[1].tag);
  ASSERT(EOF, fgetc(f));
  ASSERT(1, feof(f) != 0);
  fseek(f, 0, SEEK_SET);
  int c = fgetc(f);
  ungetc(c, f);
  ASSERT('1', fgetc(f));
  long size;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  ASSERT(13 + 12 + 2 * (long)sizeof(struct rec), size);
  fclose(f);
  fprintf(stderr, "stderr works\n");
  printf("OK\n");
  return 0;
}
