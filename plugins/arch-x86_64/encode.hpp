// The x86-64 instruction encoder: machine code bytes directly, no external
// assembler.
//
// Every x86-64 instruction this backend emits has the shape
//
//   [segment] [lock | 66] [F2|F3] [REX] opcode (1-3 bytes) [ModRM [SIB] [disp]] [imm]
//
// (Intel SDM vol. 2, chapter 2). The encoder is built around one routine
// that lays out that shape from an operand description (a register or a
// memory address for ModRM.rm, a register or an opcode extension for
// ModRM.reg); the instruction groups are tables of opcodes feeding it: the
// eight ALU operations (opcode = 8 * op + form), the shift group (C0/C1/D0-D3
// with /digit), the unary group 3 (F6/F7 /digit), condition codes (70+cc,
// 0F 80+cc, 0F 90+cc, 0F 40+cc), SSE2 scalar operations (mandatory prefix +
// 0F opcode) and the x87 memory and register forms.
//
// Where the architecture offers several encodings for one instruction, the
// encoder picks the one LLVM's assembler picks (the accumulator short
// forms, imm8 when the value fits, shift-by-1), so tests can compare bytes
// with `llvm-mc -show-encoding` one to one.
//
// Addresses: base + index*scale + disp32, RIP-relative (to an object
// symbol with a relocation, or to a label of this code buffer), or absolute
// (no base: disp32 through a SIB byte), each with an optional %fs/%gs
// segment override.
#pragma once

#include <cstdint>
#include <vector>

#include "regs.hpp"

namespace kit::x86_64 {

enum class Cond : uint8_t { O = 0, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G };
constexpr Cond invert(Cond c) { return Cond(uint8_t(c) ^ 1); }

enum Segment : uint8_t { kNoSeg = 0, kFS = 0x64, kGS = 0x65 };

struct Addr {
  uint8_t base = kNoReg;  // a GPR, kRip, or kNoReg (absolute)
  uint8_t index = kNoReg; // a GPR other than rsp, or kNoReg
  uint8_t scale = 1;      // 1, 2, 4, 8
  uint8_t seg = kNoSeg;
  int32_t disp = 0;
  // Relocated displacement. With base kRip, kSymbol is a relocation of kind
  // `reloc` against symbol `target` with `addend` (the encoder folds in the
  // distance from the displacement to the end of the instruction, so addend
  // is what the address means: sym + addend), kLabel is label `target` of
  // this buffer + addend. With a register base or none, kSymbol makes the
  // disp32 field an absolute relocation (x@tpoff(%rax)) holding sym + addend.
  enum TargetKind : uint8_t { kNone, kSymbol, kLabel };
  TargetKind kind = kNone;
  uint32_t target = 0;
  uint32_t reloc = 0;
  int64_t addend = 0;

