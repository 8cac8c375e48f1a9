// Machine IR: x86-64 instructions over virtual registers, the form between
// instruction selection (isel.cpp) and encoding (emit.cpp).
//
// One MInst is one x86 instruction (or a small pseudo expanded at emission)
// with explicit operands: registers (virtual from kFirstVReg, or physical),
// immediates, and at most one memory operand whose address may name a
// frame object (resolved after frame layout), a symbol (relocation), a
// label, or registers. Physical registers an instruction reads or writes
// without naming them (the arguments of a call, rax/rdx of a division, %cl
// of a shift, the caller-saved registers a call clobbers) are bit masks.
// The register allocator (regalloc.cpp) reads exactly this information:
// operand flags, the address registers, and the two masks.
//
// MIR is not SSA: phi nodes became copies on the edges, so a virtual
// register may be defined in several blocks.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "encode.hpp"
#include "regs.hpp"

namespace kit::x86_64 {

enum class MOp : uint8_t {
  // ---- integer; size = operand size in bytes
  Mov,          // ops[0] <- ops[1]: reg<-reg/imm/mem, mem<-reg/imm
  Movzx,        // ops[0] (size) <- ops[1] (aux = source size 1/2), reg or mem
  Movsx,        // ops[0] (size) <- ops[1] (aux = source size 1/2/4)
  Lea,          // ops[0] <- address
  Alu,          // aux = Alu: ops[0] op= ops[1] (Cmp defines nothing)
  Test,         // ops[0] & ops[1] (reg or imm)
  Imul,         // ops[0] *= ops[1]
  Imul3,        // ops[0] = ops[1] * imm
  Unary,        // aux = Unary: not/neg on ops[0]; mul/imul/div/idiv ops[0] with rax/rdx
  Shift,        // aux = Shift: ops[0] by ops[1] (imm, or %cl when ops[1] is None)
  Shld, Shrd,   // ops[0] <- ops[0]:ops[1] shifted by ops[2] (imm) or %cl
  Setcc,        // cond: ops[0] (byte register) <- flag
  Cmov,         // cond: ops[0] <- ops[1] when cond
  SignExtendAx, // cwd/cdq/cqo
  Bsr, Bsf,     // ops[0] <- index of ops[1]'s highest/lowest set bit
  Bswap,        // ops[0], size 4 or 8
  Xchg,         // mem <-> ops[0]
  LockXadd,     // mem += ops[0], ops[0] <- old
  LockCmpxchg,  // if rax == mem: mem <- ops[0]
  Mfence, Ud2, RepMovsb, RepStosb,
  // ---- SSE2 / x87
  Sse,          // aux = Sse: ops[0] <- ops[1] (ops[0] also read for arithmetic)
  SseStore,     // aux = SseStore: ops[0] (mem or gpr) <- ops[1] (xmm)
  X87Mem,       // aux = X87Mem on the memory operand
  X87,          // aux = X87, imm in ops[0] = st(i)
  // ---- control flow
  Jmp,          // target = block
  Jcc,          // cond, target = block
  JmpInd,       // ops[0]: reg or mem; target = index into MFunction::indirect
  Call,         // target = symbol index; reloc kind in aux32
  CallInd,      // ops[0]: reg or mem
  Ret,          // the epilogue and ret
  TailCall,     // the epilogue and jmp to symbol `target`
  TailCallInd,  // ops[0] copied to r11, the epilogue and jmp *%r11
  JumpTable,    // ops[0] = index register (zero-extended, in range), target = table id
  // ---- pseudos
  Copy,         // ops[0] <- ops[1], same register class; nothing when equal
  SelectXmm,    // ops[0] (use+def) <- ops[2] when ops[1] (gpr) != 0, tested at size
  AllocaAddr,   // ops[0] <- %rsp + outgoing argument area size
  SaveRsp,      // ops[0] <- %rsp
  RestoreRsp,   // %rsp <- ops[0]
  SubRsp,       // %rsp -= ops[0] (reg), then aligned down to aux32 (a power of two >= 16)
  FrameAddr,    // ops[0] <- address of frame object aux32 aligned up to its alignment
  TlsGd,        // %rax <- &tls symbol `target` via __tls_get_addr (aux32 = its symbol)
  Label,        // binds local label `target` (for BlockAddr of split blocks; unused in jumps)
  Comment,      // nothing
};

enum OperandFlags : uint8_t { kUse = 1, kDef = 2 };

// "No register" in MIR addresses. (Not kNoReg: 0xff is a valid virtual
// register number.)
constexpr uint32_t kNoVReg = ~0u;

struct MOperand {
  enum Kind : uint8_t { None, Reg, Imm, Mem };
  Kind kind = None;
  uint8_t flags = 0;  // Reg: kUse / kDef
  uint32_t reg = 0;
  int64_t imm = 0;

