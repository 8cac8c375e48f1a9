// Conversions (C17 6.3) and the assignment rules (6.5.16.1).
//
// The parser makes every conversion an explicit Cast node (folded at once
// when the operand is a constant), so codegen converts exactly where C
// says. The checks here produce gcc's warnings for the classic mistakes:
// incompatible pointer types, integer/pointer mixing without a cast, and
// discarded qualifiers.
#include <cmath>

#include "parse/parser.hpp"

namespace kit::c {

namespace {

// v as a value of integer type t (wrapping to t's width, 6.3.1.3).
int64_t wrap(int64_t v, const Type* t) {
  if (t->kind == TypeKind::Bool) return v != 0;
  switch (type_size(t)) {
    case 1: return t->is_unsigned ? int64_t(uint8_t(v)) : int64_t(int8_t(v));
    case 2: return t->is_unsigned ? int64_t(uint16_t(v)) : int64_t(int16_t(v));
    case 4: return t->is_unsigned ? int64_t(uint32_t(v)) : int64_t(int32_t(v));
    default: return v;
  }
}

int float_rank(const Type* t) {
  switch (t->kind) {
    case TypeKind::Float: return 1;
    case TypeKind::Double: return 2;
    case TypeKind::LDouble: return 3;
    case TypeKind::Float128: return 4;
    default: return 0;
  }
}

long double round_to(long double v, const Type* t, LongDoubleFormat ld) {
  if (t->kind == TypeKind::Float) return static_cast<float>(v);
  if (t->kind == TypeKind::Double) return static_cast<double>(v);
  if (t->kind == TypeKind::LDouble && ld == LongDoubleFormat::Binary64) return static_cast<double>(v);
  return v;
}

}  // namespace

Node* Parser::new_cast(Node* n, Type* to) {
  // Constant folding of conversions between arithmetic types.
  if (n->kind == NodeKind::Num && (is_integer(to) || is_pointer(to)) && !is_pointer(n->ty)) {
    Node* c = new_node(NodeKind::Num, n->loc);
    if (type_size(to) == 16) {
      c->val = n->val;
      c->val_hi = type_size(n->ty) == 16 ? n->val_hi : (n->ty->is_unsigned || n->val >= 0 ? 0 : -1);
    } else {
      c->val = is_pointer(to) ? n->val : wrap(n->val, to);
      if (type_size(n->ty) == 16 && to->kind == TypeKind::Bool) c->val = (n->val | n->val_hi) != 0;
      c->val_hi = c->val < 0 && !to->is_unsigned ? -1 : 0;
    }
    c->ty = to;
    return c;
  }
  if (n->kind == NodeKind::Num && is_flonum(to) && !is_pointer(n->ty)) {
    Node* c = new_node(NodeKind::FNum, n->loc);
    long double v;
    if (type_size(n->ty) == 16) {
      unsigned __int128 u = (static_cast<unsigned __int128>(static_cast<uint64_t>(n->val_hi)) << 64) |
                            static_cast<uint64_t>(n->val);
      v = n->ty->is_unsigned ? static_cast<long double>(u) : static_cast<long double>(static_cast<__int128>(u));
    } else {
      v = n->ty->is_unsigned ? static_cast<long double>(static_cast<uint64_t>(n->val))
                             : static_cast<long double>(n->val);
    }
    c->fval = round_to(v, to, model().long_double);
    c->ty = to;
    return c;
  }
  if (n->kind == NodeKind::FNum && !is_complex(n->ty) && is_flonum(to)) {
    Node* c = new_node(NodeKind::FNum, n->loc);
    c->fval = round_to(n->fval, to, model().long_double);
    c->ty = to;
    return c;
  }
  if (n->kind == NodeKind::FNum && !is_complex(n->ty) && is_integer(to) && type_size(to) <= 8 &&
      std::isfinite(n->fval)) {
    // Out-of-range conversions are undefined (6.3.1.4); like gcc's folding,
    // the result saturates at the type's limits.
    long double f = std::trunc(n->fval);
    int bits = static_cast<int>(type_size(to) * 8);
    long double lo = to->is_unsigned ? 0.0L : -std::ldexp(1.0L, bits - 1);
    long double hi = to->is_unsigned ? std::ldexp(1.0L, bits) - 1 : std::ldexp(1.0L, bits - 1) - 1;
    if (to->kind == TypeKind::Bool) return new_num(n->fval != 0, to, n->loc);
    if (f < lo) f = lo;
    if (f > hi) f = hi;
    int64_t v = f >= 9.2e18L ? static_cast<int64_t>(static_cast<uint64_t>(f)) : static_cast<int64_t>(f);
    return new_num(wrap(v, to), to, n->loc);
  }
  Node* c = new_node(NodeKind::Cast, n->loc);
  c->lhs = n;
  c->ty = to;
  return c;
}

Node* Parser::rvalue(Node* n) {
  if (is_array(n->ty)) {
    // 6.3.2.1p3: an array becomes a pointer to its first element.
    Node* a = new_node(NodeKind::Addr, n->loc);
    a->lhs = n;
    a->ty = types_.pointer_to(n->ty->base);
    return a;
  }
  if (is_func(n->ty)) {
    Node* a = new_node(NodeKind::Addr, n->loc);
    a->lhs = n;
    a->ty = types_.pointer_to(n->ty);
    return a;
  }
  return n;
}

Node* Parser::cast(Node* n, Type* to) {
  n = rvalue(n);
  bool bitfield = n->kind == NodeKind::Member && n->member->is_bitfield;
  if (n->ty == to && !bitfield) return n;
  if (n->ty->unqual == to->unqual && !is_record(to)) {
    // Only qualifiers differ: the value is the same.
    if (n->kind == NodeKind::Num || n->kind == NodeKind::FNum) return n;
    Node* c = new_node(NodeKind::Cast, n->loc);
    c->lhs = n;
    c->ty = to->unqual;
    return c;
  }
  return new_cast(n, to);
}

Node* Parser::promote(Node* n) {
  n = rvalue(n);
  Type* t = n->ty;
  if (!is_integer(t)) return n;
  // A bit-field narrower than int promotes to int (6.3.1.1p2).
  if (n->kind == NodeKind::Member && n->member->is_bitfield) {
    int w = n->member->bit_width;
    if (w < 32 || (w == 32 && !t->is_unsigned)) return cast(n, types_.int_type());
    if (w == 32) return cast(n, types_.uint_type());
  }
  if (int_rank(t) < int_rank(types_.int_type())) return cast(n, types_.int_type());
  if (t->kind == TypeKind::Enum) return cast(n, t->base);
  return n;
}

Type* Parser::common_type(Type* a, Type* b) {
  a = a->unqual;
  b = b->unqual;
  if (is_complex(a) || is_complex(b)) {
    Type* ra = is_complex(a) ? a->base : a;
    Type* rb = is_complex(b) ? b->base : b;
    // _Complex int stays integral with integer operands (GNU).
    return types_.complex_of(common_type(ra, rb));
  }
  if (is_flonum(a) || is_flonum(b)) return float_rank(a) >= float_rank(b) ? a : b;
  auto promoted = [&](Type* t) -> Type* {
    if (t->kind == TypeKind::Enum) t = t->base;
    return int_rank(t) < int_rank(types_.int_type()) ? types_.int_type() : t;
  };
  a = promoted(a);
  b = promoted(b);
  if (a->kind == b->kind) return a;
  if (a->is_unsigned == b->is_unsigned) return int_rank(a) >= int_rank(b) ? a : b;
  Type* u = a->is_unsigned ? a : b;
  Type* s = a->is_unsigned ? b : a;
  if (int_rank(u) >= int_rank(s)) return u;
  if (type_size(s) > type_size(u)) return s;
  // The unsigned type corresponding to the signed one.
  switch (s->kind) {
    case TypeKind::Long: return types_.basic(TypeKind::ULong);
    case TypeKind::LLong: return types_.basic(TypeKind::ULLong);
    case TypeKind::Int128: return types_.basic(TypeKind::UInt128);
    default: return types_.uint_type();
  }
}

bool Parser::is_null_pointer(Node* n) {
  // An integer constant expression with value 0, or one cast to void*
  // (6.3.2.3p3): to plain void *, not `const void *`, which stays an
  // ordinary pointer (its qualifiers reach the type of `c ? p : q`).
  auto void_ptr = [](const Type* t) { return is_pointer(t) && is_void(t->base) && t->base->quals == 0; };
  if (n->kind == NodeKind::Cast && void_ptr(n->ty)) n = n->lhs;
  if (n->kind == NodeKind::Num && void_ptr(n->ty)) return n->val == 0;
  if (!is_integer(n->ty)) return false;
  int64_t v;
  return try_const_int(n, v) && v == 0;
}

bool Parser::is_lvalue(Node* n) {
  switch (n->kind) {
    case NodeKind::Var:
    case NodeKind::Deref:
    case NodeKind::Str:
    case NodeKind::CompoundLit:
      return true;
    case NodeKind::Member:
      return is_lvalue(n->lhs) || n->lhs->kind == NodeKind::Deref;
    case NodeKind::RealPart:
    case NodeKind::ImagPart:
      return is_lvalue(n->lhs);
    case NodeKind::Comma:
      return false;
    default:
      return false;
  }
}

bool Parser::check_modifiable(Node* n, const char* what) {
  if (!is_lvalue(n)) {
    error(n->loc, std::string("lvalue required as ") + what);
    return false;
  }
  auto name = [&]() -> std::string {
    if (n->kind == NodeKind::Var) return "variable '" + std::string(name_of(n->var->name)) + "'";
    if (n->kind == NodeKind::Member && n->member->name) return "member '" + std::string(name_of(n->member->name)) + "'";
    return "location";
  };
  if (is_array(n->ty)) {
    error(n->loc, "assignment to expression with array type");
    return false;
  }
  if (n->ty->is_const()) {
    error(n->loc, "assignment of read-only " + name());
    return false;
  }
  if (is_record(n->ty) && n->ty->rec->has_const_member) {
    error(n->loc, "assignment of read-only " + name());
    return false;
  }
  if (n->kind == NodeKind::Var && n->var->is_function) {
    error(n->loc, std::string("lvalue required as ") + what);
    return false;
  }
  return true;
}

Node* Parser::to_condition(Node* n) {
  n = rvalue(n);
  if (!is_scalar(n->ty)) {
    error(n->loc, "used " + std::string(is_record(n->ty) ? (n->ty->kind == TypeKind::Struct ? "struct" : "union") : "void") +
                      " type value where scalar is required");
    return new_num(0, types_.int_type(), n->loc);
  }
  return n;
}

// The checks and conversion of simple assignment (6.5.16.1), used for
// assignments, initializers, arguments and return values. `context` is
// "initialization", "assignment", "return" or "passing argument N of 'f'".
Node* Parser::convert_assign(Node* n, Type* to, const char* context, const Loc& loc) {
  n = rvalue(n);
  Type* from = n->ty;
  std::string ctx = context;
  bool is_return = ctx == "return";
  bool is_arg = ctx.rfind("passing", 0) == 0;
  auto describe = [&](const std::string& tail) -> std::string {
    // gcc's phrasing per context
    if (is_return) return "returning " + tname(from) + " from a function with return type " + tname(to) + tail;
    if (is_arg) return ctx + tail;
    if (ctx == "initialization") return "initialization of " + tname(to) + " from " + tname(from) + tail;
    return "assignment to " + tname(to) + " from " + tname(from) + tail;
  };
  Type* t = to->unqual;
  if (is_arith(t) && is_arith(from)) return cast(n, t);
  if (t->kind == TypeKind::Bool && is_pointer(from)) return cast(n, t);
  if (is_pointer(t)) {
    if (is_null_pointer(n)) return cast(n, t);
    if (is_pointer(from)) {
      Type* pt = t->base;
      Type* pf = from->base;
      uint8_t lost = pf->quals & ~pt->quals & (kConst | kVolatile | kAtomic);
      bool ok = is_void(pt->unqual) || is_void(pf->unqual) || compatible_unqual(pt, pf);
      if (!ok) {
        bool sign_only = is_integer(pt) && is_integer(pf) && type_size(pt) == type_size(pf) &&
                         pt->kind != TypeKind::Enum && pf->kind != TypeKind::Enum &&
                         pt->kind != TypeKind::Bool && pf->kind != TypeKind::Bool;
        if (sign_only) {
          if (is_return)
            warning(Warn::PointerSign, loc, "pointer targets in returning " + tname(from) + " from a function with return type " + tname(to) + " differ in signedness");
          else if (is_arg)
            warning(Warn::PointerSign, loc, "pointer targets in " + ctx + " differ in signedness");
          else
            warning(Warn::PointerSign, loc, "pointer targets in " + std::string(ctx == "initialization" ? "initialization of " : "assignment to ") + tname(to) + " from " + tname(from) + " differ in signedness");
        } else if (is_return) {
          warning(Warn::IncompatiblePointerTypes, loc, "returning " + tname(from) + " from a function with incompatible return type " + tname(to));
        } else if (is_arg) {
          warning(Warn::IncompatiblePointerTypes, loc, ctx + " from incompatible pointer type");
        } else {
          warning(Warn::IncompatiblePointerTypes, loc,
                  std::string(ctx == "initialization" ? "initialization of " : "assignment to ") + tname(to) +
                      " from incompatible pointer type " + tname(from));
        }
      } else if (lost) {
        const char* q = (lost & kConst) ? "const" : (lost & kVolatile) ? "volatile" : "_Atomic";
        if (is_return)
          warning(Warn::DiscardedQualifiers, loc, std::string("return discards '") + q + "' qualifier from pointer target type");
        else if (is_arg)
          warning(Warn::DiscardedQualifiers, loc, ctx + std::string(" discards '") + q + "' qualifier from pointer target type");
        else
          warning(Warn::DiscardedQualifiers, loc, ctx + std::string(" discards '") + q + "' qualifier from pointer target type");
      }
      return cast(n, t);
    }
    if (is_integer(from)) {
      warning(Warn::IntConversion, loc, describe(" makes pointer from integer without a cast"));
      return cast(n, t);
    }
  }
  if (is_integer(t) && is_pointer(from)) {
    warning(Warn::IntConversion, loc, describe(" makes integer from pointer without a cast"));
    return cast(n, t);
  }
  if (is_record(t) && is_record(from) && compatible_unqual(t, from)) return n;
  if (is_void(t) && is_return) return n;
  if (is_return) error(loc, "incompatible types when returning type " + tname(from) + " but " + tname(to) + " was expected");
  else if (is_arg) error(loc, "incompatible type for argument: expected " + tname(to) + " but argument is of type " + tname(from));
  else if (ctx == "initialization") error(loc, "incompatible types when initializing type " + tname(to) + " using type " + tname(from));
  else error(loc, "incompatible types when assigning to type " + tname(to) + " from type " + tname(from));
  return is_scalar(t) ? new_num(0, t, loc) : n;
}

}  // namespace kit::c
