#include <stdio.h>
#include "counter.h"

int main(void) {
  counter_next();
  counter_next();
  printf("%s counted to %d\n", counter_name(), counter_next());
  return 0;
}
