// Expressions (C17 6.5): comma, assignment, conditional and binary
// operators (unary and postfix ones are in unary.cpp).
//
// Binary operators are parsed by precedence climbing over one table
// instead of a function per level; everything else follows the grammar
// top-down. Each node is checked and typed as it is made (new_binary,
// new_add, new_assign, ...), with the usual arithmetic conversions and
// integer promotions inserted as Cast nodes, pointer arithmetic scaled by
// the element size, and `a > b` turned into `b < a`.
#include "parse/parser.hpp"
#include "sema/consteval.hpp"

namespace kit::c {

// ---------------------------------------------------------------- comma, assignment, ?:

Node* Parser::expr() {
  Node* n = assign();
  while (is(Punct::Comma)) {
    Loc loc = tok().loc;
    advance();
    Node* rhs = assign();
    Node* c = new_node(NodeKind::Comma, loc);
    c->lhs = n;
    c->rhs = rvalue(rhs);
    c->ty = c->rhs->ty;
    n = c;
  }
  return n;
}

static bool assign_op(Punct p, NodeKind& op) {
  switch (p) {
    case Punct::AddAssign: op = NodeKind::Add; return true;
    case Punct::SubAssign: op = NodeKind::Sub; return true;
    case Punct::MulAssign: op = NodeKind::Mul; return true;
    case Punct::DivAssign: op = NodeKind::Div; return true;
    case Punct::ModAssign: op = NodeKind::Mod; return true;
    case Punct::AndAssign: op = NodeKind::BitAnd; return true;
    case Punct::OrAssign: op = NodeKind::BitOr; return true;
    case Punct::XorAssign: op = NodeKind::BitXor; return true;
    case Punct::ShlAssign: op = NodeKind::Shl; return true;
    case Punct::ShrAssign: op = NodeKind::Shr; return true;
    default: return false;
  }
}

Node* Parser::assign() {
  enter_nesting();
  Node* lhs = conditional();
  if (tok().kind == TokKind::Punct) {
    Loc loc = tok().loc;
    if (is(Punct::Assign)) {
      advance();
      Node* rhs = assign();
      leave_nesting();
      return new_assign(NodeKind::Assign, lhs, rhs, loc);
    }
    NodeKind op;
    if (assign_op(tok().punct, op)) {
      advance();
      Node* rhs = assign();
      leave_nesting();
      return new_assign(op, lhs, rhs, loc);
    }
  }
  leave_nesting();
  return lhs;
}

Node* Parser::new_assign(NodeKind op, Node* lhs, Node* rhs, const Loc& loc) {
  check_modifiable(lhs, "left operand of assignment");
  Type* lt = lhs->ty;
  if (op == NodeKind::Assign) {
    Node* n = new_node(NodeKind::Assign, loc);
    n->lhs = lhs;
    n->rhs = convert_assign(rhs, lt, "assignment", loc);
    n->ty = lt->unqual;
    return n;
  }
  rhs = rvalue(rhs);
  Node* n = new_node(NodeKind::OpAssign, loc);
  n->lhs = lhs;
  n->ty = lt->unqual;
  if (is_pointer(lt) && (op == NodeKind::Add || op == NodeKind::Sub)) {
    if (!is_integer(rhs->ty)) {
      error(loc, "invalid operands to binary " + std::string(op == NodeKind::Add ? "+=" : "-="));
      rhs = new_num(0, types_.int_type(), loc);
    }
    Node* off = new_binary(NodeKind::Mul, cast(rhs, types_.ptrdiff_type()), elem_size_node(lt, loc), loc);
    if (op == NodeKind::Sub) {
      Node* neg = new_node(NodeKind::Neg, loc);
      neg->lhs = off;
      neg->ty = off->ty;
      off = neg;
    }
    n->op = NodeKind::PtrAdd;
    n->rhs = off;
    n->op_ty = lt->unqual;
    return n;
  }
  if (!is_arith(lt) || !is_arith(rhs->ty)) {
    error(loc, "invalid operands to compound assignment (have " + tname(lt) + " and " + tname(rhs->ty) + ")");
    return lhs;
  }
  bool int_only = op == NodeKind::Mod || op == NodeKind::BitAnd || op == NodeKind::BitOr ||
                  op == NodeKind::BitXor || op == NodeKind::Shl || op == NodeKind::Shr;
  if (int_only && (!is_integer(lt) || !is_integer(rhs->ty))) {
    error(loc, "invalid operands to compound assignment (have " + tname(lt) + " and " + tname(rhs->ty) + ")");
    return lhs;
  }
  n->op = op;
  if (op == NodeKind::Shl || op == NodeKind::Shr) {
    Type* pt = lt->kind == TypeKind::Enum ? lt->base : lt->unqual;
    if (int_rank(pt) < int_rank(types_.int_type())) pt = types_.int_type();
    n->op_ty = pt;
    n->rhs = promote(rhs);
  } else {
    n->op_ty = common_type(lt, rhs->ty);
    n->rhs = cast(rhs, n->op_ty);
  }
  return n;
}

Node* Parser::conditional() {
  Node* cond = binary(1);
  if (!is(Punct::Question)) return cond;
  Loc loc = tok().loc;
  advance();
  enter_nesting();
  cond = to_condition(cond);
  Node* then = nullptr;
  if (!is(Punct::Colon)) then = rvalue(expr());  // `a ?: b` (GNU) reuses the condition
  expect(Punct::Colon, "in conditional expression");
  Node* els = rvalue(conditional());
  leave_nesting();
  Node* n = new_node(NodeKind::Cond, loc);
  n->cond = cond;
  Node* t = then ? then : cond;
  if (then && is_integer(then->ty) && is_integer(els->ty)) {
    // Integer promotions first: a bit-field narrower than int is an int
    // operand whatever its declared type (6.3.1.1p2), so
    // `c ? s.unsigned_3_bits : 1` is int, as in gcc.
    t = then = promote(then);
    els = promote(els);
  }
  Type* tt = t->ty;
  Type* et = els->ty;
  Type* ty;
  if (is_arith(tt) && is_arith(et)) {
    ty = common_type(tt, et);
  } else if (is_void(tt) || is_void(et)) {
    ty = types_.void_type();
  } else if (is_record(tt) && is_record(et) && compatible_unqual(tt, et)) {
    ty = tt->unqual;
  } else if (is_pointer(tt) && is_pointer(et)) {
    uint8_t q = tt->base->quals | et->base->quals;
    if (is_null_pointer(els)) ty = tt;
    else if (is_null_pointer(t)) ty = et;
    else if (is_void(tt->base) || is_void(et->base)) ty = types_.pointer_to(types_.qualified(types_.void_type(), q));
    else if (compatible_unqual(tt->base, et->base)) {
      // The composite type (6.2.7p3): an array of unknown size meets a sized one.
      Type* b = tt->base;
      if (is_array(b) && b->array_len < 0 && !b->is_vla && is_array(et->base) && et->base->array_len >= 0)
        b = et->base;
      ty = types_.pointer_to(types_.qualified(b->unqual, q));
    }
    else {
      warning(Warn::IncompatiblePointerTypes, loc, "pointer type mismatch in conditional expression");
      ty = types_.pointer_to(types_.void_type());
    }
  } else if (is_pointer(tt) && is_integer(et)) {
    if (!is_null_pointer(els)) warning(Warn::IntConversion, loc, "pointer/integer type mismatch in conditional expression");
    ty = tt;
  } else if (is_integer(tt) && is_pointer(et)) {
    if (!is_null_pointer(t)) warning(Warn::IntConversion, loc, "pointer/integer type mismatch in conditional expression");
    ty = et;
  } else {
    error(loc, "type mismatch in conditional expression");
    ty = tt;
  }
  n->ty = ty;
  n->then = then ? (is_void(ty) ? then : cast(then, ty)) : nullptr;
  n->els = is_void(ty) ? els : cast(els, ty);
  // Fold a constant condition so `c ? 1 : 2` stays a constant expression.
  int64_t c;
  if (then && cond->kind == NodeKind::Num && try_const_int(cond, c) && !is_void(ty))
    return c ? n->then : n->els;
  return n;
}

// ---------------------------------------------------------------- binary operators

namespace {
int precedence(Punct p) {
  switch (p) {
    case Punct::Star: case Punct::Slash: case Punct::Percent: return 10;
    case Punct::Plus: case Punct::Minus: return 9;
    case Punct::Shl: case Punct::Shr: return 8;
    case Punct::Lt: case Punct::Gt: case Punct::Le: case Punct::Ge: return 7;
    case Punct::EqEq: case Punct::Ne: return 6;
    case Punct::Amp: return 5;
    case Punct::Caret: return 4;
    case Punct::Pipe: return 3;
    case Punct::AmpAmp: return 2;
    case Punct::PipePipe: return 1;
    default: return 0;
  }
}
}  // namespace

Node* Parser::binary(int min_prec) {
  Node* lhs = cast_expr();
  for (;;) {
    if (tok().kind != TokKind::Punct) return lhs;
    Punct p = tok().punct;
    int prec = precedence(p);
    if (prec == 0 || prec < min_prec) return lhs;
    Loc loc = tok().loc;
    advance();
    Node* rhs = binary(prec + 1);
    switch (p) {
      case Punct::Star: lhs = new_binary(NodeKind::Mul, lhs, rhs, loc); break;
      case Punct::Slash: lhs = new_binary(NodeKind::Div, lhs, rhs, loc); break;
      case Punct::Percent: lhs = new_binary(NodeKind::Mod, lhs, rhs, loc); break;
      case Punct::Plus: lhs = new_add(lhs, rhs, loc); break;
      case Punct::Minus: lhs = new_sub(lhs, rhs, loc); break;
      case Punct::Shl: lhs = new_binary(NodeKind::Shl, lhs, rhs, loc); break;
      case Punct::Shr: lhs = new_binary(NodeKind::Shr, lhs, rhs, loc); break;
      case Punct::Lt: lhs = new_binary(NodeKind::Lt, lhs, rhs, loc); break;
      case Punct::Gt: lhs = new_binary(NodeKind::Lt, rhs, lhs, loc); break;
      case Punct::Le: lhs = new_binary(NodeKind::Le, lhs, rhs, loc); break;
      case Punct::Ge: lhs = new_binary(NodeKind::Le, rhs, lhs, loc); break;
      case Punct::EqEq: lhs = new_binary(NodeKind::Eq, lhs, rhs, loc); break;
      case Punct::Ne: lhs = new_binary(NodeKind::Ne, lhs, rhs, loc); break;
      case Punct::Amp: lhs = new_binary(NodeKind::BitAnd, lhs, rhs, loc); break;
      case Punct::Caret: lhs = new_binary(NodeKind::BitXor, lhs, rhs, loc); break;
      case Punct::Pipe: lhs = new_binary(NodeKind::BitOr, lhs, rhs, loc); break;
      case Punct::AmpAmp: lhs = new_binary(NodeKind::LogAnd, lhs, rhs, loc); break;
      case Punct::PipePipe: lhs = new_binary(NodeKind::LogOr, lhs, rhs, loc); break;
      default: return lhs;
    }
  }
}

static const char* op_text(NodeKind k) {
  switch (k) {
    case NodeKind::Add: return "+";
    case NodeKind::Sub: return "-";
    case NodeKind::Mul: return "*";
    case NodeKind::Div: return "/";
    case NodeKind::Mod: return "%";
    case NodeKind::BitAnd: return "&";
    case NodeKind::BitOr: return "|";
    case NodeKind::BitXor: return "^";
    case NodeKind::Shl: return "<<";
    case NodeKind::Shr: return ">>";
    case NodeKind::Eq: return "==";
    case NodeKind::Ne: return "!=";
    case NodeKind::Lt: return "<";
    case NodeKind::Le: return "<=";
    case NodeKind::LogAnd: return "&&";
    case NodeKind::LogOr: return "||";
    default: return "?";
  }
}

// Folds an integer binary node whose operands are constants.
Node* fold(Parser& p, Node* n) {
  auto is_const = [](Node* x) { return x->kind == NodeKind::Num || x->kind == NodeKind::FNum; };
  if (!is_const(n->lhs) || (n->rhs && !is_const(n->rhs))) return n;
  if (is_complex(n->lhs->ty) || (n->rhs && is_complex(n->rhs->ty)) || is_complex(n->ty)) return n;
  ConstEval ev(p);
  ConstVal v;
  if (!ev.eval(n, v)) return n;
  if (v.kind == ConstVal::Int) {
    Node* c = p.new_num(v.i, n->ty, n->loc);
    c->val_hi = v.hi;
    return c;
  }
  if (v.kind == ConstVal::Float && is_flonum(n->ty)) {
    Node* c = p.new_node(NodeKind::FNum, n->loc);
    c->fval = v.f;
    c->ty = n->ty;
    return c;
  }
  return n;
}

Node* Parser::new_binary(NodeKind k, Node* lhs, Node* rhs, const Loc& loc) {
  Node* n = new_node(k, loc);
  if (k == NodeKind::LogAnd || k == NodeKind::LogOr) {
    n->lhs = to_condition(lhs);
    n->rhs = to_condition(rhs);
    n->ty = types_.int_type();
    return fold(*this, n);
  }
  lhs = rvalue(lhs);
  rhs = rvalue(rhs);
  // A bit-field narrower than int takes part as an int (6.3.1.1p2).
  auto is_bitfield = [](Node* x) { return x->kind == NodeKind::Member && x->member->is_bitfield; };
  if (is_bitfield(lhs)) lhs = promote(lhs);
  if (is_bitfield(rhs)) rhs = promote(rhs);
  Type* lt = lhs->ty;
  Type* rt = rhs->ty;
  auto invalid = [&]() {
    error(loc, std::string("invalid operands to binary ") + op_text(k) + " (have " + tname(lt) + " and " + tname(rt) + ")");
    n->lhs = new_num(0, types_.int_type(), loc);
    n->rhs = new_num(0, types_.int_type(), loc);
    n->ty = types_.int_type();
    return n;
  };
  switch (k) {
    case NodeKind::Mul:
    case NodeKind::Div:
    case NodeKind::Add:
    case NodeKind::Sub: {
      if (!is_arith(lt) || !is_arith(rt)) return invalid();
      Type* t = common_type(lt, rt);
      n->lhs = cast(lhs, t);
      n->rhs = cast(rhs, t);
      n->ty = t;
      if (k == NodeKind::Div && is_integer(t) && rhs->kind == NodeKind::Num && rhs->val == 0 && rhs->val_hi == 0)
        warning(Warn::DivByZero, loc, "division by zero");
      return fold(*this, n);
    }
    case NodeKind::Mod:
    case NodeKind::BitAnd:
    case NodeKind::BitOr:
    case NodeKind::BitXor: {
      if (!is_integer(lt) || !is_integer(rt)) return invalid();
      Type* t = common_type(lt, rt);
      n->lhs = cast(lhs, t);
      n->rhs = cast(rhs, t);
      n->ty = t;
      if (k == NodeKind::Mod && rhs->kind == NodeKind::Num && rhs->val == 0 && rhs->val_hi == 0)
        warning(Warn::DivByZero, loc, "division by zero");
      return fold(*this, n);
    }
    case NodeKind::Shl:
    case NodeKind::Shr: {
      if (!is_integer(lt) || !is_integer(rt)) return invalid();
      n->lhs = promote(lhs);
      n->rhs = promote(rhs);
      n->ty = n->lhs->ty;
      if (n->rhs->kind == NodeKind::Num) {
        if (n->rhs->val < 0) warning(Warn::ShiftCountOverflow, loc, std::string(k == NodeKind::Shl ? "left" : "right") + " shift count is negative");
        else if (n->rhs->val >= type_size(n->ty) * 8)
          warning(Warn::ShiftCountOverflow, loc, std::string(k == NodeKind::Shl ? "left" : "right") + " shift count >= width of type");
      }
      return fold(*this, n);
    }
    case NodeKind::Eq:
    case NodeKind::Ne:
    case NodeKind::Lt:
    case NodeKind::Le: {
      n->ty = types_.int_type();
      if (is_arith(lt) && is_arith(rt)) {
        if ((is_complex(lt) || is_complex(rt)) && (k == NodeKind::Lt || k == NodeKind::Le)) return invalid();
        Type* t = common_type(lt, rt);
        n->lhs = cast(lhs, t);
        n->rhs = cast(rhs, t);
        return fold(*this, n);
      }
      if (is_pointer(lt) && is_pointer(rt)) {
        bool eq = k == NodeKind::Eq || k == NodeKind::Ne;
        if (!(compatible_unqual(lt->base, rt->base) || (eq && (is_void(lt->base) || is_void(rt->base) ||
                                                               is_null_pointer(lhs) || is_null_pointer(rhs)))))
          warning(Warn::CompareDistinctPointerTypes, loc, "comparison of distinct pointer types lacks a cast");
        n->lhs = lhs;
        n->rhs = cast(rhs, lt);
        return n;
      }
      if (is_pointer(lt) && is_integer(rt)) {
        if (!is_null_pointer(rhs)) warning(Warn::Other, loc, "comparison between pointer and integer");
        n->lhs = lhs;
        n->rhs = cast(rhs, lt);
        return n;
      }
      if (is_integer(lt) && is_pointer(rt)) {
        if (!is_null_pointer(lhs)) warning(Warn::Other, loc, "comparison between pointer and integer");
        n->lhs = cast(lhs, rt);
        n->rhs = rhs;
        return n;
      }
      return invalid();
    }
    default:
      return invalid();
  }
}

// The size of what a pointer of type `ptr_ty` points at, as a ptrdiff_t
// node: a constant, or the run-time size of a VLA. void and functions
// count 1 (GNU).
Node* Parser::elem_size_node(Type* ptr_ty, const Loc& loc) {
  Type* base = ptr_ty->base;
  if (is_array(base) && base->is_vla && base->vla_size)
    return cast(new_var(base->vla_size, loc), types_.ptrdiff_type());
  int64_t size = type_size(base);
  if (is_void(base) || is_func(base)) size = 1;
  else if (size < 0) {
    error(loc, "arithmetic on pointer to an incomplete type " + tname(base));
    size = 1;
  }
  return new_num(size, types_.ptrdiff_type(), loc);
}

Node* Parser::new_add(Node* lhs, Node* rhs, const Loc& loc) {
  lhs = rvalue(lhs);
  rhs = rvalue(rhs);
  if (is_arith(lhs->ty) && is_arith(rhs->ty)) return new_binary(NodeKind::Add, lhs, rhs, loc);
  if (is_integer(lhs->ty) && is_pointer(rhs->ty)) std::swap(lhs, rhs);
  if (!is_pointer(lhs->ty) || !is_integer(rhs->ty)) {
    error(loc, "invalid operands to binary + (have " + tname(lhs->ty) + " and " + tname(rhs->ty) + ")");
    return lhs;
  }
  Node* off = new_binary(NodeKind::Mul, cast(rhs, types_.ptrdiff_type()), elem_size_node(lhs->ty, loc), loc);
  Node* n = new_node(NodeKind::PtrAdd, loc);
  n->lhs = lhs;
  n->rhs = off;
  n->ty = lhs->ty;
  return n;
}

Node* Parser::new_sub(Node* lhs, Node* rhs, const Loc& loc) {
  lhs = rvalue(lhs);
  rhs = rvalue(rhs);
  if (is_arith(lhs->ty) && is_arith(rhs->ty)) return new_binary(NodeKind::Sub, lhs, rhs, loc);
  if (is_pointer(lhs->ty) && is_integer(rhs->ty)) {
    Node* off = new_binary(NodeKind::Mul, cast(rhs, types_.ptrdiff_type()), elem_size_node(lhs->ty, loc), loc);
    Node* neg = new_node(NodeKind::Neg, loc);
    neg->lhs = off;
    neg->ty = off->ty;
    if (off->kind == NodeKind::Num) neg = new_num(-off->val, off->ty, loc);
    Node* n = new_node(NodeKind::PtrAdd, loc);
    n->lhs = lhs;
    n->rhs = neg;
    n->ty = lhs->ty;
    return n;
  }
  if (is_pointer(lhs->ty) && is_pointer(rhs->ty)) {
    if (!compatible_unqual(lhs->ty->base, rhs->ty->base))
      error(loc, "invalid operands to binary - (have " + tname(lhs->ty) + " and " + tname(rhs->ty) + ")");
    Node* size = elem_size_node(lhs->ty, loc);
    Node* n = new_node(NodeKind::PtrDiff, loc);
    n->lhs = lhs;
    n->rhs = rhs;
    n->ty = types_.ptrdiff_type();
    if (size->kind == NodeKind::Num) {
      n->val = size->val;
      return n;
    }
    n->val = 1;  // divide by the run-time size of a VLA element
    return new_binary(NodeKind::Div, n, size, loc);
  }
  error(loc, "invalid operands to binary - (have " + tname(lhs->ty) + " and " + tname(rhs->ty) + ")");
  return lhs;
}

}  // namespace kit::c
