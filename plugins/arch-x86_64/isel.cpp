// Instruction selection: one kit IR function -> MIR over virtual registers.
//
// Values. Every IR value lives in one of
//   a GPR          integers up to 64 bits, pointers;
//   two GPRs       i128 (low, high);
//   an XMM         f32, f64;
//   a frame object f80 (x87 extended): long double never stays in x87
//                  registers between instructions; each operation loads
//                  its operands onto the x87 stack, computes and stores.
// Aggregates are memory; a value of aggregate type is its address.
// An integer narrower than its register keeps unspecified bits above its
// width (i8 add is a 32-bit add); operations whose result depends on those
// bits (division, right shifts, compares, conversions, zext/sext, stores of
// odd widths) extend first. Constants, global addresses and frame
// addresses are rematerialized at each use, so their live ranges stay short.
//
// Flags discipline: every operand of a flag-setting sequence is
// materialized first (materializing may itself use the flags: TLS
// addresses, aligned frame addresses), then the sequence runs; between a
// flag-setting instruction and its consumer only `mov`s may appear, which
// is also all the register allocator inserts.
//
// Calls follow the Abi's CallLayout (abi.hpp): stack arguments are stored
// into the outgoing area at the bottom of the frame first, then register
// arguments are copied into their physical registers right before the
// call, so the fixed-register live ranges the allocator must respect are a
// few instructions long.
//
// Phi nodes become copies at the end of the predecessor; an edge from a
// block with several successors into a block with phis is split. When one
// phi's incoming value is another phi of the same block, all incoming
// values are first copied to temporaries (a parallel copy).
#include <algorithm>
#include <cstring>

#include "codegen.hpp"
#include "reloc_kinds.hpp"

namespace kit::x86_64 {

namespace {

using ir::Inst;
using ir::Op;
using ir::Pred;
using ir::TypeId;
using ir::TypeKind;
using ir::Value;

enum class VC : uint8_t { Void, Gpr, Gpr2, Xmm, F80 };

struct VLoc {
  uint32_t r0 = 0, r1 = 0;
  uint32_t fi = ~0u;
  bool set = false;
};

// Up to two conditions from a compare: true when c1 (One), c1 && c2, c1 || c2.
struct CondSet {
  enum Mode : uint8_t { One, And, Or };
  Cond c1 = Cond::E, c2 = Cond::E;
  Mode mode = One;
};

int64_t sext(uint64_t v, unsigned bits) {
  if (bits >= 64) return static_cast<int64_t>(v);
  uint64_t m = uint64_t{1} << (bits - 1);
  v &= (uint64_t{1} << bits) - 1;
  return static_cast<int64_t>((v ^ m) - m);
}

bool fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }
uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

Cond int_cond(Pred p) {
  switch (p) {
    case Pred::Eq: return Cond::E;
    case Pred::Ne: return Cond::NE;
    case Pred::SLt: return Cond::L;
    case Pred::SLe: return Cond::LE;
    case Pred::SGt: return Cond::G;
    case Pred::SGe: return Cond::GE;
    case Pred::ULt: return Cond::B;
    case Pred::ULe: return Cond::BE;
    case Pred::UGt: return Cond::A;
    case Pred::UGe: return Cond::AE;
    default: return Cond::E;
  }
}

bool signed_pred(Pred p) { return p == Pred::SLt || p == Pred::SLe || p == Pred::SGt || p == Pred::SGe; }

class Isel {
 public:
  Isel(ModuleContext& cx, uint32_t fidx, MFunction& mf)
      : cx_(cx), m_(cx.m), fn_(cx.m.function(fidx)), g_(cx.m.global(fn_.global)), mf_(mf), b_(mf),
        abi_(*cx.abi) {}
  void run();

 private:
  ModuleContext& cx_;
  const ir::Module& m_;
  const ir::Function& fn_;
  const ir::Global& g_;
  MFunction& mf_;
  MBuilder b_;
  const Abi& abi_;
  CallLayout own_;
  std::vector<VLoc> ival_, aval_;
  std::vector<uint32_t> arg_obj_;  // frame object holding an aggregate argument, ~0u
  std::vector<uint32_t> slot_fi_;
  std::vector<uint32_t> bfirst_;
  std::vector<uint32_t> uses_;
  std::vector<bool> skip_, fused_, scale_;
  uint32_t save_area_ = ~0u;
  uint32_t sret_ = 0;
  bool skip_ret_ = false;
  uint32_t cur_ir_ = 0;

  // ---- types
  const ir::TypeInfo& T(TypeId t) const { return m_.type(t); }
  TypeId type_of(Value v) const { return m_.type_of(&fn_, v); }
  VC vc(TypeId t) const {
    const ir::TypeInfo& ti = T(t);
    switch (ti.kind) {
      case TypeKind::Void: return VC::Void;
      case TypeKind::Int: return ti.bits > 64 ? VC::Gpr2 : VC::Gpr;
      case TypeKind::Ptr: return VC::Gpr;
      case TypeKind::Float:
        if (ti.bits == 80) return VC::F80;
        if (ti.bits == 128)
          cx_.unsupported("f128 (IEEE quad) is not a type of x86-64 Linux; long double here is x87 f80");
        return VC::Xmm;
      case TypeKind::Record:
      case TypeKind::Array:
        return VC::Gpr;  // the address
      case TypeKind::Func: return VC::Void;
    }
    return VC::Void;
  }
  unsigned bits(TypeId t) const { return T(t).kind == TypeKind::Ptr ? 64 : T(t).bits; }
  unsigned isize(TypeId t) const { return T(t).kind == TypeKind::Ptr ? 8 : static_cast<unsigned>(T(t).size); }
  unsigned opsz(TypeId t) const { return std::max(4u, isize(t)); }
  bool is_f32(TypeId t) const { return T(t).kind == TypeKind::Float && T(t).bits == 32; }

  static bool pure(const Inst& i) {
    switch (i.op) {
      case Op::Add: case Op::Sub: case Op::Mul: case Op::And: case Op::Or: case Op::Xor:
      case Op::Shl: case Op::LShr: case Op::AShr: case Op::Neg: case Op::Not: case Op::FAdd:
      case Op::FSub: case Op::FMul: case Op::FDiv: case Op::FNeg: case Op::ICmp: case Op::FCmp:
      case Op::Trunc: case Op::ZExt: case Op::SExt: case Op::FPTrunc: case Op::FPExt:
      case Op::FPToSI: case Op::FPToUI: case Op::SIToFP: case Op::UIToFP: case Op::PtrToInt:
      case Op::IntToPtr: case Op::Bitcast: case Op::Copy: case Op::Select: case Op::PtrAdd:
      case Op::BSwap: case Op::Clz: case Op::Ctz: case Op::Popcount: case Op::FrameAddr:
      case Op::ReturnAddr:
        return true;
      case Op::Load:
        return !(i.flags & ir::kVolatile) && ir::access_ordering(i) == ir::Ordering::NotAtomic;
      default:
        return false;
    }
  }
  std::span<const Value> ops(const Inst& i) const {
    return {fn_.operands.data() + i.first_op, i.num_ops};
  }

  // ---- value locations
  VLoc& loc(uint32_t inst) {
    VLoc& l = ival_[inst];
    if (l.set) return l;
    l.set = true;
    const Inst& i = fn_.insts[inst];
    TypeId t = type_of(Value(Value::Inst, inst));
    if (i.op == Op::Call && m_.is_aggregate(T(i.type).elem)) t = m_.ptr_type();
    switch (vc(t)) {
      case VC::Gpr: l.r0 = b_.gpr(); break;
      case VC::Gpr2: l.r0 = b_.gpr(); l.r1 = b_.gpr(); break;
      case VC::Xmm: l.r0 = b_.xmm(); break;
      case VC::F80: l.fi = mf_.new_frame_object(16, 16); break;
      case VC::Void: break;
    }
    return l;
  }
  uint32_t dst(uint32_t inst) { return loc(inst).r0; }

  bool overaligned(uint32_t fi) const { return !mf_.frame[fi].fixed && mf_.frame[fi].align > 16; }

  uint32_t frame_addr(uint32_t fi) {
    uint32_t d = b_.gpr();
    if (overaligned(fi)) {
      MInst& i = b_.op2(MOp::FrameAddr, 8, MOperand::def(d), MOperand{});
      i.aux32 = fi;
    } else {
      b_.lea(d, MAddr::frame_obj(fi));
    }
    return d;
  }

  uint32_t global_addr(uint32_t g) {
    const ir::Global& gl = m_.global(g);
    uint32_t sym = cx_.symbol_of(g);
    uint32_t d = b_.gpr();
    if (gl.flags & ir::kThreadLocal) {
      switch (cx_.tls_model(g)) {
        case TlsModel::LocalExec: {
          uint32_t tp = b_.gpr();
          b_.load(8, tp, [] {
            MAddr a;
            a.kind = MAddr::kAbs;
            a.seg = kFS;
            return a;
          }());
          MAddr a = MAddr::reg(tp);
          a.sym = sym;
          a.reloc = kTPOFF32;
          b_.lea(d, a);
          return d;
        }
        case TlsModel::InitialExec: {
          b_.load(8, d, MAddr::symbol(sym, kGOTTPOFF));
          MAddr fs;
          fs.kind = MAddr::kAbs;
          fs.seg = kFS;
          b_.op2m(MOp::Alu, 8, MOperand::usedef(d), MOperand::mem(), fs, uint8_t(Alu::Add));
          return d;
        }
        case TlsModel::GeneralDynamic: {
          MInst i;
          i.op = MOp::TlsGd;
          i.target = sym;
          i.aux32 = cx_.external("__tls_get_addr");
          i.imp_defs = abi_.caller_saved();
          b_.emit(i);
          mf_.has_calls = true;
          b_.copy(d, RAX);
          return d;
        }
      }
    }
    if (cx_.direct_access(g)) b_.lea(d, MAddr::symbol(sym, kPC32));
    else b_.load(8, d, MAddr::symbol(sym, kREX_GOTPCRELX));
    return d;
  }

  // The value in a GPR (the low half of an i128).
  uint32_t gpr(Value v) {
    switch (v.tag()) {
      case Value::Inst: return loc(v.index()).r0;
      case Value::Arg:
        if (arg_obj_[v.index()] != ~0u) return frame_addr(arg_obj_[v.index()]);
        return aval_[v.index()].r0;
      case Value::Const: {
        const ir::Constant& c = m_.constant(v);
        uint32_t d = b_.gpr();
        b_.mov_imm(8, d, static_cast<int64_t>(c.kind == ir::Constant::Int || c.kind == ir::Constant::Float ? c.lo : 0));
        return d;
      }
      case Value::Global: return global_addr(v.index());
      case Value::Slot: return frame_addr(slot_fi_[v.index()]);
      case Value::BlockAddr: {
        uint32_t d = b_.gpr();
        MAddr a;
        a.kind = MAddr::kBlock;
        a.sym = bfirst_[v.index()];
        b_.lea(d, a);
        return d;
      }
      default: cx_.unsupported("operand kind");
    }
  }
  std::pair<uint32_t, uint32_t> gpr2(Value v) {
    if (v.tag() == Value::Inst) return {loc(v.index()).r0, loc(v.index()).r1};
    if (v.tag() == Value::Arg) return {aval_[v.index()].r0, aval_[v.index()].r1};
    if (v.tag() == Value::Const) {
      const ir::Constant& c = m_.constant(v);
      uint32_t lo = b_.gpr(), hi = b_.gpr();
      bool k = c.kind == ir::Constant::Int;
      b_.mov_imm(8, lo, k ? static_cast<int64_t>(c.lo) : 0);
      b_.mov_imm(8, hi, k ? static_cast<int64_t>(c.hi) : 0);
      return {lo, hi};
    }
    cx_.unsupported("i128 operand kind");
  }
  uint32_t xmm(Value v) {
    if (v.tag() == Value::Inst) return loc(v.index()).r0;
    if (v.tag() == Value::Arg) return aval_[v.index()].r0;
    if (v.tag() == Value::Const) {
      const ir::Constant& c = m_.constant(v);
      bool f32 = is_f32(c.type);
      uint64_t bits = c.kind == ir::Constant::Float ? c.lo : 0;
      uint32_t d = b_.xmm();
      b_.sse_load(f32 ? Sse::Movss : Sse::Movsd, d, const_addr(&bits, f32 ? 4 : 8));
      return d;
    }
    cx_.unsupported("floating-point operand kind");
  }
  MAddr const_addr(const void* bytes, unsigned size) {
    auto [sym, off] = cx_.constant(bytes, size);
    return MAddr::symbol(sym, kPC32, off);
  }
  // Address of an f80 value's memory.
  MAddr f80(Value v) {
    if (v.tag() == Value::Inst) return MAddr::frame_obj(loc(v.index()).fi);
    if (v.tag() == Value::Arg) return MAddr::frame_obj(aval_[v.index()].fi);
    if (v.tag() == Value::Const) {
      const ir::Constant& c = m_.constant(v);
      uint8_t bytes[16] = {};
      if (c.kind == ir::Constant::Float) {
        std::memcpy(bytes, &c.lo, 8);
        uint16_t top = static_cast<uint16_t>(c.hi);
        std::memcpy(bytes + 8, &top, 2);
      }
      return const_addr(bytes, 16);
    }
    cx_.unsupported("f80 operand kind");
  }
  MOperand opnd(Value v, unsigned size) {
    if (v.tag() == Value::Const) {
      const ir::Constant& c = m_.constant(v);
      int64_t x = c.kind == ir::Constant::Int ? static_cast<int64_t>(c.lo) : 0;
      if (size <= 4) return MOperand::immediate(static_cast<int32_t>(static_cast<uint32_t>(x)));
      if (fits32(x)) return MOperand::immediate(x);
    }
    return MOperand::use(gpr(v));
  }
  bool const_int(Value v, int64_t& out) const {
    if (v.tag() != Value::Const) return false;
    const ir::Constant& c = m_.constant(v);
    if (c.kind == ir::Constant::Int) out = static_cast<int64_t>(c.lo);
    else if (c.kind == ir::Constant::Zero || c.kind == ir::Constant::Undef) out = 0;
    else return false;
    return true;
  }

