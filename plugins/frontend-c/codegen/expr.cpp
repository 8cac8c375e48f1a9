// Expressions to IR values.
//
// gen(n) yields n's value; for an expression of aggregate type (struct,
// union, array, _Complex) the value is the address of memory holding it.
// gen_addr(n) yields the address of an lvalue. Conditions are compiled as
// branches (gen_branch), so `a && b || !c` in an `if` never materializes
// a 0/1; where a value is needed, the branches meet in a phi.
#include "codegen/codegen.hpp"
#include "sema/consteval.hpp"
#include "sema/float_bits.hpp"

namespace kit::c {

Codegen::Value Codegen::iconst(Type* t, int64_t v) { return b_->iconst(scalar_irt(t), v); }
Codegen::Value Codegen::zero_of(Type* t) { return m_.zero(scalar_irt(t)); }
Codegen::Value Codegen::undef_of(Type* t) { return m_.undef(scalar_irt(t)); }

Codegen::Value Codegen::truth(Value v, Type* ty) {
  if (is_flonum(ty)) return b_->fcmp(ir::Pred::UNe, v, m_.zero(scalar_irt(ty)), m_.int_type(8));
  if (is_pointer(ty)) return b_->icmp(ir::Pred::Ne, v, m_.zero(m_.ptr_type()), m_.int_type(8));
  if (is_complex(ty)) {
    Value re, im;
    complex_parts(ty, v, re, im);
    TypeId bt = scalar_irt(ty->base);
    bool fl = is_flonum(ty->base);
    Value a = fl ? b_->fcmp(ir::Pred::UNe, re, m_.zero(bt), m_.int_type(8))
                 : b_->icmp(ir::Pred::Ne, re, m_.zero(bt), m_.int_type(8));
    Value c = fl ? b_->fcmp(ir::Pred::UNe, im, m_.zero(bt), m_.int_type(8))
                 : b_->icmp(ir::Pred::Ne, im, m_.zero(bt), m_.int_type(8));
    return b_->binop(ir::Op::Or, a, c);
  }
  return v;
}

void Codegen::gen_branch(Node* cond, uint32_t t, uint32_t f) {
  switch (cond->kind) {
    case NodeKind::LogAnd: {
      uint32_t mid = new_block("and.rhs");
      gen_branch(cond->lhs, mid, f);
      set_block(mid);
      gen_branch(cond->rhs, t, f);
      return;
    }
    case NodeKind::LogOr: {
      uint32_t mid = new_block("or.rhs");
      gen_branch(cond->lhs, t, mid);
      set_block(mid);
      gen_branch(cond->rhs, t, f);
      return;
    }
    case NodeKind::Not:
      gen_branch(cond->lhs, f, t);
      return;
    case NodeKind::Num:
      br((cond->val || cond->val_hi) ? t : f);
      return;
    default: {
      Value v = gen(cond);
      condbr(truth(v, cond->ty), t, f);
      return;
    }
  }
}

// ---------------------------------------------------------------- addresses

Codegen::Value Codegen::gen_addr(Node* n) {
  switch (n->kind) {
    case NodeKind::Var: {
      Obj* o = n->var;
      if (o->is_local && !o->is_static) {
        Value slot = Value::from_raw(o->value);
        if (!slot.valid()) {
          error(n->loc, "internal error: local '" + std::string(parser_->name_of(o->name)) + "' has no storage");
          return m_.zero(m_.ptr_type());
        }
        if (is_array(o->ty) && o->ty->is_vla) return b_->load(m_.ptr_type(), slot, model_.pointer_size);
        return slot;
      }
      return m_.global_ref(global_of(o));
    }
    case NodeKind::Deref:
      return gen(n->lhs);
    case NodeKind::Member: {
      Node* l = n->lhs;
      Value base;
      switch (l->kind) {
        case NodeKind::Var: case NodeKind::Deref: case NodeKind::Member: case NodeKind::Str:
        case NodeKind::CompoundLit: case NodeKind::RealPart: case NodeKind::ImagPart:
          base = gen_addr(l);
          break;
        default:
          base = gen(l);  // an aggregate rvalue: its value is its address
          break;
      }
      if (n->member->offset == 0) return base;
      return b_->ptradd(base, size_value(n->member->offset));
    }
    case NodeKind::Str:
      return m_.global_ref(string_global(string_object(*parser_, n)));
    case NodeKind::CompoundLit:
      init_stores(n->body);
      return Value::from_raw(n->var->value);
    case NodeKind::Comma:
      gen(n->lhs);
      return gen_addr(n->rhs);
    case NodeKind::RealPart:
      return gen_addr(n->lhs);
    case NodeKind::ImagPart:
      return b_->ptradd(gen_addr(n->lhs), size_value(type_size(n->lhs->ty->base)));
    case NodeKind::Cast:
      if (is_aggregate(n->ty)) return gen_addr(n->lhs);
      break;
    default:
      break;
  }
  if (is_aggregate(n->ty) || is_func(n->ty)) return gen(n);
  // Not an lvalue (the parser reported it): materialize into a temporary.
  Value v = gen(n);
  Value t = temp(n->ty);
  store(n->ty, v, t);
  return t;
}

// ---------------------------------------------------------------- values

Codegen::Value Codegen::gen(Node* n) {
  // A Float128 type survives only where long double is not binary128 (else
  // the parser made it long double), and no arch kit has computes in IEEE
  // quad without long double being it (libgcc's soft-float __addtf3 ... are
  // not wired up): say so at the expression, never compute it wrongly.
  if (n->ty && n->ty->kind == TypeKind::Float128) {
    error(n->loc, "_Float128 (__float128) arithmetic and conversions are not supported by kit on this target");
    return undef_of(n->ty);
  }
  switch (n->kind) {
    case NodeKind::Num: {
      Type* t = n->ty;
      if (is_pointer(t)) {
        if (n->val == 0) return m_.zero(m_.ptr_type());
        Value i = m_.int_const(m_.int_type(model_.pointer_size * 8), static_cast<uint64_t>(n->val));
        return b_->convert(ir::Op::IntToPtr, i, m_.ptr_type());
      }
      if (is_flonum(t)) {
        uint64_t lo, hi;
        float_bits(static_cast<long double>(n->val), t, model_, lo, hi);
        return m_.float_const(scalar_irt(t), lo, hi);
      }
      return m_.int_const(scalar_irt(t), static_cast<uint64_t>(n->val), static_cast<uint64_t>(n->val_hi));
    }
    case NodeKind::FNum: {
      if (is_complex(n->ty)) {
        Type* bt = n->ty->base;
        uint64_t lo, hi;
        float_bits(n->fval, bt, model_, lo, hi);
        Value v = m_.float_const(scalar_irt(bt), lo, hi);
        Value z = m_.zero(scalar_irt(bt));
        return n->val ? complex_make(n->ty, z, v) : complex_make(n->ty, v, z);
      }
      uint64_t lo, hi;
      float_bits(n->fval, n->ty, model_, lo, hi);
      return m_.float_const(scalar_irt(n->ty), lo, hi);
    }
    case NodeKind::Str:
    case NodeKind::CompoundLit:
      if (n->kind == NodeKind::CompoundLit && !is_aggregate(n->ty)) {
        init_stores(n->body);
        return load(n->ty, Value::from_raw(n->var->value));
      }
      return gen_addr(n);
    case NodeKind::Var:
      if (n->var->is_function) return m_.global_ref(global_of(n->var));
      [[fallthrough]];
    case NodeKind::Member:
    case NodeKind::RealPart:
    case NodeKind::ImagPart:
      return load_lvalue(n, gen_addr(n));
    case NodeKind::Deref: {
      if (is_func(n->ty)) return gen(n->lhs);
      Value addr = gen(n->lhs);
      if (is_void(n->ty)) return Value();
      return load_lvalue(n, addr);
    }
    case NodeKind::Addr:
      if (n->lhs->kind == NodeKind::Var && n->lhs->var->is_function) return m_.global_ref(global_of(n->lhs->var));
      return gen_addr(n->lhs);
    case NodeKind::Cast: {
      Value v = gen(n->lhs);
      if (is_void(n->ty)) return Value();
      return convert(v, n->lhs->ty, n->ty);
    }
    case NodeKind::Add: case NodeKind::Sub: case NodeKind::Mul: case NodeKind::Div:
    case NodeKind::Mod: case NodeKind::BitAnd: case NodeKind::BitOr: case NodeKind::BitXor:
    case NodeKind::Shl: case NodeKind::Shr:
      return gen_binary(n);
    case NodeKind::PtrAdd: {
      Value p = gen(n->lhs);
      Value off = gen(n->rhs);
      if (off.tag() == Value::Const && m_.constant(off).kind == ir::Constant::Int && m_.constant(off).lo == 0) return p;
      return b_->ptradd(p, off);
    }
    case NodeKind::PtrDiff: {
      TypeId it = m_.int_type(model_.pointer_size * 8);
      Value a = b_->convert(ir::Op::PtrToInt, gen(n->lhs), it);
      Value c = b_->convert(ir::Op::PtrToInt, gen(n->rhs), it);
      Value d = b_->binop(ir::Op::Sub, a, c);
      if (n->val > 1) d = b_->binop(ir::Op::SDiv, d, b_->iconst(it, n->val));
      return int_resize(d, scalar_irt(n->ty), true);
    }
    case NodeKind::Eq: case NodeKind::Ne: case NodeKind::Lt: case NodeKind::Le:
      return gen_compare(n);
    case NodeKind::LogAnd:
    case NodeKind::LogOr:
      return gen_logical(n);
    case NodeKind::Not: {
      Value v = gen(n->lhs);
      Type* t = n->lhs->ty;
      TypeId rt = scalar_irt(n->ty);
      if (is_flonum(t)) return b_->fcmp(ir::Pred::OEq, v, m_.zero(scalar_irt(t)), rt);
      if (is_complex(t)) {
        Value tr = truth(v, t);
        return b_->icmp(ir::Pred::Eq, tr, m_.zero(m_.type_of(f_, tr)), rt);
      }
      return b_->icmp(ir::Pred::Eq, v, m_.zero(scalar_irt(t)), rt);
    }
    case NodeKind::BitNot: {
      Value v = gen(n->lhs);
      if (is_complex(n->ty)) {
        Value re, im;
        complex_parts(n->ty, v, re, im);
        return complex_make(n->ty, re, b_->unop(is_flonum(n->ty->base) ? ir::Op::FNeg : ir::Op::Neg, im));
      }
      return b_->unop(ir::Op::Not, v);
    }
    case NodeKind::Neg: {
      Value v = gen(n->lhs);
      if (is_complex(n->ty)) {
        Value re, im;
        complex_parts(n->ty, v, re, im);
        ir::Op neg = is_flonum(n->ty->base) ? ir::Op::FNeg : ir::Op::Neg;
        return complex_make(n->ty, b_->unop(neg, re), b_->unop(neg, im));
      }
      if (is_flonum(n->ty)) return b_->unop(ir::Op::FNeg, v);
      return b_->unop(ir::Op::Neg, v);
    }
    case NodeKind::Assign: return gen_assign(n);
    case NodeKind::OpAssign: return gen_op_assign(n);
    case NodeKind::PreInc: case NodeKind::PreDec: case NodeKind::PostInc: case NodeKind::PostDec:
      return gen_incdec(n);
    case NodeKind::Cond: return gen_cond(n);
    case NodeKind::Comma:
      gen(n->lhs);
      return gen(n->rhs);
    case NodeKind::Call: return gen_call(n);
    case NodeKind::StmtExpr: return gen_stmt_expr(n);
    case NodeKind::LabelAddr: {
      uint32_t blk = label_block(n->label);
      return b_->block_addr(blk);
    }
    case NodeKind::Builtin: return gen_builtin(n);
    default:
      error(n->loc, "internal error: cannot generate code for this expression");
      return is_void(n->ty) || is_aggregate(n->ty) ? m_.zero(m_.ptr_type()) : undef_of(n->ty);
  }
}

Codegen::Value Codegen::arith(NodeKind op, Value a, Value c, Type* ty) {
  if (is_flonum(ty)) {
    switch (op) {
      case NodeKind::Add: return b_->binop(ir::Op::FAdd, a, c);
      case NodeKind::Sub: return b_->binop(ir::Op::FSub, a, c);
      case NodeKind::Mul: return b_->binop(ir::Op::FMul, a, c);
      case NodeKind::Div: return b_->binop(ir::Op::FDiv, a, c);
      default: return a;
    }
  }
  bool u = ty->is_unsigned || is_pointer(ty);
  if (ty->kind == TypeKind::Enum) u = ty->base->is_unsigned;
  switch (op) {
    case NodeKind::Add: return b_->binop(ir::Op::Add, a, c);
    case NodeKind::Sub: return b_->binop(ir::Op::Sub, a, c);
    case NodeKind::Mul: return b_->binop(ir::Op::Mul, a, c);
    case NodeKind::Div: return b_->binop(u ? ir::Op::UDiv : ir::Op::SDiv, a, c);
    case NodeKind::Mod: return b_->binop(u ? ir::Op::URem : ir::Op::SRem, a, c);
    case NodeKind::BitAnd: return b_->binop(ir::Op::And, a, c);
    case NodeKind::BitOr: return b_->binop(ir::Op::Or, a, c);
    case NodeKind::BitXor: return b_->binop(ir::Op::Xor, a, c);
    case NodeKind::Shl: return b_->binop(ir::Op::Shl, a, c);
    case NodeKind::Shr: return b_->binop(u ? ir::Op::LShr : ir::Op::AShr, a, c);
    default: return a;
  }
}

Codegen::Value Codegen::gen_binary(Node* n) {
  Value a = gen(n->lhs);
  Value c = gen(n->rhs);
  if (is_complex(n->ty)) return complex_binary(n->kind, n->ty, a, c);
  if (n->kind == NodeKind::Shl || n->kind == NodeKind::Shr)
    c = int_resize(c, m_.type_of(f_, a), false);  // the count's own width does not matter
  return arith(n->kind, a, c, n->ty);
}

Codegen::Value Codegen::gen_compare(Node* n) {
  Type* t = n->lhs->ty;
  if (t->kind == TypeKind::Enum) t = t->base;
  Value a = gen(n->lhs);
  Value c = gen(n->rhs);
  TypeId rt = scalar_irt(n->ty);
  if (is_complex(t)) return complex_compare(n->kind, t, a, c);
  if (is_flonum(t)) {
    ir::Pred p = n->kind == NodeKind::Eq ? ir::Pred::OEq : n->kind == NodeKind::Ne ? ir::Pred::UNe
                 : n->kind == NodeKind::Lt ? ir::Pred::OLt : ir::Pred::OLe;
    return b_->fcmp(p, a, c, rt);
  }
  bool u = t->is_unsigned || is_pointer(t);
  ir::Pred p;
  switch (n->kind) {
    case NodeKind::Eq: p = ir::Pred::Eq; break;
    case NodeKind::Ne: p = ir::Pred::Ne; break;
    case NodeKind::Lt: p = u ? ir::Pred::ULt : ir::Pred::SLt; break;
    default: p = u ? ir::Pred::ULe : ir::Pred::SLe; break;
  }
  return b_->icmp(p, a, c, rt);
}

Codegen::Value Codegen::gen_logical(Node* n) {
  uint32_t t = new_block("logic.true");
  uint32_t f = new_block("logic.false");
  uint32_t end = new_block("logic.end");
  gen_branch(n, t, f);
  set_block(t);
  br(end);
  set_block(f);
  br(end);
  set_block(end);
  TypeId rt = scalar_irt(n->ty);
  std::pair<uint32_t, Value> in[2] = {{t, b_->iconst(rt, 1)}, {f, b_->iconst(rt, 0)}};
  return b_->phi(rt, in);
}

Codegen::Value Codegen::gen_cond(Node* n) {
  bool has_value = !is_void(n->ty);
  TypeId rt = has_value ? (is_aggregate(n->ty) ? m_.ptr_type() : scalar_irt(n->ty)) : 0;
  if (!n->then) {
    // a ?: b -- the condition's value is the result when it is true.
    Value v = gen(n->cond);
    Value c = truth(v, n->cond->ty);
    Value tv = has_value ? convert(v, n->cond->ty, n->ty) : Value();
    uint32_t from = b_->current_block();
    uint32_t f = new_block("cond.false");
    uint32_t end = new_block("cond.end");
    // Not folded even for a constant: the phi below needs both edges.
    b_->condbr(c, end, f);
    has_pred_[end] = has_pred_[f] = true;
    set_block(f);
    Value ev = gen(n->els);
    uint32_t f_end = b_->current_block();
    br(end);
    set_block(end);
    if (!has_value) return Value();
    std::pair<uint32_t, Value> in[2] = {{from, tv}, {f_end, ev}};
    return b_->phi(rt, in);
  }
  uint32_t t = new_block("cond.true");
  uint32_t f = new_block("cond.false");
  uint32_t end = new_block("cond.end");
  gen_branch(n->cond, t, f);
  set_block(t);
  Value tv = gen(n->then);
  uint32_t t_end = b_->current_block();
  br(end);
  set_block(f);
  Value ev = gen(n->els);
  uint32_t f_end = b_->current_block();
  br(end);
  set_block(end);
  if (!has_value) return Value();
  std::pair<uint32_t, Value> in[2] = {{t_end, tv}, {f_end, ev}};
  return b_->phi(rt, in);
}

Codegen::Value Codegen::gen_assign(Node* n) {
  Node* lhs = n->lhs;
  if (is_aggregate(lhs->ty)) {
    Value src = gen(n->rhs);
    Value dst = gen_addr(lhs);
    copy(lhs->ty, dst, src);
    return dst;
  }
  Value v = gen(n->rhs);
  Value addr = gen_addr(lhs);
  return store_lvalue(lhs, addr, v);
}

// The value an atomic compound assignment or increment computes from the
// old value, retried with compare-and-swap until no other thread
// interfered (C17 6.5.16.2p3).
static bool is_atomic_lvalue(Node* lv) { return lv->ty->is_atomic() && !is_aggregate(lv->ty); }

Codegen::Value Codegen::gen_op_assign(Node* n) {
  Node* lhs = n->lhs;
  Value addr = gen_addr(lhs);
  Value rv = gen(n->rhs);
  auto compute = [&](Value old) -> Value {
    if (n->op == NodeKind::PtrAdd) return b_->ptradd(old, rv);
    Value ov = convert(old, lhs->ty, n->op_ty);
    Value r;
    if (is_complex(n->op_ty)) {
      r = complex_binary(n->op, n->op_ty, ov, rv);
    } else {
      Value c = rv;
      if (n->op == NodeKind::Shl || n->op == NodeKind::Shr) c = int_resize(c, m_.type_of(f_, ov), false);
      r = arith(n->op, ov, c, n->op_ty);
    }
    return convert(r, n->op_ty, lhs->ty);
  };
  if (is_atomic_lvalue(lhs) && type_size(lhs->ty) <= 8) {
    Type* ty = lhs->ty;
    TypeId vt = scalar_irt(ty);
    bool fl = is_flonum(ty);
    TypeId it = fl ? m_.int_type(static_cast<unsigned>(type_size(ty) * 8)) : vt;
    Value old_slot = temp(ty);
    Value new_slot = temp(ty);
    Value first = load(ty, addr, ty->is_volatile(), true);
    b_->store(first, old_slot, align_of(ty));
    uint32_t loop = new_block("atomic.retry");
    uint32_t done = new_block("atomic.done");
    br(loop);
    set_block(loop);
    Value old = b_->load(vt, old_slot, align_of(ty));
    Value nv = compute(old);
    b_->store(nv, new_slot, align_of(ty));
    Value oi = fl ? b_->convert(ir::Op::Bitcast, old, it) : old;
    Value ni = fl ? b_->convert(ir::Op::Bitcast, nv, it) : nv;
    Value seen = b_->cmpxchg(addr, oi, ni, ir::Ordering::SeqCst);
    Value ok = b_->icmp(ir::Pred::Eq, seen, oi, m_.int_type(8));
    b_->store(fl ? b_->convert(ir::Op::Bitcast, seen, vt) : seen, old_slot, align_of(ty));
    condbr(ok, done, loop);
    set_block(done);
    return b_->load(vt, new_slot, align_of(ty));
  }
  Value old = load_lvalue(lhs, addr);
  if (is_aggregate(lhs->ty)) {
    // _Complex compound assignment: old is the address.
    Value r = compute(old);
    copy(lhs->ty, addr, r);
    return addr;
  }
  return store_lvalue(lhs, addr, compute(old));
}

Codegen::Value Codegen::gen_incdec(Node* n) {
  Node* lhs = n->lhs;
  Type* ty = lhs->ty;
  bool inc = n->kind == NodeKind::PreInc || n->kind == NodeKind::PostInc;
  bool post = n->kind == NodeKind::PostInc || n->kind == NodeKind::PostDec;
  Value addr = gen_addr(lhs);
  Value runtime_step;
  if (n->rhs) {
    runtime_step = gen(n->rhs);
    if (!inc) runtime_step = b_->unop(ir::Op::Neg, runtime_step);
  }
  auto step = [&](Value old) -> Value {
    if (is_pointer(ty)) {
      if (runtime_step.valid()) return b_->ptradd(old, runtime_step);
      int64_t s = inc ? n->val : -n->val;
      return b_->ptradd(old, size_value(s));
    }
    if (is_flonum(ty)) {
      uint64_t lo, hi;
      float_bits(1.0L, ty, model_, lo, hi);
      Value one = m_.float_const(scalar_irt(ty), lo, hi);
      return b_->binop(inc ? ir::Op::FAdd : ir::Op::FSub, old, one);
    }
    if (ty->kind == TypeKind::Bool) {
      // ++b is 1; --b flips (b - 1 != 0).
      if (inc) return iconst(ty, 1);
      return b_->binop(ir::Op::Xor, old, iconst(ty, 1));
    }
    if (is_complex(ty)) {
      Value re, im;
      complex_parts(ty, old, re, im);
      Value one;
      if (is_flonum(ty->base)) {
        uint64_t lo, hi;
        float_bits(1.0L, ty->base, model_, lo, hi);
        one = m_.float_const(scalar_irt(ty->base), lo, hi);
      } else {
        one = iconst(ty->base, 1);
      }
      return complex_make(ty, arith(inc ? NodeKind::Add : NodeKind::Sub, re, one, ty->base), im);
    }
    return b_->binop(inc ? ir::Op::Add : ir::Op::Sub, old, b_->iconst(m_.type_of(f_, old), 1));
  };
  if (is_atomic_lvalue(lhs) && !is_flonum(ty) && ty->kind != TypeKind::Bool && type_size(ty) <= 8) {
    Value old;
    if (is_pointer(ty)) {
      // Pointer: a compare-and-swap loop through the generic path.
      Value slot = temp(ty);
      b_->store(load(ty, addr, false, true), slot, align_of(ty));
      uint32_t loop = new_block("atomic.retry");
      uint32_t done = new_block("atomic.done");
      br(loop);
      set_block(loop);
      Value cur = b_->load(m_.ptr_type(), slot, align_of(ty));
      Value nv = step(cur);
      Value seen = b_->cmpxchg(addr, cur, nv, ir::Ordering::SeqCst);
      Value ok = b_->icmp(ir::Pred::Eq, seen, cur, m_.int_type(8));
      b_->store(seen, slot, align_of(ty));
      condbr(ok, done, loop);
      set_block(done);
      old = b_->load(m_.ptr_type(), slot, align_of(ty));
      return post ? old : step(old);
    }
    TypeId t = scalar_irt(ty);
    old = b_->atomic_rmw(inc ? ir::RMWOp::Add : ir::RMWOp::Sub, addr, b_->iconst(t, 1), ir::Ordering::SeqCst);
    return post ? old : step(old);
  }
  Value old = load_lvalue(lhs, addr);
  Value nv = step(old);
  if (is_complex(ty)) {
    Value saved = post ? temp(ty) : Value();
    if (post) copy(ty, saved, old);
    copy(ty, addr, nv);
    return post ? saved : addr;
  }
  Value stored = store_lvalue(lhs, addr, nv);
  return post ? old : stored;
}

Codegen::Value Codegen::gen_call(Node* n) {
  Type* ft = n->func_ty;
  TypeId ret = is_void(ft->base) ? m_.void_type() : irt(ft->base);
  TypeId ct = ft->has_proto ? func_irt(ft) : m_.func_type(ret, {}, true);
  if (!ft->has_proto) {
    // Aggregates cannot be variadic extras: when one is passed, the
    // signature is the arguments' own types (what a K&R callee expects).
    bool any_aggregate = false;
    for (Node* a = n->args; a; a = a->next) any_aggregate |= is_aggregate(a->ty);
    if (any_aggregate) {
      std::vector<TypeId> params;
      for (Node* a = n->args; a; a = a->next) params.push_back(irt(a->ty));
      ct = m_.func_type(ret, params, false);
    }
  }
  Node* callee = n->lhs;
  Obj* direct = nullptr;
  if (callee->kind == NodeKind::Addr && callee->lhs->kind == NodeKind::Var && callee->lhs->var->is_function)
    direct = callee->lhs->var;
  // A call without a prototype in scope (`int f(); f(1, 2.0)`) passes its
  // promoted arguments as variadic extras: the same registers as fixed
  // arguments on the ABIs kit targets, with %al set (x86-64) as a variadic
  // callee would need. It goes through the function's address, since the
  // function's own IR type is its definition's.
  Value cv;
  if (direct) {
    uint32_t g = global_of(direct);
    cv = m_.global_ref(g);
    if (ft->has_proto && !m_.global(g).defined) m_.global(g).type = ct;
    if (m_.global(g).type != ct) cv = b_->emit(ir::Op::Copy, m_.ptr_type(), {cv});
  } else {
    cv = gen(callee);
    // A function cast to another type: call through its address.
    if (cv.tag() == Value::Global && m_.global(cv.index()).type != ct)
      cv = b_->emit(ir::Op::Copy, m_.ptr_type(), {cv});
  }
  std::vector<Value> args;
  size_t nparams = m_.params(ct).size();
  // IR variadic extras are scalars. A struct, union or _Complex among them
  // (printf-like loggers taking a struct, va_arg(ap, struct s)) becomes a
  // parameter of the call's own type, still variadic (%al on x86-64). That
  // is exactly the callee's view where the psABI classifies variadic
  // arguments like named ones: x86-64 System V (va_list an array of one
  // record) and AAPCS64 (a record). Where va_list is a plain pointer the
  // rules differ (Apple arm64 puts every variadic argument on the stack,
  // RISC-V passes floating-point structs in integer registers), so those
  // targets keep the error below.
  if (m_.type(ct).variadic && types_.model().va_list != VaListShape::Pointer) {
    bool aggregate_extra = false;
    size_t k = 0;
    for (Node* a = n->args; a; a = a->next, ++k) aggregate_extra |= k >= nparams && is_aggregate(a->ty);
    if (aggregate_extra) {
      std::vector<TypeId> ps(m_.params(ct).begin(), m_.params(ct).end());
      k = 0;
      for (Node* a = n->args; a; a = a->next, ++k)
        if (k >= nparams) ps.push_back(irt(a->ty));
      ct = m_.func_type(ret, ps, true);
      nparams = ps.size();
      if (cv.tag() == Value::Global && m_.global(cv.index()).type != ct)
        cv = b_->emit(ir::Op::Copy, m_.ptr_type(), {cv});
    }
  }
  size_t i = 0;
  for (Node* a = n->args; a; a = a->next, ++i) {
    Value v = gen(a);
    if (is_aggregate(a->ty) && i >= nparams)
      error(a->loc, "passing a struct, union or _Complex value through '...' or to an unprototyped function is not supported by kit on this target");
    if (is_void(a->ty)) v = m_.zero(m_.int_type(32));
    args.push_back(v);
  }
  if (args.size() < nparams) {
    // Reported by the parser; keep the IR well formed.
    auto ps = m_.params(ct);
    for (size_t k = args.size(); k < nparams; ++k)
      args.push_back(m_.is_aggregate(ps[k]) ? m_.zero(m_.ptr_type()) : m_.zero(ps[k]));
  }
  Value r = b_->call(ct, cv, args);
  if (direct && direct->is_noreturn) {
    b_->unreachable();
    ensure_open_block();
  }
  if (is_void(ft->base)) return Value();
  return r;
}

}  // namespace kit::c
