/* <iso646.h> (C17 7.9): alternative spellings of operators. */
#ifndef __KIT_ISO646_H
#define __KIT_ISO646_H 1
#define and &&
#define and_eq &=
#define bitand &
#define bitor |
#define compl ~
#define not !
#define not_eq !=
#define or ||
#define or_eq |=
#define xor ^
#define xor_eq ^=
#endif
