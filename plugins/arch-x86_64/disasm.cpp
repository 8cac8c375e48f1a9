// The x86-64 disassembler (Intel SDM vol. 2, chapter 2 "Instruction Format"
// and appendix A "Opcode Map"; AMD APM vol. 3 chapter 1 for 64-bit mode).
//
// An x86-64 instruction is a byte string of at most 15 bytes:
//
//   legacy prefixes   F0 lock, F2/F3 rep (or a "mandatory prefix" that
//                     selects an SSE opcode), 2E 36 3E 26 64 65 segment
//                     overrides, 66 operand size, 67 address size; any
//                     order, any number (the last of a kind wins);
//   REX               40-4F, only directly before the opcode: W selects a
//                     64-bit operand, R/X/B are the fourth bit of
//                     ModRM.reg, SIB.index and ModRM.rm/SIB.base/opcode reg
//                     (a REX followed by another prefix is ignored);
//   opcode            one byte, or 0F xx, or 0F 38 xx / 0F 3A xx;
//   ModRM             mod(2) reg(3) rm(3): mod 3 = rm is a register;
//                     otherwise memory, rm 4 = a SIB byte follows, mod 0 and
//                     rm 5 = RIP-relative disp32; reg is a register or an
//                     opcode extension ("/digit", a "group");
//   SIB               scale(2) index(3) base(3): index 4 (without REX.X) is
//                     none; base 5 with mod 0 is none + disp32;
//   displacement      0, 1 or 4 bytes (mod 0/1/2), sign-extended;
//   immediate         0, 1, 2, 4 or 8 bytes.
//
// VEX (SDM 2.3) replaces REX and the 66/F2/F3 + 0F/0F38/0F3A bytes with
// two (C5) or three (C4) bytes: inverted R/X/B, the map, W, an extra source
// register (vvvv, inverted), the vector length L (xmm/ymm) and the implied
// prefix pp. In 64-bit mode C4/C5 are always VEX.
//
// The decoder is driven by tables written from the SDM's opcode maps: one
// row per opcode of the one-byte map and of the 0F map, groups indexed by
// ModRM.reg, and for the SSE part of the 0F/0F38/0F3A maps one row per
// (opcode, mandatory prefix). A row names the mnemonic and its operands in
// the SDM's notation (Eb = r/m byte, Gv = ModRM.reg of the operand size,
// Iz = 16/32-bit immediate, Jb = 8-bit branch displacement, V/W = xmm
// register / xmm-or-memory, P/Q = mmx register / mmx-or-memory, ...), in
// Intel order; the printer writes them in AT&T order (reversed).
//
// The text follows GNU objdump's AT&T dialect, because kit objdump is
// compared with it line by line:
//  - the mnemonic (with any prefixes that did not change the instruction,
//    printed as words: "lock", "rep", "repz", "bnd", "notrack", "data16",
//    "addr32", "cs", "rex.W", ...) padded to 6 columns plus one space;
//  - a size suffix (b/w/l/q) only where no register operand shows the
//    size ("movl $0x1,(%rax)", "shll (%rax)", "cvtsi2sdl (%rax),%xmm0");
//  - immediates as unsigned hex of the operand size ("$0xffffffffffffff80"
//    for a sign-extended imm8 in a 64-bit operation), displacements as
//    signed hex ("-0x8(%rbp)"), an absolute address as the unsigned 64-bit
//    value of the sign-extended disp32;
//  - RIP-relative memory as "disp(%rip)" followed by the comment
//    "        # 0x<address>"; branch targets as absolute "0x<address>";
//  - a SIB byte with no index is shown as %riz when it is not needed for
//    %rsp/%r12 ("(%rax,%riz,1)"); 67 selects 32-bit address registers;
//  - x87 register forms use the AT&T (UnixWare) names, in which
//    fsub/fsubr and fdiv/fdivr with %st(i) as destination are swapped
//    relative to Intel's names (DE E8+i, Intel FSUBP, is "fsubrp").
// Bytes that are not an instruction give "(bad)"; bytes that end inside an
// instruction give "(truncated)" (unless the first byte is a prefix, which
// objdump then shows alone: "rex.W", "data16"). Either returns length 0.
// Every byte is read through one bounds-checked accessor, so any input is
// safe.
#include "disasm.hpp"

#include <array>
#include <cstring>

