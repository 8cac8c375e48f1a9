#include <h.h>
#include <sysonly.h>
#include <afteronly.h>
#include "inc/sub/q.h"
#include "q.h"
#include <q.h>
#define HDR(x) <x.h>
#define NAME computed
#include HDR(NAME)
#import "inc/imported.h"
#import "inc/imported.h"
end
