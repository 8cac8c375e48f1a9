// The System V AMD64 calling convention (System V Application Binary
// Interface, AMD64 Architecture Processor Supplement, section 3.2.3
// "Parameter Passing" and 3.5.7 "Variable Argument Lists").
//
// Classification. A value is split into eightbytes; each starts as
// NO_CLASS and every scalar inside it (fields of records, elements of
// arrays, recursively, at their offsets) merges its class in:
//   integers and pointers INTEGER; float and double SSE; long double X87
//   then X87UP; __int128 INTEGER, INTEGER; _Float128 SSE, SSEUP.
// Merging two classes: equal -> that class; NO_CLASS yields to the other;
// MEMORY wins; then INTEGER wins; X87/X87UP/COMPLEX_X87 make MEMORY;
// otherwise SSE. Then the post-merger cleanup: any MEMORY, an X87UP not
// after X87, or more than two eightbytes (kit IR has no vector types, so no
// SSEUP runs) make the whole value MEMORY; a value with an unaligned field
// (packed records) is MEMORY too.
//
// Arguments. INTEGER eightbytes take the next of rdi, rsi, rdx, rcx, r8,
// r9; SSE eightbytes the next of xmm0..xmm7 — but only if all eightbytes
// of the argument fit, otherwise the whole argument goes to the stack and
// the registers stay free for later arguments. MEMORY and X87 arguments are
// copied to the stack, each in 8-byte units at an 8-byte (16 when the type
// asks more) aligned offset. NO_CLASS eightbytes (padding only) take no
// register; empty records are not passed at all (GNU C).
//
// Results. MEMORY: the caller passes the address of the result memory in
// rdi (a hidden first argument) and the callee returns it in rax. INTEGER
// eightbytes come back in rax then rdx, SSE ones in xmm0 then xmm1, X87 in
// st(0); COMPLEX_X87 (long double _Complex, an IR record marked complex) in
// st(0) and st(1).
//
// Variadic calls set %al to (an upper bound of) the number of vector
// registers used. The callee's va_list is
//   struct { uint32 gp_offset; uint32 fp_offset; void* overflow_arg_area;
//            void* reg_save_area; }    (24 bytes)
// with a 176-byte register save area: rdi..r9 at 0..47, xmm0..xmm7 at
// 48..175 (16 bytes each). va_arg takes a value from the save area when all
// its eightbytes still fit (gp_offset <= 48 - 8*ngp, fp_offset <= 176 -
// 16*nsse), otherwise from the overflow area (aligned to 16 for types
// aligned beyond 8). kit selects between the two with cmov, without
// branches, so va_arg stays inside one block.
//
// Red zone: kit does not use the 128 bytes below %rsp. Every function that
// needs stack space allocates it with `sub $n, %rsp`, which costs one
// instruction in leaf functions and keeps generated code valid where the
// red zone is not (kernels, signal trampolines that do not honour it).
#include <algorithm>

#include "abi.hpp"
#include "kit/diag.hpp"