  static Addr base_disp(uint8_t base, int32_t disp = 0) {
    Addr a;
    a.base = base;
    a.disp = disp;
    return a;
  }
  static Addr sib(uint8_t base, uint8_t index, uint8_t scale, int32_t disp = 0) {
    Addr a;
    a.base = base;
    a.index = index;
    a.scale = scale;
    a.disp = disp;
    return a;
  }
  static Addr rip_symbol(uint32_t sym, uint32_t reloc, int64_t addend = 0) {
    Addr a;
    a.base = kRip;
    a.kind = kSymbol;
    a.target = sym;
    a.reloc = reloc;
    a.addend = addend;
    return a;
  }
  static Addr rip_label(uint32_t label, int64_t addend = 0) {
    Addr a;
    a.base = kRip;
    a.kind = kLabel;
    a.target = label;
    a.addend = addend;
    return a;
  }
  static Addr rip_disp(int32_t disp) {
    Addr a;
    a.base = kRip;
    a.disp = disp;
    return a;
  }
  static Addr absolute(int32_t disp, uint8_t seg = kNoSeg) {
    Addr a;
    a.disp = disp;
    a.seg = seg;
    return a;
  }
};

// A ModRM.rm operand: a register or a memory address.
struct RM {
  bool is_mem = false;
  uint8_t reg = kNoReg;
  Addr addr;
  RM(Reg r) : reg(r) {}  // NOLINT: implicit on purpose, rm(RAX) reads well
  RM(const Addr& a) : is_mem(true), addr(a) {}  // NOLINT
  static RM r(uint32_t reg) { return RM(Reg(reg)); }
};

enum class Alu : uint8_t { Add = 0, Or = 1, Adc = 2, Sbb = 3, And = 4, Sub = 5, Xor = 6, Cmp = 7 };
enum class Shift : uint8_t { Rol = 0, Ror = 1, Shl = 4, Shr = 5, Sar = 7 };
enum class Unary : uint8_t { Not = 2, Neg = 3, Mul = 4, Imul = 5, Div = 6, Idiv = 7 };

// SSE2 scalar operations, register <- r/m (see the table in encode.cpp).
enum class Sse : uint8_t {
  Movss, Movsd,          // loads (and reg-reg moves of the low element)
  Movaps, Movapd,        // full register copies
  Addss, Addsd, Subss, Subsd, Mulss, Mulsd, Divss, Divsd, Sqrtss, Sqrtsd,
  Ucomiss, Ucomisd, Comiss, Comisd,
  Cvtss2sd, Cvtsd2ss,
  Cvtsi2ss, Cvtsi2sd,    // xmm <- gpr/mem; size 8 = from 64-bit integer
  Cvttss2si, Cvttsd2si,  // gpr <- xmm/mem; size 8 = to 64-bit integer
  Xorps, Xorpd, Andps, Andpd, Orps, Andnps,
  MovdToXmm,             // xmm <- gpr/mem: movd (size 4) / movq (size 8)
  Count
};
// SSE stores and xmm -> gpr moves, r/m <- register.
enum class SseStore : uint8_t { Movss, Movsd, MovdFromXmm /* movd/movq gpr <- xmm */, Count };

// x87 memory operations (Intel SDM: opcode + /digit).
enum class X87Mem : uint8_t {
  Fld32, Fld64, Fld80, Fstp32, Fstp64, Fstp80,
  Fild16, Fild32, Fild64, Fistp16, Fistp32, Fistp64,
  Fnstcw, Fldcw, Count
};
// x87 register-stack operations with an implicit or st(i) operand.
enum class X87 : uint8_t {
  Faddp, Fsubp, Fsubrp, Fmulp, Fdivp, Fdivrp,  // st(1) op= st(0), pop (Intel naming)
  Fucomip, Fcomip,                             // compare st(0) with st(i), set EFLAGS, pop
  Fxch, FstpSt, FldSt,                         // st(i)
  Fchs, Fabs, Fldz, Fld1,
  Count
};

// Appends multi-byte NOPs to `code` until its size is a multiple of `a`.
void pad_with_nops(std::vector<uint8_t>& code, unsigned a);

class Assembler {
 public:
  struct Reloc {
    uint32_t offset;
    uint32_t kind;
    uint32_t symbol;
    int64_t addend;
  };

  std::vector<uint8_t>& code() { return code_; }
  const std::vector<uint8_t>& code() const { return code_; }
  const std::vector<Reloc>& relocs() const { return relocs_; }
  size_t size() const { return code_.size(); }

  // Labels: created unbound, bound once to the current offset. Jumps and
  // RIP-relative references to labels are resolved by finish().
  uint32_t new_label();
  void bind(uint32_t label);
  bool bound(uint32_t label) const { return labels_[label] >= 0; }
  uint32_t label_offset(uint32_t label) const { return static_cast<uint32_t>(labels_[label]); }
  // Resolves label references; throws kit::Error for an unbound label.
  void finish();

  // Raw bytes (data in code, alignment padding).
  void byte(uint8_t b) { code_.push_back(b); }
  void bytes(std::initializer_list<uint8_t> bs) { code_.insert(code_.end(), bs); }
  void align(unsigned a);  // pads with multi-byte NOPs