  // An address for memory accesses through pointer p.
  MAddr addr(Value p) {
    switch (p.tag()) {
      case Value::Slot:
        if (!overaligned(slot_fi_[p.index()])) return MAddr::frame_obj(slot_fi_[p.index()]);
        break;
      case Value::Arg:
        if (arg_obj_[p.index()] != ~0u) return MAddr::frame_obj(arg_obj_[p.index()]);
        break;
      case Value::Global: {
        const ir::Global& gl = m_.global(p.index());
        if (!(gl.flags & ir::kThreadLocal) && cx_.direct_access(p.index()))
          return MAddr::symbol(cx_.symbol_of(p.index()), kPC32);
        break;
      }
      case Value::Inst: {
        const Inst& i = fn_.insts[p.index()];
        int64_t off;
        if (i.op == Op::PtrAdd && const_int(ops(i)[1], off)) {
          off = sext(static_cast<uint64_t>(off), bits(type_of(ops(i)[1])));
          MAddr a = addr(ops(i)[0]);
          if (fits32(a.disp + off)) {
            a.disp += off;
            return a;
          }
          if (skip_[p.index()]) {
            // Not computed where it was defined (every use folds): compute here.
            uint32_t r = b_.gpr();
            b_.mov_imm(8, r, off);
            b_.alu(Alu::Add, 8, r, gpr(ops(i)[0]));
            return MAddr::reg(r);
          }
        }
        if (i.op == Op::PtrAdd && skip_[p.index()] && !const_int(ops(i)[1], off)) return indexed(ops(i)[0], ops(i)[1]);
        break;
      }
      default: break;
    }
    return MAddr::reg(gpr(p));
  }
  // base + offset as an address with an index register, folding a
  // multiplication by 1, 2, 4 or 8 (marked in scale_) into the scale.
  MAddr indexed(Value base, Value offset) {
    TypeId ot = type_of(offset);
    uint32_t index;
    uint8_t scale = 1;
    if (offset.tag() == Value::Inst && scale_[offset.index()]) {
      const Inst& mi = fn_.insts[offset.index()];
      auto mo = ops(mi);
      int64_t k = 0;
      bool first_const = const_int(mo[0], k);
      if (!first_const) const_int(mo[1], k);
      index = gpr(first_const ? mo[1] : mo[0]);
      scale = static_cast<uint8_t>(k);
    } else {
      index = vc(ot) == VC::Gpr2 ? gpr2(offset).first : ext(offset, true, 8);
    }
    MAddr a = addr(base);
    if (a.kind != MAddr::kRegBase && a.kind != MAddr::kFrame) {
      uint32_t r = b_.gpr();
      b_.lea(r, a);
      a = MAddr::reg(r);
    }
    if (a.index != kNoVReg) {
      uint32_t r = b_.gpr();
      b_.lea(r, a);
      a = MAddr::reg(r);
    }
    a.index = index;
    a.scale = scale;
    return a;
  }
  static MAddr plus(MAddr a, int64_t d) {
    a.disp += d;
    return a;
  }

  // v's low N bits extended to `to` bytes (4 or 8).
  uint32_t ext(Value v, bool sign, unsigned to) {
    TypeId t = type_of(v);
    unsigned n = bits(t);
    int64_t k;
    if (const_int(v, k)) {
      uint32_t d = b_.gpr();
      uint64_t u = static_cast<uint64_t>(k);
      b_.mov_imm(8, d, sign ? sext(u, n) : static_cast<int64_t>(n >= 64 ? u : u & ((uint64_t{1} << n) - 1)));
      return d;
    }
    uint32_t r = gpr(v);
    return ext_reg(r, n, sign, to);
  }
  uint32_t ext_reg(uint32_t r, unsigned n, bool sign, unsigned to) {
    if (n >= to * 8) return r;
    uint32_t d = b_.gpr();
    if (n == 8 || n == 16) {
      b_.op2(sign ? MOp::Movsx : MOp::Movzx, to, MOperand::def(d), MOperand::use(r), uint8_t(n / 8));
    } else if (n == 32) {
      if (sign) b_.op2(MOp::Movsx, 8, MOperand::def(d), MOperand::use(r), 4);
      else b_.mov(4, d, r);
    } else if (!sign && n < 32) {
      b_.copy(d, r);
      b_.alu_imm(Alu::And, 4, d, static_cast<int32_t>((1u << n) - 1));
    } else {
      b_.copy(d, r);
      b_.shift_imm(Shift::Shl, to, d, static_cast<uint8_t>(to * 8 - n));
      b_.shift_imm(sign ? Shift::Sar : Shift::Shr, to, d, static_cast<uint8_t>(to * 8 - n));
    }
    return d;
  }
  // A register and size such that (reg != 0 at size) is the truth of cond.
  std::pair<uint32_t, unsigned> cond_reg(Value c) {
    TypeId t = type_of(c);
    if (vc(t) == VC::Gpr2) {
      auto [lo, hi] = gpr2(c);
      uint32_t d = b_.gpr();
      b_.copy(d, lo);
      b_.alu(Alu::Or, 8, d, hi);
      return {d, 8};
    }
    unsigned n = bits(t);
    if (n == 8 || n == 16 || n == 32 || n == 64) return {gpr(c), n / 8};
    return {ext(c, false, n > 32 ? 8 : 4), n > 32 ? 8u : 4u};
  }
  void test_reg(uint32_t r, unsigned size) { b_.op2(MOp::Test, size, MOperand::use(r), MOperand::use(r)); }

  // ---- memory helpers
  void load_int(unsigned size, uint32_t d, const MAddr& a) {
    if (size == 1 || size == 2) b_.op2m(MOp::Movzx, 4, MOperand::def(d), MOperand::mem(), a, uint8_t(size));
    else b_.load(size, d, a);
  }
  // Loads exactly `size` (1..8) bytes into a GPR, zero-extended.
  void load_bytes(uint32_t d, const MAddr& a, unsigned size) {
    if (size == 1 || size == 2 || size == 4 || size == 8) {
      load_int(size, d, a);
      return;
    }
    // 3, 5, 6, 7: the largest power-of-two piece, then the rest shifted in.
    unsigned low = size > 4 ? 4 : 2;
    load_int(low, d, a);
    uint32_t hi = b_.gpr();
    load_bytes(hi, plus(a, low), size - low);
    b_.shift_imm(Shift::Shl, 8, hi, static_cast<uint8_t>(low * 8));
    b_.alu(Alu::Or, 8, d, hi);
  }
  void store_bytes(const MAddr& a, uint32_t r, unsigned size) {
    if (size == 1 || size == 2 || size == 4 || size == 8) {
      b_.store(size, a, r);
      return;
    }
    unsigned low = size > 4 ? 4 : 2;
    b_.store(low, a, r);
    uint32_t hi = b_.gpr();
    b_.copy(hi, r);
    b_.shift_imm(Shift::Shr, 8, hi, static_cast<uint8_t>(low * 8));
    store_bytes(plus(a, low), hi, size - low);
  }
  void copy_mem(const MAddr& dst, const MAddr& src, uint64_t size) {
    if (size > 256) {
      uint32_t s = b_.gpr(), d = b_.gpr();
      b_.lea(s, src);
      b_.lea(d, dst);
      rep_copy(d, s, 0, size);
      return;
    }
    uint64_t off = 0;
    while (off < size) {
      unsigned k = size - off >= 8 ? 8 : size - off >= 4 ? 4 : size - off >= 2 ? 2 : 1;
      uint32_t t = b_.gpr();
      b_.load(k, t, plus(src, off));
      b_.store(k, plus(dst, off), t);
      off += k;
    }
  }
  void rep_copy(uint32_t d, uint32_t s, uint32_t n, uint64_t const_n) {
    b_.copy(RDI, d);
    b_.copy(RSI, s);
    if (n) b_.copy(RCX, n);
    else b_.mov_imm(8, RCX, static_cast<int64_t>(const_n));
    MInst i;
    i.op = MOp::RepMovsb;
    i.imp_uses = bit(RDI) | bit(RSI) | bit(RCX);
    i.imp_defs = bit(RDI) | bit(RSI) | bit(RCX);
    b_.emit(i);
  }
  void x87_load(const MAddr& a, unsigned bytes) {
    b_.op2m(MOp::X87Mem, 8, MOperand::mem(), MOperand{}, a,
            uint8_t(bytes == 4 ? X87Mem::Fld32 : bytes == 8 ? X87Mem::Fld64 : X87Mem::Fld80));
  }
  void x87_store(const MAddr& a, unsigned bytes) {
    b_.op2m(MOp::X87Mem, 8, MOperand::mem(), MOperand{}, a,
            uint8_t(bytes == 4 ? X87Mem::Fstp32 : bytes == 8 ? X87Mem::Fstp64 : X87Mem::Fstp80));
  }
  void x87_mem(X87Mem op, const MAddr& a) { b_.op2m(MOp::X87Mem, 8, MOperand::mem(), MOperand{}, a, uint8_t(op)); }
  void x87(X87 op, unsigned sti = 1) {
    b_.op2(MOp::X87, 8, MOperand::immediate(sti), MOperand{}, uint8_t(op));
  }

  void load_value(uint32_t inst, TypeId t, const MAddr& a) {
    VLoc& l = loc(inst);
    switch (vc(t)) {
      case VC::Gpr: load_bytes(l.r0, a, isize(t)); break;
      case VC::Gpr2:
        b_.load(8, l.r0, a);
        b_.load(8, l.r1, plus(a, 8));
        break;
      case VC::Xmm: b_.sse_load(is_f32(t) ? Sse::Movss : Sse::Movsd, l.r0, a); break;
      case VC::F80:
        x87_load(a, 10);
        x87_store(MAddr::frame_obj(l.fi), 10);
        break;
      case VC::Void: break;
    }
  }
  // Masks an odd-width integer to its width (for stores).
  uint32_t canonical(Value v, TypeId t) {
    unsigned n = bits(t);
    if (n % 8 == 0) return gpr(v);
    return ext(v, false, opsz(t));
  }
  void store_value(Value v, const MAddr& a_in) {
    TypeId t = type_of(v);
    if (m_.is_aggregate(t)) cx_.unsupported("store of an aggregate value (use memcpy)");
    switch (vc(t)) {
      case VC::Gpr: {
        unsigned size = isize(t);
        int64_t k;
        if (bits(t) % 8 == 0 && const_int(v, k) && (size <= 4 || fits32(k))) {
          b_.store_imm(size, a_in, static_cast<int32_t>(k));
          return;
        }
        uint32_t r = canonical(v, t);
        if (size == 1 || size == 2 || size == 4 || size == 8) b_.store(size, a_in, r);
        else store_bytes(a_in, r, size);
        return;
      }
      case VC::Gpr2: {
        auto [lo, hi] = gpr2(v);
        b_.store(8, a_in, lo);
        b_.store(8, plus(a_in, 8), hi);
        return;
      }
      case VC::Xmm: b_.sse_store(is_f32(t) ? SseStore::Movss : SseStore::Movsd, a_in, xmm(v)); return;
      case VC::F80:
        x87_load(f80(v), 10);
        x87_store(a_in, 10);
        return;
      case VC::Void: return;
    }
  }

  // ---- lowering
  void lower_block(uint32_t bi);
  std::vector<bool> reachable_blocks() const;
  void lower(uint32_t idx);
  void lower_int_binop(uint32_t idx, const Inst& i);
  void lower_i128_binop(uint32_t idx, const Inst& i);
  void lower_float_binop(uint32_t idx, const Inst& i);
  void lower_convert(uint32_t idx, const Inst& i);
  void lower_call(uint32_t idx, const Inst& i);
  void lower_ret(const Inst& i);
  void lower_switch(const Inst& i);
  void lower_atomic(uint32_t idx, const Inst& i);
  void lower_bits(uint32_t idx, const Inst& i);
  CondSet compare(const Inst& i);
  void branch(const CondSet& c, uint32_t t, uint32_t f);
  uint32_t edge(uint32_t succ_ir, bool single);
  void phi_copies(uint32_t pred_ir, uint32_t succ_ir);
  void copy_into(const VLoc& d, Value v, VC c);
  uint32_t popcount64(uint32_t x, unsigned n);
  void libcall(const char* name, TypeId ret, std::initializer_list<std::pair<TypeId, VLoc>> args, VLoc out);
  struct PendingEdge {
    uint32_t block, succ;
  };
  std::vector<PendingEdge> pending_;
  std::vector<std::pair<uint32_t, uint32_t>> split_cache_;  // (succ ir, split block) for the current terminator

