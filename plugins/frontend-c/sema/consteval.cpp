// Constant evaluation (C17 6.6).
//
// Integer arithmetic is done in 64 bits and wrapped to the expression's
// type after every step, which is exactly C's behaviour for unsigned types
// and gcc's for the signed overflow that constant expressions are not
// allowed to have anyway. Floating constants are computed in the host's
// long double and rounded to the expression's type.
#include "sema/consteval.hpp"

#include <cmath>
#include <cstring>

namespace kit::c {

namespace {

int64_t wrap(int64_t v, const Type* t) {
  if (t->kind == TypeKind::Bool) return v != 0;
  switch (type_size(t)) {
    case 1: return t->is_unsigned ? int64_t(uint8_t(v)) : int64_t(int8_t(v));
    case 2: return t->is_unsigned ? int64_t(uint16_t(v)) : int64_t(int16_t(v));
    case 4: return t->is_unsigned ? int64_t(uint32_t(v)) : int64_t(int32_t(v));
    default: return v;
  }
}

long double round_to(long double v, const Type* t) {
  if (t->kind == TypeKind::Float) return static_cast<float>(v);
  if (t->kind == TypeKind::Double) return static_cast<double>(v);
  return v;
}

}  // namespace

Obj* string_object(Parser& p, Node* str) {
  if (str->var) return str->var;
  Obj* o = p.perm().make<Obj>();
  static const char kPrefix[] = ".L.str.";
  (void)kPrefix;
  o->name = 0;
  o->ty = str->ty;
  o->loc = str->loc;
  o->is_static = true;
  o->is_definition = true;
  o->is_string_literal = true;
  o->global = -1;
  o->ctor_priority = o->dtor_priority = -1;
  StaticData* d = p.perm().make<StaticData>();
  d->bytes = reinterpret_cast<uint8_t*>(const_cast<char*>(str->str->bytes));
  d->size = str->str->size;
  o->data = d;
  str->var = o;
  return o;
}

bool ConstEval::eval_addr(Node* n, ConstVal& out) {
  switch (n->kind) {
    case NodeKind::Var:
      if (n->var->is_local && !n->var->is_static) return false;
      out = ConstVal{};
      out.kind = ConstVal::Addr;
      out.obj = n->var;
      return true;
    case NodeKind::Str:
      out = ConstVal{};
      out.kind = ConstVal::Addr;
      out.obj = string_object(p_, n);
      return true;
    case NodeKind::Member:
      if (!eval_addr(n->lhs, out)) return false;
      out.addend += n->member->offset;
      return !n->member->is_bitfield;
    case NodeKind::Deref:
      return eval(n->lhs, out) && out.kind == ConstVal::Addr;
    case NodeKind::Cast:
      return eval_addr(n->lhs, out);
    default:
      return false;
  }
}

bool ConstEval::eval(Node* n, ConstVal& out) {
  if (++depth_ > 2000) {
    --depth_;
    return false;
  }
  struct Leave {
    unsigned& d;
    ~Leave() { --d; }
  } leave{depth_};
  Type* ty = n->ty;
  switch (n->kind) {
    case NodeKind::Num:
      out = ConstVal{};
      out.kind = ConstVal::Int;
      out.i = n->val;
      out.hi = n->val_hi;
      return true;
    case NodeKind::FNum:
      if (is_complex(ty)) return false;
      out = ConstVal{};
      out.kind = ConstVal::Float;
      out.f = n->fval;
      return true;
    case NodeKind::Addr:
      return eval_addr(n->lhs, out);
    case NodeKind::LabelAddr:
      out = ConstVal{};
      out.kind = ConstVal::Addr;
      out.label = n->label;
      out.obj = n->var;  // the function
      return true;
    case NodeKind::Deref: {
      // A character of a string literal: "abc"[1] (GNU folds it).
      ConstVal a;
      if (!is_integer(ty) || !eval(n->lhs, a) || a.kind != ConstVal::Addr || !a.obj ||
          !a.obj->is_string_literal || !a.obj->data || !a.obj->data->bytes)
        return false;
      int64_t size = type_size(ty);
      if (a.addend < 0 || a.addend + size > a.obj->data->size) return false;
      uint64_t v = 0;
      for (int64_t i = 0; i < size; ++i)
        v |= static_cast<uint64_t>(a.obj->data->bytes[a.addend + i]) << (8 * (p_.model().big_endian ? size - 1 - i : i));
      out = ConstVal{};
      out.kind = ConstVal::Int;
      out.i = wrap(static_cast<int64_t>(v), ty);
      out.hi = out.i < 0 && !ty->is_unsigned ? -1 : 0;
      return true;
    }
    case NodeKind::Var:
      // An enumeration constant was folded by the parser; a function
      // designator decays through Addr. Anything else is not constant.
      return false;
    case NodeKind::Cast: {
      ConstVal v;
      if (!eval(n->lhs, v)) return false;
      Type* from = n->lhs->ty;
      if (is_void(ty)) return false;
      if (v.kind == ConstVal::Addr) {
        // An address cast to a pointer, or to an integer as wide as a pointer.
        if (is_pointer(ty) || (is_integer(ty) && type_size(ty) >= p_.model().pointer_size)) {
          out = v;
          return true;
        }
        if (ty->kind == TypeKind::Bool) {  // the address of an object is never null
          out = ConstVal{};
          out.kind = ConstVal::Int;
          out.i = 1;
          return !v.label && v.obj && !v.obj->is_weak;
        }
        return false;
      }
      out = ConstVal{};
      if (is_integer(ty) || is_pointer(ty)) {
        out.kind = ConstVal::Int;
        if (v.kind == ConstVal::Float) {
          if (!std::isfinite(v.f)) return false;
          if (ty->kind == TypeKind::Bool) out.i = v.f != 0;
          else if (ty->is_unsigned && v.f >= 9.2e18L) out.i = static_cast<int64_t>(static_cast<uint64_t>(v.f));
          else out.i = static_cast<int64_t>(v.f);
        } else {
          out.i = v.i;
          out.hi = type_size(from) == 16 ? v.hi : (from->is_unsigned || v.i >= 0 ? 0 : -1);
          if (is_pointer(from) && ty->kind == TypeKind::Bool) out.i = v.i != 0;
        }
        if (type_size(ty) < 16) {
          if (is_integer(ty)) out.i = wrap(out.i, ty);
          out.hi = out.i < 0 && !ty->is_unsigned ? -1 : 0;
        }
        return true;
      }
      if (is_flonum(ty)) {
        out.kind = ConstVal::Float;
        if (v.kind == ConstVal::Float) out.f = round_to(v.f, ty);
        else if (type_size(from) == 16)
          out.f = round_to(from->is_unsigned ? static_cast<long double>((static_cast<unsigned __int128>(static_cast<uint64_t>(v.hi)) << 64) | static_cast<uint64_t>(v.i))
                                             : static_cast<long double>(static_cast<__int128>((static_cast<unsigned __int128>(static_cast<uint64_t>(v.hi)) << 64) | static_cast<uint64_t>(v.i))),
                           ty);
        else if (from->is_unsigned) out.f = round_to(static_cast<long double>(static_cast<uint64_t>(v.i)), ty);
        else out.f = round_to(static_cast<long double>(v.i), ty);
        return true;
      }
      return false;
    }
    case NodeKind::PtrAdd: {
      ConstVal a, b;
      if (!eval(n->lhs, a) || !eval(n->rhs, b) || b.kind != ConstVal::Int) return false;
      if (a.kind == ConstVal::Int) {  // ((T*)0 + k): offsetof-style
        out = a;
        out.i += b.i;
        return true;
      }
      if (a.kind != ConstVal::Addr) return false;
      out = a;
      out.addend += b.i;
      return true;
    }
    case NodeKind::PtrDiff: {
      ConstVal a, b;
      if (!eval(n->lhs, a) || !eval(n->rhs, b)) return false;
      int64_t size = n->val ? n->val : 1;
      if (a.kind == ConstVal::Addr && b.kind == ConstVal::Addr && a.obj == b.obj && a.label == b.label) {
        out = ConstVal{};
        out.kind = ConstVal::Int;
        out.i = (a.addend - b.addend) / size;
        return true;
      }
      if (a.kind == ConstVal::Int && b.kind == ConstVal::Int) {
        out = ConstVal{};
        out.kind = ConstVal::Int;
        out.i = (a.i - b.i) / size;
        return true;
      }
      return false;
    }
    case NodeKind::Cond: {
      ConstVal c;
      if (!eval(n->cond, c)) return false;
      bool truth = c.kind == ConstVal::Int ? c.i != 0 || c.hi != 0 : c.kind == ConstVal::Float ? c.f != 0 : true;
      if (c.kind == ConstVal::Addr && (c.label || !c.obj || c.obj->is_weak)) return false;
      return eval(truth ? n->then : n->els, out);
    }
    case NodeKind::Comma:
      return false;
    default:
      break;
  }
  return eval_int(n, out);
}

// Arithmetic on integer and floating constants.
bool ConstEval::eval_int(Node* n, ConstVal& out) {
  Type* ty = n->ty;
  auto unary = [&](ConstVal& a) { return eval(n->lhs, a); };
  ConstVal a, b;
  switch (n->kind) {
    case NodeKind::Neg:
      if (!unary(a)) return false;
      out = ConstVal{};
      if (a.kind == ConstVal::Float) {
        out.kind = ConstVal::Float;
        out.f = -a.f;
        return true;
      }
      if (a.kind != ConstVal::Int) return false;
      out.kind = ConstVal::Int;
      out.i = wrap(static_cast<int64_t>(0 - static_cast<uint64_t>(a.i)), ty);
      if (type_size(ty) == 16) {
        unsigned __int128 v = (static_cast<unsigned __int128>(static_cast<uint64_t>(a.hi)) << 64) | static_cast<uint64_t>(a.i);
        v = -v;
        out.i = static_cast<int64_t>(static_cast<uint64_t>(v));
        out.hi = static_cast<int64_t>(static_cast<uint64_t>(v >> 64));
      } else {
        out.hi = out.i < 0 && !ty->is_unsigned ? -1 : 0;
      }
      return true;
    case NodeKind::BitNot:
      if (!unary(a) || a.kind != ConstVal::Int) return false;
      out = ConstVal{};
      out.kind = ConstVal::Int;
      out.i = wrap(~a.i, ty);
      out.hi = type_size(ty) == 16 ? ~a.hi : (out.i < 0 && !ty->is_unsigned ? -1 : 0);
      return true;
    case NodeKind::Not:
      if (!unary(a)) return false;
      out = ConstVal{};
      out.kind = ConstVal::Int;
      if (a.kind == ConstVal::Int) out.i = !(a.i || a.hi);
      else if (a.kind == ConstVal::Float) out.i = !a.f;
      else if (a.obj && !a.label && !a.obj->is_weak) out.i = 0;
      else return false;
      return true;
    case NodeKind::LogAnd:
    case NodeKind::LogOr: {
      if (!eval(n->lhs, a)) return false;
      auto truth = [](const ConstVal& v, bool& t) {
        if (v.kind == ConstVal::Int) t = v.i || v.hi;
        else if (v.kind == ConstVal::Float) t = v.f != 0;
        else if (v.obj && !v.label && !v.obj->is_weak) t = true;
        else return false;
        return true;
      };
      bool ta, tb;
      if (!truth(a, ta)) return false;
      out = ConstVal{};
      out.kind = ConstVal::Int;
      if (n->kind == NodeKind::LogAnd && !ta) return out.i = 0, true;
      if (n->kind == NodeKind::LogOr && ta) return out.i = 1, true;
      if (!eval(n->rhs, b) || !truth(b, tb)) return false;
      out.i = tb;
      return true;
    }
    default:
      break;
  }
  bool is_binary = n->kind == NodeKind::Add || n->kind == NodeKind::Sub || n->kind == NodeKind::Mul ||
                   n->kind == NodeKind::Div || n->kind == NodeKind::Mod || n->kind == NodeKind::BitAnd ||
                   n->kind == NodeKind::BitOr || n->kind == NodeKind::BitXor || n->kind == NodeKind::Shl ||
                   n->kind == NodeKind::Shr || n->kind == NodeKind::Eq || n->kind == NodeKind::Ne ||
                   n->kind == NodeKind::Lt || n->kind == NodeKind::Le;
  if (!is_binary) return false;
  if (!eval(n->lhs, a) || !eval(n->rhs, b)) return false;
  Type* opty = n->lhs->ty;  // operands were converted to a common type
  bool cmp = n->kind == NodeKind::Eq || n->kind == NodeKind::Ne || n->kind == NodeKind::Lt || n->kind == NodeKind::Le;
  out = ConstVal{};
  if (a.kind == ConstVal::Addr || b.kind == ConstVal::Addr) {
    // Address arithmetic in integer clothing: (long)&x + 4, &a[1] == &a[1].
    if (n->kind == NodeKind::Add && a.kind == ConstVal::Addr && b.kind == ConstVal::Int) {
      out = a;
      out.addend += b.i;
      return true;
    }
    if (n->kind == NodeKind::Add && b.kind == ConstVal::Int && a.kind == ConstVal::Addr) return false;
    if (n->kind == NodeKind::Add && a.kind == ConstVal::Int && b.kind == ConstVal::Addr) {
      out = b;
      out.addend += a.i;
      return true;
    }
    if (n->kind == NodeKind::Sub && a.kind == ConstVal::Addr && b.kind == ConstVal::Int) {
      out = a;
      out.addend -= b.i;
      return true;
    }
    if (n->kind == NodeKind::Sub && a.kind == ConstVal::Addr && b.kind == ConstVal::Addr && a.obj == b.obj && a.label == b.label) {
      out.kind = ConstVal::Int;
      out.i = a.addend - b.addend;
      return true;
    }
    if ((n->kind == NodeKind::Eq || n->kind == NodeKind::Ne) && a.kind == ConstVal::Addr &&
        b.kind == ConstVal::Addr && a.obj == b.obj && a.label == b.label) {
      out.kind = ConstVal::Int;
      out.i = (a.addend == b.addend) == (n->kind == NodeKind::Eq);
      return true;
    }
    return false;
  }
  if (a.kind == ConstVal::Float || b.kind == ConstVal::Float) {
    long double x = a.kind == ConstVal::Float ? a.f : static_cast<long double>(a.i);
    long double y = b.kind == ConstVal::Float ? b.f : static_cast<long double>(b.i);
    if (cmp) {
      out.kind = ConstVal::Int;
      switch (n->kind) {
        case NodeKind::Eq: out.i = x == y; break;
        case NodeKind::Ne: out.i = x != y; break;
        case NodeKind::Lt: out.i = x < y; break;
        default: out.i = x <= y; break;
      }
      return true;
    }
    out.kind = ConstVal::Float;
    switch (n->kind) {
      case NodeKind::Add: out.f = x + y; break;
      case NodeKind::Sub: out.f = x - y; break;
      case NodeKind::Mul: out.f = x * y; break;
      case NodeKind::Div: out.f = x / y; break;
      default: return false;
    }
    out.f = round_to(out.f, ty);
    return true;
  }
  out.kind = ConstVal::Int;
  bool u = opty->is_unsigned || is_pointer(opty);
  if (type_size(opty) == 16 || type_size(ty) == 16) {
    // 128-bit constant arithmetic.
    using U = unsigned __int128;
    U x = (static_cast<U>(static_cast<uint64_t>(a.hi)) << 64) | static_cast<uint64_t>(a.i);
    U y = (static_cast<U>(static_cast<uint64_t>(b.hi)) << 64) | static_cast<uint64_t>(b.i);
    U r = 0;
    bool bu = opty->is_unsigned;
    switch (n->kind) {
      case NodeKind::Add: r = x + y; break;
      case NodeKind::Sub: r = x - y; break;
      case NodeKind::Mul: r = x * y; break;
      case NodeKind::Div:
        if (!y) return false;
        r = bu ? x / y : static_cast<U>(static_cast<__int128>(x) / static_cast<__int128>(y));
        break;
      case NodeKind::Mod:
        if (!y) return false;
        r = bu ? x % y : static_cast<U>(static_cast<__int128>(x) % static_cast<__int128>(y));
        break;
      case NodeKind::BitAnd: r = x & y; break;
      case NodeKind::BitOr: r = x | y; break;
      case NodeKind::BitXor: r = x ^ y; break;
      case NodeKind::Shl: r = (b.i & 127) ? x << (b.i & 127) : x; break;
      case NodeKind::Shr: r = bu ? x >> (b.i & 127) : static_cast<U>(static_cast<__int128>(x) >> (b.i & 127)); break;
      case NodeKind::Eq: r = x == y; break;
      case NodeKind::Ne: r = x != y; break;
      case NodeKind::Lt: r = bu ? x < y : static_cast<__int128>(x) < static_cast<__int128>(y); break;
      case NodeKind::Le: r = bu ? x <= y : static_cast<__int128>(x) <= static_cast<__int128>(y); break;
      default: return false;
    }
    if (cmp || type_size(ty) < 16) {
      out.i = wrap(static_cast<int64_t>(static_cast<uint64_t>(r)), ty);
      out.hi = out.i < 0 && !ty->is_unsigned ? -1 : 0;
    } else {
      out.i = static_cast<int64_t>(static_cast<uint64_t>(r));
      out.hi = static_cast<int64_t>(static_cast<uint64_t>(r >> 64));
    }
    return true;
  }
  uint64_t x = static_cast<uint64_t>(a.i), y = static_cast<uint64_t>(b.i);
  int64_t r;
  switch (n->kind) {
    case NodeKind::Add: r = static_cast<int64_t>(x + y); break;
    case NodeKind::Sub: r = static_cast<int64_t>(x - y); break;
    case NodeKind::Mul: r = static_cast<int64_t>(x * y); break;
    case NodeKind::Div:
      if (y == 0) return false;
      if (u) r = static_cast<int64_t>(x / y);
      else if (a.i == INT64_MIN && b.i == -1) r = INT64_MIN;
      else r = a.i / b.i;
      break;
    case NodeKind::Mod:
      if (y == 0) return false;
      if (u) r = static_cast<int64_t>(x % y);
      else if (b.i == -1) r = 0;
      else r = a.i % b.i;
      break;
    case NodeKind::BitAnd: r = a.i & b.i; break;
    case NodeKind::BitOr: r = a.i | b.i; break;
    case NodeKind::BitXor: r = a.i ^ b.i; break;
    case NodeKind::Shl: r = static_cast<int64_t>(x << (y & 63)); break;
    case NodeKind::Shr:
      r = u ? static_cast<int64_t>(x >> (y & 63)) : a.i >> (y & 63);
      break;
    case NodeKind::Eq: r = a.i == b.i; break;
    case NodeKind::Ne: r = a.i != b.i; break;
    case NodeKind::Lt: r = u ? x < y : a.i < b.i; break;
    case NodeKind::Le: r = u ? x <= y : a.i <= b.i; break;
    default: return false;
  }
  out.i = cmp ? r : wrap(r, ty);
  out.hi = out.i < 0 && !ty->is_unsigned ? -1 : 0;
  return true;
}

// ---------------------------------------------------------------- parser entry points

bool Parser::try_const_int(Node* n, int64_t& out) {
  if (n->kind == NodeKind::Num) {
    out = n->val;
    return true;
  }
  if (!is_integer(n->ty) && !is_pointer(n->ty)) return false;
  ConstEval ev(*this);
  ConstVal v;
  if (!ev.eval(n, v) || v.kind != ConstVal::Int) return false;
  out = v.i;
  return true;
}

int64_t Parser::const_int(Node* n, bool* ok) {
  int64_t v;
  if (is_integer(n->ty) && try_const_int(n, v)) {
    if (ok) *ok = true;
    return v;
  }
  error(n->loc, is_integer(n->ty) ? "expression is not an integer constant expression"
                                  : "integer constant expression expected");
  if (ok) *ok = false;
  return 0;
}

}  // namespace kit::c
