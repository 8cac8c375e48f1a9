int one_counter;
int one(void) { return 1 + one_counter; }
