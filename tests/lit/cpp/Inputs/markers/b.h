int in_b;

#include "c.h"
int after_c;
