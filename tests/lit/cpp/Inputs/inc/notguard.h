#ifndef NOT_A_GUARD
#define NOT_A_GUARD
#endif
not_guarded_body