  // Call machinery shared by IR calls and runtime calls.
  struct CallArg {
    TypeId type;
    VLoc loc;       // scalars: registers / f80 frame object
    uint32_t ptr = 0;  // aggregates: register holding the address
    bool aggregate = false;
  };
  struct CallResult {
    VLoc loc;
  };
  void emit_call(const ir::Module& tm, TypeId fnty, std::span<const TypeId> arg_types,
                 std::vector<CallArg>& args, uint32_t callee_sym, uint32_t callee_reg, bool tail,
                 VLoc* result, TypeId result_type, bool result_is_aggregate);
};

void Isel::run() {
  ival_.resize(fn_.insts.size());
  uses_.assign(fn_.insts.size(), 0);
  skip_.assign(fn_.insts.size(), false);
  fused_.assign(fn_.insts.size(), false);
  scale_.assign(fn_.insts.size(), false);
  std::vector<uint32_t> unfolded(fn_.insts.size(), 0);
  for (const Inst& i : fn_.insts) {
    auto o = ops(i);
    for (size_t k = 0; k < o.size(); ++k) {
      if (o[k].tag() != Value::Inst) continue;
      ++uses_[o[k].index()];
      bool folds = (i.op == Op::Load && k == 0) || (i.op == Op::Store && k == 1);
      if (!folds) ++unfolded[o[k].index()];
    }
  }
  // Nothing to compute for a value nobody uses, nor for a constant pointer
  // offset that every user folds into its address.
  for (uint32_t idx = 0; idx < fn_.insts.size(); ++idx) {
    const Inst& i = fn_.insts[idx];
    int64_t k;
    if (i.op == Op::PtrAdd && const_int(ops(i)[1], k) && unfolded[idx] == 0) skip_[idx] = true;
    // ptradd p, (mul x, 1|2|4|8): the multiplication becomes the address scale.
    if (i.op == Op::PtrAdd && ops(i)[1].tag() == Value::Inst) {
      uint32_t mi = ops(i)[1].index();
      const Inst& mul = fn_.insts[mi];
      int64_t c = 0;
      if (mul.op == Op::Mul && uses_[mi] == 1 && vc(mul.type) == VC::Gpr && bits(mul.type) == 64 &&
          (const_int(ops(mul)[0], c) || const_int(ops(mul)[1], c)) && (c == 1 || c == 2 || c == 4 || c == 8) &&
          !(const_int(ops(mul)[0], k) && const_int(ops(mul)[1], k)))
        scale_[mi] = skip_[mi] = true;
      // Every use takes it as its address: nothing to compute here.
      if (unfolded[idx] == 0) skip_[idx] = true;
    }
    if (uses_[idx] == 0 && pure(i)) skip_[idx] = true;
  }
  for (const ir::StackSlot& s : fn_.slots) {
    uint32_t al = std::max<uint32_t>(1, s.align);
    uint64_t size = std::max<uint64_t>(1, s.size);
    if (al > 16) size += al - 16;  // realigned at run time, see frame_addr
    slot_fi_.push_back(mf_.new_frame_object(size, al));
  }

  // The entry: the prologue code of the calling convention, then the IR's entry block.
  uint32_t entry = b_.new_block();
  b_.start(entry);
  for (size_t bi = 0; bi < fn_.blocks.size(); ++bi) bfirst_.push_back(b_.new_block());
  for (size_t bi = 0; bi < fn_.blocks.size(); ++bi) mf_.blocks[bfirst_[bi]].ir_block = static_cast<uint32_t>(bi);

  auto params = m_.params(g_.type);
  std::vector<TypeId> ptypes(params.begin(), params.end());
  own_ = abi_.layout(m_, g_.type, ptypes);
  if (T(g_.type).variadic) save_area_ = abi_.save_varargs(b_, own_);
  if (own_.ret.kind == ArgLoc::kSret) {
    sret_ = b_.gpr();
    b_.copy(sret_, own_.sret_reg);
  }
  aval_.resize(ptypes.size());
  arg_obj_.assign(ptypes.size(), ~0u);
  std::vector<std::pair<uint32_t, const ArgLoc*>> stack_params;
  for (size_t pi = 0; pi < ptypes.size(); ++pi) {
    const ArgLoc& a = own_.args[pi];
    TypeId t = ptypes[pi];
    bool agg = m_.is_aggregate(t);
    VLoc& l = aval_[pi];
    if (a.kind == ArgLoc::kIgnore) {
      arg_obj_[pi] = mf_.new_frame_object(std::max<uint64_t>(1, T(t).size), std::max<uint32_t>(1, T(t).align));
      continue;
    }
    if (a.kind == ArgLoc::kStack) {
      stack_params.push_back({static_cast<uint32_t>(pi), &a});
      continue;
    }
    if (a.kind == ArgLoc::kIndirect) {
      // A pointer to the caller's copy: use it in place.
      uint32_t p = b_.gpr();
      b_.copy(p, a.parts[0].reg);
      if (agg) {
        l.r0 = p;
      } else {
        cx_.unsupported("indirect scalar parameter");
      }
      continue;
    }
    if (agg) {
      uint32_t fi = mf_.new_frame_object(align_up(T(t).size, 8), std::max<uint32_t>(8, T(t).align));
      arg_obj_[pi] = fi;
      for (const ArgPart& p : a.parts) {
        if (p.where == ArgPart::kGpr) b_.store(8, MAddr::frame_obj(fi, p.offset), p.reg);
        else b_.sse_store(SseStore::Movsd, MAddr::frame_obj(fi, p.offset), p.reg);
      }
      continue;
    }
    switch (vc(t)) {
      case VC::Gpr:
        l.r0 = b_.gpr();
        b_.copy(l.r0, a.parts[0].reg);
        break;
      case VC::Gpr2:
        l.r0 = b_.gpr();
        l.r1 = b_.gpr();
        b_.copy(l.r0, a.parts[0].reg);
        b_.copy(l.r1, a.parts[1].reg);
        break;
      case VC::Xmm:
        l.r0 = b_.xmm();
        b_.copy(l.r0, a.parts[0].reg);
        break;
      default:
        cx_.unsupported("parameter class");
    }
  }
  for (auto [pi, a] : stack_params) {
    TypeId t = ptypes[pi];
    uint32_t fi = mf_.new_fixed_object(a->size, 16 + a->stack);
    VLoc& l = aval_[pi];
    if (m_.is_aggregate(t)) {
      arg_obj_[pi] = fi;
      continue;
    }
    switch (vc(t)) {
      case VC::Gpr:
        l.r0 = b_.gpr();
        load_bytes(l.r0, MAddr::frame_obj(fi), isize(t));
        break;
      case VC::Gpr2:
        l.r0 = b_.gpr();
        l.r1 = b_.gpr();
        b_.load(8, l.r0, MAddr::frame_obj(fi));
        b_.load(8, l.r1, MAddr::frame_obj(fi, 8));
        break;
      case VC::Xmm:
        l.r0 = b_.xmm();
        b_.sse_load(is_f32(t) ? Sse::Movss : Sse::Movsd, l.r0, MAddr::frame_obj(fi));
        break;
      case VC::F80: l.fi = fi; break;
      default: cx_.unsupported("parameter class");
    }
  }
  b_.jmp(bfirst_[0]);

  std::vector<bool> live = reachable_blocks();
  for (size_t bi = 0; bi < fn_.blocks.size(); ++bi) {
    if (live[bi]) {
      lower_block(static_cast<uint32_t>(bi));
    } else {
      b_.start(bfirst_[bi]);
      b_.simple(MOp::Ud2);
    }
  }
}

// Blocks control can reach from the entry. Code in the others is dropped,
// as gcc does even at -O0: `if (0) f();`, `if (sizeof(long) == 4) f32();`
// or the statements before a case label inside `if (0) { ... case 1: }`
// must not leave references to functions the program never defines (real
// code and gcc's torture tests rely on it to link). A function with an
// indirect branch keeps every block: any address-taken one may be a target.
std::vector<bool> Isel::reachable_blocks() const {
  size_t n = fn_.blocks.size();
  std::vector<bool> live(n, false);
  std::vector<uint32_t> work;
  for (const ir::Block& blk : fn_.blocks)
    if (!blk.insts.empty() && fn_.insts[blk.insts.back()].op == Op::IndirectBr) return std::vector<bool>(n, true);
  if (n) live[0] = true, work.push_back(0);
  while (!work.empty()) {
    uint32_t b = work.back();
    work.pop_back();
    const ir::Block& blk = fn_.blocks[b];
    if (blk.insts.empty()) continue;
    for (Value v : ops(fn_.insts[blk.insts.back()]))
      if (v.tag() == Value::Block && v.index() < n && !live[v.index()]) {
        live[v.index()] = true;
        work.push_back(v.index());
      }
  }
  return live;
}

void Isel::lower_block(uint32_t bi) {
  cur_ir_ = bi;
  b_.start(bfirst_[bi]);
  const ir::Block& blk = fn_.blocks[bi];
  // Fuse a compare into the conditional branch that is its only use.
  if (blk.insts.size() >= 2) {
    const Inst& term = fn_.insts[blk.insts.back()];
    uint32_t prev = blk.insts[blk.insts.size() - 2];
    const Inst& pi = fn_.insts[prev];
    if (term.op == Op::CondBr && ops(term)[0] == Value(Value::Inst, prev) && uses_[prev] == 1 &&
        (pi.op == Op::ICmp || pi.op == Op::FCmp))
      skip_[prev] = fused_[prev] = true;
  }
  skip_ret_ = false;
  for (uint32_t idx : blk.insts) {
    if (skip_[idx]) continue;
    lower(idx);
  }
}

uint32_t Isel::edge(uint32_t succ, bool single) {
  const ir::Block& sb = fn_.blocks[succ];
  bool has_phi = !sb.insts.empty() && fn_.insts[sb.insts.front()].op == Op::Phi;
  if (!has_phi || single) return bfirst_[succ];
  for (auto [s, blk] : split_cache_)
    if (s == succ) return blk;
  uint32_t nb = b_.new_block();
  pending_.push_back({nb, succ});
  split_cache_.push_back({succ, nb});
  return nb;
}

void Isel::copy_into(const VLoc& d, Value v, VC c) {
  switch (c) {
    case VC::Gpr: {
      int64_t k;
      if (const_int(v, k)) b_.mov_imm(8, d.r0, k);
      else b_.copy(d.r0, gpr(v));
      return;
    }
    case VC::Gpr2: {
      auto [lo, hi] = gpr2(v);
      b_.copy(d.r0, lo);
      b_.copy(d.r1, hi);
      return;
    }
    case VC::Xmm: b_.copy(d.r0, xmm(v)); return;
    case VC::F80:
      x87_load(f80(v), 10);
      x87_store(MAddr::frame_obj(d.fi), 10);
      return;
    case VC::Void: return;
  }
}

void Isel::phi_copies(uint32_t pred, uint32_t succ) {
  const ir::Block& sb = fn_.blocks[succ];
  struct Move {
    uint32_t phi;
    Value src;
    VC c;
  };
  std::vector<Move> moves;
  for (uint32_t idx : sb.insts) {
    const Inst& i = fn_.insts[idx];
    if (i.op != Op::Phi) break;
    auto o = ops(i);
    for (size_t k = 0; k + 1 < o.size(); k += 2) {
      if (o[k].index() == pred) {
        moves.push_back({idx, o[k + 1], vc(i.type)});
        break;
      }
    }
  }
  bool parallel = false;
  for (const Move& mv : moves)
    if (mv.src.tag() == Value::Inst && fn_.insts[mv.src.index()].op == Op::Phi)
      for (const Move& other : moves)
        if (other.phi == mv.src.index() && other.phi != mv.phi) parallel = true;
  if (!parallel) {
    for (const Move& mv : moves) copy_into(loc(mv.phi), mv.src, mv.c);
    return;
  }
  std::vector<VLoc> tmp;
  for (const Move& mv : moves) {
    VLoc t;
    switch (mv.c) {
      case VC::Gpr: t.r0 = b_.gpr(); break;
      case VC::Gpr2: t.r0 = b_.gpr(); t.r1 = b_.gpr(); break;
      case VC::Xmm: t.r0 = b_.xmm(); break;
      case VC::F80: t.fi = mf_.new_frame_object(16, 16); break;
      case VC::Void: break;
    }
    copy_into(t, mv.src, mv.c);
    tmp.push_back(t);
  }
  for (size_t k = 0; k < moves.size(); ++k) {
    const VLoc& d = loc(moves[k].phi);
    const VLoc& t = tmp[k];
    switch (moves[k].c) {
      case VC::Gpr: b_.copy(d.r0, t.r0); break;
      case VC::Gpr2: b_.copy(d.r0, t.r0); b_.copy(d.r1, t.r1); break;
      case VC::Xmm: b_.copy(d.r0, t.r0); break;
      case VC::F80:
        x87_load(MAddr::frame_obj(t.fi), 10);
        x87_store(MAddr::frame_obj(d.fi), 10);
        break;
      case VC::Void: break;
    }
  }
}

CondSet Isel::compare(const Inst& i) {
  auto o = ops(i);
  Value a = o[0], b = o[1];
  Pred p = Pred(i.aux);
  TypeId t = type_of(a);
  CondSet cs;
  if (i.op == Op::ICmp) {
    if (vc(t) == VC::Gpr2) {
      auto [alo, ahi] = gpr2(a);
      auto [blo, bhi] = gpr2(b);
      if (p == Pred::Eq || p == Pred::Ne) {
        uint32_t x = b_.gpr(), y = b_.gpr();
        b_.copy(x, alo);
        b_.copy(y, ahi);
        b_.alu(Alu::Xor, 8, x, blo);
        b_.alu(Alu::Xor, 8, y, bhi);
        b_.alu(Alu::Or, 8, x, y);
        cs.c1 = p == Pred::Eq ? Cond::E : Cond::NE;
        return cs;
      }
      // a < b: cmp lo; sbb hi. Greater / less-or-equal swap the operands.
      bool swap = p == Pred::SGt || p == Pred::SLe || p == Pred::UGt || p == Pred::ULe;
      uint32_t llo = swap ? blo : alo, lhi = swap ? bhi : ahi;
      uint32_t rlo = swap ? alo : blo, rhi = swap ? ahi : bhi;
      uint32_t t2 = b_.gpr();
      b_.copy(t2, lhi);
      b_.alu(Alu::Cmp, 8, llo, rlo);
      b_.alu(Alu::Sbb, 8, t2, rhi);
      bool sgn = signed_pred(p);
      bool lt = p == Pred::SLt || p == Pred::ULt || p == Pred::SGt || p == Pred::UGt;
      cs.c1 = lt ? (sgn ? Cond::L : Cond::B) : (sgn ? Cond::GE : Cond::AE);
      return cs;
    }
    unsigned n = bits(t);
    bool exact = n == 8 || n == 16 || n == 32 || n == 64;
    unsigned size = exact ? n / 8 : (n > 32 ? 8 : 4);
    uint32_t ra;
    MOperand ob;
    if (exact) {
      ra = gpr(a);
      int64_t k;
      if (const_int(b, k) && (size <= 4 || fits32(k))) ob = MOperand::immediate(sext(static_cast<uint64_t>(k), n));
      else ob = MOperand::use(gpr(b));
    } else {
      bool s = signed_pred(p);
      ra = ext(a, s, size);
      ob = MOperand::use(ext(b, s, size));
    }
    b_.op2(MOp::Alu, size, MOperand::use(ra), ob, uint8_t(Alu::Cmp));
    cs.c1 = int_cond(p);
    return cs;
  }
  // FCmp: flags from ucomis / fucomip of (x, y); "less" predicates swap.
  bool swap = p == Pred::OLt || p == Pred::OLe || p == Pred::UGtF || p == Pred::UGeF;
  Value x = swap ? b : a, y = swap ? a : b;
  if (vc(t) == VC::F80) {
    MAddr ax = f80(x), ay = f80(y);
    x87_load(ay, 10);
    x87_load(ax, 10);
    x87(X87::Fucomip, 1);
    x87(X87::FstpSt, 0);
  } else {
    uint32_t rx = xmm(x), ry = xmm(y);
    b_.op2(MOp::Sse, 8, MOperand::use(rx), MOperand::use(ry), uint8_t(is_f32(t) ? Sse::Ucomiss : Sse::Ucomisd));
  }
  switch (p) {
    case Pred::OEq: cs.c1 = Cond::E; cs.c2 = Cond::NP; cs.mode = CondSet::And; break;
    case Pred::ONe: cs.c1 = Cond::NE; break;
    case Pred::OGt: case Pred::OLt: cs.c1 = Cond::A; break;
    case Pred::OGe: case Pred::OLe: cs.c1 = Cond::AE; break;
    case Pred::UEq: cs.c1 = Cond::E; break;
    case Pred::UNe: cs.c1 = Cond::NE; cs.c2 = Cond::P; cs.mode = CondSet::Or; break;
    case Pred::ULtF: case Pred::UGtF: cs.c1 = Cond::B; break;
    case Pred::ULeF: case Pred::UGeF: cs.c1 = Cond::BE; break;
    case Pred::Ord: cs.c1 = Cond::NP; break;
    case Pred::Uno: cs.c1 = Cond::P; break;
    default: cx_.unsupported("integer predicate on fcmp");
  }
  return cs;
}

void Isel::branch(const CondSet& c, uint32_t t, uint32_t f) {
  switch (c.mode) {
    case CondSet::One:
      b_.jcc(c.c1, t);
      b_.jmp(f);
      return;
    case CondSet::And:  // t iff c1 && c2
      b_.jcc(invert(c.c1), f);
      b_.jcc(invert(c.c2), f);
      b_.jmp(t);
      return;
    case CondSet::Or:
      b_.jcc(c.c1, t);
      b_.jcc(c.c2, t);
      b_.jmp(f);
      return;
  }
}

void Isel::lower(uint32_t idx) {
  const Inst& i = fn_.insts[idx];
  auto o = ops(i);
  Value self(Value::Inst, idx);
  switch (i.op) {
    case Op::Add: case Op::Sub: case Op::Mul: case Op::SDiv: case Op::UDiv: case Op::SRem:
    case Op::URem: case Op::And: case Op::Or: case Op::Xor: case Op::Shl: case Op::LShr:
    case Op::AShr: case Op::Neg: case Op::Not:
      if (vc(i.type) == VC::Gpr2) lower_i128_binop(idx, i);
      else lower_int_binop(idx, i);
      return;
    case Op::FAdd: case Op::FSub: case Op::FMul: case Op::FDiv: case Op::FNeg:
      lower_float_binop(idx, i);
      return;
    case Op::ICmp:
    case Op::FCmp: {
      CondSet cs = compare(i);
      uint32_t t = b_.gpr();
      b_.setcc(cs.c1, t);
      if (cs.mode != CondSet::One) {
        uint32_t u = b_.gpr();
        b_.setcc(cs.c2, u);
        b_.alu(cs.mode == CondSet::And ? Alu::And : Alu::Or, 1, t, u);
      }
      VLoc& l = loc(idx);
      b_.op2(MOp::Movzx, 4, MOperand::def(l.r0), MOperand::use(t), 1);
      if (vc(i.type) == VC::Gpr2) b_.mov_imm(8, l.r1, 0);
      return;
    }
    case Op::Trunc: case Op::ZExt: case Op::SExt: case Op::FPTrunc: case Op::FPExt:
    case Op::FPToSI: case Op::FPToUI: case Op::SIToFP: case Op::UIToFP: case Op::PtrToInt:
    case Op::IntToPtr: case Op::Bitcast:
      lower_convert(idx, i);
      return;
    case Op::Copy:
      copy_into(loc(idx), o[0], vc(i.type));
      return;
    case Op::Select: {
      VC c = vc(i.type);
      VLoc& d = loc(idx);
      if (c == VC::Xmm) {
        auto [cr, cs] = cond_reg(o[0]);
        uint32_t xa = xmm(o[1]), xb = xmm(o[2]);
        b_.copy(d.r0, xb);
        MInst& s = b_.op2(MOp::SelectXmm, cs, MOperand::usedef(d.r0), MOperand::use(cr));
        s.ops[2] = MOperand::use(xa);
        return;
      }
      if (c == VC::F80) {
        auto [cr, cs] = cond_reg(o[0]);
        MAddr aa = f80(o[1]), ab = f80(o[2]);
        uint32_t pa = b_.gpr(), pb = b_.gpr();
        b_.lea(pa, aa);
        b_.lea(pb, ab);
        test_reg(cr, cs);
        b_.cmov(Cond::NE, 8, pb, pa);
        x87_load(MAddr::reg(pb), 10);
        x87_store(MAddr::frame_obj(d.fi), 10);
        return;
      }
      auto [cr, cs] = cond_reg(o[0]);
      if (c == VC::Gpr2) {
        auto [alo, ahi] = gpr2(o[1]);
        auto [blo, bhi] = gpr2(o[2]);
        b_.copy(d.r0, blo);
        b_.copy(d.r1, bhi);
        test_reg(cr, cs);
        b_.cmov(Cond::NE, 8, d.r0, alo);
        b_.cmov(Cond::NE, 8, d.r1, ahi);
        return;
      }
      uint32_t ra = gpr(o[1]), rb = gpr(o[2]);
      b_.copy(d.r0, rb);
      test_reg(cr, cs);
      b_.cmov(Cond::NE, 8, d.r0, ra);
      return;
    }
    case Op::PtrAdd: {
      uint32_t d = dst(idx);
      TypeId ot = type_of(o[1]);
      int64_t k;
      if (const_int(o[1], k)) {
        k = sext(static_cast<uint64_t>(k), bits(ot));
        uint32_t p = gpr(o[0]);
        if (fits32(k)) {
          b_.lea(d, MAddr::reg(p, k));
        } else {
          b_.mov_imm(8, d, k);
          b_.alu(Alu::Add, 8, d, p);
        }
        return;
      }
      b_.lea(d, indexed(o[0], o[1]));
      return;
    }
    case Op::Phi:
      loc(idx);  // copies are made on the incoming edges
      return;
    case Op::Load: {
      MAddr a = addr(o[0]);
      if (m_.is_aggregate(i.type)) cx_.unsupported("load of an aggregate value (use memcpy)");
      load_value(idx, i.type, a);
      return;
    }
    case Op::Store: {
      ir::Ordering ord = ir::access_ordering(i);
      TypeId t = type_of(o[0]);
      if (ord == ir::Ordering::SeqCst && vc(t) == VC::Gpr && bits(t) % 8 == 0) {
        uint32_t v = gpr(o[0]);
        MAddr a = addr(o[1]);
        uint32_t x = b_.gpr();
        b_.copy(x, v);
        b_.op2m(MOp::Xchg, isize(t), MOperand::usedef(x), MOperand::mem(), a);
        return;
      }
      // Operands first (the value may need code of its own), then the store.
      if (vc(t) == VC::Gpr) {
        MAddr a = addr(o[1]);
        store_value(o[0], a);
      } else {
        MAddr a = addr(o[1]);
        store_value(o[0], a);
      }
      if (ord == ir::Ordering::SeqCst) b_.simple(MOp::Mfence);
      return;
    }
    case Op::MemCopy:
    case Op::MemSet: {
      int64_t n;
      bool is_copy = i.op == Op::MemCopy;
      if (const_int(o[2], n) && n >= 0 && n <= 128) {
        MAddr d = addr(o[0]);
        if (is_copy) {
          MAddr s = addr(o[1]);
          copy_mem(d, s, static_cast<uint64_t>(n));
        } else {
          int64_t byte;
          uint32_t pat = b_.gpr();
          if (const_int(o[1], byte)) {
            b_.mov_imm(8, pat, static_cast<int64_t>(0x0101010101010101ull * (static_cast<uint64_t>(byte) & 0xff)));
          } else {
            uint32_t k = b_.gpr();
            uint32_t v = gpr(o[1]);
            b_.op2(MOp::Movzx, 4, MOperand::def(pat), MOperand::use(v), 1);
            b_.mov_imm(8, k, 0x0101010101010101ll);
            b_.op2(MOp::Imul, 8, MOperand::usedef(pat), MOperand::use(k));
          }
          uint64_t off = 0;
          while (off < static_cast<uint64_t>(n)) {
            unsigned k = n - off >= 8 ? 8 : n - off >= 4 ? 4 : n - off >= 2 ? 2 : 1;
            b_.store(k, plus(d, off), pat);
            off += k;
          }
        }
        return;
      }
      uint32_t d = gpr(o[0]);
      uint32_t cnt = ext(o[2], false, 8);
      if (is_copy) {
        uint32_t s = gpr(o[1]);
        rep_copy(d, s, cnt, 0);
      } else {
        uint32_t v = gpr(o[1]);
        b_.copy(RAX, v);
        b_.copy(RDI, d);
        b_.copy(RCX, cnt);
        MInst r;
        r.op = MOp::RepStosb;
        r.imp_uses = bit(RDI) | bit(RCX) | bit(RAX);
        r.imp_defs = bit(RDI) | bit(RCX);
        b_.emit(r);
      }
      return;
    }
    case Op::Alloca: {
      uint32_t n = ext(o[0], false, 8);
      uint32_t t = b_.gpr();
      b_.lea(t, MAddr::reg(n, 15));
      b_.alu_imm(Alu::And, 8, t, -16);
      MInst& s = b_.op2(MOp::SubRsp, 8, MOperand::use(t), MOperand{});
      s.aux32 = std::max<uint32_t>(16, i.aux);
      b_.op2(MOp::AllocaAddr, 8, MOperand::def(dst(idx)), MOperand{});
      mf_.has_dynamic_alloca = true;
      return;
    }
    case Op::StackSave:
      b_.op2(MOp::SaveRsp, 8, MOperand::def(dst(idx)), MOperand{});
      mf_.has_dynamic_alloca = true;
      return;
    case Op::StackRestore:
      b_.op2(MOp::RestoreRsp, 8, MOperand::use(gpr(o[0])), MOperand{});
      mf_.has_dynamic_alloca = true;
      return;
    case Op::AtomicRMW:
    case Op::CmpXchg:
      lower_atomic(idx, i);
      return;
    case Op::Fence:
      if (ir::Ordering(i.aux & 0xff) == ir::Ordering::SeqCst) b_.simple(MOp::Mfence);
      return;
    case Op::Call:
      lower_call(idx, i);
      return;
    case Op::VaStart: {
      if (save_area_ == ~0u) cx_.unsupported("va_start in a function that is not variadic");
      abi_.va_start(b_, own_, save_area_, gpr(o[0]));
      return;
    }
    case Op::VaArg: {
      Abi::VaArgResult r = abi_.va_arg(b_, m_, i.type, gpr(o[0]));
      VLoc& d = loc(idx);
      if (m_.is_aggregate(i.type)) {
        b_.lea(d.r0, MAddr::frame_obj(r.out_frame));
      } else if (vc(i.type) == VC::F80) {
        x87_load(MAddr::frame_obj(r.out_frame), 10);
        x87_store(MAddr::frame_obj(d.fi), 10);
      } else {
        b_.copy(d.r0, r.out[0]);
        if (vc(i.type) == VC::Gpr2) b_.copy(d.r1, r.out[1]);
      }
      return;
    }
    case Op::VaEnd:
      return;
    case Op::VaCopy:
      abi_.va_copy(b_, gpr(o[0]), gpr(o[1]));
      return;
    case Op::BSwap: case Op::Clz: case Op::Ctz: case Op::Popcount:
      lower_bits(idx, i);
      return;
    case Op::FrameAddr:
    case Op::ReturnAddr: {
      uint32_t d = dst(idx);
      b_.copy(d, RBP);
      for (unsigned k = 0; k < i.aux; ++k) b_.load(8, d, MAddr::reg(d));
      if (i.op == Op::ReturnAddr) b_.load(8, d, MAddr::reg(d, 8));
      return;
    }
    case Op::Trap:
      b_.simple(MOp::Ud2);
      return;
    case Op::Br: {
      uint32_t s = o[0].index();
      phi_copies(cur_ir_, s);
      b_.jmp(bfirst_[s]);
      return;
    }
    case Op::CondBr: {
      split_cache_.clear();
      uint32_t ts = o[1].index(), fs = o[2].index();
      CondSet cs;
      if (o[0].tag() == Value::Inst && fused_[o[0].index()]) {
        // Operands of the fused compare must be ready before the jump targets
        // are chosen; compare() materializes them, edge() only names blocks.
        uint32_t t = edge(ts, false), f = edge(fs, false);
        cs = compare(fn_.insts[o[0].index()]);
        branch(cs, t, f);
      } else {
        auto [cr, sz] = cond_reg(o[0]);
        uint32_t t = edge(ts, false), f = edge(fs, false);
        test_reg(cr, sz);
        cs.c1 = Cond::NE;
        branch(cs, t, f);
      }
      break;
    }
    case Op::Switch:
      split_cache_.clear();
      lower_switch(i);
      break;
    case Op::IndirectBr: {
      // Possible targets cannot be split (their addresses are taken), so
      // phi copies for every listed target go before the jump.
      uint32_t p = gpr(o[0]);
      for (size_t k = 1; k < o.size(); ++k) phi_copies(cur_ir_, o[k].index());
      std::vector<uint32_t> targets;
      for (size_t k = 1; k < o.size(); ++k) targets.push_back(bfirst_[o[k].index()]);
      mf_.indirect.push_back(std::move(targets));
      MInst j;
      j.op = MOp::JmpInd;
      j.ops[0] = MOperand::use(p);
      j.target = static_cast<uint32_t>(mf_.indirect.size() - 1);
      b_.emit(j);
      return;
    }
    case Op::Ret:
      if (skip_ret_) return;
      lower_ret(i);
      return;
    case Op::Unreachable:
      b_.simple(MOp::Ud2);
      return;
    default:
      cx_.unsupported("IR operation '" + std::string(ir::op_name(i.op)) + "'");
  }
  // Split edges of a multi-way terminator: phi copies, then jump.
  std::vector<PendingEdge> pend;
  pend.swap(pending_);
  for (const PendingEdge& e : pend) {
    b_.start(e.block);
    phi_copies(cur_ir_, e.succ);
    b_.jmp(bfirst_[e.succ]);
  }
}

void Isel::lower_int_binop(uint32_t idx, const Inst& i) {
  auto o = ops(i);
  TypeId t = i.type;
  unsigned sz = opsz(t), n = bits(t);
  uint32_t d = dst(idx);
  switch (i.op) {
    case Op::Add: case Op::Sub: case Op::And: case Op::Or: case Op::Xor: {
      Alu op = i.op == Op::Add ? Alu::Add : i.op == Op::Sub ? Alu::Sub : i.op == Op::And ? Alu::And
               : i.op == Op::Or ? Alu::Or : Alu::Xor;
      uint32_t a = gpr(o[0]);
      MOperand bo = opnd(o[1], sz);
      b_.copy(d, a);
      b_.op2(MOp::Alu, sz, MOperand::usedef(d), bo, uint8_t(op));
      return;
    }
    case Op::Mul: {
      uint32_t a = gpr(o[0]);
      MOperand bo = opnd(o[1], sz);
      if (bo.kind == MOperand::Imm) {
        MInst& m = b_.op2(MOp::Imul3, sz, MOperand::def(d), MOperand::use(a));
        m.ops[2] = bo;
        return;
      }
      b_.copy(d, a);
      b_.op2(MOp::Imul, sz, MOperand::usedef(d), bo);
      return;
    }
    case Op::SDiv: case Op::UDiv: case Op::SRem: case Op::URem: {
      bool s = i.op == Op::SDiv || i.op == Op::SRem;
      uint32_t a = ext(o[0], s, sz), b = ext(o[1], s, sz);
      b_.copy(RAX, a);
      if (s) {
        MInst c;
        c.op = MOp::SignExtendAx;
        c.size = static_cast<uint8_t>(sz);
        c.imp_uses = bit(RAX);
        c.imp_defs = bit(RDX);
        b_.emit(c);
      } else {
        b_.mov_imm(4, RDX, 0);
      }
      MInst& dv = b_.op2(MOp::Unary, sz, MOperand::use(b), MOperand{}, uint8_t(s ? Unary::Idiv : Unary::Div));
      dv.imp_uses = bit(RAX) | bit(RDX);
      dv.imp_defs = bit(RAX) | bit(RDX);
      b_.copy(d, (i.op == Op::SDiv || i.op == Op::UDiv) ? RAX : RDX);
      return;
    }
    case Op::Shl: case Op::LShr: case Op::AShr: {
      Shift sh = i.op == Op::Shl ? Shift::Shl : i.op == Op::LShr ? Shift::Shr : Shift::Sar;
      uint32_t src = (i.op != Op::Shl && n != sz * 8) ? ext(o[0], i.op == Op::AShr, sz) : gpr(o[0]);
      int64_t k;
      if (const_int(o[1], k)) {
        b_.copy(d, src);
        unsigned amt = static_cast<unsigned>(k) & (sz * 8 - 1);
        if (amt) b_.shift_imm(sh, sz, d, static_cast<uint8_t>(amt));
        return;
      }
      uint32_t amt = vc(type_of(o[1])) == VC::Gpr2 ? gpr2(o[1]).first : gpr(o[1]);
      b_.copy(d, src);
      b_.copy(RCX, amt);
      MInst& m = b_.op2(MOp::Shift, sz, MOperand::usedef(d), MOperand{}, uint8_t(sh));
      m.imp_uses = bit(RCX);
      return;
    }
    case Op::Neg: case Op::Not: {
      uint32_t a = gpr(o[0]);
      b_.copy(d, a);
      b_.op2(MOp::Unary, sz, MOperand::usedef(d), MOperand{}, uint8_t(i.op == Op::Neg ? Unary::Neg : Unary::Not));
      return;
    }
    default: break;
  }
}

void Isel::lower_i128_binop(uint32_t idx, const Inst& i) {
  auto o = ops(i);
  VLoc& d = loc(idx);
  switch (i.op) {
    case Op::Add: case Op::Sub: case Op::And: case Op::Or: case Op::Xor: {
      auto [alo, ahi] = gpr2(o[0]);
      auto [blo, bhi] = gpr2(o[1]);
      Alu lo = i.op == Op::Add ? Alu::Add : i.op == Op::Sub ? Alu::Sub : i.op == Op::And ? Alu::And
               : i.op == Op::Or ? Alu::Or : Alu::Xor;
      Alu hi = i.op == Op::Add ? Alu::Adc : i.op == Op::Sub ? Alu::Sbb : lo;
      b_.copy(d.r0, alo);
      b_.copy(d.r1, ahi);
      b_.alu(lo, 8, d.r0, blo);
      b_.alu(hi, 8, d.r1, bhi);
      return;
    }
    case Op::Neg: {
      auto [alo, ahi] = gpr2(o[0]);
      b_.copy(d.r0, alo);
      b_.copy(d.r1, ahi);
      b_.op2(MOp::Unary, 8, MOperand::usedef(d.r0), MOperand{}, uint8_t(Unary::Neg));
      b_.alu_imm(Alu::Adc, 8, d.r1, 0);
      b_.op2(MOp::Unary, 8, MOperand::usedef(d.r1), MOperand{}, uint8_t(Unary::Neg));
      return;
    }
    case Op::Not: {
      auto [alo, ahi] = gpr2(o[0]);
      b_.copy(d.r0, alo);
      b_.copy(d.r1, ahi);
      b_.op2(MOp::Unary, 8, MOperand::usedef(d.r0), MOperand{}, uint8_t(Unary::Not));
      b_.op2(MOp::Unary, 8, MOperand::usedef(d.r1), MOperand{}, uint8_t(Unary::Not));
      return;
    }
    case Op::Mul: {
      auto [alo, ahi] = gpr2(o[0]);
      auto [blo, bhi] = gpr2(o[1]);
      b_.copy(RAX, alo);
      MInst& mu = b_.op2(MOp::Unary, 8, MOperand::use(blo), MOperand{}, uint8_t(Unary::Mul));
      mu.imp_uses = bit(RAX);
      mu.imp_defs = bit(RAX) | bit(RDX);
      b_.copy(d.r0, RAX);
      b_.copy(d.r1, RDX);
      uint32_t x = b_.gpr(), y = b_.gpr();
      b_.copy(x, alo);
      b_.op2(MOp::Imul, 8, MOperand::usedef(x), MOperand::use(bhi));
      b_.copy(y, ahi);
      b_.op2(MOp::Imul, 8, MOperand::usedef(y), MOperand::use(blo));
      b_.alu(Alu::Add, 8, d.r1, x);
      b_.alu(Alu::Add, 8, d.r1, y);
      return;
    }
    case Op::SDiv: case Op::UDiv: case Op::SRem: case Op::URem: {
      const char* name = i.op == Op::SDiv ? "__divti3" : i.op == Op::UDiv ? "__udivti3"
                         : i.op == Op::SRem ? "__modti3" : "__umodti3";
      auto [alo, ahi] = gpr2(o[0]);
      auto [blo, bhi] = gpr2(o[1]);
      VLoc a, b;
      a.r0 = alo, a.r1 = ahi, b.r0 = blo, b.r1 = bhi;
      libcall(name, cx_.rt_i128, {{cx_.rt_i128, a}, {cx_.rt_i128, b}}, d);
      return;
    }
    case Op::Shl: case Op::LShr: case Op::AShr: {
      auto [alo, ahi] = gpr2(o[0]);
      int64_t k;
      if (const_int(o[1], k)) {
        unsigned amt = static_cast<unsigned>(k) & 127;
        if (amt == 0) {
          b_.copy(d.r0, alo);
          b_.copy(d.r1, ahi);
        } else if (amt >= 64) {
          unsigned r = amt - 64;
          if (i.op == Op::Shl) {
            b_.copy(d.r1, alo);
            if (r) b_.shift_imm(Shift::Shl, 8, d.r1, static_cast<uint8_t>(r));
            b_.mov_imm(8, d.r0, 0);
          } else {
            b_.copy(d.r0, ahi);
            if (r) b_.shift_imm(i.op == Op::AShr ? Shift::Sar : Shift::Shr, 8, d.r0, static_cast<uint8_t>(r));
            if (i.op == Op::AShr) {
              b_.copy(d.r1, ahi);
              b_.shift_imm(Shift::Sar, 8, d.r1, 63);
            } else {
              b_.mov_imm(8, d.r1, 0);
            }
          }
        } else {
          b_.copy(d.r0, alo);
          b_.copy(d.r1, ahi);
          if (i.op == Op::Shl) {
            b_.op2(MOp::Shld, 8, MOperand::usedef(d.r1), MOperand::use(d.r0)).ops[2] = MOperand::immediate(amt);
            b_.shift_imm(Shift::Shl, 8, d.r0, static_cast<uint8_t>(amt));
          } else {
            b_.op2(MOp::Shrd, 8, MOperand::usedef(d.r0), MOperand::use(d.r1)).ops[2] = MOperand::immediate(amt);
            b_.shift_imm(i.op == Op::AShr ? Shift::Sar : Shift::Shr, 8, d.r1, static_cast<uint8_t>(amt));
          }
        }
        return;
      }
      uint32_t amt = vc(type_of(o[1])) == VC::Gpr2 ? gpr2(o[1]).first : gpr(o[1]);
      uint32_t fill = b_.gpr();
      if (i.op == Op::AShr) {
        b_.copy(fill, ahi);
        b_.shift_imm(Shift::Sar, 8, fill, 63);
      } else {
        b_.mov_imm(8, fill, 0);
      }
      b_.copy(d.r0, alo);
      b_.copy(d.r1, ahi);
      b_.copy(RCX, amt);
      if (i.op == Op::Shl) {
        b_.op2(MOp::Shld, 8, MOperand::usedef(d.r1), MOperand::use(d.r0)).imp_uses = bit(RCX);
        b_.op2(MOp::Shift, 8, MOperand::usedef(d.r0), MOperand{}, uint8_t(Shift::Shl)).imp_uses = bit(RCX);
        b_.op2(MOp::Test, 1, MOperand::use(RCX), MOperand::immediate(64));
        b_.cmov(Cond::NE, 8, d.r1, d.r0);
        b_.cmov(Cond::NE, 8, d.r0, fill);
      } else {
        b_.op2(MOp::Shrd, 8, MOperand::usedef(d.r0), MOperand::use(d.r1)).imp_uses = bit(RCX);
        b_.op2(MOp::Shift, 8, MOperand::usedef(d.r1), MOperand{},
               uint8_t(i.op == Op::AShr ? Shift::Sar : Shift::Shr)).imp_uses = bit(RCX);
        b_.op2(MOp::Test, 1, MOperand::use(RCX), MOperand::immediate(64));
        b_.cmov(Cond::NE, 8, d.r0, d.r1);
        b_.cmov(Cond::NE, 8, d.r1, fill);
      }
      return;
    }
    default:
      cx_.unsupported("i128 operation");
  }
}

void Isel::lower_float_binop(uint32_t idx, const Inst& i) {
  auto o = ops(i);
  TypeId t = i.type;
  if (vc(t) == VC::F80) {
    uint32_t fi = loc(idx).fi;
    if (i.op == Op::FNeg) {
      x87_load(f80(o[0]), 10);
      x87(X87::Fchs);
      x87_store(MAddr::frame_obj(fi), 10);
      return;
    }
    MAddr a = f80(o[0]), b = f80(o[1]);
    x87_load(a, 10);
    x87_load(b, 10);
    X87 op = i.op == Op::FAdd ? X87::Faddp : i.op == Op::FSub ? X87::Fsubp : i.op == Op::FMul ? X87::Fmulp : X87::Fdivp;
    x87(op, 1);
    x87_store(MAddr::frame_obj(fi), 10);
    return;
  }
  bool f32 = is_f32(t);
  uint32_t d = dst(idx);
  if (i.op == Op::FNeg) {
    uint32_t a = xmm(o[0]);
    uint8_t mask[16] = {};
    if (f32) mask[3] = 0x80;
    else mask[7] = 0x80;
    MAddr m = const_addr(mask, 16);
    b_.copy(d, a);
    b_.op2m(MOp::Sse, 8, MOperand::usedef(d), MOperand::mem(), m, uint8_t(Sse::Xorps));
    return;
  }
  Sse op;
  switch (i.op) {
    case Op::FAdd: op = f32 ? Sse::Addss : Sse::Addsd; break;
    case Op::FSub: op = f32 ? Sse::Subss : Sse::Subsd; break;
    case Op::FMul: op = f32 ? Sse::Mulss : Sse::Mulsd; break;
    default: op = f32 ? Sse::Divss : Sse::Divsd; break;
  }
  uint32_t a = xmm(o[0]), b = xmm(o[1]);
  b_.copy(d, a);
  b_.op2(MOp::Sse, 8, MOperand::usedef(d), MOperand::use(b), uint8_t(op));
}

void Isel::lower_convert(uint32_t idx, const Inst& i) {
  Value v = ops(i)[0];
  TypeId from = type_of(v), to = i.type;
  VC fc = vc(from), tc = vc(to);
  VLoc& d = loc(idx);
  switch (i.op) {
    case Op::Trunc:
    case Op::PtrToInt:
      if (fc == VC::Gpr2 && tc == VC::Gpr2) {
        copy_into(d, v, fc);
      } else if (fc == VC::Gpr2) {
        b_.copy(d.r0, gpr2(v).first);
      } else {
        b_.copy(d.r0, gpr(v));
        if (tc == VC::Gpr2) b_.mov_imm(8, d.r1, 0);
      }
      return;
    case Op::ZExt:
    case Op::SExt:
    case Op::IntToPtr: {
      bool s = i.op == Op::SExt;
      if (fc == VC::Gpr2) {
        copy_into(d, v, fc);
        if (tc == VC::Gpr && d.r1) {}
        return;
      }
      uint32_t r = ext(v, s, 8);
      b_.copy(d.r0, r);
      if (tc == VC::Gpr2) {
        if (s) {
          b_.copy(d.r1, r);
          b_.shift_imm(Shift::Sar, 8, d.r1, 63);
        } else {
          b_.mov_imm(8, d.r1, 0);
        }
      }
      return;
    }
    case Op::Bitcast:
      if (fc == tc) {
        copy_into(d, v, fc);
      } else if (fc == VC::Gpr && tc == VC::Xmm) {
        b_.op2(MOp::Sse, isize(from) == 8 ? 8 : 4, MOperand::def(d.r0), MOperand::use(gpr(v)), uint8_t(Sse::MovdToXmm));
      } else if (fc == VC::Xmm && tc == VC::Gpr) {
        b_.op2(MOp::SseStore, isize(to) == 8 ? 8 : 4, MOperand::def(d.r0), MOperand::use(xmm(v)),
               uint8_t(SseStore::MovdFromXmm));
      } else if (fc == VC::Gpr2 && tc == VC::F80) {
        auto [lo, hi] = gpr2(v);
        b_.store(8, MAddr::frame_obj(d.fi), lo);
        b_.store(8, MAddr::frame_obj(d.fi, 8), hi);
      } else if (fc == VC::F80 && tc == VC::Gpr2) {
        MAddr a = f80(v);
        b_.load(8, d.r0, a);
        b_.load(2, d.r1, plus(a, 8));
        b_.op2(MOp::Movzx, 4, MOperand::def(d.r1), MOperand::use(d.r1), 2);
      } else {
        cx_.unsupported("bitcast between these types");
      }
      return;
    case Op::FPTrunc:
    case Op::FPExt: {
      if (fc == VC::Xmm && tc == VC::Xmm) {
        bool ff = is_f32(from), tf = is_f32(to);
        uint32_t x = xmm(v);
        if (ff == tf) b_.copy(d.r0, x);
        else b_.op2(MOp::Sse, 8, MOperand::def(d.r0), MOperand::use(x), uint8_t(ff ? Sse::Cvtss2sd : Sse::Cvtsd2ss));
        return;
      }
      if (fc == VC::Xmm && tc == VC::F80) {
        uint32_t x = xmm(v);
        uint32_t tmp = mf_.new_frame_object(8, 8);
        b_.sse_store(is_f32(from) ? SseStore::Movss : SseStore::Movsd, MAddr::frame_obj(tmp), x);
        x87_load(MAddr::frame_obj(tmp), is_f32(from) ? 4 : 8);
        x87_store(MAddr::frame_obj(d.fi), 10);
        return;
      }
      if (fc == VC::F80 && tc == VC::Xmm) {
        uint32_t tmp = mf_.new_frame_object(8, 8);
        x87_load(f80(v), 10);
        x87_store(MAddr::frame_obj(tmp), is_f32(to) ? 4 : 8);
        b_.sse_load(is_f32(to) ? Sse::Movss : Sse::Movsd, d.r0, MAddr::frame_obj(tmp));
        return;
      }
      copy_into(d, v, fc);
      return;
    }
    case Op::SIToFP:
    case Op::UIToFP: {
      bool s = i.op == Op::SIToFP;
      if (fc == VC::Gpr2) {
        auto [lo, hi] = gpr2(v);
        VLoc a;
        a.r0 = lo;
        a.r1 = hi;
        bool f32 = tc == VC::Xmm && is_f32(to);
        const char* name = tc == VC::F80 ? (s ? "__floattixf" : "__floatuntixf")
                           : f32 ? (s ? "__floattisf" : "__floatuntisf") : (s ? "__floattidf" : "__floatuntidf");
        libcall(name, tc == VC::F80 ? cx_.rt_f80 : f32 ? cx_.rt_f32 : cx_.rt_f64, {{cx_.rt_i128, a}}, d);
        return;
      }
      unsigned n = bits(from);
      if (tc == VC::F80) {
        uint32_t x = ext(v, s, 8);
        uint32_t tmp = mf_.new_frame_object(8, 8);
        b_.store(8, MAddr::frame_obj(tmp), x);
        if (!s && n == 64) {
          // fild reads a signed value: add 2^64 when the top bit was set.
          uint32_t zero_bits = 0, two64 = 0x5F800000;
          MAddr cz = const_addr(&zero_bits, 4), c64 = const_addr(&two64, 4);
          uint32_t pz = b_.gpr(), p64 = b_.gpr();
          b_.lea(pz, cz);
          b_.lea(p64, c64);
          test_reg(x, 8);
          b_.cmov(Cond::S, 8, pz, p64);
          x87_mem(X87Mem::Fild64, MAddr::frame_obj(tmp));
          x87_load(MAddr::reg(pz), 4);
          x87(X87::Faddp, 1);
        } else {
          x87_mem(X87Mem::Fild64, MAddr::frame_obj(tmp));
        }
        x87_store(MAddr::frame_obj(d.fi), 10);
        return;
      }
      bool f32 = is_f32(to);
      Sse cvt = f32 ? Sse::Cvtsi2ss : Sse::Cvtsi2sd;
      if (s || n < 64) {
        unsigned w = s ? (n <= 32 ? 4 : 8) : 8;
        uint32_t x = ext(v, s, w);
        // cvtsi2sd only writes the low element: clear the rest first so the
        // result does not depend on the register's old contents.
        b_.op2(MOp::Sse, w, MOperand::def(d.r0), MOperand::use(x), uint8_t(cvt));
        return;
      }
      // u64: halve (keeping the low bit for rounding) when the top bit is set, convert, double.
      uint32_t x = gpr(v);
      uint32_t h = b_.gpr(), l = b_.gpr(), y = b_.gpr(), sgn = b_.gpr();
      b_.copy(h, x);
      b_.shift_imm(Shift::Shr, 8, h, 1);
      b_.copy(l, x);
      b_.alu_imm(Alu::And, 4, l, 1);
      b_.alu(Alu::Or, 8, h, l);
      b_.copy(sgn, x);
      b_.shift_imm(Shift::Shr, 8, sgn, 63);
      b_.copy(y, x);
      test_reg(x, 8);
      b_.cmov(Cond::S, 8, y, h);
      uint32_t f = b_.xmm(), f2 = b_.xmm();
      b_.op2(MOp::Sse, 8, MOperand::def(f), MOperand::use(y), uint8_t(cvt));
      b_.copy(f2, f);
      b_.op2(MOp::Sse, 8, MOperand::usedef(f2), MOperand::use(f), uint8_t(f32 ? Sse::Addss : Sse::Addsd));
      b_.copy(d.r0, f);
      MInst& sel = b_.op2(MOp::SelectXmm, 8, MOperand::usedef(d.r0), MOperand::use(sgn));
      sel.ops[2] = MOperand::use(f2);
      return;
    }
    case Op::FPToSI:
    case Op::FPToUI: {
      bool s = i.op == Op::FPToSI;
      if (tc == VC::Gpr2) {
        VLoc a;
        const char* name;
        TypeId at;
        if (fc == VC::F80) {
          a.fi = ~0u;
          name = s ? "__fixxfti" : "__fixunsxfti";
          at = cx_.rt_f80;
          // pass the value's memory
          MAddr src = f80(v);
          uint32_t tmp = mf_.new_frame_object(16, 16);
          x87_load(src, 10);
          x87_store(MAddr::frame_obj(tmp), 10);
          a.fi = tmp;
        } else {
          a.r0 = xmm(v);
          bool f32 = is_f32(from);
          name = f32 ? (s ? "__fixsfti" : "__fixunssfti") : (s ? "__fixdfti" : "__fixunsdfti");
          at = f32 ? cx_.rt_f32 : cx_.rt_f64;
        }
        libcall(name, cx_.rt_i128, {{at, a}}, d);
        return;
      }
      unsigned n = bits(to);
      if (fc == VC::F80) {
        // x87 rounds by the control word: switch it to truncation around fistp.
        MAddr src = f80(v);
        uint32_t cw = mf_.new_frame_object(2, 2), cwt = mf_.new_frame_object(2, 2);
        uint32_t t1 = mf_.new_frame_object(8, 8), t2 = mf_.new_frame_object(8, 8);
        x87_mem(X87Mem::Fnstcw, MAddr::frame_obj(cw));
        uint32_t c = b_.gpr();
        load_int(2, c, MAddr::frame_obj(cw));
        b_.alu_imm(Alu::Or, 4, c, 0x0C00);
        b_.store(2, MAddr::frame_obj(cwt), c);
        x87_mem(X87Mem::Fldcw, MAddr::frame_obj(cwt));
        x87_load(src, 10);
        x87_mem(X87Mem::Fistp64, MAddr::frame_obj(t1));
        bool big = !s && n == 64;
        uint32_t two63 = 0x5F000000;  // 2^63 as f32
        MAddr c63 = const_addr(&two63, 4);
        if (big) {
          x87_load(src, 10);
          x87_load(c63, 4);
          x87(X87::Fsubp, 1);
          x87_mem(X87Mem::Fistp64, MAddr::frame_obj(t2));
        }
        x87_mem(X87Mem::Fldcw, MAddr::frame_obj(cw));
        b_.load(8, d.r0, MAddr::frame_obj(t1));
        if (big) {
          uint32_t r2 = b_.gpr(), k = b_.gpr();
          b_.load(8, r2, MAddr::frame_obj(t2));
          b_.mov_imm(8, k, INT64_MIN);
          b_.alu(Alu::Xor, 8, r2, k);
          x87_load(c63, 4);
          x87_load(src, 10);
          x87(X87::Fucomip, 1);
          x87(X87::FstpSt, 0);
          b_.cmov(Cond::AE, 8, d.r0, r2);
        }
        return;
      }
      bool f32 = is_f32(from);
      Sse cvt = f32 ? Sse::Cvttss2si : Sse::Cvttsd2si;
      uint32_t x = xmm(v);
      if (s || n < 64) {
        unsigned w = (s && n <= 32) || n < 32 ? 4 : 8;
        b_.op2(MOp::Sse, w, MOperand::def(d.r0), MOperand::use(x), uint8_t(cvt));
        return;
      }
      // u64: values >= 2^63 convert after subtracting 2^63, then set the top bit.
      uint64_t c63bits = f32 ? 0x5F000000u : 0x43E0000000000000ull;
      MAddr c63 = const_addr(&c63bits, f32 ? 4 : 8);
      uint32_t big = b_.xmm(), r2 = b_.gpr(), k = b_.gpr(), lim = b_.xmm();
      b_.sse_load(f32 ? Sse::Movss : Sse::Movsd, lim, c63);
      b_.op2(MOp::Sse, 8, MOperand::def(d.r0), MOperand::use(x), uint8_t(cvt));
      b_.copy(big, x);
      b_.op2(MOp::Sse, 8, MOperand::usedef(big), MOperand::use(lim), uint8_t(f32 ? Sse::Subss : Sse::Subsd));
      b_.op2(MOp::Sse, 8, MOperand::def(r2), MOperand::use(big), uint8_t(cvt));
      b_.mov_imm(8, k, INT64_MIN);
      b_.alu(Alu::Xor, 8, r2, k);
      b_.op2(MOp::Sse, 8, MOperand::use(x), MOperand::use(lim), uint8_t(f32 ? Sse::Ucomiss : Sse::Ucomisd));
      b_.cmov(Cond::AE, 8, d.r0, r2);
      return;
    }
    default:
      cx_.unsupported("conversion");
  }
}

uint32_t Isel::popcount64(uint32_t x, unsigned n) {
  // SWAR population count (baseline x86-64 has no POPCNT instruction).
  uint32_t t = b_.gpr(), u = b_.gpr(), k = b_.gpr();
  unsigned sz = n > 32 ? 8 : 4;
  b_.copy(t, x);
  b_.copy(u, x);
  b_.shift_imm(Shift::Shr, sz, u, 1);
  b_.mov_imm(8, k, 0x5555555555555555ll);
  b_.alu(Alu::And, sz, u, k);
  b_.alu(Alu::Sub, sz, t, u);
  b_.copy(u, t);
  b_.shift_imm(Shift::Shr, sz, u, 2);
  b_.mov_imm(8, k, 0x3333333333333333ll);
  b_.alu(Alu::And, sz, t, k);
  b_.alu(Alu::And, sz, u, k);
  b_.alu(Alu::Add, sz, t, u);
  b_.copy(u, t);
  b_.shift_imm(Shift::Shr, sz, u, 4);
  b_.alu(Alu::Add, sz, t, u);
  b_.mov_imm(8, k, 0x0F0F0F0F0F0F0F0Fll);
  b_.alu(Alu::And, sz, t, k);
  b_.mov_imm(8, k, 0x0101010101010101ll);
  b_.op2(MOp::Imul, sz, MOperand::usedef(t), MOperand::use(k));
  b_.shift_imm(Shift::Shr, sz, t, static_cast<uint8_t>(sz * 8 - 8));
  return t;
}

void Isel::lower_bits(uint32_t idx, const Inst& i) {
  Value v = ops(i)[0];
  TypeId t = type_of(v);
  unsigned n = bits(t);
  VLoc& d = loc(idx);
  if (vc(t) == VC::Gpr2) {
    auto [lo, hi] = gpr2(v);
    switch (i.op) {
      case Op::BSwap:
        b_.copy(d.r0, hi);
        b_.copy(d.r1, lo);
        b_.op2(MOp::Bswap, 8, MOperand::usedef(d.r0), MOperand{});
        b_.op2(MOp::Bswap, 8, MOperand::usedef(d.r1), MOperand{});
        return;
      case Op::Popcount: {
        uint32_t a = popcount64(lo, 64), b = popcount64(hi, 64);
        b_.copy(d.r0, a);
        b_.alu(Alu::Add, 8, d.r0, b);
        b_.mov_imm(8, d.r1, 0);
        return;
      }
      case Op::Clz:
      case Op::Ctz: {
        // One half's count, or 64 + the other's when that half is zero.
        bool clz = i.op == Op::Clz;
        uint32_t first = clz ? hi : lo, second = clz ? lo : hi;
        uint32_t c1 = b_.gpr(), c2 = b_.gpr(), m1 = b_.gpr();
        b_.mov_imm(8, m1, clz ? -1 : 64);
        b_.op2(clz ? MOp::Bsr : MOp::Bsf, 8, MOperand::def(c2), MOperand::use(second));
        b_.cmov(Cond::E, 8, c2, m1);
        if (clz) {
          b_.op2(MOp::Unary, 8, MOperand::usedef(c2), MOperand{}, uint8_t(Unary::Neg));
          b_.alu_imm(Alu::Add, 8, c2, 63);
        }
        b_.alu_imm(Alu::Add, 8, c2, 64);
        b_.op2(clz ? MOp::Bsr : MOp::Bsf, 8, MOperand::def(c1), MOperand::use(first));
        if (clz) {
          uint32_t t2 = b_.gpr();
          b_.copy(t2, c1);
          b_.op2(MOp::Unary, 8, MOperand::usedef(t2), MOperand{}, uint8_t(Unary::Neg));
          b_.alu_imm(Alu::Add, 8, t2, 63);
          test_reg(first, 8);
          b_.copy(d.r0, c2);
          b_.cmov(Cond::NE, 8, d.r0, t2);
        } else {
          test_reg(first, 8);
          b_.copy(d.r0, c2);
          b_.cmov(Cond::NE, 8, d.r0, c1);
        }
        b_.mov_imm(8, d.r1, 0);
        return;
      }
      default: break;
    }
  }
  switch (i.op) {
    case Op::BSwap: {
      uint32_t x = gpr(v);
      b_.copy(d.r0, x);
      if (n == 16) {
        b_.shift_imm(Shift::Rol, 2, d.r0, 8);
      } else if (n == 32 || n == 64) {
        b_.op2(MOp::Bswap, n / 8, MOperand::usedef(d.r0), MOperand{});
      } else if (n > 8) {
        cx_.unsupported("bswap of i" + std::to_string(n));
      }
      return;
    }
    case Op::Popcount: {
      uint32_t x = ext(v, false, n > 32 ? 8 : 4);
      b_.copy(d.r0, popcount64(x, n));
      return;
    }
    case Op::Clz: {
      // bsr gives the index of the highest set bit; clz = (n-1) - index;
      // a zero input gives n (index -1).
      unsigned sz = n > 32 ? 8 : 4;
      uint32_t x = ext(v, false, sz);
      uint32_t m1 = b_.gpr();
      b_.mov_imm(8, m1, -1);
      b_.op2(MOp::Bsr, sz, MOperand::def(d.r0), MOperand::use(x));
      b_.cmov(Cond::E, sz, d.r0, m1);
      b_.op2(MOp::Unary, sz, MOperand::usedef(d.r0), MOperand{}, uint8_t(Unary::Neg));
      b_.alu_imm(Alu::Add, sz, d.r0, static_cast<int32_t>(n - 1));
      return;
    }
    case Op::Ctz: {
      unsigned sz = n > 32 ? 8 : 4;
      uint32_t x = gpr(v);
      uint32_t nn = b_.gpr();
      b_.mov_imm(8, nn, n);
      if (n % 8 != 0 || n < 32) {
        // Bits above n are unspecified: set bit n so they cannot count.
        uint32_t y = b_.gpr();
        b_.copy(y, x);
        if (n < 32) {
          b_.alu_imm(Alu::Or, 4, y, static_cast<int32_t>(1u << n));
        } else if (n < 64) {
          uint32_t k = b_.gpr();
          b_.mov_imm(8, k, static_cast<int64_t>(uint64_t{1} << n));
          b_.alu(Alu::Or, 8, y, k);
        }
        x = y;
      }
      b_.op2(MOp::Bsf, sz, MOperand::def(d.r0), MOperand::use(x));
      b_.cmov(Cond::E, sz, d.r0, nn);
      return;
    }
    default: break;
  }
}

void Isel::lower_atomic(uint32_t idx, const Inst& i) {
  auto o = ops(i);
  uint32_t d = dst(idx);
  TypeId t = i.op == Op::CmpXchg ? type_of(o[1]) : type_of(o[1]);
  if (vc(t) != VC::Gpr) cx_.unsupported("atomic operation on " + std::string(vc(t) == VC::Gpr2 ? "i128" : "a non-integer"));
  unsigned size = isize(t);
  if (size != 1 && size != 2 && size != 4 && size != 8) cx_.unsupported("atomic operation of this width");
  if (i.op == Op::CmpXchg) {
    uint32_t expected = gpr(o[1]), desired = gpr(o[2]);
    MAddr a = addr(o[0]);
    b_.copy(RAX, expected);
    MInst& c = b_.op2m(MOp::LockCmpxchg, size, MOperand::use(desired), MOperand::mem(), a);
    c.imp_uses = bit(RAX);
    c.imp_defs = bit(RAX);
    b_.copy(d, RAX);
    return;
  }
  ir::RMWOp op = ir::RMWOp(i.aux >> 8);
  uint32_t v = gpr(o[1]);
  MAddr a = addr(o[0]);
  switch (op) {
    case ir::RMWOp::Xchg:
      b_.copy(d, v);
      b_.op2m(MOp::Xchg, size, MOperand::usedef(d), MOperand::mem(), a);
      return;
    case ir::RMWOp::Add:
    case ir::RMWOp::Sub:
      b_.copy(d, v);
      if (op == ir::RMWOp::Sub) b_.op2(MOp::Unary, std::max(4u, size), MOperand::usedef(d), MOperand{}, uint8_t(Unary::Neg));
      b_.op2m(MOp::LockXadd, size, MOperand::usedef(d), MOperand::mem(), a);
      return;
    default: {
      // A compare-exchange loop: old -> new = old op v -> lock cmpxchg.
      uint32_t old = b_.gpr();
      load_int(size, old, a);
      uint32_t loop = b_.new_block(), done = b_.new_block();
      b_.jmp(loop);
      b_.start(loop);
      uint32_t nw = b_.gpr();
      b_.copy(nw, old);
      Alu alu = op == ir::RMWOp::Or ? Alu::Or : op == ir::RMWOp::Xor ? Alu::Xor : Alu::And;
      b_.alu(alu, std::max(4u, size), nw, v);
      if (op == ir::RMWOp::Nand) b_.op2(MOp::Unary, std::max(4u, size), MOperand::usedef(nw), MOperand{}, uint8_t(Unary::Not));
      b_.copy(RAX, old);
      MInst& c = b_.op2m(MOp::LockCmpxchg, size, MOperand::use(nw), MOperand::mem(), a);
      c.imp_uses = bit(RAX);
      c.imp_defs = bit(RAX);
      b_.copy(old, RAX);
      b_.jcc(Cond::NE, loop);
      b_.jmp(done);
      b_.start(done);
      b_.copy(d, old);
      return;
    }
  }
}

void Isel::lower_switch(const Inst& i) {
  auto o = ops(i);
  Value v = o[0];
  TypeId t = type_of(v);
  if (vc(t) == VC::Gpr2) cx_.unsupported("switch on i128");
  unsigned n = bits(t);
  uint32_t def = o[1].index();
  struct Case {
    int64_t value;
    uint32_t block;
  };
  std::vector<Case> cases;
  for (size_t k = 2; k + 1 < o.size(); k += 2) {
    int64_t c = 0;
    const_int(o[k], c);
    cases.push_back({sext(static_cast<uint64_t>(c), n), o[k + 1].index()});
  }
  unsigned sz = n > 32 ? 8 : 4;
  uint32_t x = ext(v, true, sz);
  uint32_t def_target = edge(def, false);
  std::vector<uint32_t> targets;
  for (const Case& c : cases) targets.push_back(edge(c.block, false));
  if (cases.empty()) {
    b_.jmp(def_target);
    return;
  }
  int64_t lo = cases[0].value, hi = cases[0].value;
  for (const Case& c : cases) {
    lo = std::min(lo, c.value);
    hi = std::max(hi, c.value);
  }
  uint64_t range = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo) + 1;
  if (cases.size() >= 4 && range <= 4 * cases.size() && range <= 65536) {
    // Jump table: index = x - lo, checked unsigned against the range.
    uint32_t idx = b_.gpr();
    b_.copy(idx, x);
    if (lo != 0) {
      if (fits32(lo)) {
        b_.alu_imm(Alu::Sub, sz, idx, static_cast<int32_t>(lo));
      } else {
        uint32_t k = b_.gpr();
        b_.mov_imm(8, k, lo);
        b_.alu(Alu::Sub, sz, idx, k);
      }
    }
    if (sz == 4) b_.mov(4, idx, idx);  // zero-extend for the 64-bit table index
    b_.alu_imm(Alu::Cmp, 8, idx, static_cast<int32_t>(range - 1));
    b_.jcc(Cond::A, def_target);
    JumpTable jt;
    jt.targets.assign(range, def_target);
    for (size_t k = cases.size(); k-- > 0;) jt.targets[static_cast<uint64_t>(cases[k].value - lo)] = targets[k];
    mf_.tables.push_back(std::move(jt));
    MInst j;
    j.op = MOp::JumpTable;
    j.ops[0] = MOperand::use(idx);
    j.target = static_cast<uint32_t>(mf_.tables.size() - 1);
    b_.emit(j);
    return;
  }
  for (size_t k = 0; k < cases.size(); ++k) {
    if (fits32(cases[k].value)) {
      b_.alu_imm(Alu::Cmp, sz, x, static_cast<int32_t>(cases[k].value));
    } else {
      uint32_t c = b_.gpr();
      b_.mov_imm(8, c, cases[k].value);
      b_.alu(Alu::Cmp, sz, x, c);
    }
    b_.jcc(Cond::E, targets[k]);
  }
  b_.jmp(def_target);
}