namespace kit::x86_64 {

namespace {

// ---------------------------------------------------------------------------
// Operand kinds (SDM appendix A.2 notation where one exists).
enum Opd : uint8_t {
  N_,  // none
  // ModRM.rm: a general register or memory
  Eb, Ew, Ed, Eq, Ev, Ey, Ev64,  // Ev64: 64-bit by default (push/pop), 16 with 66
  Ejmp,                          // Ev64 printed with '*' (indirect call/jmp)
  // ModRM.rm: memory only (the size matters only for suffixes)
  M, Mb, Mw, Md, Mq, Mv, My, Mfar,  // Mfar: "*mem" (lcall/ljmp)
  // ModRM.rm: register only
  Rv, Ry, Rq, Rd,
  // ModRM.reg
  Gb, Gw, Gd, Gq, Gv, Gy, Sw, Cq, Dq,
  // SSE/MMX: V xmm from reg, W xmm or memory from rm, U xmm from rm (mod 3);
  // P mmx from reg, Q mmx or memory, Nq mmx from rm (mod 3)
  V, W, U, P, Q, Nq,
  // register in the opcode's low 3 bits (+ REX.B)
  Zb, Zv, Zv64, Zy,
  // immediates: Ibs is sign-extended to the operand size, Ibs64 to 64 bits
  // (push); Iz is 16 or 32 bits, sign-extended to 64 in 64-bit operations;
  // Iz64 the same for push; Iv 16/32/64 bits (mov r, imm)
  Ib, Ibs, Ibs64, Iw, Iz, Iz64, Iv,
  Jb, Jz,  // relative branch targets
  Ob, Ov,  // moffs: absolute address in the instruction (A0-A3)
  // fixed registers
  AL, rAX, eAX, CLc, DXp, I1,  // CLc: %cl shift count; DXp: "(%dx)" port; I1: implicit 1
  Xb, Xv, Yb, Yv, XLAT,        // string operands %ds:(%rsi), %es:(%rdi); xlat's %ds:(%rbx)
  Xz, Yz,                      // ins/outs: 16 or 32 bits (REX.W changes nothing)
  Esw,                         // mov to/from a segment register: a register of the
                               // operand size, or 16-bit memory
  ST0, STi, FS_, GS_, X0,      // X0: implicit %xmm0 (blendv)
  // VEX: L selects xmm or ymm for VL (ModRM.reg), HL (VEX.vvvv), WL (r/m,
  // register or memory), UL (r/m, register only), IS4 (register in
  // imm8[7:4]); HX is VEX.vvvv as an xmm register, BY as a general register
  // of 32 or 64 bits (VEX.W).
  VL, HL, WL, UL, HX, BY, IS4,
};

enum Flag : uint32_t {
  kD64 = 1 << 0,      // default 64-bit operand size (66 selects 16)
  kBranch = 1 << 1,   // F2 is "bnd"
  kNoRev = 1 << 2,    // operands printed in Intel order (enter)
  kRepStr = 1 << 3,   // F3 is "rep" (ins, outs, movs, lods, stos)
  kJcc = 1 << 4,      // 2E/3E are the ",pn"/",pt" branch hints
  kNoTrack = 1 << 5,  // 3E is "notrack" (indirect call/jmp)
  kLockable = 1 << 6, // with lock, F2/F3 are xacquire/xrelease
  kCmpPseudo = 1 << 7,// SSE compare: an imm < 8 picks the pseudo-op (cmpltsd)
  kClmul = 1 << 8,    // pclmulqdq pseudo-ops
  kUsesW = 1 << 9,    // REX.W changes the mnemonic ($ escape) - it is used
  kHint = 1 << 10,    // 2E/3E are the ",pn"/",pt" branch hints (jcc, loop, jrcxz)
  kHleXchg = 1 << 11, // with a memory operand F2/F3 are xacquire/xrelease (xchg)
  kHleStore = 1 << 12,// with a memory operand F3 is xrelease (mov to memory)
  kLoop = 1 << 13,    // loop family: 67 appends 'l'
  kNop = 1 << 14,     // multi-byte nop: 66 never shows as data16
  kRepIgnored = 1 << 15,  // an F2/F3 row that keeps the prefix as a word (pmovmskb)
  kL0 = 1 << 16,      // VEX: only with L = 0 (128-bit)
  kL1 = 1 << 17,      // VEX: only with L = 1 (256-bit)
  kCmp32 = 1 << 18,   // VEX compare: 32 predicates (vcmplt_oqps)
  kW0 = 1 << 19,      // VEX: only with W = 0
  kW1 = 1 << 20,      // VEX: only with W = 1
  kFma4 = 1 << 21,    // AMD FMA4: VEX.W swaps the r/m and imm8[7:4] sources
};

enum class Kind : uint8_t {
  Invalid,
  Insn,
  Group,    // arg: group number, indexed by ModRM.reg
  Sse,      // 0F map row that depends on the mandatory prefix
  Split,    // arg: index into kSplit (memory form, register form)
  Special,  // arg: special id, decoded by code
  X87,
  VexGroup,  // arg: index into kVexGroups, by ModRM.reg
};

struct Entry {
  const char* mn = nullptr;
  Kind kind = Kind::Invalid;
  uint8_t arg = 0;
  Opd op[4] = {N_, N_, N_, N_};
  uint32_t flags = 0;
};

// Mnemonic templates: plain text plus
//   '~'  append the operation-size suffix (b/w/l/q) when no register operand
//        shows the size;
//   '%'  append the operand-size suffix always (movzb% -> movzbl);
//   '$'  'd' or 'q' by REX.W (movd/movq, pinsrd/pinsrq);
//   '@'  'l' or 'q' by REX.W (sysretl/sysretq);
//   '!'  'q' with REX.W (pcmpestriq);
//   '^'  the suffix of the r/m operand's size when it is memory (crc32b);
//   '?'  'x' or 'y' by VEX.L when the r/m operand is memory (vcvtpd2dqx);
//   '&'  's' or 'd' by VEX.W (vfmadd132ps / vfmadd132pd);
//   "a|b|c"  pick by operand size 16|32|64 (cbtw|cwtl|cltq).
constexpr Entry I(const char* mn, Opd a = N_, Opd b = N_, Opd c = N_, Opd d = N_) {
  Entry e;
  e.mn = mn;
  e.kind = Kind::Insn;
  e.op[0] = a;
  e.op[1] = b;
  e.op[2] = c;
  e.op[3] = d;
  return e;
}
constexpr Entry F(uint32_t flags, const char* mn, Opd a = N_, Opd b = N_, Opd c = N_,
                  Opd d = N_) {
  Entry e = I(mn, a, b, c, d);
  e.flags = flags;
  return e;
}
constexpr Entry Grp(uint8_t g) {
  Entry e;
  e.kind = Kind::Group;
  e.arg = g;
  return e;
}
constexpr Entry SSE() {
  Entry e;
  e.kind = Kind::Sse;
  return e;
}
constexpr Entry Split(uint8_t i) {
  Entry e;
  e.kind = Kind::Split;
  e.arg = i;
  return e;
}
constexpr Entry Spc(uint8_t id) {
  Entry e;
  e.kind = Kind::Special;
  e.arg = id;
  return e;
}
constexpr Entry X87() {
  Entry e;
  e.kind = Kind::X87;
  return e;
}
constexpr Entry Bad{};

// Special ids (irregular encodings decoded by code).
enum Special : uint8_t {
  kSpNop90,      // 90: nop / xchg %eax,%r8d (REX.B) / pause (F3)
  kSp0F01,       // group 7 register forms
  kSp0FAE,       // group 15: fences, fs/gs base, clflushopt
  kSp0FC7,       // group 9
  kSp0F1E,       // endbr64 / endbr32 / nop
  kSp0F18,       // prefetch group: register forms are nops
  kSpC6,         // mov Eb,Ib / xabort
  kSpC7,         // mov Ev,Iz / xbegin
};

// Groups: 8 rows indexed by ModRM.reg.
enum GroupId : uint8_t {
  g80, g81, g83, g8F, gC0, gC1, gD0, gD1, gD2, gD3, gF6, gF7, gFE, gFF,
  g0F00, g0F01, g0F0D, g0F18, g0F71, g0F72, g0F73, g0FAE, g0FBA, g0FC7, gCount
};

constexpr std::array<Entry, 8> alu_group(Opd a, Opd b) {
  return {F(kLockable, "add~", a, b), F(kLockable, "or~", a, b), F(kLockable, "adc~", a, b),
          F(kLockable, "sbb~", a, b), F(kLockable, "and~", a, b), F(kLockable, "sub~", a, b),
          F(kLockable, "xor~", a, b), I("cmp~", a, b)};
}
constexpr std::array<Entry, 8> shift_group(Opd a, Opd b) {
  return {I("rol~", a, b), I("ror~", a, b), I("rcl~", a, b), I("rcr~", a, b),
          I("shl~", a, b), I("shr~", a, b), I("shl~", a, b), I("sar~", a, b)};
}
constexpr std::array<Entry, 8> unary_group(Opd a, Opd imm) {
  return {I("test~", a, imm), I("test~", a, imm), F(kLockable, "not~", a),
          F(kLockable, "neg~", a), I("mul~", a), I("imul~", a), I("div~", a), I("idiv~", a)};
}

// The 0F 71-73 shift-by-immediate groups: mmx form; the 66 form is xmm.
constexpr std::array<std::array<Entry, 8>, gCount> kGroups = {{
    alu_group(Eb, Ib),                                                // 80
    alu_group(Ev, Iz),                                                // 81
    alu_group(Ev, Ibs),                                               // 83
    {F(kD64, "pop~", Ev64), Bad, Bad, Bad, Bad, Bad, Bad, Bad},       // 8F
    shift_group(Eb, Ib),                                              // C0
    shift_group(Ev, Ib),                                              // C1
    shift_group(Eb, I1),                                              // D0
    shift_group(Ev, I1),                                              // D1
    shift_group(Eb, CLc),                                             // D2
    shift_group(Ev, CLc),                                             // D3
    unary_group(Eb, Ib),                                              // F6
    unary_group(Ev, Iz),                                              // F7
    {F(kLockable, "inc~", Eb), F(kLockable, "dec~", Eb), Bad, Bad, Bad, Bad, Bad, Bad},  // FE
    {F(kLockable, "inc~", Ev), F(kLockable, "dec~", Ev),
     F(kD64 | kBranch | kNoTrack, "call~", Ejmp), I("lcall~", Mfar),
     F(kD64 | kBranch | kNoTrack, "jmp~", Ejmp), I("ljmp~", Mfar), F(kD64, "push~", Ev64), Bad},  // FF
    {I("sldt", Esw), I("str", Esw), I("lldt", Ew), I("ltr", Ew), I("verr", Ew), I("verw", Ew),
     Bad, Bad},                                                       // 0F 00
    {I("sgdt", M), I("sidt", M), I("lgdt", M), I("lidt", M), I("smsw", Ew), Bad,
     I("lmsw", Ew), I("invlpg", Mb)},                                 // 0F 01 (memory)
    {I("prefetch", Mb), I("prefetchw", Mb), I("prefetchwt1", Mb), I("prefetch", Mb),
     I("prefetch", Mb), I("prefetch", Mb), I("prefetch", Mb), I("prefetch", Mb)},  // 0F 0D
    {I("prefetchnta", Mb), I("prefetcht0", Mb), I("prefetcht1", Mb), I("prefetcht2", Mb),
     I("nop~", Ev), I("nop~", Ev), I("nop~", Ev), I("nop~", Ev)},     // 0F 18
    {Bad, Bad, I("psrlw", Nq, Ib), Bad, I("psraw", Nq, Ib), Bad, I("psllw", Nq, Ib), Bad},  // 0F 71
    {Bad, Bad, I("psrld", Nq, Ib), Bad, I("psrad", Nq, Ib), Bad, I("pslld", Nq, Ib), Bad},  // 0F 72
    {Bad, Bad, I("psrlq", Nq, Ib), Bad, Bad, Bad, I("psllq", Nq, Ib), Bad},                 // 0F 73
    {I("fxsave", M), I("fxrstor", M), I("ldmxcsr", Md), I("stmxcsr", Md), I("xsave", M),
     I("xrstor", M), I("xsaveopt", M), I("clflush", Mb)},             // 0F AE (memory)
    {Bad, Bad, Bad, Bad, I("bt~", Ev, Ib), F(kLockable, "bts~", Ev, Ib),
     F(kLockable, "btr~", Ev, Ib), F(kLockable, "btc~", Ev, Ib)},     // 0F BA
    {Bad, F(kLockable, "cmpxchg8b", Mq), Bad, I("xrstors", M), I("xsavec", M), I("xsaves", M),
     I("vmptrld", Mq), I("vmptrst", Mq)},                             // 0F C7 (memory)
}};

// The 66-prefixed (xmm) forms of the 0F 71-73 groups.
constexpr std::array<std::array<Entry, 8>, 3> kXmmShiftGroups = {{
    {Bad, Bad, I("psrlw", U, Ib), Bad, I("psraw", U, Ib), Bad, I("psllw", U, Ib), Bad},
    {Bad, Bad, I("psrld", U, Ib), Bad, I("psrad", U, Ib), Bad, I("pslld", U, Ib), Bad},
    {Bad, Bad, I("psrlq", U, Ib), I("psrldq", U, Ib), Bad, Bad, I("psllq", U, Ib),
     I("pslldq", U, Ib)},
}};

// Opcodes whose memory and register forms are different instructions.
struct SplitRow {
  Entry mem, reg;
};
constexpr SplitRow kSplit[] = {
    {I("movlps", V, Mq), I("movhlps", V, U)},  // 0: 0F 12
    {I("movhps", V, Mq), I("movlhps", V, U)},  // 1: 0F 16
    // VEX forms
    {F(kL0, "vmovlps", V, HX, Mq), F(kL0, "vmovhlps", V, HX, U)},  // 2: VEX 0F 12
    {F(kL0, "vmovhps", V, HX, Mq), F(kL0, "vmovlhps", V, HX, U)},  // 3: VEX 0F 16
    // (objdump shows the destination of the 0F 11 register forms as ymm when L = 1)
    {I("vmovss", V, Md), I("vmovss", V, HX, U)},                   // 4: VEX F3 0F 10
    {I("vmovsd", V, Mq), I("vmovsd", V, HX, U)},                   // 5: VEX F2 0F 10
    {I("vmovss", Md, V), I("vmovss", UL, HX, V)},                  // 6: VEX F3 0F 11
    {I("vmovsd", Mq, V), I("vmovsd", UL, HX, V)},                  // 7: VEX F2 0F 11
};

#define CC_NAMES(p) p "o", p "no", p "b", p "ae", p "e", p "ne", p "be", p "a", \
                    p "s", p "ns", p "p", p "np", p "l", p "ge", p "le", p "g"
constexpr const char* kJccNames[16] = {CC_NAMES("j")};
constexpr const char* kSetNames[16] = {CC_NAMES("set")};
constexpr const char* kCmovNames[16] = {CC_NAMES("cmov")};
#undef CC_NAMES

// ---------------------------------------------------------------------------
// The one-byte opcode map (SDM table A-2). Prefix bytes and REX are consumed
// before the lookup and never reach it.
#define ALU(name) F(kLockable, name, Eb, Gb), F(kLockable, name, Ev, Gv), I(name, Gb, Eb), \
                  I(name, Gv, Ev), I(name, AL, Ib), I(name, rAX, Iz)
#define CMPALU(name) I(name, Eb, Gb), I(name, Ev, Gv), I(name, Gb, Eb), I(name, Gv, Ev), \
                     I(name, AL, Ib), I(name, rAX, Iz)
#define R8(e) e, e, e, e, e, e, e, e
constexpr Entry kOneByte[256] = {
    // 00-0F
    ALU("add"), Bad, Bad, ALU("or"), Bad, Bad,
    // 10-1F
    ALU("adc"), Bad, Bad, ALU("sbb"), Bad, Bad,
    // 20-2F (26, 2E are prefixes)
    ALU("and"), Bad, Bad, ALU("sub"), Bad, Bad,
    // 30-3F (36, 3E are prefixes)
    ALU("xor"), Bad, Bad, CMPALU("cmp"), Bad, Bad,
    // 40-4F: REX
    R8(Bad), R8(Bad),
    // 50-5F
    R8(F(kD64, "push", Zv64)), R8(F(kD64, "pop", Zv64)),
    // 60-6F
    Bad, Bad, Bad, I("movsxd|movsxd|movslq", Gv, Ed), Bad, Bad, Bad, Bad,
    F(kD64, "push~", Iz64), I("imul", Gv, Ev, Iz), F(kD64, "push~", Ibs64), I("imul", Gv, Ev, Ibs),
    F(kRepStr, "ins~", Yb, DXp), F(kRepStr, "ins~", Yz, DXp), F(kRepStr, "outs~", DXp, Xb),
    F(kRepStr, "outs~", DXp, Xz),
    // 70-7F: jcc rel8 (mnemonics from kJccNames)
    R8(F(kBranch | kJcc | kHint, "", Jb)), R8(F(kBranch | kJcc | kHint, "", Jb)),
    // 80-8F
    Grp(g80), Grp(g81), Bad, Grp(g83), I("test", Eb, Gb), I("test", Ev, Gv),
    F(kLockable | kHleXchg, "xchg", Eb, Gb), F(kLockable | kHleXchg, "xchg", Ev, Gv),
    F(kHleStore, "mov", Eb, Gb), F(kHleStore, "mov", Ev, Gv), I("mov", Gb, Eb), I("mov", Gv, Ev),
    I("mov", Esw, Sw), I("lea", Gv, M), I("mov", Sw, Esw),
    Grp(g8F),
    // 90-9F
    Spc(kSpNop90), I("xchg", Zv, rAX), I("xchg", Zv, rAX), I("xchg", Zv, rAX),
    I("xchg", Zv, rAX), I("xchg", Zv, rAX), I("xchg", Zv, rAX), I("xchg", Zv, rAX),
    I("cbtw|cwtl|cltq"), I("cwtd|cltd|cqto"), Bad, I("fwait"), F(kD64, "pushfw|pushf|pushf"),
    F(kD64, "popfw|popf|popf"), I("sahf"), I("lahf"),
    // A0-AF
    I("movabs", AL, Ob), I("movabs", rAX, Ov), I("movabs", Ob, AL), I("movabs", Ov, rAX),
    F(kRepStr, "movs~", Yb, Xb), F(kRepStr, "movs~", Yv, Xv), I("cmps~", Xb, Yb),
    I("cmps~", Xv, Yv), I("test", AL, Ib), I("test", rAX, Iz), F(kRepStr, "stos", Yb, AL),
    F(kRepStr, "stos", Yv, rAX), F(kRepStr, "lods", AL, Xb), F(kRepStr, "lods", rAX, Xv),
    I("scas", AL, Yb), I("scas", rAX, Yv),
    // B0-BF
    R8(I("mov", Zb, Ib)), R8(I("mov|mov|movabs", Zv, Iv)),
    // C0-CF
    Grp(gC0), Grp(gC1), F(kBranch | kD64, "ret~", Iw), F(kBranch | kD64, "ret~"), Bad, Bad,
    Spc(kSpC6), Spc(kSpC7), F(kNoRev | kD64, "enter~", Iw, Ib), F(kD64, "leave~"),
    I("lretw|lret|lretq", Iw), I("lretw|lret|lretq"),
    I("int3"), I("int", Ib), Bad, I("iretw|iret|iretq"),
    // D0-DF
    Grp(gD0), Grp(gD1), Grp(gD2), Grp(gD3), Bad, Bad, Bad, I("xlat", XLAT),
    X87(), X87(), X87(), X87(), X87(), X87(), X87(), X87(),
    // E0-EF
    F(kHint | kLoop, "loopne", Jb), F(kHint | kLoop, "loope", Jb), F(kHint | kLoop, "loop", Jb),
    F(kHint, "jrcxz", Jb), I("in", AL, Ib), I("in", eAX, Ib), I("out", Ib, AL),
    I("out", Ib, eAX), F(kBranch | kD64, "call~", Jz), F(kBranch | kD64, "jmp~", Jz), Bad,
    F(kBranch, "jmp", Jb), I("in", AL, DXp), I("in", eAX, DXp), I("out", DXp, AL),
    I("out", DXp, eAX),
    // F0-FF (F0, F2, F3 are prefixes)
    Bad, I("int1"), Bad, Bad, I("hlt"), I("cmc"), Grp(gF6), Grp(gF7),
    I("clc"), I("stc"), I("cli"), I("sti"), I("cld"), I("std"), Grp(gFE), Grp(gFF),
};
#undef ALU
#undef CMPALU

// The two-byte map 0F xx (SDM table A-3), without the rows that depend on
// a mandatory prefix (those are Kind::Sse and live in kSse0F).
constexpr Entry kTwoByte[256] = {
    // 00-0F
    Grp(g0F00), Spc(kSp0F01), I("lar", Gv, Esw), I("lsl", Gv, Esw), Bad, I("syscall"), I("clts"),
    I("sysret@"), I("invd"), SSE(), Bad, I("ud2"), Bad, Grp(g0F0D),
    I("femms"), Bad,
    // 10-1F
    SSE(), SSE(), SSE(), SSE(), SSE(), SSE(), SSE(), SSE(),
    Spc(kSp0F18), I("nop~", Ev), I("nop~", Ev), I("nop~", Ev), F(kNop, "nop~", Ev), I("nop~", Ev),
    Spc(kSp0F1E), F(kNop, "nop~", Ev),
    // 20-2F
    I("mov", Rq, Cq), I("mov", Rq, Dq), I("mov", Cq, Rq), I("mov", Dq, Rq), Bad, Bad, Bad, Bad,
    SSE(), SSE(), SSE(), SSE(), SSE(), SSE(), SSE(), SSE(),
    // 30-3F
    I("wrmsr"), I("rdtsc"), I("rdmsr"), I("rdpmc"), I("sysenter"), I("sysexit@"),
    Bad, I("getsec"), Bad, Bad, Bad, Bad, Bad, Bad, Bad, Bad,
    // 40-4F: cmovcc (mnemonics from kCmovNames)
    R8(I("", Gv, Ev)), R8(I("", Gv, Ev)),
    // 50-7F
    R8(SSE()), R8(SSE()), R8(SSE()), R8(SSE()), R8(SSE()), R8(SSE()),
    // 80-8F: jcc rel32
    R8(F(kBranch | kJcc | kHint, "", Jz)), R8(F(kBranch | kJcc | kHint, "", Jz)),
    // 90-9F: setcc
    R8(I("", Eb)), R8(I("", Eb)),
    // A0-AF
    F(kD64, "push~", FS_), F(kD64, "pop~", FS_), I("cpuid"), I("bt", Ev, Gv),
    I("shld", Ev, Gv, Ib), I("shld", Ev, Gv, CLc), Bad, Bad, F(kD64, "push~", GS_),
    F(kD64, "pop~", GS_), I("rsm"), F(kLockable, "bts", Ev, Gv), I("shrd", Ev, Gv, Ib),
    I("shrd", Ev, Gv, CLc), Spc(kSp0FAE), I("imul", Gv, Ev),
    // B0-BF
    F(kLockable, "cmpxchg", Eb, Gb), F(kLockable, "cmpxchg", Ev, Gv), I("lss", Gv, M),
    F(kLockable, "btr", Ev, Gv), I("lfs", Gv, M), I("lgs", Gv, M), I("movzb%", Gv, Eb),
    I("movzw%", Gv, Ew), SSE(), I("ud1", Gv, Ev), Grp(g0FBA), F(kLockable, "btc", Ev, Gv),
    SSE(), SSE(), I("movsb%", Gv, Eb), I("movsw%", Gv, Ew),
    // C0-CF
    F(kLockable, "xadd", Eb, Gb), F(kLockable, "xadd", Ev, Gv), SSE(), SSE(), SSE(), SSE(),
    SSE(), Spc(kSp0FC7), R8(I("bswap", Zv)),
    // D0-FF
    R8(SSE()), R8(SSE()), R8(SSE()), R8(SSE()), R8(SSE()), SSE(), SSE(), SSE(), SSE(), SSE(),
    SSE(), SSE(), I("ud0", Gv, Ev),
};
#undef R8

// Rows of the 0F, 0F 38 and 0F 3A maps selected by the mandatory prefix:
// columns none, 66, F3, F2.
struct SseRow {
  uint8_t op;
  Entry e[4];
};
// An MMX instruction whose 66 form is the same operation on xmm registers.
constexpr SseRow MX(uint8_t op, const char* mn) {
  return {op, {I(mn, P, Q), I(mn, V, W), Bad, Bad}};
}
// Packed single / packed double / scalar single / scalar double.
constexpr SseRow PS(uint8_t op, const char* ps, const char* pd, const char* ss, const char* sd) {
  return {op, {ps ? I(ps, V, W) : Bad, pd ? I(pd, V, W) : Bad, ss ? I(ss, V, W) : Bad,
               sd ? I(sd, V, W) : Bad}};
}
constexpr SseRow kSse0F[] = {
    {0x09, {I("wbinvd"), Bad, I("wbnoinvd"), Bad}},
    PS(0x10, "movups", "movupd", "movss", "movsd"),
    {0x11, {I("movups", W, V), I("movupd", W, V), I("movss", W, V), I("movsd", W, V)}},
    {0x12, {Split(0), I("movlpd", V, Mq), I("movsldup", V, W), I("movddup", V, W)}},
    {0x13, {I("movlps", Mq, V), I("movlpd", Mq, V), Bad, Bad}},
    PS(0x14, "unpcklps", "unpcklpd", nullptr, nullptr),
    PS(0x15, "unpckhps", "unpckhpd", nullptr, nullptr),
    {0x16, {Split(1), I("movhpd", V, Mq), I("movshdup", V, W), Bad}},
    {0x17, {I("movhps", Mq, V), I("movhpd", Mq, V), Bad, Bad}},
    PS(0x28, "movaps", "movapd", nullptr, nullptr),
    {0x29, {I("movaps", W, V), I("movapd", W, V), Bad, Bad}},
    {0x2A, {I("cvtpi2ps", V, Q), I("cvtpi2pd", V, Q), I("cvtsi2ss~", V, Ey),
            I("cvtsi2sd~", V, Ey)}},
    {0x2B, {I("movntps", M, V), I("movntpd", M, V), I("movntss", M, V), I("movntsd", M, V)}},
    {0x2C, {I("cvttps2pi", P, W), I("cvttpd2pi", P, W), I("cvttss2si", Gy, W),
            I("cvttsd2si", Gy, W)}},
    {0x2D, {I("cvtps2pi", P, W), I("cvtpd2pi", P, W), I("cvtss2si", Gy, W),
            I("cvtsd2si", Gy, W)}},
    PS(0x2E, "ucomiss", "ucomisd", nullptr, nullptr),
    PS(0x2F, "comiss", "comisd", nullptr, nullptr),
    {0x50, {I("movmskps", Gy, U), I("movmskpd", Gy, U), Bad, Bad}},
    PS(0x51, "sqrtps", "sqrtpd", "sqrtss", "sqrtsd"),
    PS(0x52, "rsqrtps", nullptr, "rsqrtss", nullptr),
    PS(0x53, "rcpps", nullptr, "rcpss", nullptr),
    PS(0x54, "andps", "andpd", nullptr, nullptr),
    PS(0x55, "andnps", "andnpd", nullptr, nullptr),
    PS(0x56, "orps", "orpd", nullptr, nullptr),
    PS(0x57, "xorps", "xorpd", nullptr, nullptr),
    PS(0x58, "addps", "addpd", "addss", "addsd"),
    PS(0x59, "mulps", "mulpd", "mulss", "mulsd"),
    PS(0x5A, "cvtps2pd", "cvtpd2ps", "cvtss2sd", "cvtsd2ss"),
    PS(0x5B, "cvtdq2ps", "cvtps2dq", "cvttps2dq", nullptr),
    PS(0x5C, "subps", "subpd", "subss", "subsd"),
    PS(0x5D, "minps", "minpd", "minss", "minsd"),
    PS(0x5E, "divps", "divpd", "divss", "divsd"),
    PS(0x5F, "maxps", "maxpd", "maxss", "maxsd"),
    MX(0x60, "punpcklbw"), MX(0x61, "punpcklwd"), MX(0x62, "punpckldq"), MX(0x63, "packsswb"),
    MX(0x64, "pcmpgtb"), MX(0x65, "pcmpgtw"), MX(0x66, "pcmpgtd"), MX(0x67, "packuswb"),
    MX(0x68, "punpckhbw"), MX(0x69, "punpckhwd"), MX(0x6A, "punpckhdq"), MX(0x6B, "packssdw"),
    {0x6C, {Bad, I("punpcklqdq", V, W), Bad, Bad}},
    {0x6D, {Bad, I("punpckhqdq", V, W), Bad, Bad}},
    {0x6E, {F(kUsesW, "mov$", P, Ey), F(kUsesW, "mov$", V, Ey), Bad, Bad}},
    {0x6F, {I("movq", P, Q), I("movdqa", V, W), I("movdqu", V, W), Bad}},
    {0x70, {I("pshufw", P, Q, Ib), I("pshufd", V, W, Ib), I("pshufhw", V, W, Ib),
            I("pshuflw", V, W, Ib)}},
    {0x71, {Grp(g0F71), Grp(g0F71), Bad, Bad}},
    {0x72, {Grp(g0F72), Grp(g0F72), Bad, Bad}},
    {0x73, {Grp(g0F73), Grp(g0F73), Bad, Bad}},
    MX(0x74, "pcmpeqb"), MX(0x75, "pcmpeqw"), MX(0x76, "pcmpeqd"),
    {0x77, {I("emms"), Bad, Bad, Bad}},
    {0x78, {I("vmread", Eq, Gq), Bad, Bad, Bad}},
    {0x79, {I("vmwrite", Gq, Eq), Bad, Bad, Bad}},
    {0x7C, {Bad, I("haddpd", V, W), Bad, I("haddps", V, W)}},
    {0x7D, {Bad, I("hsubpd", V, W), Bad, I("hsubps", V, W)}},
    {0x7E, {F(kUsesW, "mov$", Ey, P), F(kUsesW, "mov$", Ey, V), I("movq", V, W), Bad}},
    {0x7F, {I("movq", Q, P), I("movdqa", W, V), I("movdqu", W, V), Bad}},
    {0xB8, {Bad, Bad, I("popcnt", Gv, Ev), Bad}},
    {0xBC, {I("bsf", Gv, Ev), I("bsf", Gv, Ev), I("tzcnt", Gv, Ev), Bad}},
    {0xBD, {I("bsr", Gv, Ev), I("bsr", Gv, Ev), I("lzcnt", Gv, Ev), Bad}},
    {0xC2, {F(kCmpPseudo, "cmpps", V, W, Ib), F(kCmpPseudo, "cmppd", V, W, Ib),
            F(kCmpPseudo, "cmpss", V, W, Ib), F(kCmpPseudo, "cmpsd", V, W, Ib)}},
    {0xC3, {I("movnti", My, Gy), Bad, Bad, Bad}},
    {0xC4, {I("pinsrw", P, Ed, Ib), I("pinsrw", V, Ed, Ib), Bad, Bad}},
    {0xC5, {I("pextrw", Gd, Nq, Ib), I("pextrw", Gd, U, Ib), Bad, Bad}},
    {0xC6, {I("shufps", V, W, Ib), I("shufpd", V, W, Ib), Bad, Bad}},
    {0xD0, {Bad, I("addsubpd", V, W), Bad, I("addsubps", V, W)}},
    MX(0xD1, "psrlw"), MX(0xD2, "psrld"), MX(0xD3, "psrlq"), MX(0xD4, "paddq"),
    MX(0xD5, "pmullw"),
    {0xD6, {Bad, I("movq", W, V), I("movq2dq", V, Nq), I("movdq2q", P, U)}},
    {0xD7, {I("pmovmskb", Gy, Nq), I("pmovmskb", Gy, U), F(kRepIgnored, "pmovmskb", Gy, Nq),
            F(kRepIgnored, "pmovmskb", Gy, Nq)}},
    MX(0xD8, "psubusb"), MX(0xD9, "psubusw"), MX(0xDA, "pminub"), MX(0xDB, "pand"),
    MX(0xDC, "paddusb"), MX(0xDD, "paddusw"), MX(0xDE, "pmaxub"), MX(0xDF, "pandn"),
    MX(0xE0, "pavgb"), MX(0xE1, "psraw"), MX(0xE2, "psrad"), MX(0xE3, "pavgw"),
    MX(0xE4, "pmulhuw"), MX(0xE5, "pmulhw"),
    {0xE6, {Bad, I("cvttpd2dq", V, W), I("cvtdq2pd", V, W), I("cvtpd2dq", V, W)}},
    {0xE7, {I("movntq", Mq, P), I("movntdq", M, V), Bad, Bad}},
    MX(0xE8, "psubsb"), MX(0xE9, "psubsw"), MX(0xEA, "pminsw"), MX(0xEB, "por"),
    MX(0xEC, "paddsb"), MX(0xED, "paddsw"), MX(0xEE, "pmaxsw"), MX(0xEF, "pxor"),
    {0xF0, {Bad, Bad, Bad, I("lddqu", V, M)}},
    MX(0xF1, "psllw"), MX(0xF2, "pslld"), MX(0xF3, "psllq"), MX(0xF4, "pmuludq"),
    MX(0xF5, "pmaddwd"), MX(0xF6, "psadbw"),
    {0xF7, {I("maskmovq", P, Nq), I("maskmovdqu", V, U), Bad, Bad}},
    MX(0xF8, "psubb"), MX(0xF9, "psubw"), MX(0xFA, "psubd"), MX(0xFB, "psubq"),
    MX(0xFC, "paddb"), MX(0xFD, "paddw"), MX(0xFE, "paddd"),
};

// 0F 38 xx (SDM table A-4). SSSE3 rows have an MMX form without prefix.
constexpr SseRow X66(uint8_t op, const char* mn) { return {op, {Bad, I(mn, V, W), Bad, Bad}}; }
constexpr SseRow kSse0F38[] = {
    MX(0x00, "pshufb"), MX(0x01, "phaddw"), MX(0x02, "phaddd"), MX(0x03, "phaddsw"),
    MX(0x04, "pmaddubsw"), MX(0x05, "phsubw"), MX(0x06, "phsubd"), MX(0x07, "phsubsw"),
    MX(0x08, "psignb"), MX(0x09, "psignw"), MX(0x0A, "psignd"), MX(0x0B, "pmulhrsw"),
    {0x10, {Bad, I("pblendvb", V, W, X0), Bad, Bad}},
    {0x14, {Bad, I("blendvps", V, W, X0), Bad, Bad}},
    {0x15, {Bad, I("blendvpd", V, W, X0), Bad, Bad}},
    X66(0x17, "ptest"),
    MX(0x1C, "pabsb"), MX(0x1D, "pabsw"), MX(0x1E, "pabsd"),
    X66(0x20, "pmovsxbw"), X66(0x21, "pmovsxbd"), X66(0x22, "pmovsxbq"), X66(0x23, "pmovsxwd"),
    X66(0x24, "pmovsxwq"), X66(0x25, "pmovsxdq"), X66(0x28, "pmuldq"), X66(0x29, "pcmpeqq"),
    {0x2A, {Bad, I("movntdqa", V, M), Bad, Bad}},
    X66(0x2B, "packusdw"),
    X66(0x30, "pmovzxbw"), X66(0x31, "pmovzxbd"), X66(0x32, "pmovzxbq"), X66(0x33, "pmovzxwd"),
    X66(0x34, "pmovzxwq"), X66(0x35, "pmovzxdq"), X66(0x37, "pcmpgtq"),
    X66(0x38, "pminsb"), X66(0x39, "pminsd"), X66(0x3A, "pminuw"), X66(0x3B, "pminud"),
    X66(0x3C, "pmaxsb"), X66(0x3D, "pmaxsd"), X66(0x3E, "pmaxuw"), X66(0x3F, "pmaxud"),
    X66(0x40, "pmulld"), X66(0x41, "phminposuw"),
    {0xC8, {I("sha1nexte", V, W), Bad, Bad, Bad}},
    {0xC9, {I("sha1msg1", V, W), Bad, Bad, Bad}},
    {0xCA, {I("sha1msg2", V, W), Bad, Bad, Bad}},
    {0xCB, {I("sha256rnds2", V, W, X0), Bad, Bad, Bad}},
    {0xCC, {I("sha256msg1", V, W), Bad, Bad, Bad}},
    {0xCD, {I("sha256msg2", V, W), Bad, Bad, Bad}},
    X66(0xDB, "aesimc"), X66(0xDC, "aesenc"), X66(0xDD, "aesenclast"), X66(0xDE, "aesdec"),
    X66(0xDF, "aesdeclast"),
    {0x80, {Bad, I("invept", Gq, M), Bad, Bad}},
    {0x81, {Bad, I("invvpid", Gq, M), Bad, Bad}},
    {0x82, {Bad, I("invpcid", Gq, M), Bad, Bad}},
    {0xCF, {Bad, I("gf2p8mulb", V, W), Bad, Bad}},
    {0xF0, {I("movbe", Gv, Mv), I("movbe", Gv, Mv), Bad, I("crc32^", Gy, Eb)}},
    {0xF1, {I("movbe", Mv, Gv), I("movbe", Mv, Gv), Bad, I("crc32^", Gy, Ev)}},
    {0xF8, {Bad, I("movdir64b", Gq, M), Bad, Bad}},
    {0xF9, {I("movdiri", My, Gy), Bad, Bad, Bad}},
    {0xF6, {Bad, I("adcx", Gy, Ey), I("adox", Gy, Ey), Bad}},
};

// 0F 3A xx (SDM table A-5).
constexpr SseRow X66i(uint8_t op, const char* mn) {
  return {op, {Bad, I(mn, V, W, Ib), Bad, Bad}};
}
constexpr SseRow kSse0F3A[] = {
    X66i(0x08, "roundps"), X66i(0x09, "roundpd"), X66i(0x0A, "roundss"), X66i(0x0B, "roundsd"),
    X66i(0x0C, "blendps"), X66i(0x0D, "blendpd"), X66i(0x0E, "pblendw"),
    {0x0F, {I("palignr", P, Q, Ib), I("palignr", V, W, Ib), Bad, Bad}},
    {0x14, {Bad, I("pextrb", Ed, V, Ib), Bad, Bad}},
    {0x15, {Bad, I("pextrw", Ed, V, Ib), Bad, Bad}},
    {0x16, {Bad, F(kUsesW, "pextr$", Ey, V, Ib), Bad, Bad}},
    {0x17, {Bad, I("extractps", Ed, V, Ib), Bad, Bad}},
    {0x20, {Bad, I("pinsrb", V, Ed, Ib), Bad, Bad}},
    {0x21, {Bad, I("insertps", V, W, Ib), Bad, Bad}},
    {0x22, {Bad, F(kUsesW, "pinsr$", V, Ey, Ib), Bad, Bad}},
    X66i(0x40, "dpps"), X66i(0x41, "dppd"), X66i(0x42, "mpsadbw"),
    {0x44, {Bad, F(kClmul, "pclmulqdq", V, W, Ib), Bad, Bad}},
    X66i(0x60, "pcmpestrm!"), X66i(0x61, "pcmpestri!"), X66i(0x62, "pcmpistrm"),
    X66i(0x63, "pcmpistri"),
    X66i(0xCE, "gf2p8affineqb"), X66i(0xCF, "gf2p8affineinvqb"),
    {0xCC, {I("sha1rnds4", V, W, Ib), Bad, Bad, Bad}},
    X66i(0xDF, "aeskeygenassist"),
};

// ---------------------------------------------------------------------------
// VEX (SDM vol. 2, 2.3): C5 RvvvvLpp or C4 RXBmmmmm WvvvvLpp, then the
// opcode of map 0F (mmmmm 1), 0F38 (2) or 0F3A (3); pp is the implied
// 66/F3/F2. R, X, B, vvvv are stored inverted. AVX, AVX2, FMA, F16C, BMI1/2.
struct VexRow {
  uint8_t map;  // 1: 0F, 2: 0F38, 3: 0F3A
  uint8_t op;
  uint8_t pp;   // 0: none, 1: 66, 2: F3, 3: F2
  Entry e;
};
// Packed arithmetic (xmm or ymm by L): dest, vvvv, r/m.
constexpr VexRow V3(uint8_t map, uint8_t op, uint8_t pp, const char* mn) {
  return {map, op, pp, I(mn, VL, HL, WL)};
}
// Packed unary operations and moves: dest, r/m (vvvv must be 1111).
constexpr VexRow V2(uint8_t map, uint8_t op, uint8_t pp, const char* mn) {
  return {map, op, pp, I(mn, VL, WL)};
}
// Scalar arithmetic (always xmm): dest, vvvv, r/m.
constexpr VexRow VS(uint8_t map, uint8_t op, uint8_t pp, const char* mn) {
  return {map, op, pp, I(mn, V, HX, W)};
}
constexpr VexRow V3i(uint8_t map, uint8_t op, uint8_t pp, const char* mn) {
  return {map, op, pp, I(mn, VL, HL, WL, Ib)};
}
constexpr VexRow kVex[] = {
    // map 0F, no prefix
    V2(1, 0x10, 0, "vmovups"), {1, 0x11, 0, I("vmovups", WL, VL)}, {1, 0x12, 0, Split(2)},
    {1, 0x13, 0, F(kL0, "vmovlps", Mq, V)}, V3(1, 0x14, 0, "vunpcklps"),
    V3(1, 0x15, 0, "vunpckhps"), {1, 0x16, 0, Split(3)}, {1, 0x17, 0, F(kL0, "vmovhps", Mq, V)},
    V2(1, 0x28, 0, "vmovaps"), {1, 0x29, 0, I("vmovaps", WL, VL)},
    {1, 0x2B, 0, I("vmovntps", M, VL)}, {1, 0x2E, 0, I("vucomiss", V, W)},
    {1, 0x2F, 0, I("vcomiss", V, W)}, {1, 0x50, 0, I("vmovmskps", Gy, UL)},
    V2(1, 0x51, 0, "vsqrtps"), V2(1, 0x52, 0, "vrsqrtps"), V2(1, 0x53, 0, "vrcpps"),
    V3(1, 0x54, 0, "vandps"), V3(1, 0x55, 0, "vandnps"), V3(1, 0x56, 0, "vorps"),
    V3(1, 0x57, 0, "vxorps"), V3(1, 0x58, 0, "vaddps"), V3(1, 0x59, 0, "vmulps"),
    {1, 0x5A, 0, I("vcvtps2pd", VL, W)}, V2(1, 0x5B, 0, "vcvtdq2ps"), V3(1, 0x5C, 0, "vsubps"),
    V3(1, 0x5D, 0, "vminps"), V3(1, 0x5E, 0, "vdivps"), V3(1, 0x5F, 0, "vmaxps"),
    // vzeroupper, vzeroall with L = 1 (code); objdump ignores pp here
    {1, 0x77, 0, I("vzeroupper")}, {1, 0x77, 1, I("vzeroupper")}, {1, 0x77, 2, I("vzeroupper")},
    {1, 0x77, 3, I("vzeroupper")},
    {1, 0xAE, 0, Entry{nullptr, Kind::VexGroup, 0, {N_, N_, N_, N_}, 0}},
    {1, 0xC2, 0, F(kCmp32, "vcmpps", VL, HL, WL, Ib)}, V3i(1, 0xC6, 0, "vshufps"),
    // map 0F, 66
    V2(1, 0x10, 1, "vmovupd"), {1, 0x11, 1, I("vmovupd", WL, VL)},
    {1, 0x12, 1, F(kL0, "vmovlpd", V, HX, Mq)}, {1, 0x13, 1, F(kL0, "vmovlpd", Mq, V)},
    V3(1, 0x14, 1, "vunpcklpd"), V3(1, 0x15, 1, "vunpckhpd"),
    {1, 0x16, 1, F(kL0, "vmovhpd", V, HX, Mq)}, {1, 0x17, 1, F(kL0, "vmovhpd", Mq, V)},
    V2(1, 0x28, 1, "vmovapd"), {1, 0x29, 1, I("vmovapd", WL, VL)},
    {1, 0x2B, 1, I("vmovntpd", M, VL)}, {1, 0x2E, 1, I("vucomisd", V, W)},
    {1, 0x2F, 1, I("vcomisd", V, W)}, {1, 0x50, 1, I("vmovmskpd", Gy, UL)},
    V2(1, 0x51, 1, "vsqrtpd"), V3(1, 0x54, 1, "vandpd"), V3(1, 0x55, 1, "vandnpd"),
    V3(1, 0x56, 1, "vorpd"), V3(1, 0x57, 1, "vxorpd"), V3(1, 0x58, 1, "vaddpd"),
    V3(1, 0x59, 1, "vmulpd"), {1, 0x5A, 1, I("vcvtpd2ps?", V, WL)}, V2(1, 0x5B, 1, "vcvtps2dq"),
    V3(1, 0x5C, 1, "vsubpd"), V3(1, 0x5D, 1, "vminpd"), V3(1, 0x5E, 1, "vdivpd"),
    V3(1, 0x5F, 1, "vmaxpd"),
    V3(1, 0x60, 1, "vpunpcklbw"), V3(1, 0x61, 1, "vpunpcklwd"), V3(1, 0x62, 1, "vpunpckldq"),
    V3(1, 0x63, 1, "vpacksswb"), V3(1, 0x64, 1, "vpcmpgtb"), V3(1, 0x65, 1, "vpcmpgtw"),
    V3(1, 0x66, 1, "vpcmpgtd"), V3(1, 0x67, 1, "vpackuswb"), V3(1, 0x68, 1, "vpunpckhbw"),
    V3(1, 0x69, 1, "vpunpckhwd"), V3(1, 0x6A, 1, "vpunpckhdq"), V3(1, 0x6B, 1, "vpackssdw"),
    V3(1, 0x6C, 1, "vpunpcklqdq"), V3(1, 0x6D, 1, "vpunpckhqdq"),
    {1, 0x6E, 1, F(kL0 | kUsesW, "vmov$", V, Ey)}, V2(1, 0x6F, 1, "vmovdqa"),
    {1, 0x70, 1, I("vpshufd", VL, WL, Ib)},
    {1, 0x71, 1, Entry{nullptr, Kind::VexGroup, 1, {N_, N_, N_, N_}, 0}},
    {1, 0x72, 1, Entry{nullptr, Kind::VexGroup, 2, {N_, N_, N_, N_}, 0}},
    {1, 0x73, 1, Entry{nullptr, Kind::VexGroup, 3, {N_, N_, N_, N_}, 0}},
    V3(1, 0x74, 1, "vpcmpeqb"), V3(1, 0x75, 1, "vpcmpeqw"), V3(1, 0x76, 1, "vpcmpeqd"),
    V3(1, 0x7C, 1, "vhaddpd"), V3(1, 0x7D, 1, "vhsubpd"),
    {1, 0x7E, 1, F(kL0 | kUsesW, "vmov$", Ey, V)}, {1, 0x7F, 1, I("vmovdqa", WL, VL)},
    {1, 0xC2, 1, F(kCmp32, "vcmppd", VL, HL, WL, Ib)},
    {1, 0xC4, 1, F(kL0, "vpinsrw", V, HX, Ed, Ib)}, {1, 0xC5, 1, F(kL0, "vpextrw", Gd, U, Ib)},
    V3i(1, 0xC6, 1, "vshufpd"), V3(1, 0xD0, 1, "vaddsubpd"),
    {1, 0xD1, 1, I("vpsrlw", VL, HL, W)}, {1, 0xD2, 1, I("vpsrld", VL, HL, W)},
    {1, 0xD3, 1, I("vpsrlq", VL, HL, W)}, V3(1, 0xD4, 1, "vpaddq"), V3(1, 0xD5, 1, "vpmullw"),
    {1, 0xD6, 1, F(kL0, "vmovq", W, V)}, {1, 0xD7, 1, I("vpmovmskb", Gd, UL)},
    V3(1, 0xD8, 1, "vpsubusb"), V3(1, 0xD9, 1, "vpsubusw"), V3(1, 0xDA, 1, "vpminub"),
    V3(1, 0xDB, 1, "vpand"), V3(1, 0xDC, 1, "vpaddusb"), V3(1, 0xDD, 1, "vpaddusw"),
    V3(1, 0xDE, 1, "vpmaxub"), V3(1, 0xDF, 1, "vpandn"), V3(1, 0xE0, 1, "vpavgb"),
    {1, 0xE1, 1, I("vpsraw", VL, HL, W)}, {1, 0xE2, 1, I("vpsrad", VL, HL, W)},
    V3(1, 0xE3, 1, "vpavgw"), V3(1, 0xE4, 1, "vpmulhuw"), V3(1, 0xE5, 1, "vpmulhw"),
    {1, 0xE6, 1, I("vcvttpd2dq?", V, WL)}, {1, 0xE7, 1, I("vmovntdq", M, VL)},
    V3(1, 0xE8, 1, "vpsubsb"), V3(1, 0xE9, 1, "vpsubsw"), V3(1, 0xEA, 1, "vpminsw"),
    V3(1, 0xEB, 1, "vpor"), V3(1, 0xEC, 1, "vpaddsb"), V3(1, 0xED, 1, "vpaddsw"),
    V3(1, 0xEE, 1, "vpmaxsw"), V3(1, 0xEF, 1, "vpxor"),
    {1, 0xF1, 1, I("vpsllw", VL, HL, W)}, {1, 0xF2, 1, I("vpslld", VL, HL, W)},
    {1, 0xF3, 1, I("vpsllq", VL, HL, W)}, V3(1, 0xF4, 1, "vpmuludq"), V3(1, 0xF5, 1, "vpmaddwd"),
    V3(1, 0xF6, 1, "vpsadbw"), {1, 0xF7, 1, F(kL0, "vmaskmovdqu", V, U)},
    V3(1, 0xF8, 1, "vpsubb"), V3(1, 0xF9, 1, "vpsubw"), V3(1, 0xFA, 1, "vpsubd"),
    V3(1, 0xFB, 1, "vpsubq"), V3(1, 0xFC, 1, "vpaddb"), V3(1, 0xFD, 1, "vpaddw"),
    V3(1, 0xFE, 1, "vpaddd"),
    // map 0F, F3
    {1, 0x10, 2, Split(4)}, {1, 0x11, 2, Split(6)}, V2(1, 0x12, 2, "vmovsldup"),
    V2(1, 0x16, 2, "vmovshdup"), {1, 0x2A, 2, I("vcvtsi2ss~", V, HX, Ey)},
    {1, 0x2C, 2, I("vcvttss2si", Gy, W)}, {1, 0x2D, 2, I("vcvtss2si", Gy, W)},
    VS(1, 0x51, 2, "vsqrtss"), VS(1, 0x52, 2, "vrsqrtss"), VS(1, 0x53, 2, "vrcpss"),
    VS(1, 0x58, 2, "vaddss"), VS(1, 0x59, 2, "vmulss"), VS(1, 0x5A, 2, "vcvtss2sd"),
    V2(1, 0x5B, 2, "vcvttps2dq"), VS(1, 0x5C, 2, "vsubss"), VS(1, 0x5D, 2, "vminss"),
    VS(1, 0x5E, 2, "vdivss"), VS(1, 0x5F, 2, "vmaxss"), V2(1, 0x6F, 2, "vmovdqu"),
    {1, 0x70, 2, I("vpshufhw", VL, WL, Ib)}, {1, 0x7E, 2, F(kL0, "vmovq", V, W)},
    {1, 0x7F, 2, I("vmovdqu", WL, VL)}, {1, 0xC2, 2, F(kCmp32, "vcmpss", V, HX, W, Ib)},
    {1, 0xE6, 2, I("vcvtdq2pd", VL, W)},
    // map 0F, F2
    {1, 0x10, 3, Split(5)}, {1, 0x11, 3, Split(7)}, V2(1, 0x12, 3, "vmovddup"),
    {1, 0x2A, 3, I("vcvtsi2sd~", V, HX, Ey)}, {1, 0x2C, 3, I("vcvttsd2si", Gy, W)},
    {1, 0x2D, 3, I("vcvtsd2si", Gy, W)}, VS(1, 0x51, 3, "vsqrtsd"), VS(1, 0x58, 3, "vaddsd"),
    VS(1, 0x59, 3, "vmulsd"), VS(1, 0x5A, 3, "vcvtsd2ss"), VS(1, 0x5C, 3, "vsubsd"),
    VS(1, 0x5D, 3, "vminsd"), VS(1, 0x5E, 3, "vdivsd"), VS(1, 0x5F, 3, "vmaxsd"),
    {1, 0x70, 3, I("vpshuflw", VL, WL, Ib)}, V3(1, 0x7C, 3, "vhaddps"), V3(1, 0x7D, 3, "vhsubps"),
    {1, 0xC2, 3, F(kCmp32, "vcmpsd", V, HX, W, Ib)}, V3(1, 0xD0, 3, "vaddsubps"),
    {1, 0xE6, 3, I("vcvtpd2dq?", V, WL)}, {1, 0xF0, 3, I("vlddqu", VL, M)},
    // map 0F38, 66
    V3(2, 0x00, 1, "vpshufb"), V3(2, 0x01, 1, "vphaddw"), V3(2, 0x02, 1, "vphaddd"),
    V3(2, 0x03, 1, "vphaddsw"), V3(2, 0x04, 1, "vpmaddubsw"), V3(2, 0x05, 1, "vphsubw"),
    V3(2, 0x06, 1, "vphsubd"), V3(2, 0x07, 1, "vphsubsw"), V3(2, 0x08, 1, "vpsignb"),
    V3(2, 0x09, 1, "vpsignw"), V3(2, 0x0A, 1, "vpsignd"), V3(2, 0x0B, 1, "vpmulhrsw"),
    {2, 0x0C, 1, F(kW0, "vpermilps", VL, HL, WL)}, {2, 0x0D, 1, F(kW0, "vpermilpd", VL, HL, WL)}, {2, 0x0E, 1, F(kW0, "vtestps", VL, WL)},
    {2, 0x0F, 1, F(kW0, "vtestpd", VL, WL)}, {2, 0x13, 1, F(kW0, "vcvtph2ps", VL, W)},
    {2, 0x16, 1, F(kL1 | kW0, "vpermps", VL, HL, WL)}, V2(2, 0x17, 1, "vptest"),
    {2, 0x18, 1, F(kW0, "vbroadcastss", VL, W)}, {2, 0x19, 1, F(kL1 | kW0, "vbroadcastsd", VL, W)},
    {2, 0x1A, 1, F(kL1 | kW0, "vbroadcastf128", VL, M)}, V2(2, 0x1C, 1, "vpabsb"),
    V2(2, 0x1D, 1, "vpabsw"), V2(2, 0x1E, 1, "vpabsd"),
    {2, 0x20, 1, I("vpmovsxbw", VL, W)}, {2, 0x21, 1, I("vpmovsxbd", VL, W)},
    {2, 0x22, 1, I("vpmovsxbq", VL, W)}, {2, 0x23, 1, I("vpmovsxwd", VL, W)},
    {2, 0x24, 1, I("vpmovsxwq", VL, W)}, {2, 0x25, 1, I("vpmovsxdq", VL, W)},
    V3(2, 0x28, 1, "vpmuldq"), V3(2, 0x29, 1, "vpcmpeqq"), {2, 0x2A, 1, I("vmovntdqa", VL, M)},
    V3(2, 0x2B, 1, "vpackusdw"), {2, 0x2C, 1, F(kW0, "vmaskmovps", VL, HL, M)},
    {2, 0x2D, 1, F(kW0, "vmaskmovpd", VL, HL, M)}, {2, 0x2E, 1, F(kW0, "vmaskmovps", M, HL, VL)},
    {2, 0x2F, 1, F(kW0, "vmaskmovpd", M, HL, VL)},
    {2, 0x30, 1, I("vpmovzxbw", VL, W)}, {2, 0x31, 1, I("vpmovzxbd", VL, W)},
    {2, 0x32, 1, I("vpmovzxbq", VL, W)}, {2, 0x33, 1, I("vpmovzxwd", VL, W)},
    {2, 0x34, 1, I("vpmovzxwq", VL, W)}, {2, 0x35, 1, I("vpmovzxdq", VL, W)},
    {2, 0x36, 1, F(kL1 | kW0, "vpermd", VL, HL, WL)}, V3(2, 0x37, 1, "vpcmpgtq"),
    V3(2, 0x38, 1, "vpminsb"), V3(2, 0x39, 1, "vpminsd"), V3(2, 0x3A, 1, "vpminuw"),
    V3(2, 0x3B, 1, "vpminud"), V3(2, 0x3C, 1, "vpmaxsb"), V3(2, 0x3D, 1, "vpmaxsd"),
    V3(2, 0x3E, 1, "vpmaxuw"), V3(2, 0x3F, 1, "vpmaxud"), V3(2, 0x40, 1, "vpmulld"),
    {2, 0x41, 1, F(kL0, "vphminposuw", V, W)},
    {2, 0x45, 1, F(kUsesW, "vpsrlv$", VL, HL, WL)}, {2, 0x46, 1, F(kW0, "vpsravd", VL, HL, WL)},
    {2, 0x47, 1, F(kUsesW, "vpsllv$", VL, HL, WL)},
    {2, 0x58, 1, F(kW0, "vpbroadcastd", VL, W)}, {2, 0x59, 1, F(kW0, "vpbroadcastq", VL, W)},
    {2, 0x5A, 1, F(kL1 | kW0, "vbroadcasti128", VL, M)}, {2, 0x78, 1, F(kW0, "vpbroadcastb", VL, W)},
    {2, 0x79, 1, F(kW0, "vpbroadcastw", VL, W)},
    {2, 0x8C, 1, F(kUsesW, "vpmaskmov$", VL, HL, M)}, {2, 0x8E, 1, F(kUsesW, "vpmaskmov$", M, HL, VL)},
    V3(2, 0x96, 1, "vfmaddsub132p&"), V3(2, 0x97, 1, "vfmsubadd132p&"),
    V3(2, 0x98, 1, "vfmadd132p&"), VS(2, 0x99, 1, "vfmadd132s&"), V3(2, 0x9A, 1, "vfmsub132p&"),
    VS(2, 0x9B, 1, "vfmsub132s&"), V3(2, 0x9C, 1, "vfnmadd132p&"), VS(2, 0x9D, 1, "vfnmadd132s&"),
    V3(2, 0x9E, 1, "vfnmsub132p&"), VS(2, 0x9F, 1, "vfnmsub132s&"),
    V3(2, 0xA6, 1, "vfmaddsub213p&"), V3(2, 0xA7, 1, "vfmsubadd213p&"),
    V3(2, 0xA8, 1, "vfmadd213p&"), VS(2, 0xA9, 1, "vfmadd213s&"), V3(2, 0xAA, 1, "vfmsub213p&"),
    VS(2, 0xAB, 1, "vfmsub213s&"), V3(2, 0xAC, 1, "vfnmadd213p&"), VS(2, 0xAD, 1, "vfnmadd213s&"),
    V3(2, 0xAE, 1, "vfnmsub213p&"), VS(2, 0xAF, 1, "vfnmsub213s&"),
    V3(2, 0xB6, 1, "vfmaddsub231p&"), V3(2, 0xB7, 1, "vfmsubadd231p&"),
    V3(2, 0xB8, 1, "vfmadd231p&"), VS(2, 0xB9, 1, "vfmadd231s&"), V3(2, 0xBA, 1, "vfmsub231p&"),
    VS(2, 0xBB, 1, "vfmsub231s&"), V3(2, 0xBC, 1, "vfnmadd231p&"), VS(2, 0xBD, 1, "vfnmadd231s&"),
    V3(2, 0xBE, 1, "vfnmsub231p&"), VS(2, 0xBF, 1, "vfnmsub231s&"),
    {2, 0xDB, 1, F(kL0, "vaesimc", V, W)}, V3(2, 0xDC, 1, "vaesenc"), V3(2, 0xDD, 1, "vaesenclast"),
    V3(2, 0xDE, 1, "vaesdec"), V3(2, 0xDF, 1, "vaesdeclast"), {2, 0xCF, 1, F(kW0, "vgf2p8mulb", VL, HL, WL)},
    {2, 0xF7, 1, F(kL0, "shlx", Gy, Ey, BY)},
    // map 0F38, BMI (general registers)
    {2, 0xF2, 0, F(kL0, "andn", Gy, BY, Ey)},
    {2, 0xF3, 0, Entry{nullptr, Kind::VexGroup, 4, {N_, N_, N_, N_}, 0}},
    {2, 0xF5, 0, F(kL0, "bzhi", Gy, Ey, BY)}, {2, 0xF5, 2, F(kL0, "pext", Gy, BY, Ey)},
    {2, 0xF5, 3, F(kL0, "pdep", Gy, BY, Ey)}, {2, 0xF6, 3, F(kL0, "mulx", Gy, BY, Ey)},
    {2, 0xF7, 0, F(kL0, "bextr", Gy, Ey, BY)}, {2, 0xF7, 2, F(kL0, "sarx", Gy, Ey, BY)},
    {2, 0xF7, 3, F(kL0, "shrx", Gy, Ey, BY)},
    // map 0F3A, 66
    {3, 0x00, 1, F(kL1 | kW1, "vpermq", VL, WL, Ib)}, {3, 0x01, 1, F(kL1 | kW1, "vpermpd", VL, WL, Ib)},
    {3, 0x02, 1, F(kW0, "vpblendd", VL, HL, WL, Ib)}, {3, 0x04, 1, F(kW0, "vpermilps", VL, WL, Ib)},
    {3, 0x05, 1, F(kW0, "vpermilpd", VL, WL, Ib)}, {3, 0x06, 1, F(kL1 | kW0, "vperm2f128", VL, HL, WL, Ib)},
    {3, 0x08, 1, I("vroundps", VL, WL, Ib)}, {3, 0x09, 1, I("vroundpd", VL, WL, Ib)},
    {3, 0x0A, 1, I("vroundss", V, HX, W, Ib)}, {3, 0x0B, 1, I("vroundsd", V, HX, W, Ib)},
    V3i(3, 0x0C, 1, "vblendps"), V3i(3, 0x0D, 1, "vblendpd"), V3i(3, 0x0E, 1, "vpblendw"),
    V3i(3, 0x0F, 1, "vpalignr"), {3, 0x14, 1, F(kL0, "vpextrb", Ed, V, Ib)},
    {3, 0x15, 1, F(kL0, "vpextrw", Ed, V, Ib)}, {3, 0x16, 1, F(kL0 | kUsesW, "vpextr$", Ey, V, Ib)},
    {3, 0x17, 1, F(kL0, "vextractps", Ed, V, Ib)},
    {3, 0x18, 1, F(kL1 | kW0, "vinsertf128", VL, HL, W, Ib)}, {3, 0x19, 1, F(kL1 | kW0, "vextractf128", W, VL, Ib)},
    {3, 0x1D, 1, F(kW0, "vcvtps2ph", W, VL, Ib)}, {3, 0x20, 1, F(kL0, "vpinsrb", V, HX, Ed, Ib)},
    {3, 0x21, 1, F(kL0, "vinsertps", V, HX, W, Ib)},
    {3, 0x22, 1, F(kL0 | kUsesW, "vpinsr$", V, HX, Ey, Ib)},
    {3, 0x38, 1, F(kL1 | kW0, "vinserti128", VL, HL, W, Ib)}, {3, 0x39, 1, F(kL1 | kW0, "vextracti128", W, VL, Ib)},
    V3i(3, 0x40, 1, "vdpps"), {3, 0x41, 1, F(kL0, "vdppd", V, HX, W, Ib)}, V3i(3, 0x42, 1, "vmpsadbw"),
    {3, 0x44, 1, F(kClmul, "vpclmulqdq", VL, HL, WL, Ib)},
    {3, 0x46, 1, F(kL1 | kW0, "vperm2i128", VL, HL, WL, Ib)},
    {3, 0x4A, 1, F(kW0, "vblendvps", VL, HL, WL, IS4)}, {3, 0x4B, 1, F(kW0, "vblendvpd", VL, HL, WL, IS4)},
    {3, 0x4C, 1, F(kW0, "vpblendvb", VL, HL, WL, IS4)}
    , {3, 0xCE, 1, F(kW1, "vgf2p8affineqb", VL, HL, WL, Ib)},
    {3, 0xCF, 1, F(kW1, "vgf2p8affineinvqb", VL, HL, WL, Ib)},
    {3, 0x60, 1, F(kL0, "vpcmpestrm!", V, W, Ib)}, {3, 0x61, 1, F(kL0, "vpcmpestri!", V, W, Ib)},
    {3, 0x62, 1, F(kL0, "vpcmpistrm", V, W, Ib)}, {3, 0x63, 1, F(kL0, "vpcmpistri", V, W, Ib)},
    {3, 0xDF, 1, F(kL0, "vaeskeygenassist", V, W, Ib)},
    // AMD FMA4 (four operands)
    {3, 0x5C, 1, F(kFma4, "vfmaddsubps", VL, HL, WL, IS4)}, {3, 0x5D, 1, F(kFma4, "vfmaddsubpd", VL, HL, WL, IS4)},
    {3, 0x5E, 1, F(kFma4, "vfmsubaddps", VL, HL, WL, IS4)}, {3, 0x5F, 1, F(kFma4, "vfmsubaddpd", VL, HL, WL, IS4)},
    {3, 0x68, 1, F(kFma4, "vfmaddps", VL, HL, WL, IS4)}, {3, 0x69, 1, F(kFma4, "vfmaddpd", VL, HL, WL, IS4)},
    {3, 0x6A, 1, F(kFma4, "vfmaddss", V, HX, W, IS4)}, {3, 0x6B, 1, F(kFma4, "vfmaddsd", V, HX, W, IS4)},
    {3, 0x6C, 1, F(kFma4, "vfmsubps", VL, HL, WL, IS4)}, {3, 0x6D, 1, F(kFma4, "vfmsubpd", VL, HL, WL, IS4)},
    {3, 0x6E, 1, F(kFma4, "vfmsubss", V, HX, W, IS4)}, {3, 0x6F, 1, F(kFma4, "vfmsubsd", V, HX, W, IS4)},
    {3, 0x78, 1, F(kFma4, "vfnmaddps", VL, HL, WL, IS4)}, {3, 0x79, 1, F(kFma4, "vfnmaddpd", VL, HL, WL, IS4)},
    {3, 0x7A, 1, F(kFma4, "vfnmaddss", V, HX, W, IS4)}, {3, 0x7B, 1, F(kFma4, "vfnmaddsd", V, HX, W, IS4)},
    {3, 0x7C, 1, F(kFma4, "vfnmsubps", VL, HL, WL, IS4)}, {3, 0x7D, 1, F(kFma4, "vfnmsubpd", VL, HL, WL, IS4)},
    {3, 0x7E, 1, F(kFma4, "vfnmsubss", V, HX, W, IS4)}, {3, 0x7F, 1, F(kFma4, "vfnmsubsd", V, HX, W, IS4)},
    {3, 0xF0, 3, F(kL0, "rorx", Gy, Ey, Ib)},
};

// VEX groups by ModRM.reg: 0F AE, 66 0F 71/72/73 (shift by immediate:
// the destination is VEX.vvvv), 0F38 F3 (BMI1).
constexpr std::array<std::array<Entry, 8>, 5> kVexGroups = {{
    {Bad, Bad, F(kL0, "vldmxcsr", Md), F(kL0, "vstmxcsr", Md), Bad, Bad, Bad, Bad},
    {Bad, Bad, I("vpsrlw", HL, UL, Ib), Bad, I("vpsraw", HL, UL, Ib), Bad, I("vpsllw", HL, UL, Ib), Bad},
    {Bad, Bad, I("vpsrld", HL, UL, Ib), Bad, I("vpsrad", HL, UL, Ib), Bad, I("vpslld", HL, UL, Ib), Bad},
    {Bad, Bad, I("vpsrlq", HL, UL, Ib), I("vpsrldq", HL, UL, Ib), Bad, Bad, I("vpsllq", HL, UL, Ib),
     I("vpslldq", HL, UL, Ib)},
    {Bad, F(kL0, "blsr", BY, Ey), F(kL0, "blsmsk", BY, Ey), F(kL0, "blsi", BY, Ey), Bad, Bad, Bad, Bad},
}};

const SseRow* find_row(const SseRow* rows, size_t n, uint8_t op) {
  for (size_t i = 0; i < n; ++i)
    if (rows[i].op == op) return &rows[i];
  return nullptr;
}

// ---------------------------------------------------------------------------
// x87 (SDM table A-7 .. A-22), AT&T names as GNU tools spell them.
constexpr const char* kX87Mem[8][8] = {
    {"fadds", "fmuls", "fcoms", "fcomps", "fsubs", "fsubrs", "fdivs", "fdivrs"},        // D8
    {"flds", nullptr, "fsts", "fstps", "fldenv", "fldcw", "fnstenv", "fnstcw"},         // D9
    {"fiaddl", "fimull", "ficoml", "ficompl", "fisubl", "fisubrl", "fidivl", "fidivrl"},  // DA
    {"fildl", "fisttpl", "fistl", "fistpl", nullptr, "fldt", nullptr, "fstpt"},         // DB
    {"faddl", "fmull", "fcoml", "fcompl", "fsubl", "fsubrl", "fdivl", "fdivrl"},        // DC
    {"fldl", "fisttpll", "fstl", "fstpl", "frstor", nullptr, "fnsave", "fnstsw"},       // DD
    {"fiadds", "fimuls", "ficoms", "ficomps", "fisubs", "fisubrs", "fidivs", "fidivrs"},  // DE
    {"filds", "fisttps", "fists", "fistps", "fbld", "fildll", "fbstp", "fistpll"},      // DF
};

// Register forms: an operand shape per (opcode, reg), or names per rm.
enum X87Shape : uint8_t { xNone, xSTi, xSTiST, xSTSTi, xRm /* names by rm */ };
struct X87Reg {
  const char* mn;
  X87Shape shape;
};
constexpr X87Reg kX87Reg[8][8] = {
    {{"fadd", xSTiST}, {"fmul", xSTiST}, {"fcom", xSTi}, {"fcomp", xSTi},
     {"fsub", xSTiST}, {"fsubr", xSTiST}, {"fdiv", xSTiST}, {"fdivr", xSTiST}},  // D8
    {{"fld", xSTi}, {"fxch", xSTi}, {nullptr, xRm}, {nullptr, xNone},
     {nullptr, xRm}, {nullptr, xRm}, {nullptr, xRm}, {nullptr, xRm}},  // D9
    {{"fcmovb", xSTiST}, {"fcmove", xSTiST}, {"fcmovbe", xSTiST}, {"fcmovu", xSTiST},
     {nullptr, xNone}, {nullptr, xRm}, {nullptr, xNone}, {nullptr, xNone}},  // DA
    {{"fcmovnb", xSTiST}, {"fcmovne", xSTiST}, {"fcmovnbe", xSTiST}, {"fcmovnu", xSTiST},
     {nullptr, xRm}, {"fucomi", xSTiST}, {"fcomi", xSTiST}, {nullptr, xNone}},  // DB
    {{"fadd", xSTSTi}, {"fmul", xSTSTi}, {nullptr, xNone}, {nullptr, xNone},
     {"fsub", xSTSTi}, {"fsubr", xSTSTi}, {"fdiv", xSTSTi}, {"fdivr", xSTSTi}},  // DC
    {{"ffree", xSTi}, {nullptr, xNone}, {"fst", xSTi}, {"fstp", xSTi},
     {"fucom", xSTi}, {"fucomp", xSTi}, {nullptr, xNone}, {nullptr, xNone}},  // DD
    {{"faddp", xSTSTi}, {"fmulp", xSTSTi}, {nullptr, xNone}, {nullptr, xRm},
     {"fsubp", xSTSTi}, {"fsubrp", xSTSTi}, {"fdivp", xSTSTi}, {"fdivrp", xSTSTi}},  // DE
    {{"ffreep", xSTi}, {nullptr, xNone}, {nullptr, xNone}, {nullptr, xNone},
     {nullptr, xRm}, {"fucomip", xSTiST}, {"fcomip", xSTiST}, {nullptr, xNone}},  // DF
};
// Operand-less x87 instructions named by (opcode, reg, rm); nullptr = invalid.
const char* x87_by_rm(unsigned op, unsigned reg, unsigned rm) {
  static constexpr const char* d9_4[8] = {"fchs", "fabs", nullptr, nullptr, "ftst", "fxam",
                                          nullptr, nullptr};
  static constexpr const char* d9_5[8] = {"fld1", "fldl2t", "fldl2e", "fldpi", "fldlg2",
                                          "fldln2", "fldz", nullptr};
  static constexpr const char* d9_6[8] = {"f2xm1", "fyl2x", "fptan", "fpatan", "fxtract",
                                          "fprem1", "fdecstp", "fincstp"};
  static constexpr const char* d9_7[8] = {"fprem", "fyl2xp1", "fsqrt", "fsincos", "frndint",
                                          "fscale", "fsin", "fcos"};
  static constexpr const char* db_4[8] = {"fneni(8087 only)", "fndisi(8087 only)", "fnclex",
                                          "fninit", "fnsetpm(287 only)", "frstpm(287 only)", nullptr,
                                          nullptr};
  switch (op) {
    case 0xD9:
      if (reg == 2) return rm == 0 ? "fnop" : nullptr;
      if (reg == 4) return d9_4[rm];
      if (reg == 5) return d9_5[rm];
      if (reg == 6) return d9_6[rm];
      if (reg == 7) return d9_7[rm];
      return nullptr;
    case 0xDA:
      return reg == 5 && rm == 1 ? "fucompp" : nullptr;
    case 0xDB:
      return reg == 4 ? db_4[rm] : nullptr;
    case 0xDE:
      return reg == 3 && rm == 1 ? "fcompp" : nullptr;
    case 0xDF:
      return reg == 4 && rm == 0 ? "fnstsw" : nullptr;
    default:
      return nullptr;
  }
}

// ---------------------------------------------------------------------------
// Register names.
constexpr const char* kGpr64[16] = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                    "r8",  "r9",  "r10", "r11", "r12", "r13", "r14", "r15"};
constexpr const char* kGpr32[16] = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
                                    "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d",
                                    "r15d"};
