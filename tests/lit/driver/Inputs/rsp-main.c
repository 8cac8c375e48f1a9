#include "hdr.h"
#include <stdio.h>
int main(void) {
  puts(GREETING);
  printf("%d %s %d\n", NUMBER, QUOTED, FROM_HEADER);
  return 0;
}
