/* Line markers as gcc writes them. */
int first;
#include "b.h"

#include <s.h>
int second; /* a gap of a few lines follows */



int third;









int after_big_gap;
#define F(a, b) a + b
int x = F(1,
          2);
    int indented;
#line 100
int at_100;
#line 200 "renamed.c"
int at_200;
_Pragma("omp parallel") int after_pragma;
#pragma weak w
  int last;
int y = F(1,
  2) ;
int z = F(1,
  2) SYSM(w) q;
#define EMPTY
EMPTY int after_empty;
    EMPTY int indented_after_empty;
  EMPTY
  int next_line;
int sys_tokens = SYSM(1) + SYSM(2);
