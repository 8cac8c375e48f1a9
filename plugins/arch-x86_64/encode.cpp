// x86-64 instruction encoding (see encode.hpp for the shape and the choices).
//
// ModRM/SIB rules that matter (Intel SDM vol. 2, 2.1.5 and 2.2.1):
//  - rm = 100 means "a SIB byte follows", so a base of rsp or r12 always
//    takes a SIB byte (index 100 = none);
//  - mod = 00 with rm = 101 is RIP + disp32 in 64-bit mode, so a base of
//    rbp or r13 without displacement is encoded as mod = 01, disp8 = 0;
//  - SIB base = 101 with mod = 00 means "no base, disp32": absolute addresses
//    (and %fs:0 for TLS) use it;
//  - an index of 100 without REX.X means "no index", so rsp is no index;
//  - any REX prefix turns byte registers 4..7 from ah/ch/dh/bh into
//    spl/bpl/sil/dil, so those need an (empty) REX.
// Prefix order follows what LLVM emits: segment, 66, lock, mandatory
// prefix, REX, opcode.
#include "encode.hpp"

#include <string>

#include "kit/diag.hpp"
#include "reloc_kinds.hpp"

namespace kit::x86_64 {

namespace {

bool fits8(int64_t v) { return v >= -128 && v <= 127; }

struct SseInfo {
  uint8_t prefix;  // mandatory prefix, 0 = none
  uint8_t opcode;  // after 0F
  bool sized;      // REX.W when size == 8
};

constexpr SseInfo kSse[] = {
    {0xF3, 0x10, false},  // Movss
    {0xF2, 0x10, false},  // Movsd
    {0x00, 0x28, false},  // Movaps
    {0x66, 0x28, false},  // Movapd
    {0xF3, 0x58, false},  // Addss
    {0xF2, 0x58, false},  // Addsd
    {0xF3, 0x5C, false},  // Subss
    {0xF2, 0x5C, false},  // Subsd
    {0xF3, 0x59, false},  // Mulss
    {0xF2, 0x59, false},  // Mulsd
    {0xF3, 0x5E, false},  // Divss
    {0xF2, 0x5E, false},  // Divsd
    {0xF3, 0x51, false},  // Sqrtss
    {0xF2, 0x51, false},  // Sqrtsd
    {0x00, 0x2E, false},  // Ucomiss
    {0x66, 0x2E, false},  // Ucomisd
    {0x00, 0x2F, false},  // Comiss
    {0x66, 0x2F, false},  // Comisd
    {0xF3, 0x5A, false},  // Cvtss2sd
    {0xF2, 0x5A, false},  // Cvtsd2ss
    {0xF3, 0x2A, true},   // Cvtsi2ss
    {0xF2, 0x2A, true},   // Cvtsi2sd
    {0xF3, 0x2C, true},   // Cvttss2si
    {0xF2, 0x2C, true},   // Cvttsd2si
    {0x00, 0x57, false},  // Xorps
    {0x66, 0x57, false},  // Xorpd
    {0x00, 0x54, false},  // Andps
    {0x66, 0x54, false},  // Andpd
    {0x00, 0x56, false},  // Orps
    {0x00, 0x55, false},  // Andnps
    {0x66, 0x6E, true},   // MovdToXmm
};
static_assert(sizeof kSse / sizeof kSse[0] == size_t(Sse::Count));

constexpr SseInfo kSseStore[] = {
    {0xF3, 0x11, false},  // Movss
    {0xF2, 0x11, false},  // Movsd
    {0x66, 0x7E, true},   // MovdFromXmm
};
static_assert(sizeof kSseStore / sizeof kSseStore[0] == size_t(SseStore::Count));

struct X87MemInfo {
  uint8_t opcode;
  uint8_t digit;
};
constexpr X87MemInfo kX87Mem[] = {
    {0xD9, 0},  // Fld32   flds
    {0xDD, 0},  // Fld64   fldl
    {0xDB, 5},  // Fld80   fldt
    {0xD9, 3},  // Fstp32  fstps
    {0xDD, 3},  // Fstp64  fstpl
    {0xDB, 7},  // Fstp80  fstpt
    {0xDF, 0},  // Fild16  filds
    {0xDB, 0},  // Fild32  fildl
    {0xDF, 5},  // Fild64  fildll
    {0xDF, 3},  // Fistp16 fistps
    {0xDB, 3},  // Fistp32 fistpl
    {0xDF, 7},  // Fistp64 fistpll
    {0xD9, 7},  // Fnstcw
    {0xD9, 5},  // Fldcw
};
static_assert(sizeof kX87Mem / sizeof kX87Mem[0] == size_t(X87Mem::Count));

struct X87Info {
  uint8_t b0, b1;
  bool has_sti;  // b1 + i
};
// Intel semantics (the AT&T spellings of the reversed forms are swapped:
// Intel FSUBP = DE E8+i is `fsubrp` to GNU as and llvm-mc).
constexpr X87Info kX87[] = {
    {0xDE, 0xC0, true},   // Faddp   st(i) = st(i) + st(0), pop
    {0xDE, 0xE8, true},   // Fsubp   st(i) = st(i) - st(0), pop
    {0xDE, 0xE0, true},   // Fsubrp  st(i) = st(0) - st(i), pop
    {0xDE, 0xC8, true},   // Fmulp
    {0xDE, 0xF8, true},   // Fdivp   st(i) = st(i) / st(0), pop
    {0xDE, 0xF0, true},   // Fdivrp  st(i) = st(0) / st(i), pop
    {0xDF, 0xE8, true},   // Fucomip
    {0xDF, 0xF0, true},   // Fcomip
    {0xD9, 0xC8, true},   // Fxch
    {0xDD, 0xD8, true},   // FstpSt
    {0xD9, 0xC0, true},   // FldSt
    {0xD9, 0xE0, false},  // Fchs
    {0xD9, 0xE1, false},  // Fabs
    {0xD9, 0xEE, false},  // Fldz
    {0xD9, 0xE8, false},  // Fld1
};
static_assert(sizeof kX87 / sizeof kX87[0] == size_t(X87::Count));

}  // namespace

char size_suffix(unsigned size) {
  switch (size) {
    case 1: return 'b';
    case 2: return 'w';
    case 4: return 'l';
    default: return 'q';
  }
}

uint32_t Assembler::new_label() {
  labels_.push_back(-1);
  return static_cast<uint32_t>(labels_.size() - 1);
}

void Assembler::bind(uint32_t label) {
  if (labels_[label] >= 0) throw Error("x86-64 assembler: label bound twice");
  labels_[label] = static_cast<int64_t>(code_.size());
}

void Assembler::finish() {
  for (const LabelFixup& f : fixups_) {
    if (labels_[f.label] < 0) throw Error("x86-64 assembler: reference to an unbound label");
    int64_t v = labels_[f.label] + f.addend - static_cast<int64_t>(f.end);
    if (v < INT32_MIN || v > INT32_MAX) throw Error("x86-64 assembler: label out of range");
    uint32_t u = static_cast<uint32_t>(static_cast<int32_t>(v));
    for (int i = 0; i < 4; ++i) code_[f.disp_offset + i] = static_cast<uint8_t>(u >> (8 * i));
  }
  fixups_.clear();
}

void pad_with_nops(std::vector<uint8_t>& code, unsigned a) {
  // Multi-byte NOPs (Intel SDM vol. 2, NOP: "recommended multi-byte sequences").
  static const uint8_t kNops[][9] = {
      {0x90},
      {0x66, 0x90},
      {0x0F, 0x1F, 0x00},
      {0x0F, 0x1F, 0x40, 0x00},
      {0x0F, 0x1F, 0x44, 0x00, 0x00},
      {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
      {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
      {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
      {0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
  };
  size_t pad = (a - code.size() % a) % a;
  while (pad) {
    size_t n = pad > 9 ? 9 : pad;
    code.insert(code.end(), kNops[n - 1], kNops[n - 1] + n);
    pad -= n;
  }
}

void Assembler::align(unsigned a) { pad_with_nops(code_, a); }

void Assembler::imm(unsigned size, int64_t v) {
  for (unsigned i = 0; i < size; ++i) code_.push_back(static_cast<uint8_t>(uint64_t(v) >> (8 * i)));
}

void Assembler::emit(const Prefix& p, std::initializer_list<uint8_t> opcode, uint32_t reg,
                     const RM& rm, unsigned imm_size, int64_t immv) {
  const Addr& a = rm.addr;
  uint8_t seg = p.seg ? p.seg : (rm.is_mem ? a.seg : 0);
  if (seg) code_.push_back(seg);
  if (p.opsize) code_.push_back(0x66);
  if (p.lock) code_.push_back(0xF0);
  if (p.mandatory) code_.push_back(p.mandatory);
  uint8_t r = hw(reg);
  uint8_t rex = 0;
  if (p.w) rex |= 8;
  if (r & 8) rex |= 4;
  if (rm.is_mem) {
    if (a.index != kNoReg) {
      if (a.index == RSP) throw Error("x86-64 assembler: %rsp cannot be an index register");
      if (hw(a.index) & 8) rex |= 2;
    }
    if (a.base != kNoReg && a.base != kRip && (hw(a.base) & 8)) rex |= 1;
  } else if (hw(rm.reg) & 8) {
    rex |= 1;
  }
  bool need_rex = rex != 0 || (p.byte_reg && r >= 4 && r <= 7) ||
                  (p.byte_rm && !rm.is_mem && hw(rm.reg) >= 4 && hw(rm.reg) <= 7);
  if (need_rex) code_.push_back(0x40 | rex);
  code_.insert(code_.end(), opcode);
  uint8_t regbits = static_cast<uint8_t>((r & 7) << 3);
  if (!rm.is_mem) {
    code_.push_back(0xC0 | regbits | (hw(rm.reg) & 7));
    imm(imm_size, immv);
    return;
  }
  int64_t disp_pos = -1;
  if (a.base == kRip) {
    code_.push_back(0x05 | regbits);
    disp_pos = static_cast<int64_t>(code_.size());
    imm(4, a.disp);
  } else if (a.base == kNoReg) {
    code_.push_back(0x04 | regbits);
    uint8_t idx = a.index == kNoReg ? 4 : (hw(a.index) & 7);
    uint8_t ss = a.scale == 8 ? 3 : a.scale == 4 ? 2 : a.scale == 2 ? 1 : 0;
    code_.push_back(static_cast<uint8_t>((ss << 6) | (idx << 3) | 5));
    disp_pos = static_cast<int64_t>(code_.size());
    imm(4, a.disp);
  } else {
    uint8_t b = hw(a.base) & 7;
    bool sib = a.index != kNoReg || b == 4;
    // A relocated displacement (x@tpoff(%reg)) is always 32 bits.
    uint8_t mod = a.kind == Addr::kSymbol ? 2 : (a.disp == 0 && b != 5) ? 0 : fits8(a.disp) ? 1 : 2;
    code_.push_back(static_cast<uint8_t>((mod << 6) | regbits | (sib ? 4 : b)));
    if (sib) {
      uint8_t idx = a.index == kNoReg ? 4 : (hw(a.index) & 7);
      uint8_t ss = a.scale == 8 ? 3 : a.scale == 4 ? 2 : a.scale == 2 ? 1 : 0;
      code_.push_back(static_cast<uint8_t>((ss << 6) | (idx << 3) | b));
    }
    if (mod == 1) imm(1, a.disp);
    if (mod == 2) {
      disp_pos = static_cast<int64_t>(code_.size());
      imm(4, a.disp);
    }
  }
  imm(imm_size, immv);
  if (disp_pos >= 0 && a.kind != Addr::kNone) {
    uint32_t end = static_cast<uint32_t>(code_.size());
    uint32_t at = static_cast<uint32_t>(disp_pos);
    if (a.base != kRip) {
      // Absolute: the field holds sym + addend itself.
      if (a.kind != Addr::kSymbol) throw Error("x86-64 assembler: label operand needs %rip");
      relocs_.push_back({at, a.reloc, a.target, a.addend});
    } else if (a.kind == Addr::kSymbol) {
      relocs_.push_back({at, a.reloc, a.target, a.addend - int64_t(end - at)});
    } else {
      fixups_.push_back({at, end, a.target, a.addend});
    }
  }
}

void Assembler::emit_plus_r(const Prefix& p, std::initializer_list<uint8_t> opcode, uint32_t r,
                            unsigned imm_size, int64_t immv) {
  if (p.opsize) code_.push_back(0x66);
  uint8_t rex = (p.w ? 8 : 0) | ((hw(r) & 8) ? 1 : 0);
  if (rex || (p.byte_rm && hw(r) >= 4 && hw(r) <= 7)) code_.push_back(0x40 | rex);
  code_.insert(code_.end(), opcode);
  code_.back() = static_cast<uint8_t>(code_.back() + (hw(r) & 7));
  imm(imm_size, immv);
}


#define KIT_SIZED(p, size)                   \
  Prefix p;                                  \
  p.opsize = (size) == 2;                    \
  p.w = (size) == 8;                         \
  p.byte_reg = p.byte_rm = (size) == 1

// ---------------------------------------------------------------- integer

void Assembler::mov(unsigned size, Reg dst, Reg src) {
  KIT_SIZED(p, size);
  emit(p, {uint8_t(size == 1 ? 0x88 : 0x89)}, src, RM(dst));
}

void Assembler::mov_load(unsigned size, Reg dst, const Addr& src) {
  KIT_SIZED(p, size);
  emit(p, {uint8_t(size == 1 ? 0x8A : 0x8B)}, dst, RM(src));
}

void Assembler::mov_store(unsigned size, const Addr& dst, Reg src) {
  KIT_SIZED(p, size);
  emit(p, {uint8_t(size == 1 ? 0x88 : 0x89)}, src, RM(dst));
}

void Assembler::mov_imm(unsigned size, Reg dst, int64_t v) {
  KIT_SIZED(p, size);
  if (size == 1) emit_plus_r(p, {0xB0}, dst, 1, v);
  else emit_plus_r(p, {0xB8}, dst, size, v);
}

void Assembler::mov_imm_sx(Reg dst, int32_t v) {
  KIT_SIZED(p, 8);
  emit(p, {0xC7}, 0, RM(dst), 4, v);
}

void Assembler::mov_store_imm(unsigned size, const Addr& dst, int32_t v) {
  KIT_SIZED(p, size);
  p.byte_reg = false;  // ModRM.reg holds an opcode extension
  emit(p, {uint8_t(size == 1 ? 0xC6 : 0xC7)}, 0, RM(dst), size == 1 ? 1 : size == 2 ? 2 : 4, v);
}

void Assembler::lea(unsigned size, Reg dst, const Addr& src) {
  KIT_SIZED(p, size);
  emit(p, {0x8D}, dst, RM(src));
}

void Assembler::movzx(unsigned dst_size, unsigned src_size, Reg dst, const RM& src) {
  KIT_SIZED(p, dst_size);
  p.byte_reg = false;
  p.byte_rm = src_size == 1;
  emit(p, {0x0F, uint8_t(src_size == 1 ? 0xB6 : 0xB7)}, dst, src);
}

void Assembler::movsx(unsigned dst_size, unsigned src_size, Reg dst, const RM& src) {
  KIT_SIZED(p, dst_size);
  p.byte_reg = false;
  p.byte_rm = src_size == 1;
  if (src_size == 4) emit(p, {0x63}, dst, src);
  else emit(p, {0x0F, uint8_t(src_size == 1 ? 0xBE : 0xBF)}, dst, src);
}

void Assembler::alu(Alu op, unsigned size, Reg dst, Reg src) {
  KIT_SIZED(p, size);
  emit(p, {uint8_t(uint8_t(op) * 8 + (size == 1 ? 0 : 1))}, src, RM(dst));
}

void Assembler::alu_load(Alu op, unsigned size, Reg dst, const Addr& src) {
  KIT_SIZED(p, size);
  emit(p, {uint8_t(uint8_t(op) * 8 + (size == 1 ? 2 : 3))}, dst, RM(src));
}

void Assembler::alu_store(Alu op, unsigned size, const Addr& dst, Reg src) {
  KIT_SIZED(p, size);
  emit(p, {uint8_t(uint8_t(op) * 8 + (size == 1 ? 0 : 1))}, src, RM(dst));
}

void Assembler::alu_imm(Alu op, unsigned size, const RM& dst, int32_t v) {
  KIT_SIZED(p, size);
  p.byte_reg = false;  // ModRM.reg holds an opcode extension
  uint8_t o = uint8_t(op);
  bool acc = !dst.is_mem && dst.reg == RAX;
  if (size == 1) {
    if (acc) emit_plus_r(p, {uint8_t(o * 8 + 4)}, RAX, 1, v);
    else emit(p, {0x80}, o, dst, 1, v);
  } else if (fits8(v)) {
    emit(p, {0x83}, o, dst, 1, v);
  } else if (acc) {
    emit_plus_r(p, {uint8_t(o * 8 + 5)}, RAX, size == 2 ? 2 : 4, v);
  } else {
    emit(p, {0x81}, o, dst, size == 2 ? 2 : 4, v);
  }
}

void Assembler::test(unsigned size, const RM& a, Reg b) {
  KIT_SIZED(p, size);
  emit(p, {uint8_t(size == 1 ? 0x84 : 0x85)}, b, a);
}

void Assembler::test_imm(unsigned size, const RM& a, int32_t v) {
  KIT_SIZED(p, size);
  p.byte_reg = false;  // ModRM.reg holds an opcode extension
  unsigned isz = size == 1 ? 1 : size == 2 ? 2 : 4;
  if (!a.is_mem && a.reg == RAX) emit_plus_r(p, {uint8_t(size == 1 ? 0xA8 : 0xA9)}, RAX, isz, v);
  else emit(p, {uint8_t(size == 1 ? 0xF6 : 0xF7)}, 0, a, isz, v);
}

void Assembler::imul(unsigned size, Reg dst, const RM& src) {
  KIT_SIZED(p, size);
  emit(p, {0x0F, 0xAF}, dst, src);
}

void Assembler::imul_imm(unsigned size, Reg dst, const RM& src, int32_t v) {
  KIT_SIZED(p, size);
  if (fits8(v)) emit(p, {0x6B}, dst, src, 1, v);
  else emit(p, {0x69}, dst, src, size == 2 ? 2 : 4, v);
}

void Assembler::unary(Unary op, unsigned size, const RM& a) {
  KIT_SIZED(p, size);
  p.byte_reg = false;  // ModRM.reg holds an opcode extension
  emit(p, {uint8_t(size == 1 ? 0xF6 : 0xF7)}, uint8_t(op), a);
}

void Assembler::shift_cl(Shift op, unsigned size, const RM& a) {
  KIT_SIZED(p, size);
  p.byte_reg = false;  // ModRM.reg holds an opcode extension
  emit(p, {uint8_t(size == 1 ? 0xD2 : 0xD3)}, uint8_t(op), a);
}

void Assembler::shift_imm(Shift op, unsigned size, const RM& a, uint8_t n) {
  KIT_SIZED(p, size);
  p.byte_reg = false;  // ModRM.reg holds an opcode extension
  if (n == 1) emit(p, {uint8_t(size == 1 ? 0xD0 : 0xD1)}, uint8_t(op), a);
  else emit(p, {uint8_t(size == 1 ? 0xC0 : 0xC1)}, uint8_t(op), a, 1, n);
}

void Assembler::shld_cl(unsigned size, const RM& dst, Reg src) {
  KIT_SIZED(p, size);
  emit(p, {0x0F, 0xA5}, src, dst);
}
void Assembler::shrd_cl(unsigned size, const RM& dst, Reg src) {
  KIT_SIZED(p, size);
  emit(p, {0x0F, 0xAD}, src, dst);
}
void Assembler::shld_imm(unsigned size, const RM& dst, Reg src, uint8_t n) {
  KIT_SIZED(p, size);
  emit(p, {0x0F, 0xA4}, src, dst, 1, n);
}
void Assembler::shrd_imm(unsigned size, const RM& dst, Reg src, uint8_t n) {
  KIT_SIZED(p, size);
  emit(p, {0x0F, 0xAC}, src, dst, 1, n);
}

void Assembler::setcc(Cond c, const RM& dst) {
  Prefix p;
  p.byte_rm = true;
  emit(p, {0x0F, uint8_t(0x90 + uint8_t(c))}, 0, dst);
}

void Assembler::cmov(Cond c, unsigned size, Reg dst, const RM& src) {
  KIT_SIZED(p, size);
  emit(p, {0x0F, uint8_t(0x40 + uint8_t(c))}, dst, src);
}

void Assembler::sign_extend_ax(unsigned size) {
  if (size == 2) code_.push_back(0x66);
  if (size == 8) code_.push_back(0x48);
  code_.push_back(0x99);
}

void Assembler::bsr(unsigned size, Reg dst, const RM& src) {
  KIT_SIZED(p, size);
  emit(p, {0x0F, 0xBD}, dst, src);
}

void Assembler::bsf(unsigned size, Reg dst, const RM& src) {
  KIT_SIZED(p, size);
  emit(p, {0x0F, 0xBC}, dst, src);
}

void Assembler::bswap(unsigned size, Reg r) {
  Prefix p;
  p.w = size == 8;
  emit_plus_r(p, {0x0F, 0xC8}, r, 0, 0);
}

void Assembler::xchg(unsigned size, const Addr& mem, Reg r) {
  KIT_SIZED(p, size);
  emit(p, {uint8_t(size == 1 ? 0x86 : 0x87)}, r, RM(mem));
}

void Assembler::lock_xadd(unsigned size, const Addr& mem, Reg r) {
  KIT_SIZED(p, size);
  p.lock = true;
  emit(p, {0x0F, uint8_t(size == 1 ? 0xC0 : 0xC1)}, r, RM(mem));
}

void Assembler::lock_cmpxchg(unsigned size, const Addr& mem, Reg r) {
  KIT_SIZED(p, size);
  p.lock = true;
  emit(p, {0x0F, uint8_t(size == 1 ? 0xB0 : 0xB1)}, r, RM(mem));
}

void Assembler::push(Reg r) { emit_plus_r(Prefix{}, {0x50}, r, 0, 0); }
void Assembler::pop(Reg r) { emit_plus_r(Prefix{}, {0x58}, r, 0, 0); }
void Assembler::mfence() { bytes({0x0F, 0xAE, 0xF0}); }
void Assembler::ud2() { bytes({0x0F, 0x0B}); }
void Assembler::rep_movsb() { bytes({0xF3, 0xA4}); }
void Assembler::rep_stosb() { bytes({0xF3, 0xAA}); }

// ---------------------------------------------------------------- control flow

void Assembler::jump_to_label(std::initializer_list<uint8_t> short_op,
                              std::initializer_list<uint8_t> near_op, uint32_t label) {
  // Backward jumps to a bound label within reach take the rel8 form; forward
  // jumps are always rel32 (no relaxation pass: simple and deterministic).
  if (labels_[label] >= 0) {
    int64_t rel = labels_[label] - static_cast<int64_t>(code_.size() + short_op.size() + 1);
    if (fits8(rel)) {
      code_.insert(code_.end(), short_op);
      code_.push_back(static_cast<uint8_t>(rel));
      return;
    }
  }
  code_.insert(code_.end(), near_op);
  uint32_t at = static_cast<uint32_t>(code_.size());
  imm(4, 0);
  fixups_.push_back({at, at + 4, label, 0});
}

void Assembler::jmp(uint32_t label) { jump_to_label({0xEB}, {0xE9}, label); }

void Assembler::jcc(Cond c, uint32_t label) {
  jump_to_label({uint8_t(0x70 + uint8_t(c))}, {0x0F, uint8_t(0x80 + uint8_t(c))}, label);
}

void Assembler::jmp_rm(const RM& t) { emit(Prefix{}, {0xFF}, 4, t); }
void Assembler::call_rm(const RM& t) { emit(Prefix{}, {0xFF}, 2, t); }

void Assembler::call_symbol(uint32_t symbol, uint32_t kind) {
  code_.push_back(0xE8);
  relocs_.push_back({static_cast<uint32_t>(code_.size()), kind, symbol, -4});
  imm(4, 0);
}

void Assembler::jmp_symbol(uint32_t symbol, uint32_t kind) {
  code_.push_back(0xE9);
  relocs_.push_back({static_cast<uint32_t>(code_.size()), kind, symbol, -4});
  imm(4, 0);
}

void Assembler::ret() { code_.push_back(0xC3); }

// ---------------------------------------------------------------- SSE2

void Assembler::sse(Sse op, unsigned size, uint32_t reg, const RM& src) {
  if (op == Sse::MovdToXmm && size == 8 && src.is_mem) {
    // movq m64, xmm: the SSE2 form (F3 0F 7E) assemblers use for memory.
    Prefix p;
    p.mandatory = 0xF3;
    emit(p, {0x0F, 0x7E}, reg, src);
    return;
  }
  const SseInfo& s = kSse[size_t(op)];
  Prefix p;
  p.mandatory = s.prefix;
  p.w = s.sized && size == 8;
  emit(p, {0x0F, s.opcode}, reg, src);
}

void Assembler::sse_store(SseStore op, unsigned size, const RM& dst, uint32_t xmm) {
  if (op == SseStore::MovdFromXmm && size == 8 && dst.is_mem) {
    // movq xmm, m64: 66 0F D6.
    Prefix p;
    p.mandatory = 0x66;
    emit(p, {0x0F, 0xD6}, xmm, dst);
    return;
  }
  const SseInfo& s = kSseStore[size_t(op)];
  Prefix p;
  p.mandatory = s.prefix;
  p.w = s.sized && size == 8;
  emit(p, {0x0F, s.opcode}, xmm, dst);
}

// ---------------------------------------------------------------- x87

void Assembler::x87_mem(X87Mem op, const Addr& a) {
  const X87MemInfo& x = kX87Mem[size_t(op)];
  emit(Prefix{}, {x.opcode}, x.digit, RM(a));
}

void Assembler::x87(X87 op, unsigned sti) {
  const X87Info& x = kX87[size_t(op)];
  code_.push_back(x.b0);
  code_.push_back(static_cast<uint8_t>(x.b1 + (x.has_sti ? sti : 0)));
}

}  // namespace kit::x86_64