  // ---- integer
  void mov(unsigned size, Reg dst, Reg src);                 // mov %src, %dst (89)
  void mov_load(unsigned size, Reg dst, const Addr& src);    // 8B
  void mov_store(unsigned size, const Addr& dst, Reg src);   // 89
  void mov_imm(unsigned size, Reg dst, int64_t imm);         // B0/B8+r: movb/w/l $imm (size 8: movabs)
  void mov_imm_sx(Reg dst, int32_t imm);                     // movq $imm32, %r64 (C7 /0, sign-extended)
  void mov_store_imm(unsigned size, const Addr& dst, int32_t imm);  // C6/C7 /0
  void lea(unsigned size, Reg dst, const Addr& src);
  void movzx(unsigned dst_size, unsigned src_size, Reg dst, const RM& src);  // src 1 or 2
  void movsx(unsigned dst_size, unsigned src_size, Reg dst, const RM& src);  // src 1, 2 or 4 (movslq)
  void alu(Alu op, unsigned size, Reg dst, Reg src);         // op %src, %dst
  void alu_load(Alu op, unsigned size, Reg dst, const Addr& src);
  void alu_store(Alu op, unsigned size, const Addr& dst, Reg src);
  void alu_imm(Alu op, unsigned size, const RM& dst, int32_t imm);
  void test(unsigned size, const RM& a, Reg b);              // test %b, a
  void test_imm(unsigned size, const RM& a, int32_t imm);
  void imul(unsigned size, Reg dst, const RM& src);          // 0F AF
  void imul_imm(unsigned size, Reg dst, const RM& src, int32_t imm);
  void unary(Unary op, unsigned size, const RM& a);          // not/neg/mul/imul/div/idiv
  void shift_cl(Shift op, unsigned size, const RM& a);
  void shift_imm(Shift op, unsigned size, const RM& a, uint8_t imm);
  void shld_cl(unsigned size, const RM& dst, Reg src);       // shld %cl, %src, dst
  void shrd_cl(unsigned size, const RM& dst, Reg src);
  void shld_imm(unsigned size, const RM& dst, Reg src, uint8_t imm);
  void shrd_imm(unsigned size, const RM& dst, Reg src, uint8_t imm);
  void setcc(Cond c, const RM& dst8);
  void cmov(Cond c, unsigned size, Reg dst, const RM& src);
  void sign_extend_ax(unsigned size);   // cwtd / cltd / cqto: rdx:rax <- sign(rax)
  void bsr(unsigned size, Reg dst, const RM& src);
  void bsf(unsigned size, Reg dst, const RM& src);
  void bswap(unsigned size, Reg r);     // size 4 or 8
  void xchg(unsigned size, const Addr& mem, Reg r);
  void lock_xadd(unsigned size, const Addr& mem, Reg r);
  void lock_cmpxchg(unsigned size, const Addr& mem, Reg r);
  void push(Reg r);
  void pop(Reg r);
  void mfence();
  void ud2();
  void rep_movsb();
  void rep_stosb();

  // ---- control flow
  void jmp(uint32_t label);
  void jcc(Cond c, uint32_t label);
  void jmp_rm(const RM& target);   // jmp *target
  void call_rm(const RM& target);  // call *target
  void call_symbol(uint32_t symbol, uint32_t reloc_kind);  // call sym (rel32 relocation, addend -4)
  void jmp_symbol(uint32_t symbol, uint32_t reloc_kind);   // jmp sym (tail call)
  void ret();

  // ---- SSE2 scalar
  void sse(Sse op, unsigned size, uint32_t reg, const RM& src);  // reg (xmm or gpr) <- src
  void sse_store(SseStore op, unsigned size, const RM& dst, uint32_t xmm);

  // ---- x87
  void x87_mem(X87Mem op, const Addr& a);
  void x87(X87 op, unsigned sti = 1);

  // Prefixes for the next instruction that has them (the canonical TLS
  // general-dynamic sequence pads with 66 / rex.W bytes).
  void raw_prefix(uint8_t b) { code_.push_back(b); }

 private:
  struct Prefix {
    uint8_t seg = 0;
    bool lock = false;
    bool opsize = false;      // 66
    uint8_t mandatory = 0;    // 66/F2/F3 that belongs to the opcode
    bool w = false;           // REX.W
    bool byte_reg = false;    // ModRM.reg is a byte register: spl..dil need REX
    bool byte_rm = false;     // ModRM.rm register is a byte register
  };
  // The whole instruction: prefixes, opcode bytes, ModRM with reg field
  // `reg` (register number or /digit), rm operand, then imm_size bytes of imm.
  void emit(const Prefix& p, std::initializer_list<uint8_t> opcode, uint32_t reg, const RM& rm,
            unsigned imm_size = 0, int64_t imm = 0);
  // Opcode with the register in its low 3 bits (push, pop, bswap, mov imm).
  void emit_plus_r(const Prefix& p, std::initializer_list<uint8_t> opcode, uint32_t r,
                   unsigned imm_size, int64_t imm);
  void imm(unsigned size, int64_t v);
  void jump_to_label(std::initializer_list<uint8_t> short_op, std::initializer_list<uint8_t> near_op,
                     uint32_t label);

  struct LabelFixup {
    uint32_t disp_offset;  // where the rel32 goes
    uint32_t end;          // offset of the end of the instruction
    uint32_t label;
    int64_t addend;
  };
  std::vector<uint8_t> code_;
  std::vector<Reloc> relocs_;
  std::vector<int64_t> labels_;
  std::vector<LabelFixup> fixups_;
};

// AT&T mnemonic suffix for an operand size: b, w, l, q.
char size_suffix(unsigned size);

}  // namespace kit::x86_64