namespace kit::x86_64 {

namespace {

using ir::Module;
using ir::TypeId;
using ir::TypeKind;

constexpr Reg kGprArgs[6] = {RDI, RSI, RDX, RCX, R8, R9};
constexpr Reg kGprOrder[] = {RAX, RCX, RDX, RSI, RDI, R8, R9, RBX, R12, R13, R14, R15};
constexpr Reg kXmmOrder[] = {XMM0, XMM1, XMM2,  XMM3,  XMM4,  XMM5,  XMM6,
                             XMM7, XMM8, XMM9, XMM10, XMM11, XMM12, XMM13};

ArgClass merge(ArgClass a, ArgClass b) {
  if (a == b) return a;
  if (a == ArgClass::NoClass) return b;
  if (b == ArgClass::NoClass) return a;
  if (a == ArgClass::Memory || b == ArgClass::Memory) return ArgClass::Memory;
  if (a == ArgClass::Integer || b == ArgClass::Integer) return ArgClass::Integer;
  auto x87 = [](ArgClass c) {
    return c == ArgClass::X87 || c == ArgClass::X87Up || c == ArgClass::ComplexX87;
  };
  if (x87(a) || x87(b)) return ArgClass::Memory;
  return ArgClass::Sse;
}

void classify_into(const Module& m, TypeId t, uint64_t off, std::vector<ArgClass>& cls,
                   bool& unaligned) {
  const ir::TypeInfo& ti = m.type(t);
  auto put = [&](uint64_t at, ArgClass c) {
    size_t i = at / 8;
    if (i < cls.size()) cls[i] = merge(cls[i], c);
  };
  switch (ti.kind) {
    case TypeKind::Void:
    case TypeKind::Func:
      return;
    case TypeKind::Int:
      if (off % std::max<uint32_t>(1, ti.align) != 0) unaligned = true;
      put(off, ArgClass::Integer);
      if (ti.bits > 64) put(off + 8, ArgClass::Integer);
      return;
    case TypeKind::Ptr:
      if (off % ti.align != 0) unaligned = true;
      put(off, ArgClass::Integer);
      return;
    case TypeKind::Float:
      if (off % ti.align != 0) unaligned = true;
      if (ti.bits == 80) {
        put(off, ArgClass::X87);
        put(off + 8, ArgClass::X87Up);
      } else if (ti.bits == 128) {
        put(off, ArgClass::Sse);
        put(off + 8, ArgClass::SseUp);
      } else {
        put(off, ArgClass::Sse);
      }
      return;
    case TypeKind::Record:
      for (const ir::Field& f : m.fields(t)) {
        if (m.type(f.type).size == 0) continue;
        classify_into(m, f.type, off + f.offset, cls, unaligned);
      }
      return;
    case TypeKind::Array: {
      uint64_t es = m.type(ti.elem).size;
      if (es == 0) return;
      for (uint64_t i = 0; i < ti.count && off + i * es < cls.size() * 8; ++i)
        classify_into(m, ti.elem, off + i * es, cls, unaligned);
      return;
    }
  }
}

uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

class SysVAbi final : public Abi {
 public:
  CallLayout layout(const Module& m, TypeId fn, std::span<const TypeId> arg_types) const override;
  uint32_t caller_saved() const override {
    uint32_t mask = bit(RAX) | bit(RCX) | bit(RDX) | bit(RSI) | bit(RDI) | bit(R8) | bit(R9) |
                    bit(R10) | bit(R11);
    for (uint32_t x = XMM0; x <= XMM15; ++x) mask |= bit(x);
    return mask;
  }
  uint32_t callee_saved() const override {
    return bit(RBX) | bit(RBP) | bit(R12) | bit(R13) | bit(R14) | bit(R15);
  }
  std::span<const Reg> allocation_order(RegClass c) const override {
    if (c == RegClass::Gpr) return kGprOrder;
    return kXmmOrder;
  }
  uint32_t save_varargs(MBuilder& b, const CallLayout& own) const override;
  void va_start(MBuilder& b, const CallLayout& own, uint32_t save_area, uint32_t ap) const override;
  VaArgResult va_arg(MBuilder& b, const Module& m, TypeId type, uint32_t ap) const override;
  void va_copy(MBuilder& b, uint32_t dst, uint32_t src) const override;
};

CallLayout SysVAbi::layout(const Module& m, TypeId fn, std::span<const TypeId> arg_types) const {
  CallLayout L;
  const ir::TypeInfo& ft = m.type(fn);
  const size_t nparams = m.params(fn).size();
  unsigned next_gpr = 0, next_xmm = 0;
  uint64_t stack = 0;

  // The result.
  TypeId rt = ft.elem;
  if (m.type(rt).kind != TypeKind::Void && m.type(rt).size != 0) {
    std::vector<ArgClass> cls = sysv_classify(m, rt);
    L.ret.size = m.type(rt).size;
    L.ret.align = m.type(rt).align;
    const ir::TypeInfo& rti = m.type(rt);
    if (rti.kind == TypeKind::Record && rti.is_complex && rti.num == 2 &&
        m.type(m.fields(rt)[0].type).kind == TypeKind::Float && m.type(m.fields(rt)[0].type).bits == 80) {
      // COMPLEX_X87: long double _Complex comes back in st(0) (real) and
      // st(1) (imaginary); as an argument it is MEMORY like any 32 bytes.
      L.ret.kind = ArgLoc::kX87Pair;
    } else if (cls.empty()) {
      L.ret.kind = ArgLoc::kIgnore;
    } else if (cls[0] == ArgClass::Memory) {
      L.ret.kind = ArgLoc::kSret;
      L.sret_reg = RDI;
      next_gpr = 1;
    } else if (cls[0] == ArgClass::X87) {
      L.ret.kind = ArgLoc::kX87;
    } else {
      L.ret.kind = ArgLoc::kRegs;
      unsigned ri = 0, xi = 0;
      for (size_t i = 0; i < cls.size(); ++i) {
        ArgPart p;
        p.offset = static_cast<uint32_t>(i * 8);
        p.size = static_cast<uint8_t>(std::min<uint64_t>(8, L.ret.size - i * 8));
        if (cls[i] == ArgClass::Integer) {
          p.where = ArgPart::kGpr;
          p.reg = ri++ == 0 ? RAX : RDX;
        } else if (cls[i] == ArgClass::Sse) {
          p.where = ArgPart::kXmm;
          p.reg = static_cast<uint8_t>(XMM0 + xi++);
        } else {
          continue;  // NO_CLASS: padding
        }
        L.ret.parts.push_back(p);
      }
    }
  }

  auto on_stack = [&](ArgLoc& a) {
    a.kind = ArgLoc::kStack;
    uint64_t al = std::max<uint64_t>(8, std::min<uint64_t>(16, a.align));
    stack = align_up(stack, al);
    a.stack = static_cast<uint32_t>(stack);
    stack += align_up(a.size, 8);
  };

  for (size_t i = 0; i < arg_types.size(); ++i) {
    TypeId t = arg_types[i];
    ArgLoc a;
    a.size = m.type(t).size;
    a.align = m.type(t).align;
    std::vector<ArgClass> cls = sysv_classify(m, t);
    if (cls.empty()) {
      a.kind = ArgLoc::kIgnore;
    } else if (cls[0] == ArgClass::Memory || cls[0] == ArgClass::X87) {
      on_stack(a);
    } else {
      unsigned ng = 0, nx = 0;
      for (ArgClass c : cls) {
        if (c == ArgClass::Integer) ++ng;
        if (c == ArgClass::Sse) ++nx;
      }
      if (next_gpr + ng > 6 || next_xmm + nx > 8) {
        on_stack(a);
      } else {
        a.kind = ArgLoc::kRegs;
        for (size_t k = 0; k < cls.size(); ++k) {
          ArgPart p;
          p.offset = static_cast<uint32_t>(k * 8);
          p.size = static_cast<uint8_t>(std::min<uint64_t>(8, a.size - k * 8));
          if (cls[k] == ArgClass::Integer) {
            p.where = ArgPart::kGpr;
            p.reg = kGprArgs[next_gpr++];
          } else if (cls[k] == ArgClass::Sse) {
            p.where = ArgPart::kXmm;
            p.reg = static_cast<uint8_t>(XMM0 + next_xmm++);
          } else {
            continue;
          }
          a.parts.push_back(p);
        }
      }
    }
    L.args.push_back(std::move(a));
    if (i + 1 == nparams) {
      L.named_gprs = next_gpr;
      L.named_xmms = next_xmm;
      L.named_stack = static_cast<uint32_t>(stack);
    }
  }
  if (nparams == 0) {
    L.named_gprs = next_gpr;
    L.named_xmms = next_xmm;
    L.named_stack = 0;
  }
  L.stack_size = static_cast<uint32_t>(align_up(stack, 8));
  if (ft.variadic) L.al = static_cast<int>(next_xmm);
  return L;
}

uint32_t SysVAbi::save_varargs(MBuilder& b, const CallLayout&) const {
  uint32_t fi = b.func().new_frame_object(176, 16);
  b.func().has_varargs_save = true;
  for (unsigned i = 0; i < 6; ++i) b.store(8, MAddr::frame_obj(fi, 8 * i), kGprArgs[i]);
  // All eight: %al only bounds how many carry values, and saving more is harmless.
  for (unsigned i = 0; i < 8; ++i) b.sse_store(SseStore::Movsd, MAddr::frame_obj(fi, 48 + 16 * i), XMM0 + i);
  return fi;
}

void SysVAbi::va_start(MBuilder& b, const CallLayout& own, uint32_t save_area, uint32_t ap) const {
  b.store_imm(4, MAddr::reg(ap, 0), static_cast<int32_t>(8 * own.named_gprs));
  b.store_imm(4, MAddr::reg(ap, 4), static_cast<int32_t>(48 + 16 * own.named_xmms));
  uint32_t incoming = b.func().new_fixed_object(0, 16 + own.named_stack);
  uint32_t ov = b.gpr();
  b.lea(ov, MAddr::frame_obj(incoming));
  b.store(8, MAddr::reg(ap, 8), ov);
  uint32_t rsa = b.gpr();
  b.lea(rsa, MAddr::frame_obj(save_area));
  b.store(8, MAddr::reg(ap, 16), rsa);
}

Abi::VaArgResult SysVAbi::va_arg(MBuilder& b, const Module& m, TypeId type, uint32_t ap) const {
  VaArgResult out;
  const ir::TypeInfo& ti = m.type(type);
  std::vector<ArgClass> cls = sysv_classify(m, type);
  uint64_t size = ti.size;
  bool aggregate = m.is_aggregate(type);
  bool memory = cls.empty() || cls[0] == ArgClass::Memory || cls[0] == ArgClass::X87;
  if (cls.empty()) {
    // An empty struct (GNU C, size 0) is not passed at all: the caller
    // used no register and no stack slot for it, so nothing is consumed.
    out.out_frame = b.func().new_frame_object(1, std::max<uint32_t>(1, ti.align));
    return out;
  }

  uint32_t ov = b.gpr();
  b.load(8, ov, MAddr::reg(ap, 8));
  uint32_t ova = ov;
  if (ti.align > 8) {
    ova = b.gpr();
    b.lea(ova, MAddr::reg(ov, 15));
    b.alu_imm(Alu::And, 8, ova, -16);
  }
  uint64_t units = align_up(std::max<uint64_t>(size, 1), 8) / 8;

  auto copy_units = [&](const std::vector<uint32_t>& addrs) {
    uint32_t fi = b.func().new_frame_object(units * 8, std::max<uint32_t>(8, ti.align));
    for (size_t k = 0; k < addrs.size(); ++k) {
      uint32_t t = b.gpr();
      b.load(8, t, MAddr::reg(addrs[k], 0));
      b.store(8, MAddr::frame_obj(fi, 8 * k), t);
    }
    return fi;
  };

  if (memory) {
    std::vector<uint32_t> addrs;
    for (uint64_t k = 0; k < units; ++k) {
      uint32_t a = b.gpr();
      b.lea(a, MAddr::reg(ova, 8 * k));
      addrs.push_back(a);
    }
    uint32_t next = b.gpr();
    b.lea(next, MAddr::reg(ova, 8 * units));
    b.store(8, MAddr::reg(ap, 8), next);
    out.out_frame = copy_units(addrs);
    return out;
  }

  unsigned ngp = 0, nfp = 0;
  for (ArgClass c : cls) {
    if (c == ArgClass::Integer) ++ngp;
    if (c == ArgClass::Sse) ++nfp;
  }
  uint32_t gp = 0, fp = 0;
  if (ngp) {
    gp = b.gpr();
    b.load(4, gp, MAddr::reg(ap, 0));
  }
  if (nfp) {
    fp = b.gpr();
    b.load(4, fp, MAddr::reg(ap, 4));
  }
  uint32_t rsa = b.gpr();
  b.load(8, rsa, MAddr::reg(ap, 16));
  // Candidate addresses of each eightbyte: in the save area, in the overflow area.
  std::vector<uint32_t> reg_addr, mem_addr;
  unsigned gi = 0, fi = 0;
  for (size_t k = 0; k < cls.size(); ++k) {
    uint32_t ra = b.gpr();
    MAddr a = MAddr::reg(rsa);
    if (cls[k] == ArgClass::Sse) {
      a.index = fp;
      a.disp = 16 * fi++;
    } else {
      // INTEGER (NO_CLASS padding eightbytes read harmlessly from the same place)
      a.index = ngp ? gp : fp;
      a.disp = 8 * gi;
      if (cls[k] == ArgClass::Integer) ++gi;
    }
    b.lea(ra, a);
    reg_addr.push_back(ra);
    uint32_t ma = b.gpr();
    b.lea(ma, MAddr::reg(ova, 8 * k));
    mem_addr.push_back(ma);
  }
  uint32_t gp_next = 0, fp_next = 0;
  if (ngp) {
    gp_next = b.gpr();
    b.lea(gp_next, MAddr::reg(gp, 8 * ngp));
  }
  if (nfp) {
    fp_next = b.gpr();
    b.lea(fp_next, MAddr::reg(fp, 16 * nfp));
  }
  uint32_t ov_next = b.gpr();
  b.lea(ov_next, MAddr::reg(ova, 8 * cls.size()));
  // in_regs = gp <= 48 - 8*ngp && fp <= 176 - 16*nfp (unsigned)
  uint32_t ok = b.gpr();
  if (ngp) {
    b.alu_imm(Alu::Cmp, 4, gp, static_cast<int32_t>(48 - 8 * ngp));
    b.setcc(Cond::BE, ok);
  }
  if (nfp) {
    uint32_t t = ok;
    if (ngp) t = b.gpr();
    b.alu_imm(Alu::Cmp, 4, fp, static_cast<int32_t>(176 - 16 * nfp));
    b.setcc(Cond::BE, t);
    if (ngp) b.alu(Alu::And, 1, ok, t);
  }
  b.op2(MOp::Test, 1, MOperand::use(ok), MOperand::use(ok));
  std::vector<uint32_t> addrs;
  for (size_t k = 0; k < cls.size(); ++k) {
    uint32_t a = b.gpr();
    b.copy(a, mem_addr[k]);
    b.cmov(Cond::NE, 8, a, reg_addr[k]);
    addrs.push_back(a);
  }
  uint32_t ov_new = b.gpr();
  b.copy(ov_new, ov_next);
  b.cmov(Cond::NE, 8, ov_new, ov);
  if (ngp) {
    uint32_t g = b.gpr();
    b.copy(g, gp);
    b.cmov(Cond::NE, 4, g, gp_next);
    b.store(4, MAddr::reg(ap, 0), g);
  }
  if (nfp) {
    uint32_t f = b.gpr();
    b.copy(f, fp);
    b.cmov(Cond::NE, 4, f, fp_next);
    b.store(4, MAddr::reg(ap, 4), f);
  }
  b.store(8, MAddr::reg(ap, 8), ov_new);

  if (aggregate) {
    out.out_frame = copy_units(addrs);
    return out;
  }
  if (ti.kind == TypeKind::Float) {
    out.out[0] = b.xmm();
    b.sse_load(ti.bits == 32 ? Sse::Movss : Sse::Movsd, out.out[0], MAddr::reg(addrs[0]));
    return out;
  }
  out.out[0] = b.gpr();
  b.load(8, out.out[0], MAddr::reg(addrs[0]));
  if (ti.kind == TypeKind::Int && ti.bits > 64) {
    out.out[1] = b.gpr();
    b.load(8, out.out[1], MAddr::reg(addrs[1]));
  }
  return out;
}

void SysVAbi::va_copy(MBuilder& b, uint32_t dst, uint32_t src) const {
  for (int k = 0; k < 3; ++k) {
    uint32_t t = b.gpr();
    b.load(8, t, MAddr::reg(src, 8 * k));
    b.store(8, MAddr::reg(dst, 8 * k), t);
  }
}

}  // namespace

std::vector<ArgClass> sysv_classify(const Module& m, TypeId t) {
  uint64_t size = m.type(t).size;
  if (size == 0) return {};
  if (size > 16) return {ArgClass::Memory};
  std::vector<ArgClass> cls((size + 7) / 8, ArgClass::NoClass);
  bool unaligned = false;
  classify_into(m, t, 0, cls, unaligned);
  if (unaligned) return {ArgClass::Memory};
  for (size_t i = 0; i < cls.size(); ++i) {
    if (cls[i] == ArgClass::Memory) return {ArgClass::Memory};
    if (cls[i] == ArgClass::X87Up && (i == 0 || cls[i - 1] != ArgClass::X87)) return {ArgClass::Memory};
    if (cls[i] == ArgClass::SseUp && (i == 0 || (cls[i - 1] != ArgClass::Sse && cls[i - 1] != ArgClass::SseUp)))
      cls[i] = ArgClass::Sse;
  }
  // An all-padding value (a record of empty records) is passed like nothing.
  if (std::all_of(cls.begin(), cls.end(), [](ArgClass c) { return c == ArgClass::NoClass; })) return {};
  return cls;
}

std::unique_ptr<Abi> make_sysv_abi() { return std::make_unique<SysVAbi>(); }

}  // namespace kit::x86_64
