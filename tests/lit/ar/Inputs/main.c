#include <stdio.h>
extern int two(void);
extern const char two_name[];
int main(void) {
  printf("%s = %d\n", two_name, two());
  return 0;
}
