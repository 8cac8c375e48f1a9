/* The C half of globals.kir: a strong definition that beats kit's weak
   one, and a view of the common symbol kit defines. Compiled -fcommon. */
#include <stdio.h>

int over(void) { return 2; }
char com[100];

void c_check(void) {
  printf("C sees common[5] = %d\n", com[5]);
  com[5] = 10;
}