constexpr const char* kGpr16[16] = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
                                    "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w",
                                    "r15w"};
constexpr const char* kGpr8Rex[16] = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
                                      "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b",
                                      "r15b"};
constexpr const char* kGpr8[8] = {"al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"};
constexpr const char* kSeg[8] = {"es", "cs", "ss", "ds", "fs", "gs", "?", "?"};

const char* gpr_name(unsigned r, unsigned size, bool rex) {
  switch (size) {
    case 1: return rex ? kGpr8Rex[r & 15] : kGpr8[r & 7];
    case 2: return kGpr16[r & 15];
    case 4: return kGpr32[r & 15];
    default: return kGpr64[r & 15];
  }
}

char suffix_letter(unsigned size) {
  switch (size) {
    case 1: return 'b';
    case 2: return 'w';
    case 4: return 'l';
    default: return 'q';
  }
}

void append_hex(std::string& s, uint64_t v) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v);
  s += "0x";
  while (n) s += buf[--n];
}

void append_signed_hex(std::string& s, int64_t v) {
  if (v < 0) {
    s += '-';
    append_hex(s, uint64_t(0) - uint64_t(v));
  } else {
    append_hex(s, uint64_t(v));
  }
}

uint64_t size_mask(unsigned size) {
  return size >= 8 ? ~uint64_t(0) : (uint64_t(1) << (size * 8)) - 1;
}

