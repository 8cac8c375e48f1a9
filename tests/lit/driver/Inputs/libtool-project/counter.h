int counter_next(void);
const char* counter_name(void);