void Isel::libcall(const char* name, TypeId ret, std::initializer_list<std::pair<TypeId, VLoc>> args, VLoc out) {
  std::vector<TypeId> at;
  std::vector<CallArg> ca;
  for (const auto& [t, l] : args) {
    at.push_back(t);
    CallArg a;
    a.type = t;
    a.loc = l;
    ca.push_back(a);
  }
  TypeId fnty = cx_.rt.func_type(ret, at, false);
  VLoc res = out;
  emit_call(cx_.rt, fnty, at, ca, cx_.external(name), 0, false, &res, ret, false);
}

void Isel::emit_call(const ir::Module& tm, TypeId fnty, std::span<const TypeId> arg_types,
                     std::vector<CallArg>& args, uint32_t callee_sym, uint32_t callee_reg, bool tail,
                     VLoc* result, TypeId result_type, bool result_is_aggregate) {
  CallLayout L = abi_.layout(tm, fnty, arg_types);
  mf_.has_calls = true;
  mf_.outgoing_area = std::max(mf_.outgoing_area, L.stack_size);
  auto tvc = [&](TypeId t) {
    const ir::TypeInfo& ti = tm.type(t);
    if (ti.kind == TypeKind::Int) return ti.bits > 64 ? VC::Gpr2 : VC::Gpr;
    if (ti.kind == TypeKind::Float) return ti.bits == 80 ? VC::F80 : VC::Xmm;
    if (ti.kind == TypeKind::Void) return VC::Void;
    return VC::Gpr;
  };
  auto tf32 = [&](TypeId t) { return tm.type(t).kind == TypeKind::Float && tm.type(t).bits == 32; };

  // 1. The outgoing stack area and the aggregate pieces.
  std::vector<std::pair<uint8_t, uint32_t>> reg_moves;  // (physical, virtual)
  for (size_t k = 0; k < args.size(); ++k) {
    const ArgLoc& a = L.args[k];
    CallArg& c = args[k];
    if (a.kind == ArgLoc::kIgnore) continue;
    if (a.kind == ArgLoc::kIndirect) {
      uint32_t fi = mf_.new_frame_object(align_up(a.size, 8), std::max<uint32_t>(8, a.align));
      if (c.aggregate) copy_mem(MAddr::frame_obj(fi), MAddr::reg(c.ptr), a.size);
      else cx_.unsupported("indirect scalar argument");
      uint32_t p = b_.gpr();
      b_.lea(p, MAddr::frame_obj(fi));
      if (a.parts[0].where == ArgPart::kStack) b_.store(8, MAddr::reg(RSP, a.parts[0].stack), p);
      else reg_moves.push_back({a.parts[0].reg, p});
      continue;
    }
    if (a.kind == ArgLoc::kStack) {
      MAddr dst = MAddr::reg(RSP, a.stack);
      if (c.aggregate) {
        copy_mem(dst, MAddr::reg(c.ptr), a.size);
        continue;
      }
      switch (tvc(c.type)) {
        case VC::Gpr: b_.store(8, dst, c.loc.r0); break;
        case VC::Gpr2:
          b_.store(8, dst, c.loc.r0);
          b_.store(8, plus(dst, 8), c.loc.r1);
          break;
        case VC::Xmm: b_.sse_store(tf32(c.type) ? SseStore::Movss : SseStore::Movsd, dst, c.loc.r0); break;
        case VC::F80: copy_mem(dst, MAddr::frame_obj(c.loc.fi), 16); break;
        case VC::Void: break;
      }
      continue;
    }
    // Register parts (and, for the Windows convention, stack parts).
    for (const ArgPart& p : a.parts) {
      uint32_t v;
      if (c.aggregate) {
        MAddr src = MAddr::reg(c.ptr, p.offset);
        if (p.where == ArgPart::kXmm) {
          v = b_.xmm();
          b_.sse_load(p.size == 4 ? Sse::Movss : Sse::Movsd, v, src);
        } else {
          v = b_.gpr();
          load_bytes(v, src, p.size);
        }
      } else {
        VC cc = tvc(c.type);
        v = (cc == VC::Gpr2 && p.offset == 8) ? c.loc.r1 : c.loc.r0;
        if (cc == VC::Xmm && p.where != ArgPart::kXmm) {
          uint32_t g = b_.gpr();
          b_.op2(MOp::SseStore, 8, MOperand::def(g), MOperand::use(v), uint8_t(SseStore::MovdFromXmm));
          v = g;
        }
      }
      if (p.where == ArgPart::kStack) {
        if (b_.func().cls(v) == RegClass::Xmm) b_.sse_store(SseStore::Movsd, MAddr::reg(RSP, p.stack), v);
        else b_.store(8, MAddr::reg(RSP, p.stack), v);
      } else {
        reg_moves.push_back({p.reg, v});
      }
    }
  }
  uint32_t ret_obj = ~0u;
  if (L.ret.kind == ArgLoc::kSret || (result_is_aggregate && L.ret.kind != ArgLoc::kIgnore)) {
    ret_obj = mf_.new_frame_object(align_up(std::max<uint64_t>(L.ret.size, 1), 8), std::max<uint32_t>(8, L.ret.align));
  }
  if (L.ret.kind == ArgLoc::kSret) {
    uint32_t p = b_.gpr();
    b_.lea(p, MAddr::frame_obj(ret_obj));
    reg_moves.push_back({L.sret_reg, p});
  }
  // 2. Physical registers, right before the call.
  uint32_t uses = 0;
  for (auto [preg, v] : reg_moves) {
    b_.copy(preg, v);
    uses |= bit(preg);
  }
  if (L.al >= 0) {
    b_.mov_imm(4, RAX, L.al);
    uses |= bit(RAX);
  }
  MInst call;
  if (callee_reg) {
    call.op = tail ? MOp::TailCallInd : MOp::CallInd;
    call.ops[0] = MOperand::use(callee_reg);
  } else {
    call.op = tail ? MOp::TailCall : MOp::Call;
    call.target = callee_sym;
    call.aux32 = kPLT32;
  }
  call.imp_uses = uses;
  call.imp_defs = tail ? 0 : abi_.caller_saved();
  b_.emit(call);
  if (tail || !result) return;

  // 3. The result.
  VLoc& r = *result;
  switch (L.ret.kind) {
    case ArgLoc::kIgnore:
      if (result_is_aggregate) {
        if (ret_obj == ~0u) ret_obj = mf_.new_frame_object(8, 8);
        b_.lea(r.r0, MAddr::frame_obj(ret_obj));
      }
      break;
    case ArgLoc::kSret:
      b_.lea(r.r0, MAddr::frame_obj(ret_obj));
      break;
    case ArgLoc::kX87Pair: {
      if (ret_obj == ~0u) ret_obj = mf_.new_frame_object(32, 16);
      uint64_t half = L.ret.size / 2;
      x87_store(MAddr::frame_obj(ret_obj), 10);                           // st(0): real
      x87_store(MAddr::frame_obj(ret_obj, static_cast<uint32_t>(half)), 10);  // then imaginary
      b_.lea(r.r0, MAddr::frame_obj(ret_obj));
      break;
    }
    case ArgLoc::kX87:
      if (result_is_aggregate) {
        x87_store(MAddr::frame_obj(ret_obj), 10);
        b_.lea(r.r0, MAddr::frame_obj(ret_obj));
      } else {
        x87_store(MAddr::frame_obj(r.fi), 10);
      }
      break;
    case ArgLoc::kRegs:
    case ArgLoc::kStack:
    case ArgLoc::kIndirect:
      if (result_is_aggregate) {
        for (const ArgPart& p : L.ret.parts) {
          if (p.where == ArgPart::kXmm) b_.sse_store(SseStore::Movsd, MAddr::frame_obj(ret_obj, p.offset), p.reg);
          else b_.store(8, MAddr::frame_obj(ret_obj, p.offset), p.reg);
        }
        b_.lea(r.r0, MAddr::frame_obj(ret_obj));
        break;
      }
      switch (tvc(result_type)) {
        case VC::Gpr:
        case VC::Xmm: {
          const ArgPart& p = L.ret.parts[0];
          bool cross = (p.where == ArgPart::kXmm) != (tvc(result_type) == VC::Xmm);
          if (!cross) b_.copy(r.r0, p.reg);
          else if (p.where == ArgPart::kXmm)
            b_.op2(MOp::SseStore, 8, MOperand::def(r.r0), MOperand::use(p.reg), uint8_t(SseStore::MovdFromXmm));
          else b_.op2(MOp::Sse, 8, MOperand::def(r.r0), MOperand::use(p.reg), uint8_t(Sse::MovdToXmm));
          break;
        }
        case VC::Gpr2:
          b_.copy(r.r0, L.ret.parts[0].reg);
          b_.copy(r.r1, L.ret.parts[1].reg);
          break;
        default: break;
      }
      break;
  }
}