// ---------------------------------------------------------------------------
// The decoder: one instruction.
class Decoder {
 public:
  Decoder(std::span<const uint8_t> code, uint64_t address) : code_(code), address_(address) {}
  size_t run(std::string& text);

 private:
  // One prefix byte as it appeared, and whether the instruction used it.
  struct PrefixByte {
    uint8_t byte;
    bool used;
  };
  // A decoded operand, printed once the instruction's length is known.
  struct Operand {
    enum Type : uint8_t { None, Text, Mem, Imm, Target } type = None;
    std::string text;    // Text: complete (register, "(%dx)", ...)
    uint64_t value = 0;  // Imm: masked value; Target: displacement
    unsigned size = 0;   // Imm: bytes printed
    bool star = false;   // '*' before a memory/register operand (indirect branch)
  };
  struct MemOperand {
    int base = -1;      // 0-15, 16 = rip, -1 none
    int index = -1;     // 0-15, 4 without REX.X = riz (shown only when explicit), -1 none
    bool riz = false;   // SIB present without index: print %riz
    unsigned scale = 1;
    int64_t disp = 0;
    bool has_disp = false;
    bool addr32 = false;
  };

  // Byte access: every read goes through here.
  uint8_t fetch() {
    if (pos_ >= code_.size()) {
      truncated_ = true;
      ++pos_;
      return 0;
    }
    return code_[pos_++];
  }
  uint64_t fetch_le(unsigned n) {
    uint64_t v = 0;
    for (unsigned i = 0; i < n; ++i) v |= uint64_t(fetch()) << (8 * i);
    return v;
  }

