/* Many C library headers at once, and a little code using their macros:
   preprocessed by kit, then compiled by gcc and clang (system-headers.test). */
#define _GNU_SOURCE 1
#include <assert.h>
#include <complex.h>
#include <ctype.h>
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <fenv.h>
#include <float.h>
#include <glob.h>
#include <grp.h>
#include <inttypes.h>
#include <iso646.h>
#include <langinfo.h>
#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <regex.h>
#include <sched.h>
#include <search.h>
#include <semaphore.h>
#include <setjmp.h>
#include <signal.h>
#include <spawn.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <syslog.h>
#include <termios.h>
#include <threads.h>
#include <time.h>
#include <uchar.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

_Static_assert(CHAR_BIT == 8 && INT_MAX == 2147483647 && UINT_MAX == 4294967295u, "limits.h");
_Static_assert(LONG_MAX == 9223372036854775807L && LLONG_MIN < 0 && SCHAR_MIN == -128, "limits.h");
_Static_assert(PATH_MAX > 0, "POSIX limits through limits.h");
_Static_assert(sizeof(int64_t) == 8 && INT64_MAX == 0x7fffffffffffffff && UINT8_MAX == 255, "stdint.h");
_Static_assert(SIZE_MAX == (size_t)-1 && INTPTR_MAX >= INT32_MAX, "stdint.h");
_Static_assert(FLT_MANT_DIG == 24 && DBL_MANT_DIG == 53 && DBL_DIG == 15, "float.h");
_Static_assert(sizeof(max_align_t) >= sizeof(long double), "stddef.h");
_Static_assert(offsetof(struct tm, tm_sec) == 0, "stddef.h");
_Static_assert(alignof(double) == _Alignof(double) && true == 1, "stdalign.h stdbool.h");
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "stdatomic.h");

static noreturn void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  exit(EXIT_FAILURE);
}

int main(int argc, char **argv) {
  /* A plain int: clang's __atomic_* builtins take no _Atomic objects (gcc's do). */
  int counter = ATOMIC_VAR_INIT(0);
  atomic_fetch_add(&counter, 1);
  if (argc > 1 and argv[1][0] == 'x') die("%s: %" PRId64 "\n", strerror(EINVAL), INT64_C(42));
  assert(argc > 0);
  printf("%d %s %zu\n", INT_MAX, isalpha('a') ? "alpha" : "", strlen(argv[0]));
  return EXIT_SUCCESS;
}
