/* The C half of tls.kir: a thread-local variable kit code reaches through
   the initial-exec (or, with -fPIC, general-dynamic) model. */
__thread long tx = 10;
