// Conversions between C arithmetic and pointer types as IR operations
// (C17 6.3.1-6.3.2): integers are truncated or sign/zero-extended by the
// source's signedness, _Bool conversion is a comparison with zero,
// floating <-> integer use fpto*i / *itofp, pointers and integers meet
// through ptrtoint/inttoptr. Integer constants are folded on the spot.
#include "codegen/codegen.hpp"

namespace kit::c {

Codegen::Value Codegen::int_resize(Value v, TypeId to, bool is_signed) {
  TypeId from = m_.type_of(f_, v);
  if (from == to) return v;
  unsigned fb = m_.type(from).bits, tb = m_.type(to).bits;
  if (v.tag() == Value::Const && m_.constant(v).kind == ir::Constant::Int) {
    const ir::Constant& c = m_.constant(v);
    unsigned __int128 x = (static_cast<unsigned __int128>(c.hi) << 64) | c.lo;
    if (fb < 128) {
      bool neg = is_signed && fb && ((x >> (fb - 1)) & 1);
      if (neg) x |= ~static_cast<unsigned __int128>(0) << fb;
    }
    return m_.int_const(to, static_cast<uint64_t>(x), static_cast<uint64_t>(x >> 64));
  }
  if (tb < fb) return b_->convert(ir::Op::Trunc, v, to);
  return b_->convert(is_signed ? ir::Op::SExt : ir::Op::ZExt, v, to);
}

Codegen::Value Codegen::convert(Value v, Type* from, Type* to) {
  if (is_void(to)) return v;
  if (from->kind == TypeKind::Enum) from = from->base;
  if (to->kind == TypeKind::Enum) to = to->base;
  from = from->unqual;
  to = to->unqual;
  if (from == to) return v;
  if (is_complex(from) || is_complex(to)) return complex_convert(v, from, to);
  if (is_aggregate(to) || is_aggregate(from)) return v;
  TypeId tt = scalar_irt(to);
  if (to->kind == TypeKind::Bool) {
    if (from->kind == TypeKind::Bool) return v;
    if (is_flonum(from)) return b_->fcmp(ir::Pred::UNe, v, m_.zero(scalar_irt(from)), tt);
    if (v.tag() == Value::Const && m_.constant(v).kind != ir::Constant::Float) {
      const ir::Constant& c = m_.constant(v);
      return b_->iconst(tt, (c.kind == ir::Constant::Int && (c.lo || c.hi)) ? 1 : 0);
    }
    return b_->icmp(ir::Pred::Ne, v, m_.zero(scalar_irt(from)), tt);
  }
  if (is_integer(to)) {
    if (is_integer(from)) return int_resize(v, tt, !from->is_unsigned);
    if (is_flonum(from)) return b_->convert(to->is_unsigned ? ir::Op::FPToUI : ir::Op::FPToSI, v, tt);
    if (is_pointer(from)) {
      Value i = b_->convert(ir::Op::PtrToInt, v, m_.int_type(model_.pointer_size * 8));
      return int_resize(i, tt, false);
    }
  }
  if (is_flonum(to)) {
    if (is_integer(from)) return b_->convert(from->is_unsigned ? ir::Op::UIToFP : ir::Op::SIToFP, v, tt);
    if (is_flonum(from)) {
      unsigned fb = m_.type(scalar_irt(from)).bits, tb = m_.type(tt).bits;
      if (fb == tb) return v;
      return b_->convert(tb < fb ? ir::Op::FPTrunc : ir::Op::FPExt, v, tt);
    }
  }
  if (is_pointer(to)) {
    if (is_pointer(from)) return v;
    if (is_integer(from)) {
      if (v.tag() == Value::Const) {
        const ir::Constant& c = m_.constant(v);
        if (c.kind == ir::Constant::Zero || (c.kind == ir::Constant::Int && c.lo == 0 && c.hi == 0))
          return m_.zero(m_.ptr_type());
      }
      Value i = int_resize(v, m_.int_type(model_.pointer_size * 8), !from->is_unsigned);
      return b_->convert(ir::Op::IntToPtr, i, tt);
    }
  }
  return v;
}

}  // namespace kit::c
