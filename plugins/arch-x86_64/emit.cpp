// MIR on physical registers -> machine code bytes (through the Assembler),
// with the prologue and epilogue of the frame layout and the expansion of
// the pseudo-instructions.
#include <algorithm>

#include "codegen.hpp"
#include "reloc_kinds.hpp"

namespace kit::x86_64 {

namespace {

class Encoder {
 public:
  Encoder(ModuleContext& cx, const MFunction& mf, const FrameLayout& fl, Assembler& a)
      : cx_(cx), mf_(mf), fl_(fl), a_(a) {}
  std::vector<uint32_t> run();

 private:
  ModuleContext& cx_;
  const MFunction& mf_;
  const FrameLayout& fl_;
  Assembler& a_;
  std::vector<uint32_t> labels_;

  Reg R(uint32_t r) const {
    if (!is_phys(r)) cx_.unsupported("internal error: virtual register after allocation");
    return Reg(r);
  }
  Addr addr(const MAddr& m) const {
    Addr a;
    a.seg = m.seg;
    switch (m.kind) {
      case MAddr::kRegBase:
        a.base = m.base == kNoVReg ? uint8_t(kNoReg) : uint8_t(R(m.base));
        a.index = m.index == kNoVReg ? uint8_t(kNoReg) : uint8_t(R(m.index));
        a.scale = m.scale;
        a.disp = static_cast<int32_t>(m.disp);
        if (m.reloc) {
          a.kind = Addr::kSymbol;
          a.target = m.sym;
          a.reloc = m.reloc;
          a.addend = m.disp;
          a.disp = 0;
        }
        break;
      case MAddr::kFrame:
        a.base = RBP;
        a.index = m.index == kNoVReg ? uint8_t(kNoReg) : uint8_t(R(m.index));
        a.scale = m.scale;
        a.disp = static_cast<int32_t>(mf_.frame[m.frame].offset + m.disp);
        break;
      case MAddr::kSymbol:
        a = Addr::rip_symbol(m.sym, m.reloc, m.disp);
        break;
      case MAddr::kBlock:
        a = Addr::rip_label(labels_[m.sym], m.disp);
        break;
      case MAddr::kAbs:
        a.disp = static_cast<int32_t>(m.disp);
        break;
    }
    return a;
  }
  RM rm(const MInst& i, const MOperand& o) const {
    if (o.kind == MOperand::Mem) return RM(addr(i.addr));
    return RM::r(R(o.reg));
  }
  void epilogue() {
    if (!fl_.saved.empty()) {
      a_.lea(8, RSP, Addr::base_disp(RBP, -static_cast<int32_t>(fl_.push_bytes)));
      for (size_t k = fl_.saved.size(); k-- > 0;) a_.pop(fl_.saved[k]);
    } else if (fl_.sub || mf_.has_dynamic_alloca) {
      a_.mov(8, RSP, RBP);
    }
    a_.pop(RBP);
  }
  void inst(const MInst& i, uint32_t next_block);
};

std::vector<uint32_t> Encoder::run() {
  for (size_t b = 0; b < mf_.blocks.size(); ++b) labels_.push_back(a_.new_label());
  // Prologue.
  a_.push(RBP);
  a_.mov(8, RBP, RSP);
  for (Reg r : fl_.saved) a_.push(r);
  if (fl_.sub) a_.alu_imm(Alu::Sub, 8, RM(RSP), static_cast<int32_t>(fl_.sub));
  std::vector<uint32_t> offsets(mf_.blocks.size(), 0);
  for (size_t k = 0; k < mf_.order.size(); ++k) {
    uint32_t b = mf_.order[k];
    a_.bind(labels_[b]);
    offsets[b] = static_cast<uint32_t>(a_.size());
    uint32_t next = k + 1 < mf_.order.size() ? mf_.order[k + 1] : ~0u;
    const std::vector<MInst>& insts = mf_.blocks[b].insts;
    for (size_t n = 0; n < insts.size(); ++n) {
      // `jcc next; jmp other` becomes `j!cc other` falling through to next.
      if (n + 2 == insts.size() && insts[n].op == MOp::Jcc && insts[n + 1].op == MOp::Jmp &&
          insts[n].target == next && insts[n + 1].target != next) {
        a_.jcc(invert(insts[n].cond), labels_[insts[n + 1].target]);
        break;
      }
      inst(insts[n], next);
    }
  }
  return offsets;
}

void Encoder::inst(const MInst& i, uint32_t next) {
  const MOperand& o0 = i.ops[0];
  const MOperand& o1 = i.ops[1];
  unsigned sz = i.size;
  switch (i.op) {
    case MOp::Mov:
      if (o0.kind == MOperand::Reg && o1.kind == MOperand::Reg) {
        a_.mov(sz, R(o0.reg), R(o1.reg));
      } else if (o0.kind == MOperand::Reg && o1.kind == MOperand::Imm) {
        int64_t v = o1.imm;
        if (sz == 8) {
          if (v >= 0 && v <= UINT32_MAX) a_.mov_imm(4, R(o0.reg), v);
          else if (v >= INT32_MIN && v <= INT32_MAX) a_.mov_imm_sx(R(o0.reg), static_cast<int32_t>(v));
          else a_.mov_imm(8, R(o0.reg), v);
        } else {
          a_.mov_imm(sz, R(o0.reg), v);
        }
      } else if (o0.kind == MOperand::Reg) {
        a_.mov_load(sz, R(o0.reg), addr(i.addr));
      } else if (o1.kind == MOperand::Reg) {
        a_.mov_store(sz, addr(i.addr), R(o1.reg));
      } else {
        a_.mov_store_imm(sz, addr(i.addr), static_cast<int32_t>(o1.imm));
      }
      return;
    case MOp::Movzx:
      a_.movzx(sz, i.aux, R(o0.reg), rm(i, o1));
      return;
    case MOp::Movsx:
      a_.movsx(sz, i.aux, R(o0.reg), rm(i, o1));
      return;
    case MOp::Lea:
      a_.lea(8, R(o0.reg), addr(i.addr));
      return;
    case MOp::Alu: {
      Alu op = Alu(i.aux);
      if (o1.kind == MOperand::Imm) a_.alu_imm(op, sz, rm(i, o0), static_cast<int32_t>(o1.imm));
      else if (o0.kind == MOperand::Mem) a_.alu_store(op, sz, addr(i.addr), R(o1.reg));
      else if (o1.kind == MOperand::Mem) a_.alu_load(op, sz, R(o0.reg), addr(i.addr));
      else a_.alu(op, sz, R(o0.reg), R(o1.reg));
      return;
    }
    case MOp::Test:
      if (o1.kind == MOperand::Imm) a_.test_imm(sz, rm(i, o0), static_cast<int32_t>(o1.imm));
      else a_.test(sz, rm(i, o0), R(o1.reg));
      return;
    case MOp::Imul:
      a_.imul(sz, R(o0.reg), rm(i, o1));
      return;
    case MOp::Imul3:
      a_.imul_imm(sz, R(o0.reg), rm(i, o1), static_cast<int32_t>(i.ops[2].imm));
      return;
    case MOp::Unary:
      a_.unary(Unary(i.aux), sz, rm(i, o0));
      return;
    case MOp::Shift:
      if (o1.kind == MOperand::Imm) a_.shift_imm(Shift(i.aux), sz, rm(i, o0), static_cast<uint8_t>(o1.imm));
      else a_.shift_cl(Shift(i.aux), sz, rm(i, o0));
      return;
    case MOp::Shld:
    case MOp::Shrd:
      if (i.ops[2].kind == MOperand::Imm) {
        if (i.op == MOp::Shld) a_.shld_imm(sz, rm(i, o0), R(o1.reg), static_cast<uint8_t>(i.ops[2].imm));
        else a_.shrd_imm(sz, rm(i, o0), R(o1.reg), static_cast<uint8_t>(i.ops[2].imm));
      } else {
        if (i.op == MOp::Shld) a_.shld_cl(sz, rm(i, o0), R(o1.reg));
        else a_.shrd_cl(sz, rm(i, o0), R(o1.reg));
      }
      return;
    case MOp::Setcc:
      a_.setcc(i.cond, rm(i, o0));
      return;
    case MOp::Cmov:
      a_.cmov(i.cond, std::max(4u, sz), R(o0.reg), rm(i, o1));
      return;
    case MOp::SignExtendAx:
      a_.sign_extend_ax(sz);
      return;
    case MOp::Bsr:
      a_.bsr(std::max(4u, sz), R(o0.reg), rm(i, o1));
      return;
    case MOp::Bsf:
      a_.bsf(std::max(4u, sz), R(o0.reg), rm(i, o1));
      return;
    case MOp::Bswap:
      a_.bswap(sz, R(o0.reg));
      return;
    case MOp::Xchg:
      a_.xchg(sz, addr(i.addr), R(o0.reg));
      return;
    case MOp::LockXadd:
      a_.lock_xadd(sz, addr(i.addr), R(o0.reg));
      return;
    case MOp::LockCmpxchg:
      a_.lock_cmpxchg(sz, addr(i.addr), R(o0.reg));
      return;
    case MOp::Mfence: a_.mfence(); return;
    case MOp::Ud2: a_.ud2(); return;
    case MOp::RepMovsb: a_.rep_movsb(); return;
    case MOp::RepStosb: a_.rep_stosb(); return;
    case MOp::Sse:
      a_.sse(Sse(i.aux), sz, R(o0.reg), rm(i, o1));
      return;
    case MOp::SseStore:
      a_.sse_store(SseStore(i.aux), sz, rm(i, o0), R(o1.reg));
      return;
    case MOp::X87Mem:
      a_.x87_mem(X87Mem(i.aux), addr(i.addr));
      return;
    case MOp::X87:
      a_.x87(X87(i.aux), static_cast<unsigned>(o0.imm));
      return;
    case MOp::Jmp:
      if (i.target != next) a_.jmp(labels_[i.target]);
      return;
    case MOp::Jcc:
      a_.jcc(i.cond, labels_[i.target]);
      return;
    case MOp::JmpInd:
      a_.jmp_rm(rm(i, o0));
      return;
    case MOp::Call:
      a_.call_symbol(i.target, i.aux32);
      return;
    case MOp::CallInd:
      a_.call_rm(rm(i, o0));
      return;
    case MOp::Ret:
      epilogue();
      a_.ret();
      return;
    case MOp::TailCall:
      epilogue();
      a_.jmp_symbol(i.target, kPLT32);
      return;
    case MOp::TailCallInd:
      a_.mov(8, R11, R(o0.reg));
      epilogue();
      a_.jmp_rm(RM(R11));
      return;
    case MOp::JumpTable: {
      const JumpTable& t = mf_.tables[i.target];
      Reg idx = R(o0.reg);
      if (idx == R11) {
        a_.mov(8, R10, R11);
        idx = R10;
      }
      a_.lea(8, R11, Addr::rip_symbol(cx_.section_symbol(cx_.rodata), kPC32, t.rodata_offset));
      a_.movsx(8, 4, idx, Addr::sib(R11, idx, 4));
      a_.alu(Alu::Add, 8, idx, R11);
      a_.jmp_rm(RM(idx));
      return;
    }
    case MOp::Copy: {
      if (o0.reg == o1.reg) return;
      if (is_xmm(o0.reg)) a_.sse(Sse::Movaps, 0, R(o0.reg), RM::r(R(o1.reg)));
      else a_.mov(8, R(o0.reg), R(o1.reg));
      return;
    }
    case MOp::SelectXmm: {
      uint32_t skip = a_.new_label();
      Reg c = R(o1.reg);
      a_.test(sz, RM(c), c);
      a_.jcc(Cond::E, skip);
      a_.sse(Sse::Movaps, 0, R(o0.reg), RM::r(R(i.ops[2].reg)));
      a_.bind(skip);
      return;
    }
    case MOp::AllocaAddr:
      a_.lea(8, R(o0.reg), Addr::base_disp(RSP, static_cast<int32_t>(mf_.outgoing_area)));
      return;
    case MOp::SaveRsp:
      a_.mov(8, R(o0.reg), RSP);
      return;
    case MOp::RestoreRsp:
      a_.mov(8, RSP, R(o0.reg));
      return;
    case MOp::SubRsp:
      a_.alu(Alu::Sub, 8, RSP, R(o0.reg));
      if (i.aux32 > 16) a_.alu_imm(Alu::And, 8, RM(RSP), -static_cast<int32_t>(i.aux32));
      return;
    case MOp::FrameAddr: {
      const FrameObject& fo = mf_.frame[i.aux32];
      Reg d = R(o0.reg);
      a_.lea(8, d, Addr::base_disp(RBP, static_cast<int32_t>(fo.offset)));
      a_.alu_imm(Alu::Add, 8, RM(d), static_cast<int32_t>(fo.align - 1));
      a_.alu_imm(Alu::And, 8, RM(d), -static_cast<int32_t>(fo.align));
      return;
    }
    case MOp::TlsGd:
      // The psABI's general-dynamic sequence, byte for byte (16 bytes), so a
      // linker can rewrite it to initial- or local-exec.
      a_.raw_prefix(0x66);
      a_.lea(8, RDI, Addr::rip_symbol(i.target, kTLSGD, 0));
      a_.bytes({0x66, 0x66, 0x48});
      a_.call_symbol(i.aux32, kPLT32);
      return;
    case MOp::Label:
    case MOp::Comment:
      return;
  }
}

}  // namespace

std::vector<uint32_t> encode_function(ModuleContext& cx, const MFunction& mf, const FrameLayout& fl,
                                      Assembler& a) {
  return Encoder(cx, mf, fl, a).run();
}

}  // namespace kit::x86_64
