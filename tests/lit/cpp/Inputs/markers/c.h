#define C_MACRO 1