void Isel::lower_call(uint32_t idx, const Inst& i) {
  auto o = ops(i);
  TypeId fnty = i.type;
  auto params = m_.params(fnty);
  std::vector<TypeId> at;
  std::vector<CallArg> args;
  for (size_t k = 1; k < o.size(); ++k) {
    TypeId t = k - 1 < params.size() ? params[k - 1] : type_of(o[k]);
    at.push_back(t);
    CallArg c;
    c.type = t;
    if (m_.is_aggregate(t)) {
      c.aggregate = true;
      c.ptr = gpr(o[k]);
    } else {
      switch (vc(t)) {
        case VC::Gpr: {
          // Narrow integers travel in full registers; callers extend the
          // way gcc and clang expect (i1 zero-extended).
          unsigned n = bits(t);
          c.loc.r0 = n == 1 ? ext(o[k], false, 4) : gpr(o[k]);
          break;
        }
        case VC::Gpr2: {
          auto [lo, hi] = gpr2(o[k]);
          c.loc.r0 = lo;
          c.loc.r1 = hi;
          break;
        }
        case VC::Xmm: c.loc.r0 = xmm(o[k]); break;
        case VC::F80: {
          MAddr a = f80(o[k]);
          if (a.kind == MAddr::kFrame) {
            c.loc.fi = a.frame;
          } else {
            c.loc.fi = mf_.new_frame_object(16, 16);
            x87_load(a, 10);
            x87_store(MAddr::frame_obj(c.loc.fi), 10);
          }
          break;
        }
        case VC::Void: break;
      }
    }
    args.push_back(c);
  }
  uint32_t callee_sym = 0, callee_reg = 0;
  if (o[0].tag() == Value::Global && m_.global(o[0].index()).kind != ir::GlobalKind::Data &&
      !(m_.global(o[0].index()).flags & ir::kThreadLocal)) {
    callee_sym = cx_.symbol_of(o[0].index());
  } else {
    callee_reg = gpr(o[0]);
  }
  TypeId rt = T(fnty).elem;
  bool agg = m_.is_aggregate(rt);

  // A tail call when the IR asks for one and the convention allows it: no
  // stack arguments (they would overwrite our caller's frame), and the same
  // way of returning as this function.
  bool tail = false;
  if (i.flags & ir::kTail) {
    CallLayout L = abi_.layout(m_, fnty, at);
    const ir::Block& blk = fn_.blocks[cur_ir_];
    bool ret_next = false;
    for (size_t k = 0; k + 1 < blk.insts.size(); ++k)
      if (blk.insts[k] == idx) {
        const Inst& nx = fn_.insts[blk.insts[k + 1]];
        auto no = ops(nx);
        ret_next = nx.op == Op::Ret && (no.empty() || no[0] == Value(Value::Inst, idx));
      }
    auto same_ret = [&] {
      if (own_.ret.kind != L.ret.kind) return L.ret.kind == ArgLoc::kIgnore && own_.ret.kind == ArgLoc::kIgnore;
      if (L.ret.kind == ArgLoc::kSret) return false;
      if (L.ret.parts.size() != own_.ret.parts.size()) return false;
      for (size_t k = 0; k < L.ret.parts.size(); ++k)
        if (L.ret.parts[k].reg != own_.ret.parts[k].reg) return false;
      return true;
    };
    bool void_ok = T(rt).kind == TypeKind::Void || ret_next;
    tail = ret_next && void_ok && L.stack_size == 0 && same_ret() && !agg;
    if (tail) {
      auto no = ops(fn_.insts[blk.insts.back()]);
      if (!no.empty() && no[0] != Value(Value::Inst, idx)) tail = false;
      if (no.empty() && T(rt).kind != TypeKind::Void && own_.ret.kind != ArgLoc::kIgnore) tail = false;
    }
  }
  VLoc* res = nullptr;
  if (T(rt).kind != TypeKind::Void) res = &loc(idx);
  emit_call(m_, fnty, at, args, callee_sym, callee_reg, tail, res, rt, agg);
  if (tail) skip_ret_ = true;
}

