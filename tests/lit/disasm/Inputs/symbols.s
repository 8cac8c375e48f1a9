# Layout corners of objdump -d, assembled by GNU as (objdump-corners.test).
	.text
# No symbol at the section start: "<first-0x2>".
	nop
	nop
# Several symbols at one address: function > object > untyped/IFUNC, then
# global > weak > local, then the smaller name.
	.globl zz, aa
	.type zz,@function
zz:
aa:
	nop
	.type lf,@function
lf:
	.globl gn
gn:
	nop
	.globl g2
g2:
	.weak w2
w2:
	nop
	.globl hid, pub
	.hidden hid
hid:
pub:
	nop
	.globl zfn, plain
	.type zfn,@gnu_indirect_function
zfn:
plain:
	nop
# Branches to named and unnamed places.
	jmp aa
	jmp lf
	jmp 1f
	.byte 0x0f
1:	nop
# Zero runs: 2 up to the next label are skipped, 3 are not, 11 are
# skipped by a multiple of 4.
z1:	nop
	.byte 0,0
z2:	nop
	.byte 0,0,0
z3:	nop
	.byte 0,0,0,0,0,0,0,0,0,0,0
	nop
# Instructions cut off by the next label.
c1:	.byte 0x8b,0x05,0,0
c2:	.byte 0x48,0x8b,0x05,0xff
c3:	.byte 0xf3,0x48,0x8b
c4:	nop
	.section .text.other,"ax",@progbits
# A section without symbols, a call relocated against another section's
# symbol, RIP-relative references inside and beyond the section.
	.long 0
	lea .text.other(%rip),%rax
	call zz
	lea .text+1(%rip),%rax
	jmp .+2
	.byte 0x0f,0x0b,0,0,0,0
	.byte 0x06
