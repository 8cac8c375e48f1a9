??=define X 1
#if X
X
#endif
#line 10 "x.c"
__LINE__ __FILE__ __COUNTER__
_Pragma("once") _Pragma("GCC poison y")