  // Prefix state
  int last_index(uint8_t byte) const {
    for (int i = int(prefixes_.size()) - 1; i >= 0; --i)
      if (prefixes_[size_t(i)].byte == byte) return i;
    return -1;
  }
  bool has(uint8_t byte) const { return last_index(byte) >= 0; }
  void use(uint8_t byte) {
    int i = last_index(byte);
    if (i >= 0) prefixes_[size_t(i)].used = true;
  }
  // Segment overrides in 64-bit mode, as objdump models them: only fs/gs
  // take effect (the last of them is the active one); an operand that shows
  // the active segment consumes the last segment prefix of any kind, and
  // the 2E/3E branch hints consume the last one too.
  static bool is_seg(uint8_t b) {
    return b == 0x26 || b == 0x2E || b == 0x36 || b == 0x3E || b == 0x64 || b == 0x65;
  }
  uint8_t active_segment() const {
    for (int i = int(prefixes_.size()) - 1; i >= 0; --i) {
      uint8_t b = prefixes_[size_t(i)].byte;
      if (b == 0x64 || b == 0x65) return b;
    }
    return 0;
  }
  void use_segment() {
    for (int i = int(prefixes_.size()) - 1; i >= 0; --i) {
      if (is_seg(prefixes_[size_t(i)].byte)) {
        prefixes_[size_t(i)].used = true;
        return;
      }
    }
  }
  // "%fs:" / "%gs:" for a memory operand (consuming the segment prefix), or "".
  bool later_segment(size_t i) const {
    for (size_t j = i + 1; j < prefixes_.size(); ++j)
      if (is_seg(prefixes_[j].byte)) return true;
    return false;
  }
  std::string segment_text() {
    if (notrack_) return "";
    uint8_t seg = active_segment();
    if (!seg) return "";
    use_segment();
    return seg == 0x64 ? "%fs:" : "%gs:";
  }
  // The last of F2/F3, or 0.
  uint8_t rep_prefix() const {
    for (int i = int(prefixes_.size()) - 1; i >= 0; --i) {
      uint8_t b = prefixes_[size_t(i)].byte;
      if (b == 0xF2 || b == 0xF3) return b;
    }
    return 0;
  }
  bool rex_w() { return rex_ & 8; }
  unsigned rex_bit(uint8_t bit) {
    if (rex_ & bit) {
      rex_used_ |= bit;
      return 8;
    }
    return 0;
  }

