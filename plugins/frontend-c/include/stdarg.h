/* <stdarg.h> (C17 7.16): variable arguments through the compiler's
   __builtin_va_* operations, whose va_list shape (pointer, record, or
   array of one record) is the target's C ABI.

   glibc's <stdio.h> asks only for the type behind va_list by defining
   __need___va_list; it then gets __gnuc_va_list and nothing else. */

/* The whole file is inside one guard that a full inclusion defines: after
   that, including it again (even for __need___va_list) has nothing left
   to do, and the preprocessor skips it without reading. */
#ifndef _STDARG_H

#ifndef __KIT_GNUC_VA_LIST
#define __KIT_GNUC_VA_LIST 1
#define __GNUC_VA_LIST 1
typedef __builtin_va_list __gnuc_va_list;
#endif

#ifndef __need___va_list
#define _STDARG_H 1
#define _ANSI_STDARG_H_ 1

#if !defined(_VA_LIST) && !defined(_VA_LIST_DEFINED) && !defined(__DEFINED_va_list)
#define _VA_LIST 1
#define _VA_LIST_DEFINED 1
typedef __gnuc_va_list va_list;
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L
#define va_start(ap, ...) __builtin_va_start(ap, 0)
#else
#define va_start(ap, last) __builtin_va_start(ap, last)
#endif
#define va_end(ap) __builtin_va_end(ap)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#if !defined(__STRICT_ANSI__) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define va_copy(dest, src) __builtin_va_copy(dest, src)
#endif
#define __va_copy(dest, src) __builtin_va_copy(dest, src)
#endif /* !__need___va_list */

#undef __need___va_list
#endif /* _STDARG_H */
