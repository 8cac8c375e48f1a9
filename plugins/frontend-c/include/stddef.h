/* <stddef.h> (C17 7.19) as kit provides it for every target: the types
   come from the predefined macros of the target (__SIZE_TYPE__, ...).

   C libraries without their own stddef.h (glibc) ask for single types by
   defining __need_size_t, __need_ptrdiff_t, __need_wchar_t, __need_wint_t
   or __need_NULL before including this file; only those are then
   declared, and the request macros are removed again. Without a request
   the whole header is declared. Each typedef is made once, and the
   traditional guard macros other headers test are set with it. */

#if !defined(__need_size_t) && !defined(__need_ptrdiff_t) && !defined(__need_wchar_t) \
    && !defined(__need_wint_t) && !defined(__need_NULL)
#define __KIT_STDDEF_ALL 1
#endif

#if defined(__KIT_STDDEF_ALL) || defined(__need_ptrdiff_t)
#if !defined(__KIT_PTRDIFF_T) && !defined(_PTRDIFF_T)
#define __KIT_PTRDIFF_T 1
#define _PTRDIFF_T 1
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif
#endif

#if defined(__KIT_STDDEF_ALL) || defined(__need_size_t)
#if !defined(__KIT_SIZE_T) && !defined(_SIZE_T)
#define __KIT_SIZE_T 1
#define _SIZE_T 1
#define _SIZE_T_DEFINED 1
#define _SIZE_T_DECLARED 1
typedef __SIZE_TYPE__ size_t;
#endif
#endif

#if defined(__KIT_STDDEF_ALL) || defined(__need_wchar_t)
#if !defined(__KIT_WCHAR_T) && !defined(_WCHAR_T)
#define __KIT_WCHAR_T 1
#define _WCHAR_T 1
#define _WCHAR_T_DEFINED 1
typedef __WCHAR_TYPE__ wchar_t;
#endif
#endif

#if defined(__need_wint_t)
#if !defined(__KIT_WINT_T) && !defined(_WINT_T)
#define __KIT_WINT_T 1
#define _WINT_T 1
typedef __WINT_TYPE__ wint_t;
#endif
#endif

#if defined(__KIT_STDDEF_ALL) || defined(__need_NULL)
#undef NULL
#define NULL ((void *)0)
#endif

#if defined(__KIT_STDDEF_ALL)
#ifndef __KIT_STDDEF_H
#define __KIT_STDDEF_H 1
#define _STDDEF_H 1
#define _STDDEF_H_ 1
#define __STDDEF_H__ 1

#undef offsetof
#define offsetof(type, member) __builtin_offsetof(type, member)

#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) || !defined(__STRICT_ANSI__)
#ifndef __KIT_MAX_ALIGN_T
#define __KIT_MAX_ALIGN_T 1
/* The type whose alignment is the greatest of any scalar type. */
typedef struct {
  long long __kit_ll __attribute__((__aligned__(__alignof__(long long))));
  long double __kit_ld __attribute__((__aligned__(__alignof__(long double))));
} max_align_t;
#endif
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L
#define unreachable() __builtin_unreachable()
#endif
#endif /* __KIT_STDDEF_H */
#endif

#undef __KIT_STDDEF_ALL
#undef __need_size_t
#undef __need_ptrdiff_t
#undef __need_wchar_t
#undef __need_wint_t
#undef __need_NULL
