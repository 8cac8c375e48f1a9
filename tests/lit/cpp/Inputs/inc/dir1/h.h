from_dir1_h
#include_next <h.h>
