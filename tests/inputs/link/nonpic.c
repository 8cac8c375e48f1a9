// Compiled with -fno-pie, the address of buf is a 32-bit absolute
// immediate (R_X86_64_32): fine at 0x400000, impossible in a PIE.
char buf[16];
long address_of_buf(void) { return (long)buf; }
int main(void) { return address_of_buf() != 0 ? 0 : 1; }
