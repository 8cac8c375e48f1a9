/* <stdbool.h> (C17 7.18). In C2x bool, true and false are keywords. */
#ifndef __KIT_STDBOOL_H
#define __KIT_STDBOOL_H 1
#if !defined(__STDC_VERSION__) || __STDC_VERSION__ <= 201710L
#define bool _Bool
#define true 1
#define false 0
#endif
#define __bool_true_false_are_defined 1
#endif
