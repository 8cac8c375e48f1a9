// Non-PIC code reaching far_away with a 32-bit PC-relative displacement;
// the test places far_away beyond 2 GiB with --defsym.
extern char far_away[];
int main(void) { return far_away[0]; }
