// Loads and stores of C objects: scalars (plain, volatile or _Atomic),
// bit-fields through their storage unit, aggregates by memcpy.
//
// A bit-field is bits [off, off + width) of a little-endian storage unit
// (types/layout.cpp). Reading loads the unit and extracts the bits with
// shifts -- left then arithmetic right for signed fields, so the sign bit
// is extended; writing loads the unit, clears the field, ors in the new
// bits and stores the unit back.
#include "codegen/codegen.hpp"

namespace kit::c {

Codegen::Value Codegen::size_value(int64_t n) {
  return b_->iconst(m_.int_type(model_.pointer_size * 8), n);
}

Codegen::Value Codegen::temp(Type* ty) {
  int64_t size = type_size(ty);
  return b_->slot(static_cast<uint64_t>(size > 0 ? size : 1), align_of(ty));
}

Codegen::Value Codegen::load(Type* ty, Value addr, bool is_volatile, bool is_atomic) {
  TypeId t = scalar_irt(ty);
  if (is_atomic && type_size(ty) <= 8) return b_->atomic_load(t, addr, align_of(ty), ir::Ordering::SeqCst, is_volatile);
  return b_->load(t, addr, align_of(ty), is_volatile);
}

void Codegen::store(Type* ty, Value v, Value addr, bool is_volatile, bool is_atomic) {
  if (is_aggregate(ty)) {
    copy(ty, addr, v);
    return;
  }
  if (is_atomic && type_size(ty) <= 8) {
    b_->atomic_store(v, addr, align_of(ty), ir::Ordering::SeqCst, is_volatile);
    return;
  }
  b_->store(v, addr, align_of(ty), is_volatile);
}

void Codegen::copy(Type* ty, Value dst, Value src) {
  int64_t size = type_size(ty);
  if (size <= 0) return;
  b_->mem_copy(dst, src, size_value(size), align_of(ty));
}

void Codegen::zero(Value dst, int64_t size, uint32_t align) {
  if (size <= 0) return;
  b_->mem_set(dst, b_->iconst(m_.int_type(8), 0), size_value(size), align ? align : 1);
}

Codegen::Value Codegen::load_lvalue(Node* lv, Value addr) {
  Type* ty = lv->ty;
  if (is_aggregate(ty)) return addr;
  if (lv->kind == NodeKind::Member && lv->member->is_bitfield)
    return load_bitfield(lv->member, addr, ty->is_volatile());
  return load(ty, addr, ty->is_volatile(), ty->is_atomic());
}

Codegen::Value Codegen::store_lvalue(Node* lv, Value addr, Value v) {
  Type* ty = lv->ty;
  if (lv->kind == NodeKind::Member && lv->member->is_bitfield)
    return store_bitfield(lv->member, addr, v, ty->is_volatile());
  store(ty, v, addr, ty->is_volatile(), ty->is_atomic());
  return v;
}

// addr is the address of the member (unit offset already added).
Codegen::Value Codegen::load_bitfield(Member* m, Value addr, bool is_volatile) {
  unsigned ubits = m->unit_size * 8u;
  TypeId ut = m_.int_type(ubits);
  Value unit = b_->load(ut, addr, 1, is_volatile);
  Type* ft = m->ty->kind == TypeKind::Enum ? m->ty->base : m->ty;
  bool is_signed = !ft->is_unsigned;
  unsigned width = m->bit_width;
  unsigned off = m->bit_offset;
  Value v;
  if (is_signed) {
    unsigned left = ubits - off - width;
    v = left ? b_->binop(ir::Op::Shl, unit, b_->iconst(ut, left)) : unit;
    v = (ubits - width) ? b_->binop(ir::Op::AShr, v, b_->iconst(ut, ubits - width)) : v;
  } else {
    v = off ? b_->binop(ir::Op::LShr, unit, b_->iconst(ut, off)) : unit;
    if (width < ubits) {
      uint64_t lo = width >= 64 ? ~0ull : (1ull << width) - 1;
      uint64_t hi = width > 64 ? (width >= 128 ? ~0ull : (1ull << (width - 64)) - 1) : 0;
      v = b_->binop(ir::Op::And, v, m_.int_const(ut, lo, hi));
    }
  }
  return int_resize(v, scalar_irt(ft), is_signed);
}

Codegen::Value Codegen::store_bitfield(Member* m, Value addr, Value v, bool is_volatile) {
  unsigned ubits = m->unit_size * 8u;
  TypeId ut = m_.int_type(ubits);
  Type* ft = m->ty->kind == TypeKind::Enum ? m->ty->base : m->ty;
  unsigned width = m->bit_width;
  unsigned off = m->bit_offset;
  uint64_t mlo = width >= 64 ? ~0ull : (1ull << width) - 1;
  uint64_t mhi = width > 64 ? (width >= 128 ? ~0ull : (1ull << (width - 64)) - 1) : 0;
  Value nv = int_resize(v, ut, false);
  if (width < ubits) nv = b_->binop(ir::Op::And, nv, m_.int_const(ut, mlo, mhi));
  Value shifted = off ? b_->binop(ir::Op::Shl, nv, b_->iconst(ut, off)) : nv;
  Value unit = b_->load(ut, addr, 1, is_volatile);
  // clear mask = ~(mask << off)
  unsigned __int128 mask = (static_cast<unsigned __int128>(mhi) << 64 | mlo) << off;
  unsigned __int128 clear = ~mask;
  if (ubits < 128) clear &= (static_cast<unsigned __int128>(1) << ubits) - 1;
  Value kept = b_->binop(ir::Op::And, unit, m_.int_const(ut, static_cast<uint64_t>(clear), static_cast<uint64_t>(clear >> 64)));
  Value merged = b_->binop(ir::Op::Or, kept, shifted);
  b_->store(merged, addr, 1, is_volatile);
  // The value of the assignment: the field as read back (truncated, and
  // sign-extended for signed fields).
  bool is_signed = !ft->is_unsigned;
  Value r = nv;
  if (is_signed && width < ubits) {
    unsigned sh = ubits - width;
    r = b_->binop(ir::Op::AShr, b_->binop(ir::Op::Shl, nv, b_->iconst(ut, sh)), b_->iconst(ut, sh));
  }
  return int_resize(r, scalar_irt(ft), is_signed);
}

}  // namespace kit::c