  // Operand sizes
  unsigned vsize() {
    if (rex_w()) {
      rex_used_ |= 8;
      return osize_ = 8;
    }
    if (has(0x66)) {
      use(0x66);
      return osize_ = 2;
    }
    return osize_ = 4;
  }
  unsigned vsize64() {
    if (has(0x66) && !rex_w()) {
      use(0x66);
      return osize_ = 2;
    }
    return osize_ = 8;
  }
  unsigned zsize() {
    if (has(0x66) && !rex_w()) {
      use(0x66);
      return osize_ = 2;
    }
    return osize_ = 4;
  }
  unsigned ysize() {
    if (rex_w()) {
      rex_used_ |= 8;
      return 8;
    }
    return 4;
  }

  void need_modrm() {
    if (has_modrm_) return;
    has_modrm_ = true;
    modrm_ = fetch();
    mod_ = modrm_ >> 6;
    reg_ = (modrm_ >> 3) & 7;
    rm_ = modrm_ & 7;
  }
  void decode_memory();
  std::string mem_text(const MemOperand& m);

  std::string gpr(unsigned r, unsigned size) {
    if (size == 1 && rex_ && (r & 15) >= 4 && (r & 15) < 8) rex_used_ |= 0x40;
    sizing_reg_ = true;
    return std::string("%") + gpr_name(r, size, rex_ != 0);
  }
  // ModRM.rm as a general register of `size` or memory.
  Operand rm_operand(unsigned size, bool mem_only, bool reg_only) {
    Operand o;
    if (mod_ == 3) {
      if (mem_only) bad_ = true;
      o.type = Operand::Text;
      o.text = gpr(rm_ | rex_bit(1), size);
    } else {
      if (reg_only) bad_ = true;
      decode_memory();
      o.type = Operand::Mem;
    }
    if (!esize_) esize_ = size;
    return o;
  }
  Operand text_operand(std::string s) {
    Operand o;
    o.type = Operand::Text;
    o.text = std::move(s);
    return o;
  }
  Operand imm_operand(uint64_t v, unsigned size) {
    Operand o;
    o.type = Operand::Imm;
    o.value = v & size_mask(size);
    o.size = size;
    return o;
  }
  Operand decode_operand(Opd k, const Entry& e);
  bool decode_entry(const Entry& e);
  const Entry* select(const Entry* e, uint8_t opcode);
  void decode_x87(uint8_t op);
  const Entry* decode_vex(uint8_t first);
  std::string vreg(unsigned n, bool l) { return (l ? "%ymm" : "%xmm") + std::to_string(n); }
  void special(uint8_t id);
  std::string prefix_words();
  // The code ends inside the instruction. Like objdump, a leading prefix is
  // then shown on its own (one byte); anything else is "(truncated)".
  size_t truncated(std::string& text) {
    if (code_.empty()) {
      text = "(truncated)";
      return 0;
    }
    uint8_t b = code_[0];
    static constexpr struct {
      uint8_t byte;
      const char* word;
    } kWords[] = {{0xF0, "lock"}, {0xF2, "repnz"}, {0xF3, "repz"}, {0x2E, "cs"},
                  {0x36, "ss"},   {0x3E, "ds"},    {0x26, "es"},   {0x64, "fs"},
                  {0x65, "gs"},   {0x66, "data16"}, {0x67, "addr32"}};
    for (const auto& w : kWords) {
      if (w.byte == b) {
        text = w.word;
        return 1;
      }
    }
    if ((b & 0xF0) == 0x40) {
      prefixes_.n = 0;
      rex_ = 0;
      prefixes_.push_back({b, false});
      text = prefix_words();
      text.pop_back();
      return 1;
    }
    text = "(truncated)";
    return 0;
  }
  std::string format();

  std::span<const uint8_t> code_;
  uint64_t address_;
  size_t pos_ = 0;
  bool truncated_ = false;
  bool bad_ = false;

  // At most 14 prefixes fit in a 15-byte instruction.
  struct {
    PrefixByte items[16];
    size_t n = 0;
    size_t size() const { return n; }
    PrefixByte& operator[](size_t i) { return items[i]; }
    const PrefixByte& operator[](size_t i) const { return items[i]; }
    void push_back(PrefixByte p) {
      if (n < 16) items[n++] = p;
    }
  } prefixes_;
  uint8_t rex_ = 0, rex_used_ = 0;
  uint8_t mandatory_ = 0;  // the prefix that selected an SSE row (consumed)
  bool vex_ = false;       // a VEX instruction: REX bits come from the VEX prefix
  uint8_t vex_l_ = 0;      // VEX.L: 256-bit
  uint8_t vex_v_ = 0;      // VEX.vvvv, un-inverted: a register number

  bool has_modrm_ = false;
  uint8_t modrm_ = 0, mod_ = 0, reg_ = 0, rm_ = 0;
  MemOperand mem_;
  bool has_mem_ = false;

  unsigned osize_ = 0;   // operand size in effect (v)
  unsigned esize_ = 0;   // size of the operation, for the '~' suffix
  bool sizing_reg_ = false;
  std::string mnemonic_;
  uint32_t flags_ = 0;
  bool notrack_ = false;
  Operand ops_[4];
  int nops_ = 0;
  uint8_t opcode_ = 0;   // the last opcode byte (jcc/setcc/cmov condition)
  bool two_byte_ = false;
};

void Decoder::decode_memory() {
  if (has_mem_) return;
  has_mem_ = true;
  MemOperand& m = mem_;
  rex_used_ |= rex_ & 1;  // objdump counts REX.B as used by any memory operand
  m.addr32 = has(0x67);
  if (m.addr32) use(0x67);
  if (rm_ == 4) {
    uint8_t sib = fetch();
    unsigned scale = sib >> 6, index = (sib >> 3) & 7, base = sib & 7;
    unsigned x = rex_bit(2);
    rex_used_ |= rex_ & 2;
    m.scale = 1u << scale;
    if (index == 4 && !x) {
      // No index. objdump shows %riz unless the SIB was needed for %rsp/%r12
      // as base with scale 1.
      m.index = -1;
      unsigned b = base | ((rex_ & 1) ? 8 : 0);
      m.riz = !(base == 4 && scale == 0) || (mod_ == 0 && base == 5);
      // Without a base: %riz only with a scale, but always with 32-bit addresses.
      if (mod_ == 0 && base == 5) m.riz = scale != 0 || m.addr32;
      (void)b;
    } else {
      m.index = int(index | x);
    }
    if (mod_ == 0 && base == 5) {
      m.base = -1;
      m.disp = int32_t(uint32_t(fetch_le(4)));
      m.has_disp = true;
    } else {
      m.base = int(base | rex_bit(1));
    }
  } else if (mod_ == 0 && rm_ == 5) {
    m.base = 16;
    m.disp = int32_t(uint32_t(fetch_le(4)));
    m.has_disp = true;
  } else {
    m.base = int(rm_ | rex_bit(1));
  }
  if (mod_ == 1) {
    m.disp = int8_t(fetch());
    m.has_disp = true;
  } else if (mod_ == 2) {
    m.disp = int32_t(uint32_t(fetch_le(4)));
    m.has_disp = true;
  }
}

std::string Decoder::mem_text(const MemOperand& m) {
  std::string s = segment_text();
  const char* const* regs = m.addr32 ? kGpr32 : kGpr64;
  if (m.base == 16) {
    append_signed_hex(s, m.disp);
    s += m.addr32 ? "(%eip)" : "(%rip)";
    return s;
  }
  if (m.base < 0 && m.index < 0 && !m.riz) {
    append_hex(s, m.addr32 ? uint64_t(uint32_t(m.disp)) : uint64_t(m.disp));
    return s;
  }
  if (m.has_disp) {
    // A 32-bit address without base and index registers is shown unsigned.
    if (m.addr32 && m.base < 0 && m.index < 0) append_hex(s, uint32_t(m.disp));
    else append_signed_hex(s, m.disp);
  }
  s += '(';
  if (m.base >= 0) {
    s += '%';
    s += regs[m.base];
  }
  if (m.index >= 0 || m.riz) {
    s += ",%";
    s += m.index >= 0 ? regs[m.index] : (m.addr32 ? "eiz" : "riz");
    s += ',';
    s += char('0' + m.scale);
  }
  s += ')';
  return s;
}

