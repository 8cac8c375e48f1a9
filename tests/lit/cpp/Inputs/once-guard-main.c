#include "inc/once.h"
#include "inc/once.h"
#include "inc/../inc/once.h"
#include "inc/guard.h"
#include "inc/guard.h"
#include "inc/notguard.h"
#include "inc/notguard.h"
#undef GUARD_H
#include "inc/guard.h"
end
