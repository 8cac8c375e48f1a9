extern int one(void);
__attribute__((weak)) int two(void) { return one() + 1; }
const char two_name[] = "two";