Decoder::Operand Decoder::decode_operand(Opd k, const Entry& e) {
  Operand o;
  switch (k) {
    case N_: return o;
    case Eb: return rm_operand(1, false, false);
    case Ew: return rm_operand(2, false, false);
    case Ed: return rm_operand(4, false, false);
    case Eq: return rm_operand(8, false, false);
    case Ev: return rm_operand(vsize(), false, false);
    case Ey: return rm_operand(ysize(), false, false);
    case Ev64: return rm_operand(vsize64(), false, false);
    case Ejmp: o = rm_operand(vsize64(), false, false); o.star = true; return o;
    case M: case Mb: case Mw: case Md: case Mq: case Mfar:
      o = rm_operand(k == Mb ? 1 : k == Mw ? 2 : k == Md ? 4 : 8, true, false);
      if (k == M) esize_ = 0;
      if (k == Mfar) {
        // m16:16 with 66 ("lcallw"), else no suffix.
        esize_ = 0;
        if (has(0x66)) {
          use(0x66);
          esize_ = 2;
        }
      }
      o.star = k == Mfar;
      return o;
    case Mv: return rm_operand(vsize(), true, false);
    case My: return rm_operand(ysize(), true, false);
    case Rv: return rm_operand(vsize(), false, true);
    case Ry: return rm_operand(ysize(), false, true);
    case Rq:  // mov to/from control and debug registers: mod is ignored
      return text_operand(gpr(rm_ | rex_bit(1), 8));
    case Rd: return rm_operand(4, false, true);
    case Gb: return text_operand(gpr(reg_ | rex_bit(4), 1));
    case Gw: return text_operand(gpr(reg_ | rex_bit(4), 2));
    case Gd: return text_operand(gpr(reg_ | rex_bit(4), 4));
    case Gq: return text_operand(gpr(reg_ | rex_bit(4), 8));
    case Gv: return text_operand(gpr(reg_ | rex_bit(4), vsize()));
    case Gy: return text_operand(gpr(reg_ | rex_bit(4), ysize()));
    case Sw:
      sizing_reg_ = true;
      return text_operand(std::string("%") + kSeg[reg_]);
    case Cq: return text_operand("%cr" + std::to_string(reg_ | rex_bit(4)));
    case Dq: return text_operand("%db" + std::to_string(reg_ | rex_bit(4)));
    case V: return text_operand("%xmm" + std::to_string(reg_ | rex_bit(4)));
    case W: case U:
      if (mod_ == 3) return text_operand("%xmm" + std::to_string(rm_ | rex_bit(1)));
      if (k == U) bad_ = true;
      decode_memory();
      o.type = Operand::Mem;
      return o;
    case P: return text_operand("%mm" + std::to_string(reg_));
    case Q: case Nq:
      if (mod_ == 3) return text_operand("%mm" + std::to_string(rm_));
      if (k == Nq) bad_ = true;
      decode_memory();
      o.type = Operand::Mem;
      return o;
    case Zb: return text_operand(gpr((opcode_ & 7) | rex_bit(1), 1));
    case Zv: return text_operand(gpr((opcode_ & 7) | rex_bit(1), vsize()));
    case Zv64: return text_operand(gpr((opcode_ & 7) | rex_bit(1), vsize64()));
    case Zy: return text_operand(gpr((opcode_ & 7) | rex_bit(1), ysize()));
    case Ib: return imm_operand(fetch(), 1);
    case Ibs: {
      unsigned sz = osize_ ? osize_ : vsize();
      return imm_operand(uint64_t(int64_t(int8_t(fetch()))), sz);
    }
    case Ibs64: {
      unsigned sz = vsize64();
      return imm_operand(uint64_t(int64_t(int8_t(fetch()))), sz);
    }
    case Iw: return imm_operand(fetch_le(2), 2);
    case Iz: case Iz64: {
      unsigned sz = osize_ ? osize_ : (k == Iz64 ? vsize64() : vsize());
      if (sz == 2) return imm_operand(fetch_le(2), 2);
      return imm_operand(uint64_t(int64_t(int32_t(uint32_t(fetch_le(4))))), sz);
    }
    case Iv: {
      unsigned sz = osize_ ? osize_ : vsize();
      return imm_operand(fetch_le(sz), sz);
    }
    case Jb: o.type = Operand::Target; o.value = uint64_t(int64_t(int8_t(fetch()))); return o;
    case Jz:
      o.type = Operand::Target;
      if (has(0x66) && !rex_w()) {
        // 16-bit displacement; the target wraps at 64 KiB (objdump: callw, jmpw).
        use(0x66);
        osize_ = 2;
        o.value = uint64_t(int64_t(int16_t(uint16_t(fetch_le(2)))));
        o.size = 2;
        return o;
      }
      o.value = uint64_t(int64_t(int32_t(uint32_t(fetch_le(4)))));
      return o;
    case Ob: case Ov: {
      // With 67 the address is 32 bits; objdump then says "addr32 mov".
      bool a32 = has(0x67);
      if (a32) mnemonic_ = "mov";
      uint64_t addr = fetch_le(a32 ? 4 : 8);
      std::string s = segment_text();
      append_hex(s, addr);
      return text_operand(s);
    }
    case AL: return text_operand(gpr(0, 1));
    case rAX: return text_operand(gpr(0, osize_ ? osize_ : vsize()));
    case eAX: {
      // in/out: 16 or 32 bits; with REX.W neither 66 nor W takes effect.
      unsigned sz = 4;
      if (has(0x66) && !rex_w()) {
        use(0x66);
        sz = 2;
      }
      return text_operand(gpr(0, sz));
    }
    case Esw:
      // A register of the operand size, or a 16-bit memory word.
      need_modrm();
      if (mod_ == 3) return rm_operand(vsize(), false, false);
      return rm_operand(2, false, false);
    case CLc: return text_operand("%cl");
    case DXp: return text_operand("(%dx)");
    case I1: return o;
    case Xb: case Xv: case Yb: case Yv: case XLAT: case Xz: case Yz: {
      unsigned sz = (k == Xb || k == Yb || k == XLAT) ? 1 : (k == Xz || k == Yz) ? zsize() : vsize();
      if (k != XLAT && !esize_) esize_ = sz;
      bool a32 = has(0x67);
      if (a32) use(0x67);
      const char* base = k == XLAT ? (a32 ? "%ebx" : "%rbx")
                         : (k == Xb || k == Xv || k == Xz) ? (a32 ? "%esi" : "%rsi")
                                                           : (a32 ? "%edi" : "%rdi");
      std::string s;
      if (k == Yb || k == Yv || k == Yz) {
        s = "%es:";
      } else {
        // The source segment: fs/gs are shown; any override is absorbed.
        s = segment_text();
        if (s.empty()) {
          use_segment();
          s = "%ds:";
        }
      }
      s += '(';
      s += base;
      s += ')';
      return text_operand(s);
    }
    case ST0: return text_operand("%st");
    case STi: return text_operand("%st(" + std::to_string(rm_) + ")");
    case FS_: return text_operand("%fs");
    case GS_: return text_operand("%gs");
    case X0: return text_operand("%xmm0");
    case VL: return text_operand(vreg(reg_ | rex_bit(4), vex_l_));
    case HL: return text_operand(vreg(vex_v_, vex_l_));
    case HX: return text_operand(vreg(vex_v_, false));
    case BY: return text_operand(gpr(vex_v_, ysize()));
    case WL: case UL:
      if (mod_ == 3) return text_operand(vreg(rm_ | rex_bit(1), vex_l_));
      if (k == UL) bad_ = true;
      decode_memory();
      o.type = Operand::Mem;
      return o;
    case IS4: {
      // The register is in the high four bits of an immediate byte; its
      // width follows the destination's.
      uint8_t b = fetch();
      return text_operand(vreg(b >> 4, vex_l_ && e.op[0] == VL));
    }
  }
  (void)e;
  return o;
}

// Follows groups, SSE prefix rows and splits down to an instruction row.
const Entry* Decoder::select(const Entry* e, uint8_t opcode) {
  for (int depth = 0; depth < 4 && e; ++depth) {
    switch (e->kind) {
      case Kind::Group:
        need_modrm();
        if (e->arg == g0F71 || e->arg == g0F72 || e->arg == g0F73) {
          if (mandatory_ == 0x66) e = &kXmmShiftGroups[e->arg - g0F71][reg_];
          else e = &kGroups[e->arg][reg_];
        } else {
          e = &kGroups[e->arg][reg_];
        }
        break;
      case Kind::Split:
        need_modrm();
        e = mod_ == 3 ? &kSplit[e->arg].reg : &kSplit[e->arg].mem;
        break;
      case Kind::VexGroup:
        need_modrm();
        if (e->arg == 0 && mod_ == 3) return nullptr;  // vldmxcsr/vstmxcsr: memory only
        if (e->arg >= 1 && e->arg <= 3 && mod_ != 3) return nullptr;
        e = &kVexGroups[e->arg][reg_];
        break;
      case Kind::Sse: {
        const SseRow* row = find_row(kSse0F, std::size(kSse0F), opcode);
        if (!row) return nullptr;
        // The mandatory prefix: the last of F2/F3, else 66.
        uint8_t rp = rep_prefix();
        int col = rp == 0xF3 ? 2 : rp == 0xF2 ? 3 : has(0x66) ? 1 : 0;
        const Entry* c = &row->e[col];
        if (c->kind == Kind::Invalid) return nullptr;
        mandatory_ = col == 1 ? 0x66 : col == 2 ? 0xF3 : col == 3 ? 0xF2 : 0;
        if (c->flags & kRepIgnored) mandatory_ = 0;
        if (mandatory_) use(mandatory_);
        e = c;
        break;
      }
      default:
        return e->kind == Kind::Insn ? e : nullptr;
    }
  }
  return nullptr;
}

bool Decoder::decode_entry(const Entry& e) {
  if (e.kind != Kind::Insn) {
    bad_ = true;
    return false;
  }
  flags_ = e.flags;
  // Mnemonic: escapes are resolved after the operands are known.
  mnemonic_ = e.mn ? e.mn : "";
  bool needs_modrm = false;
  for (Opd k : e.op) {
    switch (k) {
      case Eb: case Ew: case Ed: case Eq: case Ev: case Ey: case Ev64: case Ejmp: case M:
      case Mb: case Mw: case Md: case Mq: case Mv: case My: case Mfar: case Rv: case Ry:
      case Rq: case Rd: case Gb: case Gw: case Gd: case Gq: case Gv: case Gy: case Sw: case Cq:
      case Dq: case V: case W: case U: case P: case Q: case Nq: case STi: case VL: case WL:
      case UL:
        needs_modrm = true;
        break;
      default:
        break;
    }
  }
  if (needs_modrm) need_modrm();
  // d64 instructions without a sized operand still use 66 (pushfw, leave).
  if (e.flags & kD64) vsize64();
  for (int i = 0; i < 4 && e.op[i] != N_; ++i) {
    ops_[nops_++] = decode_operand(e.op[i], e);
  }
  if (e.flags & kNop) use(0x66);
  if ((e.flags & kFma4) && rex_w()) std::swap(ops_[2], ops_[3]);
  if (vex_) {
    // L must fit the instruction; an unused VEX.vvvv must be 1111.
    if (((e.flags & kL0) && vex_l_) || ((e.flags & kL1) && !vex_l_)) bad_ = true;
    if (((e.flags & kW0) && rex_w()) || ((e.flags & kW1) && !rex_w())) bad_ = true;
    bool uses_v = false;
    for (Opd k : e.op) uses_v |= k == HL || k == HX || k == BY;
    if (!uses_v && vex_v_ != 0) bad_ = true;
  }
  return !bad_;
}

void Decoder::decode_x87(uint8_t op) {
  need_modrm();
  unsigned row = op - 0xD8;
  if (mod_ != 3) {
    const char* mn = kX87Mem[row][reg_];
    if (!mn) {
      bad_ = true;
      return;
    }
    mnemonic_ = mn;
    // fldenv/fnstenv/frstor/fnsave with 66: the 16-bit layouts ("...s").
    if ((op == 0xD9 || op == 0xDD) && (reg_ == 4 || reg_ == 6) && has(0x66)) {
      use(0x66);
      mnemonic_ += 's';
    }
    decode_memory();
    ops_[nops_++].type = Operand::Mem;
    return;
  }
  const X87Reg& r = kX87Reg[row][reg_];
  switch (r.shape) {
    case xNone:
      bad_ = true;
      return;
    case xRm: {
      const char* mn = x87_by_rm(op, reg_, rm_);
      if (!mn) {
        bad_ = true;
        return;
      }
      mnemonic_ = mn;
      if (op == 0xDF) ops_[nops_++] = text_operand("%ax");  // fnstsw %ax (DF E0)
      return;
    }
    case xSTi:
      mnemonic_ = r.mn;
      ops_[nops_++] = decode_operand(STi, Bad);
      return;
    case xSTiST:  // Intel "op st(0), st(i)": AT&T "op %st(i),%st"
      mnemonic_ = r.mn;
      ops_[nops_++] = decode_operand(ST0, Bad);
      ops_[nops_++] = decode_operand(STi, Bad);
      return;
    case xSTSTi:  // Intel "op st(i), st(0)": AT&T "op %st,%st(i)"
      mnemonic_ = r.mn;
      ops_[nops_++] = decode_operand(STi, Bad);
      ops_[nops_++] = decode_operand(ST0, Bad);
      return;
  }
}

void Decoder::special(uint8_t id) {
  switch (id) {
    case kSpNop90: {
      if (rep_prefix() == 0xF3) {
        use(0xF3);
        mnemonic_ = "pause";
      } else if (rex_ & 1) {
        decode_entry(I("xchg", Zv, rAX));
        use(0x66);
      } else if (has(0x66)) {
        decode_entry(I("xchg", Zv, rAX));
        use(0x66);
      } else {
        mnemonic_ = "nop";
      }
      return;
    }
    case kSpC6:
    case kSpC7: {
      need_modrm();
      if (reg_ == 0) {
        decode_entry(id == kSpC6 ? F(kHleStore, "mov~", Eb, Ib) : F(kHleStore, "mov~", Ev, Iz));
      } else if (reg_ == 7 && mod_ == 3 && rm_ == 0) {
        decode_entry(id == kSpC6 ? I("xabort", Ib) : I("xbegin", Jz));
      } else {
        bad_ = true;
      }
      return;
    }
    case kSp0F1E: {
      need_modrm();
      if (rep_prefix() == 0xF3 && modrm_ == 0xFA) {
        use(0xF3);
        mnemonic_ = "endbr64";
      } else if (rep_prefix() == 0xF3 && modrm_ == 0xFB) {
        use(0xF3);
        mnemonic_ = "endbr32";
      } else if (rep_prefix() == 0xF3 && mod_ == 3 && reg_ == 1) {
        use(0xF3);
        decode_entry(F(kUsesW, "rdssp$", Ry));
      } else {
        decode_entry(F(kNop, "nop~", Ev));
      }
      return;
    }
    case kSp0F01: {
      need_modrm();
      if (mod_ != 3) {
        decode_entry(kGroups[g0F01][reg_]);
        return;
      }
      if (reg_ == 4) {
        decode_entry(I("smsw", Rv));
        return;
      }
      if (reg_ == 6) {
        decode_entry(I("lmsw", Ew));
        return;
      }
      const char* mn = nullptr;
      switch (modrm_) {
        case 0xC1: mn = "vmcall"; break;
        case 0xC2: mn = "vmlaunch"; break;
        case 0xC3: mn = "vmresume"; break;
        case 0xC4: mn = "vmxoff"; break;
        case 0xC8: decode_entry(I("monitor")); ops_[nops_++] = text_operand("%rax"); ops_[nops_++] = text_operand("%ecx"); ops_[nops_++] = text_operand("%edx"); flags_ |= kNoRev; mnemonic_ = "monitor"; return;
        case 0xC9: mnemonic_ = "mwait"; ops_[nops_++] = text_operand("%eax"); ops_[nops_++] = text_operand("%ecx"); flags_ |= kNoRev; return;
        case 0xCA: mn = "clac"; break;
        case 0xCB: mn = "stac"; break;
        case 0xD0: mn = "xgetbv"; break;
        case 0xD1: mn = "xsetbv"; break;
        case 0xD5: mn = "xend"; break;
        case 0xD6: mn = "xtest"; break;
        case 0xEE: mn = "rdpkru"; break;
        case 0xEF: mn = "wrpkru"; break;
        case 0xF8: mn = "swapgs"; break;
        case 0xF9: mn = "rdtscp"; break;
        case 0xFC: mn = "clzero"; break;
        default: break;
      }
      if (!mn) bad_ = true;
      else mnemonic_ = mn;
      return;
    }
    case kSp0FAE: {
      need_modrm();
      uint8_t rp = rep_prefix();
      if (mod_ != 3) {
        if (rp) {  // F2/F3 forms (CET, ptwrite) are not decoded
          bad_ = true;
          return;
        }
        if (has(0x66) && reg_ == 7) {
          use(0x66);
          decode_entry(I("clflushopt", Mb));
          return;
        }
        if (has(0x66) && reg_ == 6) {
          use(0x66);
          decode_entry(I("clwb", Mb));
          return;
        }
        const Entry& g = kGroups[g0FAE][reg_];
        if (rex_w() && (reg_ <= 1 || (reg_ >= 4 && reg_ <= 6))) {
          rex_used_ |= 8;
          static constexpr const char* k64[8] = {"fxsave64", "fxrstor64", nullptr, nullptr,
                                                 "xsave64", "xrstor64", "xsaveopt64", nullptr};
          decode_entry(I(k64[reg_], M));
          return;
        }
        decode_entry(g);
        return;
      }
      if (rp == 0xF3 && reg_ == 5) {
        use(0xF3);
        decode_entry(F(kUsesW, "incssp$", Ry));
        return;
      }
      if (rp == 0xF3 && reg_ <= 3) {
        use(0xF3);
        static constexpr const char* kBase[4] = {"rdfsbase", "rdgsbase", "wrfsbase", "wrgsbase"};
        decode_entry(I(kBase[reg_], Ry));
        return;
      }
      if (reg_ == 5) mnemonic_ = "lfence";
      else if (reg_ == 6) mnemonic_ = "mfence";
      else if (reg_ == 7) mnemonic_ = "sfence";
      else bad_ = true;
      return;
    }
    case kSp0FC7: {
      need_modrm();
      if (mod_ != 3) {
        if (reg_ == 1 && rex_w()) {
          rex_used_ |= 8;
          decode_entry(F(kLockable, "cmpxchg16b", M));
          return;
        }
        if (rex_w() && reg_ >= 3 && reg_ <= 5) {
          rex_used_ |= 8;
          static constexpr const char* k64[3] = {"xrstors64", "xsavec64", "xsaves64"};
          decode_entry(I(k64[reg_ - 3], M));
          return;
        }
        decode_entry(kGroups[g0FC7][reg_]);
        return;
      }
      if (reg_ == 7 && rep_prefix() == 0xF3) {
        use(0xF3);
        decode_entry(I("rdpid", Rq));
      } else if (reg_ == 6 || reg_ == 7) {
        decode_entry(I(reg_ == 6 ? "rdrand" : "rdseed", Rv));
        use(0x66);
      } else {
        bad_ = true;
      }
      return;
    }
    case kSp0F18: {
      need_modrm();
      if (mod_ == 3) {
        decode_entry(I("nop~", Ev));
      } else {
        decode_entry(kGroups[g0F18][reg_]);
      }
      return;
    }
    default:
      bad_ = true;
  }
}

