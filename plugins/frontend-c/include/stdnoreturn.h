/* <stdnoreturn.h> (C17 7.23). */
#ifndef __KIT_STDNORETURN_H
#define __KIT_STDNORETURN_H 1
#define noreturn _Noreturn
#endif