  static MOperand use(uint32_t r) { return {Reg, kUse, r, 0}; }
  static MOperand def(uint32_t r) { return {Reg, kDef, r, 0}; }
  static MOperand usedef(uint32_t r) { return {Reg, kUse | kDef, r, 0}; }
  static MOperand immediate(int64_t v) { return {Imm, 0, 0, v}; }
  static MOperand mem() { return {Mem, 0, 0, 0}; }
  bool is_reg() const { return kind == Reg; }
};

// A memory address in MIR.
struct MAddr {
  enum BaseKind : uint8_t {
    kRegBase,  // base (and index) registers + disp; when reloc != 0 the disp32
               // field is relocated against `sym` (absolute, e.g. TPOFF32)
    kFrame,    // frame object `frame` + disp (resolved to %rbp + offset), + index
    kSymbol,   // RIP-relative: symbol `sym` + disp with relocation `reloc`
    kBlock,    // RIP-relative: start of block `sym` of this function + disp
    kAbs,      // absolute disp (with seg: %fs:0)
  };
  BaseKind kind = kRegBase;
  uint8_t seg = kNoSeg;
  uint8_t scale = 1;
  uint32_t base = kNoVReg;
  uint32_t index = kNoVReg;
  uint32_t frame = 0;
  uint32_t sym = 0;
  uint32_t reloc = 0;
  int64_t disp = 0;

  static MAddr reg(uint32_t b, int64_t d = 0) {
    MAddr a;
    a.base = b;
    a.disp = d;
    return a;
  }
  static MAddr frame_obj(uint32_t fi, int64_t d = 0) {
    MAddr a;
    a.kind = kFrame;
    a.frame = fi;
    a.disp = d;
    return a;
  }
  static MAddr symbol(uint32_t s, uint32_t reloc, int64_t d = 0) {
    MAddr a;
    a.kind = kSymbol;
    a.sym = s;
    a.reloc = reloc;
    a.disp = d;
    return a;
  }
};

struct MInst {
  MOp op = MOp::Comment;
  uint8_t size = 8;
  uint8_t aux = 0;
  Cond cond = Cond::O;
  MOperand ops[3];
  MAddr addr;               // the memory operand, when an operand is Mem
  uint32_t imp_uses = 0;    // physical registers read implicitly (bit per Reg)
  uint32_t imp_defs = 0;    // physical registers written implicitly (clobbers)
  uint32_t target = 0;      // block, symbol, table, label
  uint32_t aux32 = 0;

  bool has_mem() const {
    return ops[0].kind == MOperand::Mem || ops[1].kind == MOperand::Mem ||
           ops[2].kind == MOperand::Mem;
  }
};

struct MBlock {
  std::vector<MInst> insts;
  std::vector<uint32_t> succs;  // filled by the allocator's liveness pass
  uint32_t ir_block = ~0u;      // the IR block it starts, ~0 for split edges
};

struct FrameObject {
  uint64_t size = 0;
  uint32_t align = 1;
  bool fixed = false;   // incoming stack argument: offset is from %rbp and known
  int64_t offset = 0;   // from %rbp, set by frame layout (fixed: at creation)
};

struct JumpTable {
  std::vector<uint32_t> targets;  // MIR blocks
  uint32_t rodata_offset = 0;     // where the table lives in .rodata
};

struct MFunction {
  std::vector<MBlock> blocks;   // by id; blocks[0] is the entry
  std::vector<uint32_t> order;  // layout order of block ids
  std::vector<FrameObject> frame;
  std::vector<RegClass> vreg_class;  // by vreg - kFirstVReg
  std::vector<JumpTable> tables;
  std::vector<std::vector<uint32_t>> indirect;  // JmpInd: the possible target blocks
  uint32_t outgoing_area = 0;    // bytes for stack arguments of calls
  bool has_calls = false;
  bool has_dynamic_alloca = false;
  bool has_varargs_save = false;
  uint32_t callee_saved_used = 0;  // mask, set by the allocator