void Isel::lower_ret(const Inst& i) {
  auto o = ops(i);
  const ArgLoc& r = own_.ret;
  uint32_t uses = 0;
  TypeId rt = T(g_.type).elem;
  bool agg = m_.is_aggregate(rt);
  if (!o.empty() && r.kind != ArgLoc::kIgnore) {
    Value v = o[0];
    switch (r.kind) {
      case ArgLoc::kSret: {
        MAddr src = addr(v);
        copy_mem(MAddr::reg(sret_), src, r.size);
        b_.copy(RAX, sret_);
        uses |= bit(RAX);
        break;
      }
      case ArgLoc::kX87:
        x87_load(agg ? addr(v) : f80(v), 10);
        break;
      case ArgLoc::kX87Pair: {
        MAddr src = addr(v);
        x87_load(plus(src, static_cast<uint32_t>(r.size / 2)), 10);  // imaginary ends in st(1)
        x87_load(src, 10);                                          // real in st(0)
        break;
      }
      case ArgLoc::kRegs: {
        if (agg) {
          MAddr src = addr(v);
          std::vector<std::pair<uint8_t, uint32_t>> moves;
          for (const ArgPart& p : r.parts) {
            uint32_t t;
            if (p.where == ArgPart::kXmm) {
              t = b_.xmm();
              b_.sse_load(p.size == 4 ? Sse::Movss : Sse::Movsd, t, plus(src, p.offset));
            } else {
              t = b_.gpr();
              load_bytes(t, plus(src, p.offset), p.size);
            }
            moves.push_back({p.reg, t});
          }
          for (auto [preg, t] : moves) {
            b_.copy(preg, t);
            uses |= bit(preg);
          }
          break;
        }
        TypeId t = type_of(v);
        switch (vc(t)) {
          case VC::Gpr: {
            unsigned n = bits(t);
            uint32_t x = n == 1 ? ext(v, false, 4) : gpr(v);
            b_.copy(r.parts[0].reg, x);
            break;
          }
          case VC::Gpr2: {
            auto [lo, hi] = gpr2(v);
            b_.copy(r.parts[0].reg, lo);
            b_.copy(r.parts[1].reg, hi);
            break;
          }
          case VC::Xmm: b_.copy(r.parts[0].reg, xmm(v)); break;
          default: break;
        }
        for (const ArgPart& p : r.parts) uses |= bit(p.reg);
        break;
      }
      default: break;
    }
  }
  MInst ret;
  ret.op = MOp::Ret;
  ret.imp_uses = uses;
  b_.emit(ret);
}

}  // namespace

void select_function(ModuleContext& cx, uint32_t function_index, MFunction& mf) {
  Isel(cx, function_index, mf).run();
}

}  // namespace kit::x86_64
