#if 'ab' == 0x6162 && L'\377' > 0 && u8'a' == 97
yes
#endif
#define F(...) __VA_OPT__(a ## __VA_ARGS__) #__VA_OPT__(x)
F() F(1)