  uint32_t new_vreg(RegClass c) {
    vreg_class.push_back(c);
    return kFirstVReg + static_cast<uint32_t>(vreg_class.size() - 1);
  }
  RegClass cls(uint32_t r) const {
    if (is_vreg(r)) return vreg_class[r - kFirstVReg];
    return is_xmm(r) ? RegClass::Xmm : RegClass::Gpr;
  }
  uint32_t num_vregs() const { return static_cast<uint32_t>(vreg_class.size()); }
  uint32_t new_frame_object(uint64_t size, uint32_t align) {
    frame.push_back(FrameObject{size, align, false, 0});
    return static_cast<uint32_t>(frame.size() - 1);
  }
  uint32_t new_fixed_object(uint64_t size, int64_t rbp_offset) {
    frame.push_back(FrameObject{size, 8, true, rbp_offset});
    return static_cast<uint32_t>(frame.size() - 1);
  }
};

// Emits MIR into the current block of a function: the small vocabulary
// that instruction selection and the ABI hooks share.
class MBuilder {
 public:
  explicit MBuilder(MFunction& f) : f_(f) {}
  MFunction& func() { return f_; }
  uint32_t block() const { return block_; }
  // A new block, not yet placed; start() places it next in layout order.
  uint32_t new_block() {
    f_.blocks.emplace_back();
    return static_cast<uint32_t>(f_.blocks.size() - 1);
  }
  void start(uint32_t b) {
    f_.order.push_back(b);
    block_ = b;
  }
  MInst& emit(const MInst& i) {
    f_.blocks[block_].insts.push_back(i);
    return f_.blocks[block_].insts.back();
  }
  void simple(MOp op) {
    MInst i;
    i.op = op;
    emit(i);
  }
  uint32_t gpr() { return f_.new_vreg(RegClass::Gpr); }
  uint32_t xmm() { return f_.new_vreg(RegClass::Xmm); }

  MInst& op2(MOp op, unsigned size, MOperand a, MOperand b, uint8_t aux = 0) {
    MInst i;
    i.op = op;
    i.size = static_cast<uint8_t>(size);
    i.aux = aux;
    i.ops[0] = a;
    i.ops[1] = b;
    return emit(i);
  }
  MInst& op2m(MOp op, unsigned size, MOperand a, MOperand b, const MAddr& m, uint8_t aux = 0) {
    MInst& i = op2(op, size, a, b, aux);
    i.addr = m;
    return i;
  }
  void copy(uint32_t d, uint32_t s) {
    if (d != s) op2(MOp::Copy, 8, MOperand::def(d), MOperand::use(s));
  }
  void mov(unsigned size, uint32_t d, uint32_t s) { op2(MOp::Mov, size, MOperand::def(d), MOperand::use(s)); }
  void mov_imm(unsigned size, uint32_t d, int64_t v) {
    op2(MOp::Mov, size, MOperand::def(d), MOperand::immediate(v));
  }
  void load(unsigned size, uint32_t d, const MAddr& a) {
    op2m(MOp::Mov, size, MOperand::def(d), MOperand::mem(), a);
  }
  void store(unsigned size, const MAddr& a, uint32_t s) {
    op2m(MOp::Mov, size, MOperand::mem(), MOperand::use(s), a);
  }
  void store_imm(unsigned size, const MAddr& a, int32_t v) {
    op2m(MOp::Mov, size, MOperand::mem(), MOperand::immediate(v), a);
  }
  void lea(uint32_t d, const MAddr& a) { op2m(MOp::Lea, 8, MOperand::def(d), MOperand::mem(), a); }
  void alu(Alu op, unsigned size, uint32_t d, uint32_t s) {
    op2(MOp::Alu, size, op == Alu::Cmp ? MOperand::use(d) : MOperand::usedef(d), MOperand::use(s),
        uint8_t(op));
  }
  void alu_imm(Alu op, unsigned size, uint32_t d, int32_t v) {
    op2(MOp::Alu, size, op == Alu::Cmp ? MOperand::use(d) : MOperand::usedef(d),
        MOperand::immediate(v), uint8_t(op));
  }
  void shift_imm(Shift op, unsigned size, uint32_t d, uint8_t n) {
    op2(MOp::Shift, size, MOperand::usedef(d), MOperand::immediate(n), uint8_t(op));
  }
  void cmov(Cond c, unsigned size, uint32_t d, uint32_t s) {
    op2(MOp::Cmov, size, MOperand::usedef(d), MOperand::use(s)).cond = c;
  }
  void setcc(Cond c, uint32_t d) {
    op2(MOp::Setcc, 1, MOperand::def(d), MOperand{}).cond = c;
  }
  void sse_load(Sse op, uint32_t d, const MAddr& a) {
    op2m(MOp::Sse, 8, MOperand::def(d), MOperand::mem(), a, uint8_t(op));
  }
  void sse_store(SseStore op, const MAddr& a, uint32_t s) {
    op2m(MOp::SseStore, 8, MOperand::mem(), MOperand::use(s), a, uint8_t(op));
  }
  void jmp(uint32_t b) {
    MInst i;
    i.op = MOp::Jmp;
    i.target = b;
    emit(i);
  }
  void jcc(Cond c, uint32_t b) {
    MInst i;
    i.op = MOp::Jcc;
    i.cond = c;
    i.target = b;
    emit(i);
  }

 private:
  MFunction& f_;
  uint32_t block_ = 0;
};

// A textual dump for debugging and tests (AT&T-like, virtual registers as %vN).
std::string dump(const MFunction& f);

}  // namespace kit::x86_64
