// Thread-local data defined in a second object.
__thread long other_tls = 1;
long get_other(void) { return other_tls; }
