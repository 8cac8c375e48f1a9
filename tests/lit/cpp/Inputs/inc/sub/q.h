sub_local_q
#include "local.h"
