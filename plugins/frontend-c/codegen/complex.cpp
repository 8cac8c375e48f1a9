// _Complex arithmetic (C17 6.2.5p11-13, 6.3.1.6-7, G.5). A complex value
// lives in memory as two consecutive values of its component type (the
// IR record complex.T); operations load the parts, compute, and store the
// result into a fresh temporary.
//
// Multiplication and division use the textbook formulas,
//   (a+bi)(c+di) = (ac-bd) + (ad+bc)i
//   (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c^2+d^2),
// without Annex G's recovery of infinities from NaN results (gcc calls
// __mulsc3/__divdc3 for that at -O0).
#include "codegen/codegen.hpp"

namespace kit::c {

Codegen::Value Codegen::complex_make(Type* cty, Value re, Value im) {
  Value t = temp(cty);
  Type* bt = cty->base;
  b_->store(re, t, align_of(bt));
  b_->store(im, b_->ptradd(t, size_value(type_size(bt))), align_of(bt));
  return t;
}

void Codegen::complex_parts(Type* cty, Value addr, Value& re, Value& im) {
  Type* bt = cty->base;
  TypeId t = scalar_irt(bt);
  re = b_->load(t, addr, align_of(bt));
  im = b_->load(t, b_->ptradd(addr, size_value(type_size(bt))), align_of(bt));
}

Codegen::Value Codegen::complex_binary(NodeKind op, Type* cty, Value a, Value b) {
  Value ar, ai, br, bi;
  complex_parts(cty, a, ar, ai);
  complex_parts(cty, b, br, bi);
  // The component arithmetic: floating, or integer for GNU's _Complex int.
  Type* bt = cty->base;
  auto add = [&](Value x, Value y) { return arith(NodeKind::Add, x, y, bt); };
  auto sub = [&](Value x, Value y) { return arith(NodeKind::Sub, x, y, bt); };
  auto mul = [&](Value x, Value y) { return arith(NodeKind::Mul, x, y, bt); };
  auto div = [&](Value x, Value y) { return arith(NodeKind::Div, x, y, bt); };
  switch (op) {
    case NodeKind::Add: return complex_make(cty, add(ar, br), add(ai, bi));
    case NodeKind::Sub: return complex_make(cty, sub(ar, br), sub(ai, bi));
    case NodeKind::Mul: return complex_make(cty, sub(mul(ar, br), mul(ai, bi)), add(mul(ar, bi), mul(ai, br)));
    case NodeKind::Div: {
      Value den = add(mul(br, br), mul(bi, bi));
      Value re = div(add(mul(ar, br), mul(ai, bi)), den);
      Value im = div(sub(mul(ai, br), mul(ar, bi)), den);
      return complex_make(cty, re, im);
    }
    default:
      return a;
  }
}

Codegen::Value Codegen::complex_convert(Value v, Type* from, Type* to) {
  if (is_complex(from) && is_complex(to)) {
    Value re, im;
    complex_parts(from, v, re, im);
    return complex_make(to, convert(re, from->base, to->base), convert(im, from->base, to->base));
  }
  if (is_complex(to)) {
    // A real value: imaginary part zero (6.3.1.7).
    Value re = convert(v, from, to->base);
    return complex_make(to, re, m_.zero(scalar_irt(to->base)));
  }
  // Complex to real: the imaginary part is discarded; to _Bool, either
  // part non-zero makes true.
  if (to->kind == TypeKind::Bool) {
    Value t = truth(v, from);
    return b_->icmp(ir::Pred::Ne, t, m_.zero(m_.type_of(f_, t)), scalar_irt(to));
  }
  Value re, im;
  complex_parts(from, v, re, im);
  return convert(re, from->base, to);
}

Codegen::Value Codegen::complex_compare(NodeKind op, Type* cty, Value a, Value b) {
  Value ar, ai, br, bi;
  complex_parts(cty, a, ar, ai);
  complex_parts(cty, b, br, bi);
  TypeId rt = m_.int_type(32);
  bool fl = is_flonum(cty->base);
  auto cmp = [&](bool eq, Value x, Value y) {
    return fl ? b_->fcmp(eq ? ir::Pred::OEq : ir::Pred::UNe, x, y, rt)
              : b_->icmp(eq ? ir::Pred::Eq : ir::Pred::Ne, x, y, rt);
  };
  if (op == NodeKind::Eq) return b_->binop(ir::Op::And, cmp(true, ar, br), cmp(true, ai, bi));
  return b_->binop(ir::Op::Or, cmp(false, ar, br), cmp(false, ai, bi));
}

}  // namespace kit::c
