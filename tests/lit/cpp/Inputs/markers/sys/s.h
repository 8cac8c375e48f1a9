int in_sys;
#define SYSM(x) x
