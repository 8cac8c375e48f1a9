// A readable dump of machine IR, for debugging the backend and for tests.
#include <sstream>

#include "mir.hpp"

namespace kit::x86_64 {

namespace {

const char* op_text(MOp op) {
  switch (op) {
    case MOp::Mov: return "mov";
    case MOp::Movzx: return "movzx";
    case MOp::Movsx: return "movsx";
    case MOp::Lea: return "lea";
    case MOp::Alu: return "alu";
    case MOp::Test: return "test";
    case MOp::Imul: return "imul";
    case MOp::Imul3: return "imul3";
    case MOp::Unary: return "unary";
    case MOp::Shift: return "shift";
    case MOp::Shld: return "shld";
    case MOp::Shrd: return "shrd";
    case MOp::Setcc: return "setcc";
    case MOp::Cmov: return "cmov";
    case MOp::SignExtendAx: return "cqo";
    case MOp::Bsr: return "bsr";
    case MOp::Bsf: return "bsf";
    case MOp::Bswap: return "bswap";
    case MOp::Xchg: return "xchg";
    case MOp::LockXadd: return "lock-xadd";
    case MOp::LockCmpxchg: return "lock-cmpxchg";
    case MOp::Mfence: return "mfence";
    case MOp::Ud2: return "ud2";
    case MOp::RepMovsb: return "rep-movsb";
    case MOp::RepStosb: return "rep-stosb";
    case MOp::Sse: return "sse";
    case MOp::SseStore: return "sse-store";
    case MOp::X87Mem: return "x87-mem";
    case MOp::X87: return "x87";
    case MOp::Jmp: return "jmp";
    case MOp::Jcc: return "jcc";
    case MOp::JmpInd: return "jmp*";
    case MOp::Call: return "call";
    case MOp::CallInd: return "call*";
    case MOp::Ret: return "ret";
    case MOp::TailCall: return "tail-call";
    case MOp::TailCallInd: return "tail-call*";
    case MOp::JumpTable: return "jump-table";
    case MOp::Copy: return "copy";
    case MOp::SelectXmm: return "select-xmm";
    case MOp::AllocaAddr: return "alloca-addr";
    case MOp::SaveRsp: return "save-rsp";
    case MOp::RestoreRsp: return "restore-rsp";
    case MOp::SubRsp: return "sub-rsp";
    case MOp::FrameAddr: return "frame-addr";
    case MOp::TlsGd: return "tls-gd";
    case MOp::Label: return "label";
    case MOp::Comment: return "#";
  }
  return "?";
}

void reg(std::ostream& os, uint32_t r) {
  if (is_vreg(r)) os << "%v" << (r - kFirstVReg);
  else os << reg_name(r, 8);
}

}  // namespace

std::string dump(const MFunction& f) {
  std::ostringstream os;
  for (uint32_t b : f.order) {
    os << "b" << b << ":\n";
    for (const MInst& i : f.blocks[b].insts) {
      os << "  " << op_text(i.op) << "." << unsigned(i.size);
      if (i.aux) os << " aux=" << unsigned(i.aux);
      for (const MOperand& o : i.ops) {
        switch (o.kind) {
          case MOperand::None: continue;
          case MOperand::Reg:
            os << " ";
            if (o.flags & kDef) os << (o.flags & kUse ? "=+" : "=");
            reg(os, o.reg);
            break;
          case MOperand::Imm: os << " $" << o.imm; break;
          case MOperand::Mem: {
            const MAddr& a = i.addr;
            os << " [";
            switch (a.kind) {
              case MAddr::kRegBase:
                if (a.base != kNoVReg) reg(os, a.base);
                if (a.index != kNoVReg) {
                  os << "+";
                  reg(os, a.index);
                  os << "*" << unsigned(a.scale);
                }
                break;
              case MAddr::kFrame: os << "fi" << a.frame; break;
              case MAddr::kSymbol: os << "sym" << a.sym; break;
              case MAddr::kBlock: os << "b" << a.sym; break;
              case MAddr::kAbs: os << (a.seg == kFS ? "%fs:" : "") << "abs"; break;
            }
            os << "+" << a.disp << "]";
            break;
          }
        }
      }
      if (i.op == MOp::Jmp || i.op == MOp::Jcc) os << " -> b" << i.target;
      os << "\n";
    }
  }
  return os.str();
}

}  // namespace kit::x86_64
