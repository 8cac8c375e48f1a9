// Relocation kinds of the arch-x86_64 plugin.
//
// kit lets each arch plugin number its own relocation kinds (obj::Reloc::kind);
// this plugin uses the x86-64 psABI numbers (System V AMD64 ABI, section 4.4.1,
// "Relocation Types") unchanged, so an ELF r_type and the kit kind are the
// same integer. The code generator (isel.cpp, emit.cpp) emits these; the
// relocation table, apply_reloc and the PLT entries (reloc.cpp) interpret them.
//
// Calculations, in the psABI's notation: A addend, B image base, G offset of
// the symbol's GOT entry within the GOT, GOT address of the GOT, L address of
// the symbol's PLT entry, P address of the place, S symbol value, Z symbol
// size. Field word8/16/32/64; "32S" is a sign-extended word32 (the value must
// fit an int32), plain "32" zero-extended (must fit a uint32).
//
// The names are not R_X86_64_* identifiers because <elf.h> defines those as
// macros; kPC32 here is R_X86_64_PC32 there.
#pragma once

#include <cstdint>

namespace kit::x86_64 {

enum RelocKind : uint32_t {
  kNone = 0,             // R_X86_64_NONE             none
  k64 = 1,               // R_X86_64_64               word64  S + A
  kPC32 = 2,             // R_X86_64_PC32             word32  S + A - P
  kGOT32 = 3,            // R_X86_64_GOT32            word32  G + A
  kPLT32 = 4,            // R_X86_64_PLT32            word32  L + A - P
  kCopy = 5,             // R_X86_64_COPY             dynamic: copy the symbol's data
  kGlobDat = 6,          // R_X86_64_GLOB_DAT         word64  S (dynamic, GOT slot)
  kJumpSlot = 7,         // R_X86_64_JUMP_SLOT        word64  S (dynamic, PLT GOT slot)
  kRelative = 8,         // R_X86_64_RELATIVE         word64  B + A (dynamic)
  kGOTPCREL = 9,         // R_X86_64_GOTPCREL         word32  G + GOT + A - P
  k32 = 10,              // R_X86_64_32               word32  S + A (zero-extended)
  k32S = 11,             // R_X86_64_32S              word32  S + A (sign-extended)
  k16 = 12,              // R_X86_64_16               word16  S + A
  kPC16 = 13,            // R_X86_64_PC16             word16  S + A - P
  k8 = 14,               // R_X86_64_8                word8   S + A
  kPC8 = 15,             // R_X86_64_PC8              word8   S + A - P
  kDTPMOD64 = 16,        // R_X86_64_DTPMOD64         word64  module id (dynamic)
  kDTPOFF64 = 17,        // R_X86_64_DTPOFF64         word64  offset in the module's TLS block
  kTPOFF64 = 18,         // R_X86_64_TPOFF64          word64  offset from the thread pointer
  kTLSGD = 19,           // R_X86_64_TLSGD            word32  GOT entry pair for GD, PC-relative
  kTLSLD = 20,           // R_X86_64_TLSLD            word32  GOT entry pair for LD, PC-relative
  kDTPOFF32 = 21,        // R_X86_64_DTPOFF32         word32  offset in the module's TLS block
  kGOTTPOFF = 22,        // R_X86_64_GOTTPOFF         word32  GOT entry holding TPOFF, PC-relative (IE)
  kTPOFF32 = 23,         // R_X86_64_TPOFF32          word32  offset from the thread pointer (LE)
  kPC64 = 24,            // R_X86_64_PC64             word64  S + A - P
  kGOTOFF64 = 25,        // R_X86_64_GOTOFF64         word64  S + A - GOT
  kGOTPC32 = 26,         // R_X86_64_GOTPC32          word32  GOT + A - P
  kGOT64 = 27,           // R_X86_64_GOT64            word64  G + A (large model)
  kGOTPCREL64 = 28,      // R_X86_64_GOTPCREL64       word64  G + GOT - P + A
  kGOTPC64 = 29,         // R_X86_64_GOTPC64          word64  GOT - P + A
  kGOTPLT64 = 30,        // R_X86_64_GOTPLT64         word64  G + A (obsolete)
  kPLTOFF64 = 31,        // R_X86_64_PLTOFF64         word64  L - GOT + A
  kSIZE32 = 32,          // R_X86_64_SIZE32           word32  Z + A
  kSIZE64 = 33,          // R_X86_64_SIZE64           word64  Z + A
  kGOTPC32_TLSDESC = 34, // R_X86_64_GOTPC32_TLSDESC  word32  TLS descriptor in the GOT, PC-relative
  kTLSDESC_CALL = 35,    // R_X86_64_TLSDESC_CALL     none    marks the call through the descriptor
  kTLSDESC = 36,         // R_X86_64_TLSDESC          word64x2 TLS descriptor (dynamic)
  kIRELATIVE = 37,       // R_X86_64_IRELATIVE        word64  indirect(B + A) (dynamic, IFUNC)
  kRELATIVE64 = 38,      // R_X86_64_RELATIVE64       word64  B + A (ILP32 only)
  // 39, 40: deprecated (R_X86_64_PC32_BND, R_X86_64_PLT32_BND)
  kGOTPCRELX = 41,       // R_X86_64_GOTPCRELX        word32  G + GOT + A - P, relaxable (no REX)
  kREX_GOTPCRELX = 42,   // R_X86_64_REX_GOTPCRELX    word32  G + GOT + A - P, relaxable (REX prefix)
  kRelocKindCount = 43,
};

// What the code generator emits, for readers of both sides:
//  - direct calls and tail jumps: kPLT32, addend -4 (always, also for local
//    targets; a linker resolves it to the symbol when no PLT is needed);
//  - RIP-relative data access to a symbol that binds locally: kPC32, addend
//    -4 (or -4 - trailing immediate bytes);
//  - address of a preemptible symbol under -fPIC / of an undefined one under
//    -fPIE: `mov sym@GOTPCREL(%rip), %reg` with kREX_GOTPCRELX (kGOTPCRELX
//    without REX), addend -4;
//  - absolute addresses in data (pointers in initializers, jump tables in
//    non-PIC code): k64; jump tables in PIC code hold 32-bit offsets from
//    the table start (kPC32 with an addend that compensates);
//  - TLS: local-exec `mov %fs:0,%rax; lea x@tpoff(%rax)` with kTPOFF32;
//    initial-exec `mov x@gottpoff(%rip), %reg` with kGOTTPOFF; general
//    dynamic: the canonical 16-byte `data16 lea x@tlsgd(%rip),%rdi;
//    data16 data16 rex.W call __tls_get_addr@PLT` with kTLSGD then kPLT32;
//  - .init_array / .fini_array entries: k64.

}  // namespace kit::x86_64
