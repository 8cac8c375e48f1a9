// Builtin nodes to IR: va_*, bit operations, checked arithmetic,
// floating-point classification, atomics, and the machine queries.
#include <cmath>
#include <limits>

#include "codegen/codegen.hpp"
#include "sema/float_bits.hpp"

namespace kit::c {

namespace {
Node* arg(Node* n, int i) {
  Node* a = n->args;
  while (a && i-- > 0) a = a->next;
  return a;
}
}  // namespace

// A memory order argument (__ATOMIC_RELAXED = 0 ... __ATOMIC_SEQ_CST = 5);
// anything not constant is treated as seq_cst, the strongest.
ir::Ordering Codegen::ordering_of(Node* order) {
  if (!order || order->kind != NodeKind::Num) return ir::Ordering::SeqCst;
  switch (order->val) {
    case 0: return ir::Ordering::Relaxed;
    case 1:
    case 2: return ir::Ordering::Acquire;
    case 3: return ir::Ordering::Release;
    case 4: return ir::Ordering::AcqRel;
    default: return ir::Ordering::SeqCst;
  }
}

Codegen::Value Codegen::gen_builtin(Node* n) {
  auto id = static_cast<BuiltinId>(n->builtin);
  switch (id) {
    case BuiltinId::VaStart:
    case BuiltinId::StdargStart:
      b_->va_start_(gen(arg(n, 0)));
      return Value();
    case BuiltinId::VaEnd:
      b_->va_end_(gen(arg(n, 0)));
      return Value();
    case BuiltinId::VaCopy:
      b_->va_copy_(gen(arg(n, 0)), gen(arg(n, 1)));
      return Value();
    case BuiltinId::VaArg: {
      Value ap = gen(arg(n, 0));
      Type* t = n->ty;
      // Arguments narrower than int were passed as int, float as double.
      if (is_integer(t) && type_size(t) < 4) {
        Value v = b_->va_arg_(m_.int_type(32), ap);
        return int_resize(v, scalar_irt(t), false);
      }
      if (t->kind == TypeKind::Float) {
        Value v = b_->va_arg_(m_.float_type(64), ap);
        return b_->convert(ir::Op::FPTrunc, v, m_.float_type(32));
      }
      return b_->va_arg_(irt(t), ap);
    }
    case BuiltinId::Unreachable:
      b_->unreachable();
      ensure_open_block();
      return Value();
    case BuiltinId::Trap:
      b_->trap();
      b_->unreachable();
      ensure_open_block();
      return Value();
    case BuiltinId::Alloca:
      return b_->dyn_alloca(gen(arg(n, 0)), 16);
    case BuiltinId::AllocaWithAlign: {
      int64_t a = arg(n, 1)->val;
      if (a < 16) a = 16;
      return b_->dyn_alloca(gen(arg(n, 0)), static_cast<uint32_t>(a));
    }
    case BuiltinId::FrameAddress:
      return b_->frame_address(static_cast<uint16_t>(arg(n, 0)->val));
    case BuiltinId::ReturnAddress:
      return b_->return_address(static_cast<uint16_t>(arg(n, 0)->val));
    case BuiltinId::Bswap16:
    case BuiltinId::Bswap32:
    case BuiltinId::Bswap64: {
      Value v = gen(arg(n, 0));
      return b_->emit(ir::Op::BSwap, m_.type_of(f_, v), {v});
    }
    default:
      break;
  }

  // Bit counting: the operand has the builtin's unsigned type; the result is int.
  auto bits_op = [&](ir::Op op) {
    Value v = gen(arg(n, 0));
    return b_->emit(op, m_.type_of(f_, v), {v});
  };
  auto to_int = [&](Value v) { return int_resize(v, m_.int_type(32), false); };
  switch (id) {
    case BuiltinId::Clz: case BuiltinId::Clzl: case BuiltinId::Clzll:
      return to_int(bits_op(ir::Op::Clz));
    case BuiltinId::Ctz: case BuiltinId::Ctzl: case BuiltinId::Ctzll:
      return to_int(bits_op(ir::Op::Ctz));
    case BuiltinId::Popcount: case BuiltinId::Popcountl: case BuiltinId::Popcountll:
      return to_int(bits_op(ir::Op::Popcount));
    case BuiltinId::Parity: case BuiltinId::Parityl: case BuiltinId::Parityll: {
      Value c = bits_op(ir::Op::Popcount);
      Value one = b_->binop(ir::Op::And, c, b_->iconst(m_.type_of(f_, c), 1));
      return to_int(one);
    }
    case BuiltinId::Ffs: case BuiltinId::Ffsl: case BuiltinId::Ffsll: {
      // ffs(x) = x ? ctz(x) + 1 : 0
      Value v = gen(arg(n, 0));
      TypeId t = m_.type_of(f_, v);
      Value tz = b_->emit(ir::Op::Ctz, t, {v});
      Value plus = b_->binop(ir::Op::Add, tz, b_->iconst(t, 1));
      Value is_zero = b_->icmp(ir::Pred::Eq, v, m_.zero(t), m_.int_type(8));
      return to_int(b_->select(is_zero, m_.zero(t), plus));
    }
    case BuiltinId::Clrsb: case BuiltinId::Clrsbl: case BuiltinId::Clrsbll: {
      // Leading redundant sign bits: clz(x ^ (x >> (w-1))) - 1, with clz(0) = w.
      Value v = gen(arg(n, 0));
      TypeId t = m_.type_of(f_, v);
      unsigned w = m_.type(t).bits;
      Value s = b_->binop(ir::Op::AShr, v, b_->iconst(t, w - 1));
      Value x = b_->binop(ir::Op::Xor, v, s);
      Value lz = b_->emit(ir::Op::Clz, t, {x});
      Value is_zero = b_->icmp(ir::Pred::Eq, x, m_.zero(t), m_.int_type(8));
      Value c = b_->select(is_zero, b_->iconst(t, w), lz);
      return to_int(b_->binop(ir::Op::Sub, c, b_->iconst(t, 1)));
    }
    case BuiltinId::AddOverflow: case BuiltinId::SubOverflow: case BuiltinId::MulOverflow:
    case BuiltinId::AddOverflowP: case BuiltinId::SubOverflowP: case BuiltinId::MulOverflowP:
      return gen_overflow(n);
    case BuiltinId::IsNan: case BuiltinId::IsInf: case BuiltinId::IsInfSign: case BuiltinId::IsFinite:
    case BuiltinId::IsNormal: case BuiltinId::Signbit: case BuiltinId::FpClassify: case BuiltinId::Fabs:
    case BuiltinId::Copysign:
      return gen_float_class(n);
    case BuiltinId::IsGreater: case BuiltinId::IsGreaterEqual: case BuiltinId::IsLess:
    case BuiltinId::IsLessEqual: case BuiltinId::IsLessGreater: case BuiltinId::IsUnordered: {
      Value x = gen(arg(n, 0));
      Value y = gen(arg(n, 1));
      ir::Pred p = id == BuiltinId::IsGreater ? ir::Pred::OGt : id == BuiltinId::IsGreaterEqual ? ir::Pred::OGe
                   : id == BuiltinId::IsLess ? ir::Pred::OLt : id == BuiltinId::IsLessEqual ? ir::Pred::OLe
                   : id == BuiltinId::IsLessGreater ? ir::Pred::ONe : ir::Pred::Uno;
      return b_->fcmp(p, x, y, m_.int_type(32));
    }
    default:
      break;
  }
  return gen_atomic(n);
}

// __builtin_{add,sub,mul}_overflow: the exact result is computed in 128
// bits (every pair of operands of at most 64 bits fits), truncated to the
// result type, and the overflow flag is "extending the truncated value
// back does not give the exact one".
Codegen::Value Codegen::gen_overflow(Node* n) {
  auto id = static_cast<BuiltinId>(n->builtin);
  Node* an = arg(n, 0);
  Node* bn = arg(n, 1);
  Type* rt = n->op_ty;
  if (type_size(an->ty) > 8 || type_size(bn->ty) > 8) {
    error(n->loc, "overflow builtins on 128-bit operands are not supported by kit");
    return iconst(types_.bool_type(), 0);
  }
  TypeId w = m_.int_type(128);
  Value a = int_resize(gen(an), w, !an->ty->is_unsigned);
  Value c = int_resize(gen(bn), w, !bn->ty->is_unsigned);
  ir::Op op = (id == BuiltinId::AddOverflow || id == BuiltinId::AddOverflowP) ? ir::Op::Add
              : (id == BuiltinId::SubOverflow || id == BuiltinId::SubOverflowP) ? ir::Op::Sub : ir::Op::Mul;
  Value exact = b_->binop(op, a, c);
  TypeId t = scalar_irt(rt);
  Value r = int_resize(exact, t, false);
  Value overflow;
  if (type_size(rt) <= 8) {
    Value back = int_resize(r, w, !rt->is_unsigned);
    overflow = b_->icmp(ir::Pred::Ne, back, exact, m_.int_type(8));
  } else {
    // A 128-bit result: the 128-bit computation is the result itself. The
    // exact value of two operands of at most 64 bits always fits 129 bits:
    // it is negative exactly when `exact` is, except for u64 * u64, which
    // is never negative but may reach 2^128 - 2^65 + 1 (above INT128_MAX).
    TypeId i8 = m_.int_type(8);
    Value neg = b_->icmp(ir::Pred::SLt, exact, m_.zero(w), i8);
    bool unsigned_product = op == ir::Op::Mul && an->ty->is_unsigned && bn->ty->is_unsigned;
    if (rt->is_unsigned) overflow = unsigned_product ? iconst(types_.bool_type(), 0) : neg;
    else overflow = unsigned_product ? neg : iconst(types_.bool_type(), 0);
  }
  if (op == ir::Op::Mul && an->ty->is_unsigned && bn->ty->is_unsigned && type_size(an->ty) == 8 &&
      type_size(bn->ty) == 8) {
    // u64 * u64 may need all 128 bits: exact is right as unsigned; the
    // comparison above already sees any high bit.
  }
  bool is_p = id == BuiltinId::AddOverflowP || id == BuiltinId::SubOverflowP || id == BuiltinId::MulOverflowP;
  if (!is_p) {
    Value res = gen(arg(n, 2));
    b_->store(r, res, align_of(rt));
  }
  return overflow;
}

// Floating-point classification and sign operations. The sign bit is the
// top bit of the most significant byte in memory (byte 9 of an x87
// extended value); fabs and copysign rewrite that byte.
Codegen::Value Codegen::gen_float_class(Node* n) {
  auto id = static_cast<BuiltinId>(n->builtin);
  Node* xn = id == BuiltinId::FpClassify ? arg(n, 5) : arg(n, 0);
  Type* ft = xn->ty->unqual;
  TypeId t = scalar_irt(ft);
  unsigned bits = m_.type(t).bits;
  Value x = gen(xn);
  TypeId i8 = m_.int_type(8);
  TypeId i32 = m_.int_type(32);
  int64_t sign_byte = bits == 80 ? 9 : bits / 8 - 1;
  if (model_.big_endian) sign_byte = 0;
  auto fconst = [&](long double v) {
    uint64_t lo, hi;
    float_bits(v, ft, model_, lo, hi);
    return m_.float_const(t, lo, hi);
  };
  auto sign_of = [&](Value v) {  // the sign bit as an i8 0/1
    Value slot = temp(ft);
    b_->store(v, slot, align_of(ft));
    Value byte = b_->load(i8, b_->ptradd(slot, size_value(sign_byte)), 1);
    return b_->binop(ir::Op::LShr, byte, b_->iconst(i8, 7));
  };
  auto with_sign = [&](Value v, Value sign_i8) {  // v with its sign bit replaced
    Value slot = temp(ft);
    b_->store(v, slot, align_of(ft));
    Value p = b_->ptradd(slot, size_value(sign_byte));
    Value byte = b_->load(i8, p, 1);
    Value cleared = b_->binop(ir::Op::And, byte, b_->iconst(i8, 0x7F));
    Value s = b_->binop(ir::Op::Shl, sign_i8, b_->iconst(i8, 7));
    b_->store(b_->binop(ir::Op::Or, cleared, s), p, 1);
    return b_->load(t, slot, align_of(ft));
  };
  // |x| for comparisons (NaN stays NaN, -0 compares equal to 0).
  auto abs_cmp = [&](Value v) {
    Value neg = b_->fcmp(ir::Pred::OLt, v, m_.zero(t), i8);
    return b_->select(neg, b_->unop(ir::Op::FNeg, v), v);
  };
  long double inf = std::numeric_limits<long double>::infinity();
  long double min_normal = bits == 32 ? std::ldexp(1.0L, -126) : bits == 64 ? std::ldexp(1.0L, -1022)
                                                                            : std::ldexp(1.0L, -16382);
  switch (id) {
    case BuiltinId::Fabs:
      return with_sign(x, b_->iconst(i8, 0));
    case BuiltinId::Copysign:
      return with_sign(x, sign_of(gen(arg(n, 1))));
    case BuiltinId::Signbit:
      return int_resize(sign_of(x), i32, false);
    case BuiltinId::IsNan:
      return b_->fcmp(ir::Pred::Uno, x, x, i32);
    case BuiltinId::IsInf:
      return b_->fcmp(ir::Pred::OEq, abs_cmp(x), fconst(inf), i32);
    case BuiltinId::IsFinite:
      return b_->fcmp(ir::Pred::OLt, abs_cmp(x), fconst(inf), i32);
    case BuiltinId::IsNormal: {
      Value a = abs_cmp(x);
      Value lo = b_->fcmp(ir::Pred::OGe, a, fconst(min_normal), i32);
      Value hi = b_->fcmp(ir::Pred::OLt, a, fconst(inf), i32);
      return b_->binop(ir::Op::And, lo, hi);
    }
    case BuiltinId::IsInfSign: {
      Value is_inf = b_->fcmp(ir::Pred::OEq, abs_cmp(x), fconst(inf), i8);
      Value neg = b_->fcmp(ir::Pred::OLt, x, m_.zero(t), i8);
      Value s = b_->select(neg, b_->iconst(i32, -1), b_->iconst(i32, 1));
      return b_->select(is_inf, s, b_->iconst(i32, 0));
    }
    case BuiltinId::FpClassify: {
      Value c_nan = gen(arg(n, 0)), c_inf = gen(arg(n, 1)), c_norm = gen(arg(n, 2));
      Value c_sub = gen(arg(n, 3)), c_zero = gen(arg(n, 4));
      Value a = abs_cmp(x);
      Value is_zero = b_->fcmp(ir::Pred::OEq, x, m_.zero(t), i8);
      Value r = b_->select(is_zero, c_zero, c_sub);
      Value is_norm = b_->fcmp(ir::Pred::OGe, a, fconst(min_normal), i8);
      r = b_->select(is_norm, c_norm, r);
      Value is_inf = b_->fcmp(ir::Pred::OEq, a, fconst(inf), i8);
      r = b_->select(is_inf, c_inf, r);
      Value is_nan = b_->fcmp(ir::Pred::Uno, x, x, i8);
      return b_->select(is_nan, c_nan, r);
    }
    default:
      return b_->iconst(i32, 0);
  }
}

Codegen::Value Codegen::gen_atomic(Node* n) {
  auto id = static_cast<BuiltinId>(n->builtin);
  Type* ty = n->op_ty;
  auto rmw_type = [&](Type* t) -> TypeId {
    // Pointers are operated on as integers of their width.
    return is_pointer(t) ? m_.int_type(model_.pointer_size * 8) : scalar_irt(t);
  };
  auto check_size = [&](Type* t) {
    int64_t s = type_size(t);
    if (s != 1 && s != 2 && s != 4 && s != 8) {
      error(n->loc, "atomic operations on " + std::to_string(s) + "-byte objects are not supported by kit");
      return false;
    }
    return true;
  };
  auto finish_value = [&](Value v, Type* t) -> Value {
    if (is_pointer(t)) return b_->convert(ir::Op::IntToPtr, v, m_.ptr_type());
    return v;
  };
  auto as_rmw = [&](Value v, Type* t) -> Value {
    if (is_pointer(t)) return b_->convert(ir::Op::PtrToInt, v, m_.int_type(model_.pointer_size * 8));
    return v;
  };
  auto rmw_of = [&](BuiltinId x, bool& fetch_first) -> ir::RMWOp {
    fetch_first = true;
    switch (x) {
      case BuiltinId::SyncFetchAndAdd: case BuiltinId::AtomicFetchAdd: return ir::RMWOp::Add;
      case BuiltinId::SyncFetchAndSub: case BuiltinId::AtomicFetchSub: return ir::RMWOp::Sub;
      case BuiltinId::SyncFetchAndOr: case BuiltinId::AtomicFetchOr: return ir::RMWOp::Or;
      case BuiltinId::SyncFetchAndAnd: case BuiltinId::AtomicFetchAnd: return ir::RMWOp::And;
      case BuiltinId::SyncFetchAndXor: case BuiltinId::AtomicFetchXor: return ir::RMWOp::Xor;
      case BuiltinId::SyncFetchAndNand: case BuiltinId::AtomicFetchNand: return ir::RMWOp::Nand;
      default: break;
    }
    fetch_first = false;
    switch (x) {
      case BuiltinId::SyncAddAndFetch: case BuiltinId::AtomicAddFetch: return ir::RMWOp::Add;
      case BuiltinId::SyncSubAndFetch: case BuiltinId::AtomicSubFetch: return ir::RMWOp::Sub;
      case BuiltinId::SyncOrAndFetch: case BuiltinId::AtomicOrFetch: return ir::RMWOp::Or;
      case BuiltinId::SyncAndAndFetch: case BuiltinId::AtomicAndFetch: return ir::RMWOp::And;
      case BuiltinId::SyncXorAndFetch: case BuiltinId::AtomicXorFetch: return ir::RMWOp::Xor;
      case BuiltinId::SyncNandAndFetch: case BuiltinId::AtomicNandFetch: return ir::RMWOp::Nand;
      default: return ir::RMWOp::Xchg;
    }
  };
  auto load_order = [](ir::Ordering o) {
    return o == ir::Ordering::Release || o == ir::Ordering::AcqRel ? ir::Ordering::SeqCst : o;
  };
  auto store_order = [](ir::Ordering o) {
    return o == ir::Ordering::Acquire || o == ir::Ordering::AcqRel ? ir::Ordering::SeqCst : o;
  };
  switch (id) {
    case BuiltinId::SyncFetchAndAdd: case BuiltinId::SyncFetchAndSub: case BuiltinId::SyncFetchAndOr:
    case BuiltinId::SyncFetchAndAnd: case BuiltinId::SyncFetchAndXor: case BuiltinId::SyncFetchAndNand:
    case BuiltinId::SyncAddAndFetch: case BuiltinId::SyncSubAndFetch: case BuiltinId::SyncOrAndFetch:
    case BuiltinId::SyncAndAndFetch: case BuiltinId::SyncXorAndFetch: case BuiltinId::SyncNandAndFetch:
    case BuiltinId::AtomicFetchAdd: case BuiltinId::AtomicFetchSub: case BuiltinId::AtomicFetchAnd:
    case BuiltinId::AtomicFetchOr: case BuiltinId::AtomicFetchXor: case BuiltinId::AtomicFetchNand:
    case BuiltinId::AtomicAddFetch: case BuiltinId::AtomicSubFetch: case BuiltinId::AtomicAndFetch:
    case BuiltinId::AtomicOrFetch: case BuiltinId::AtomicXorFetch: case BuiltinId::AtomicNandFetch: {
      if (!check_size(ty)) return zero_of(ty);
      Value p = gen(arg(n, 0));
      Value v = gen(arg(n, 1));  // for a pointer object: a byte offset (ptrdiff_t)
      TypeId rt = rmw_type(ty);
      v = int_resize(v, rt, true);
      bool fetch_first;
      ir::RMWOp op = rmw_of(id, fetch_first);
      ir::Ordering o = ordering_of(arg(n, 2));
      if (o == ir::Ordering::NotAtomic) o = ir::Ordering::SeqCst;
      Value old = b_->atomic_rmw(op, p, v, o);
      if (fetch_first) return finish_value(old, ty);
      Value r;
      switch (op) {
        case ir::RMWOp::Add: r = b_->binop(ir::Op::Add, old, v); break;
        case ir::RMWOp::Sub: r = b_->binop(ir::Op::Sub, old, v); break;
        case ir::RMWOp::Or: r = b_->binop(ir::Op::Or, old, v); break;
        case ir::RMWOp::And: r = b_->binop(ir::Op::And, old, v); break;
        case ir::RMWOp::Xor: r = b_->binop(ir::Op::Xor, old, v); break;
        default: r = b_->unop(ir::Op::Not, b_->binop(ir::Op::And, old, v)); break;
      }
      return finish_value(r, ty);
    }
    case BuiltinId::SyncLockTestAndSet: {
      if (!check_size(ty)) return zero_of(ty);
      Value p = gen(arg(n, 0));
      Value v = as_rmw(gen(arg(n, 1)), ty);
      return finish_value(b_->atomic_rmw(ir::RMWOp::Xchg, p, v, ir::Ordering::Acquire), ty);
    }
    case BuiltinId::SyncLockRelease: {
      if (!check_size(ty)) return Value();
      Value p = gen(arg(n, 0));
      b_->atomic_store(m_.zero(scalar_irt(ty)), p, align_of(ty), ir::Ordering::Release);
      return Value();
    }
    case BuiltinId::SyncBoolCompareAndSwap:
    case BuiltinId::SyncValCompareAndSwap: {
      if (!check_size(ty)) return zero_of(n->ty);
      Value p = gen(arg(n, 0));
      Value expected = gen(arg(n, 1));
      Value desired = gen(arg(n, 2));
      if (is_flonum(ty)) {
        TypeId it = m_.int_type(static_cast<unsigned>(type_size(ty) * 8));
        expected = b_->convert(ir::Op::Bitcast, expected, it);
        desired = b_->convert(ir::Op::Bitcast, desired, it);
      }
      Value seen = b_->cmpxchg(p, expected, desired, ir::Ordering::SeqCst);
      if (id == BuiltinId::SyncBoolCompareAndSwap)
        return b_->icmp(ir::Pred::Eq, seen, expected, scalar_irt(n->ty));
      if (is_flonum(ty)) return b_->convert(ir::Op::Bitcast, seen, scalar_irt(ty));
      return seen;
    }
    case BuiltinId::SyncSynchronize:
      b_->fence(ir::Ordering::SeqCst);
      return Value();
    case BuiltinId::AtomicLoadN: {
      if (!check_size(ty)) return zero_of(ty);
      Value p = gen(arg(n, 0));
      return b_->atomic_load(scalar_irt(ty), p, align_of(ty), load_order(ordering_of(arg(n, 1))));
    }
    case BuiltinId::AtomicLoad: {
      if (!check_size(ty)) return Value();
      Value p = gen(arg(n, 0));
      Value ret = gen(arg(n, 1));
      TypeId t = is_aggregate(ty) ? m_.int_type(static_cast<unsigned>(type_size(ty) * 8)) : scalar_irt(ty);
      Value v = b_->atomic_load(t, p, align_of(ty), load_order(ordering_of(arg(n, 2))));
      b_->store(v, ret, align_of(ty));
      return Value();
    }
    case BuiltinId::AtomicStoreN: {
      if (!check_size(ty)) return Value();
      Value p = gen(arg(n, 0));
      Value v = gen(arg(n, 1));
      b_->atomic_store(v, p, align_of(ty), store_order(ordering_of(arg(n, 2))));
      return Value();
    }
    case BuiltinId::AtomicStore: {
      if (!check_size(ty)) return Value();
      Value p = gen(arg(n, 0));
      Value src = gen(arg(n, 1));
      TypeId t = is_aggregate(ty) ? m_.int_type(static_cast<unsigned>(type_size(ty) * 8)) : scalar_irt(ty);
      Value v = b_->load(t, src, align_of(ty));
      b_->atomic_store(v, p, align_of(ty), store_order(ordering_of(arg(n, 2))));
      return Value();
    }
    case BuiltinId::AtomicExchangeN: {
      if (!check_size(ty)) return zero_of(ty);
      Value p = gen(arg(n, 0));
      Value v = gen(arg(n, 1));
      if (is_flonum(ty)) {
        TypeId it = m_.int_type(static_cast<unsigned>(type_size(ty) * 8));
        Value old = b_->atomic_rmw(ir::RMWOp::Xchg, p, b_->convert(ir::Op::Bitcast, v, it), ordering_of(arg(n, 2)));
        return b_->convert(ir::Op::Bitcast, old, scalar_irt(ty));
      }
      ir::Ordering o = ordering_of(arg(n, 2));
      if (o == ir::Ordering::NotAtomic) o = ir::Ordering::SeqCst;
      return b_->atomic_rmw(ir::RMWOp::Xchg, p, v, o);
    }
    case BuiltinId::AtomicExchange: {
      if (!check_size(ty)) return Value();
      Value p = gen(arg(n, 0));
      Value src = gen(arg(n, 1));
      Value ret = gen(arg(n, 2));
      TypeId it = m_.int_type(static_cast<unsigned>(type_size(ty) * 8));
      Value v = b_->load(it, src, align_of(ty));
      Value old = b_->atomic_rmw(ir::RMWOp::Xchg, p, v, ordering_of(arg(n, 3)));
      b_->store(old, ret, align_of(ty));
      return Value();
    }
    case BuiltinId::AtomicCompareExchangeN:
    case BuiltinId::AtomicCompareExchange: {
      if (!check_size(ty)) return iconst(types_.bool_type(), 0);
      Value p = gen(arg(n, 0));
      Value expected_ptr = gen(arg(n, 1));
      Value desired = gen(arg(n, 2));
      gen(arg(n, 3));  // weak: a strong exchange is always correct
      bool as_int = is_flonum(ty) || is_aggregate(ty);
      TypeId vt = as_int ? m_.int_type(static_cast<unsigned>(type_size(ty) * 8)) : scalar_irt(ty);
      if (id == BuiltinId::AtomicCompareExchange) desired = b_->load(vt, desired, align_of(ty));
      else if (as_int) desired = b_->convert(ir::Op::Bitcast, desired, vt);
      Value expected = b_->load(vt, expected_ptr, align_of(ty));
      ir::Ordering s = ordering_of(arg(n, 4));
      ir::Ordering f = load_order(ordering_of(arg(n, 5)));
      if (f == ir::Ordering::SeqCst && s != ir::Ordering::SeqCst) f = ir::Ordering::NotAtomic;
      Value seen = b_->cmpxchg(p, expected, desired, s, f);
      Value ok = b_->icmp(ir::Pred::Eq, seen, expected, scalar_irt(types_.bool_type()));
      b_->store(seen, expected_ptr, align_of(ty));
      return ok;
    }
    case BuiltinId::AtomicTestAndSet: {
      Value p = gen(arg(n, 0));
      Value old = b_->atomic_rmw(ir::RMWOp::Xchg, p, b_->iconst(m_.int_type(8), 1), ordering_of(arg(n, 1)));
      return b_->icmp(ir::Pred::Ne, old, m_.zero(m_.int_type(8)), scalar_irt(types_.bool_type()));
    }
    case BuiltinId::AtomicClear: {
      Value p = gen(arg(n, 0));
      b_->atomic_store(b_->iconst(m_.int_type(8), 0), p, 1, store_order(ordering_of(arg(n, 1))));
      return Value();
    }
    case BuiltinId::AtomicThreadFence: {
      ir::Ordering o = ordering_of(arg(n, 0));
      if (o != ir::Ordering::Relaxed && o != ir::Ordering::NotAtomic) b_->fence(o);
      return Value();
    }
    case BuiltinId::AtomicSignalFence:
      return Value();  // kit does not reorder memory accesses
    default:
      error(n->loc, "internal error: builtin without code generation");
      return is_void(n->ty) ? Value() : zero_of(n->ty);
  }
}

}  // namespace kit::c
