#include <stdio.h>
int main(void) { printf("%ld\n", (long)__STDC_VERSION__); return 0; }
