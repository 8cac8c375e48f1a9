#define gets_old 1
#pragma GCC poison gets strcpy
int x = strcpy;
#pragma GCC poison gets_old
#pragma GCC error "stop here"
