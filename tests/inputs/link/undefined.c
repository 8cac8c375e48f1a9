extern int missing_fn(int);
int main(void) { return missing_fn(3) + missing_fn(4); }