// The VEX prefix (C5: 2 bytes, C4: 3 bytes) and the opcode after it; the
// row for (map, opcode, implied prefix), or null.
const Entry* Decoder::decode_vex(uint8_t first) {
  // 66, F2, F3, lock or REX before VEX make the instruction invalid on a
  // processor; objdump decodes it and shows them as unused prefixes.
  if (rex_) prefixes_.push_back({rex_, false});
  uint8_t b1 = fetch();
  unsigned r, x = 1, bb = 1, w = 0, map = 1, v, l, pp;
  if (first == 0xC5) {
    r = b1 >> 7;
    v = (b1 >> 3) & 15;
    l = (b1 >> 2) & 1;
    pp = b1 & 3;
  } else {
    uint8_t b2 = fetch();
    r = b1 >> 7;
    x = (b1 >> 6) & 1;
    bb = (b1 >> 5) & 1;
    map = b1 & 31;
    w = b2 >> 7;
    v = (b2 >> 3) & 15;
    l = (b2 >> 2) & 1;
    pp = b2 & 3;
  }
  vex_ = true;
  vex_l_ = static_cast<uint8_t>(l);
  vex_v_ = static_cast<uint8_t>(~v & 15);
  rex_ = static_cast<uint8_t>(0x40 | (w << 3) | ((r ^ 1) << 2) | ((x ^ 1) << 1) | (bb ^ 1));
  mandatory_ = pp == 1 ? 0x66 : pp == 2 ? 0xF3 : pp == 3 ? 0xF2 : 0;
  uint8_t op = fetch();
  opcode_ = op;
  two_byte_ = true;
  if (map < 1 || map > 3) {
    bad_ = true;
    return nullptr;
  }
  for (const VexRow& row : kVex) {
    if (row.map == map && row.op == op && row.pp == pp) {
      const Entry* e = &row.e;
      if (e->kind != Kind::Insn) e = select(e, op);
      if (!e) bad_ = true;
      return e;
    }
  }
  bad_ = true;
  return nullptr;
}

size_t Decoder::run(std::string& text) {
  // Prefixes, then at most one REX right before the opcode.
  uint8_t b;
  for (;;) {
    if (pos_ >= 15) {
      text = "(bad)";
      return 0;
    }
    b = fetch();
    if (truncated_) return truncated(text);
    bool legacy = b == 0xF0 || b == 0xF2 || b == 0xF3 || b == 0x2E || b == 0x36 || b == 0x3E ||
                  b == 0x26 || b == 0x64 || b == 0x65 || b == 0x66 || b == 0x67;
    bool rex = (b & 0xF0) == 0x40;
    if (rex_ && (legacy || rex)) {
      // A REX must be the last prefix. objdump ends the "instruction" at a
      // REX that another prefix follows and shows the prefixes alone.
      --pos_;
      text = prefix_words();
      if (!text.empty() && text.back() == ' ') text.pop_back();
      return pos_;
    }
    if (legacy) {
      prefixes_.push_back({b, false});
      continue;
    }
    if (rex) {
      rex_ = b;
      continue;
    }
    break;
  }
  opcode_ = b;
  if (b == 0xC4 || b == 0xC5) {
    const Entry* e = decode_vex(b);
    if (!truncated_ && !bad_ && e) decode_entry(*e);
    if (truncated_) return truncated(text);
    if (bad_ || pos_ > 15) {
      text = "(bad)";
      return 0;
    }
    if (opcode_ == 0x77 && vex_l_ && mnemonic_ == "vzeroupper") mnemonic_ = "vzeroall";
    text = format();
    return pos_;
  }
  if (b == 0x9B && rex_) {
    // objdump treats fwait as a prefix of the next x87 instruction and shows
    // the prefixes before it on their own.
    --pos_;
    text = prefix_words();
    if (!text.empty() && text.back() == ' ') text.pop_back();
    return pos_;
  }
  bool fwait = false;
  if (b == 0x9B && pos_ < code_.size() && code_[pos_] >= 0xD8 && code_[pos_] <= 0xDF) {
    // fwait before an x87 instruction is its prefix: the pair is fstcw
    // (9B D9 /7) rather than fwait + fnstcw, and so on.
    fwait = true;
    opcode_ = b = fetch();
  }
  // movsxd: with a register source, 66 does not show as data16 (objdump).
  if (b == 0x63 && pos_ < code_.size() && (code_[pos_] >> 6) == 3) use(0x66);
  const Entry* e = nullptr;
  uint8_t opcode = b;
  if (b == 0x0F) {
    two_byte_ = true;
    uint8_t b1 = fetch();
    opcode_ = opcode = b1;
    if (b1 == 0x38 || b1 == 0x3A) {
      uint8_t b2 = fetch();
      opcode_ = opcode = b2;
      const SseRow* row = b1 == 0x38 ? find_row(kSse0F38, std::size(kSse0F38), b2)
                                     : find_row(kSse0F3A, std::size(kSse0F3A), b2);
      if (row) {
        uint8_t rp = rep_prefix();
        int col = rp == 0xF3 ? 2 : rp == 0xF2 ? 3 : has(0x66) ? 1 : 0;
        // crc32 with 66 (16-bit source) is the F2 row; 66 stays operand size.
        if (b1 == 0x38 && (b2 == 0xF0 || b2 == 0xF1) && rp == 0xF2) col = 3;
        if (row->e[col].kind != Kind::Invalid) {
          e = &row->e[col];
          mandatory_ = col == 1 ? 0x66 : col == 2 ? 0xF3 : col == 3 ? 0xF2 : 0;
          if (mandatory_) use(mandatory_);
        }
      }
      if (!e) bad_ = true;
    } else {
      e = &kTwoByte[b1];
    }
  } else {
    e = &kOneByte[b];
  }

  if (!bad_ && e) {
    if (e->kind == Kind::Special) {
      special(e->arg);
    } else if (e->kind == Kind::X87) {
      decode_x87(opcode);
    } else {
      const Entry* ins = select(e, opcode);
      if (!ins) bad_ = true;
      else decode_entry(*ins);
    }
  } else {
    bad_ = true;
  }

  if (truncated_) return truncated(text);
  if (bad_ || pos_ > 15) {
    text = "(bad)";
    return 0;
  }
  if (fwait && mnemonic_.size() > 2 && mnemonic_.compare(0, 2, "fn") == 0 && mnemonic_ != "fnop")
    mnemonic_.erase(1, 1);
  // Condition-code families take their names from the opcode.
  if (mnemonic_.empty()) {
    if (two_byte_ && opcode_ >= 0x40 && opcode_ <= 0x4F) mnemonic_ = kCmovNames[opcode_ & 15];
    else if (two_byte_ && opcode_ >= 0x90 && opcode_ <= 0x9F) mnemonic_ = kSetNames[opcode_ & 15];
    else if (flags_ & kJcc) mnemonic_ = kJccNames[opcode_ & 15];
  }
  text = format();
  return pos_;
}

std::string Decoder::prefix_words() {
  std::string s;
  bool lock = has(0xF0);
  // Hardware lock elision: F2/F3 on a locked instruction (or xchg, which
  // locks by itself) are xacquire/xrelease; F3 on a store is xrelease.
  bool hle_acq = has_mem_ && (((flags_ & kLockable) && lock) || (flags_ & kHleXchg));
  bool hle_rel = hle_acq || (has_mem_ && (flags_ & kHleStore) && rep_prefix() == 0xF3);
  for (size_t i = 0; i < prefixes_.size(); ++i) {
    const PrefixByte& p = prefixes_[i];
    if (p.used) continue;
    const char* w = nullptr;
    std::string rexname;
    switch (p.byte) {
      case 0xF0: w = "lock"; break;
      // Only the last F2 and the last F3 take their meaning from the
      // instruction; earlier copies are plain repnz/repz.
      case 0xF2:
        w = int(i) != last_index(0xF2) ? "repnz"
            : hle_acq                  ? "xacquire"
            : (flags_ & kBranch)       ? "bnd"
                                       : "repnz";
        break;
      case 0xF3:
        w = int(i) != last_index(0xF3) ? "repz"
            : hle_rel                  ? "xrelease"
            : (flags_ & kRepStr)       ? "rep"
                                       : "repz";
        break;
      case 0x2E: w = "cs"; break;
      case 0x36: w = "ss"; break;
      case 0x3E: w = "ds"; break;
      case 0x26: w = "es"; break;
      case 0x64: w = "fs"; break;
      case 0x65: w = "gs"; break;
      case 0x66: w = "data16"; break;
      case 0x67: w = "addr32"; break;
      default:
        if ((p.byte & 0xF0) == 0x40) {
          rexname = "rex";
          if (p.byte & 0xF) {
            rexname += '.';
            if (p.byte & 8) rexname += 'W';
            if (p.byte & 4) rexname += 'R';
            if (p.byte & 2) rexname += 'X';
            if (p.byte & 1) rexname += 'B';
          }
          w = rexname.c_str();
        }
        break;
    }
    // notrack (3E on an indirect branch) takes the place of the last
    // segment prefix, as objdump shows it.
    if (notrack_ && is_seg(p.byte) && !later_segment(i)) w = "notrack";
    if (!w) continue;
    s += w;
    s += ' ';
  }
  // The active REX, when some of its bits changed nothing.
  if (rex_ && !vex_) {
    bool base_used = rex_used_ != 0;
    if ((rex_ & 0xF & ~rex_used_) != 0 || !base_used) {
      s += "rex";
      if (rex_ & 0xF) {
        s += '.';
        if (rex_ & 8) s += 'W';
        if (rex_ & 4) s += 'R';
        if (rex_ & 2) s += 'X';
        if (rex_ & 1) s += 'B';
      }
      s += ' ';
    }
  }
  return s;
}

std::string Decoder::format() {
  // Mnemonic escapes.
  std::string mn;
  {
    const std::string& t = mnemonic_;
    size_t bar = t.find('|');
    std::string base = t;
    if (bar != std::string::npos) {
      // "w|l|q" forms pick by operand size.
      size_t bar2 = t.find('|', bar + 1);
      unsigned sz = osize_ ? osize_ : vsize();
      if (sz == 2) base = t.substr(0, bar);
      else if (sz == 4) base = t.substr(bar + 1, bar2 - bar - 1);
      else base = t.substr(bar2 + 1);
    }
    for (char c : base) {
      if (c == '~') {
        // Instructions that are 64-bit by default only say 'w' (pushw, retw).
        if (flags_ & kD64) {
          if (osize_ == 2 && !sizing_reg_) mn += 'w';
        } else if (!sizing_reg_ && esize_) {
          mn += suffix_letter(esize_);
        }
      } else if (c == '%') {
        mn += suffix_letter(osize_ ? osize_ : 4);
      } else if (c == '?') {
        if (has_mem_) mn += vex_l_ ? 'y' : 'x';
      } else if (c == '&') {
        mn += rex_w() ? 'd' : 's';
      } else if (c == '^') {
        if (has_mem_ && esize_) mn += suffix_letter(esize_);
      } else if (c == '!') {
        if (rex_w()) {
          mn += 'q';
          rex_used_ |= 8;
        }
      } else if (c == '@') {
        mn += rex_w() ? 'q' : 'l';
        if (rex_w()) rex_used_ |= 8;
      } else if (c == '$') {
        mn += rex_w() ? 'q' : 'd';
        if (rex_w()) rex_used_ |= 8;
      } else {
        mn += c;
      }
    }
  }
  // SSE compare and pclmulqdq pseudo-ops fold their immediate into the name.
  if ((flags_ & kCmpPseudo) && nops_ == 3 && ops_[2].type == Operand::Imm && ops_[2].value < 8) {
    static constexpr const char* kPred[8] = {"eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord"};
    mn = "cmp" + std::string(kPred[ops_[2].value]) + mn.substr(3);
    nops_ = 2;
  }
  if ((flags_ & kCmp32) && nops_ == 4 && ops_[3].type == Operand::Imm && ops_[3].value < 32) {
    static constexpr const char* kPred[32] = {
        "eq",    "lt",    "le",    "unord",   "neq",    "nlt",    "nle",    "ord",
        "eq_uq", "nge",   "ngt",   "false",   "neq_oq", "ge",     "gt",     "true",
        "eq_os", "lt_oq", "le_oq", "unord_s", "neq_us", "nlt_uq", "nle_uq", "ord_s",
        "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq", "gt_oq", "true_us"};
    mn = "vcmp" + std::string(kPred[ops_[3].value]) + mn.substr(4);
    nops_ = 3;
  }
  if ((flags_ & kClmul) && nops_ >= 3 && ops_[nops_ - 1].type == Operand::Imm) {
    uint64_t v = ops_[nops_ - 1].value;
    const char* name = v == 0x00 ? "pclmullqlqdq" : v == 0x01 ? "pclmulhqlqdq"
                     : v == 0x10 ? "pclmullqhqdq" : v == 0x11 ? "pclmulhqhqdq" : nullptr;
    if (name) {
      mn = std::string(vex_ ? "v" : "") + name;
      --nops_;
    }
  }
  if ((flags_ & kLoop) && has(0x67)) {
    use(0x67);
    mn += 'l';
  }
  // Branch hints on jcc, loop, jrcxz.
  if (mn == "jrcxz" && has(0x67)) {
    use(0x67);
    mn = "jecxz";
  }
  if (flags_ & kHint) {
    // One of cs/ds (not both) is the hint; it consumes the last segment prefix.
    if (has(0x2E) != has(0x3E)) {
      mn += has(0x2E) ? ",pn" : ",pt";
      use_segment();
    }
  }

  notrack_ = (flags_ & kNoTrack) && has(0x3E);
  // Operands (AT&T order: reversed).
  uint64_t end = address_ + pos_;
  std::string ops;
  std::string comment;
  for (int j = 0; j < nops_; ++j) {
    int i = (flags_ & kNoRev) ? j : nops_ - 1 - j;
    const Operand& o = ops_[i];
    if (o.type == Operand::None) continue;
    if (!ops.empty()) ops += ',';
    if (o.star) ops += '*';
    switch (o.type) {
      case Operand::Text: ops += o.text; break;
      case Operand::Imm:
        ops += '$';
        append_hex(ops, o.value);
        break;
      case Operand::Target:
        append_hex(ops, o.size == 2 ? ((end + o.value) & 0xffff) : end + o.value);
        break;
      case Operand::Mem:
        ops += mem_text(mem_);
        if (mem_.base == 16) {
          uint64_t target = end + uint64_t(mem_.disp);
          comment = "        # ";
          append_hex(comment, target);
        }
        break;
      case Operand::None: break;
    }
  }
  // The segment prefix of a memory operand is used; fs/gs were marked by
  // mem_text, the others are printed as prefix words (64-bit mode).
  std::string out = prefix_words() + mn;
  if (!ops.empty()) {
    while (out.size() < 6) out += ' ';
    out += ' ';
    out += ops;
  }
  out += comment;
  return out;
}

}  // namespace

size_t disassemble(std::span<const uint8_t> code, uint64_t address, std::string& text) {
  Decoder d(code, address);
  return d.run(text);
}

}  // namespace kit::x86_64
