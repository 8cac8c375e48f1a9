#include "counter.h"

static int value;
int counter_next(void) { return ++value; }
const char* counter_name(void) { return "libcounter"; }
