#ifndef GREET_H
#define GREET_H
#define GREETING "hello from libgreet"
const char* greeting(void);
int add_all(int n, const int* v);
#endif
