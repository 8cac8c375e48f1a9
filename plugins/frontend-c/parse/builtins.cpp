// __builtin_* calls (GNU C), parsed and checked here; the ones that need
// code become Builtin nodes that codegen/builtins.cpp lowers to IR ops.
//
// Four kinds:
//  * compile-time: offsetof, types_compatible_p, choose_expr, constant_p,
//    classify_type, object_size, huge_val/inf/nan -- folded to constants;
//  * identity: expect, assume_aligned -- their first argument;
//  * library: memcpy, strlen, ... and the _chk variants -- an ordinary call
//    of the C library function (declared here if the program did not);
//  * operations: va_*, bit counts, overflow arithmetic, floating-point
//    classification, atomics, alloca, frame/return address, trap,
//    unreachable -- Builtin nodes.
// The list of names is builtins.def, shared with __has_builtin.
#include <cmath>
#include <cstdlib>
#include <limits>
#include <unordered_map>
#include <vector>

#include "parse/parser.hpp"
#include "sema/float_bits.hpp"

namespace kit::c {

int Parser::builtin_id(std::string_view name) {
  if (name.size() < 6 || name[0] != '_' || name[1] != '_') return 0;
  static const std::unordered_map<std::string_view, int> table = [] {
    std::unordered_map<std::string_view, int> t;
#define KIT_C_BUILTIN(name, id) t.emplace(#name, static_cast<int>(BuiltinId::id));
#include "builtins.def"
    return t;
  }();
  auto it = table.find(name);
  return it == table.end() ? 0 : it->second;
}

// A builtin's spelling, for the families told apart by their suffix.
static std::string_view builtin_name(BuiltinId id) {
  switch (id) {
#define KIT_C_BUILTIN(name, id) case BuiltinId::id: return #name;
#include "builtins.def"
    default: return {};
  }
}

// __builtin_tgmath(f1, ..., fk, a1, ..., an) (GNU, glibc's <tgmath.h> from
// GNU C 8): the functions share a parameter count n; the last n arguments
// are the call's. Parameters whose types differ among the functions are
// the generic ones; their arguments choose the function as C17 7.25p3
// does: complex if any is complex, and the real type long double if any
// is, else double if any is double or an integer, else float (_Float128
// above them all). Among functions of the same type (kit's _Float32 is
// float) the first listed wins. The chosen one is called like any other.
Node* Parser::tgmath_call(std::vector<Node*>& v, int n, const Loc& loc) {
  auto fn_type = [&](Node* f) -> Type* {
    Type* t = f->ty;
    if (is_pointer(t)) t = t->base;
    return t && is_func(t) && t->has_proto ? t : nullptr;
  };
  Type* ft0 = n > 0 ? fn_type(v[0]) : nullptr;
  int nparams = 0;
  for (Param* p = ft0 ? ft0->params : nullptr; p; p = p->next) ++nparams;
  int nf = n - nparams;
  bool ok = ft0 && nparams > 0 && nf >= 1;
  for (int i = 0; ok && i < nf; ++i) ok = fn_type(v[i]) != nullptr;
  if (!ok) {
    error(loc, "__builtin_tgmath needs prototyped functions followed by as many arguments as they have parameters");
    return new_num(0, types_.int_type(), loc);
  }
  std::vector<bool> generic(static_cast<size_t>(nparams), false);
  for (int i = 1; i < nf; ++i) {
    Param* p0 = ft0->params;
    Param* p = fn_type(v[i])->params;
    for (int j = 0; j < nparams && p && p0; ++j, p = p->next, p0 = p0->next)
      if (!compatible_unqual(p->ty, p0->ty)) generic[static_cast<size_t>(j)] = true;
  }
  bool cplx = false;
  int rank = 0;  // 1 float, 2 double, 3 long double, 4 _Float128
  auto rank_of = [](TypeKind k) {
    return k == TypeKind::Float ? 1 : k == TypeKind::Double ? 2 : k == TypeKind::LDouble ? 3 : k == TypeKind::Float128 ? 4 : 2;
  };
  for (int j = 0; j < nparams; ++j) {
    if (!generic[static_cast<size_t>(j)]) continue;
    Node*& x = v[static_cast<size_t>(nf + j)];
    x = rvalue(x);
    Type* t = x->ty->unqual;
    if (t->kind == TypeKind::Complex) cplx = true, t = t->base->unqual;
    if (!is_integer(t) && !is_flonum(t)) {
      error(x->loc, "invalid type of argument to __builtin_tgmath");
      return new_num(0, types_.int_type(), loc);
    }
    rank = std::max(rank, is_integer(t) ? 2 : rank_of(t->kind));
  }
  TypeKind rk = rank == 1 ? TypeKind::Float : rank == 3 ? TypeKind::LDouble : rank == 4 ? TypeKind::Float128 : TypeKind::Double;
  Type* real = types_.basic(rk);
  auto pick = [&](Type* want) -> int {
    for (int i = 0; i < nf; ++i) {
      Param* p = fn_type(v[i])->params;
      bool all = true;
      for (int j = 0; j < nparams && p; ++j, p = p->next)
        if (generic[static_cast<size_t>(j)] && !compatible_unqual(p->ty, want)) all = false;
      if (all) return i;
    }
    return -1;
  };
  int chosen = nf == 1 ? 0 : pick(cplx ? types_.complex_of(real) : real);
  if (chosen < 0 && !cplx) chosen = pick(types_.complex_of(real));
  if (chosen < 0) {
    error(loc, "no function in __builtin_tgmath matches the arguments' types");
    return new_num(0, types_.int_type(), loc);
  }
  Type* ft = fn_type(v[static_cast<size_t>(chosen)]);
  Node head{};
  Node* cur = &head;
  Param* p = ft->params;
  for (int j = 0; j < nparams; ++j, p = p->next)
    cur = cur->next = convert_assign(v[static_cast<size_t>(nf + j)], p->ty, "passing an argument of __builtin_tgmath",
                                     v[static_cast<size_t>(nf + j)]->loc);
  Node* call = new_node(NodeKind::Call, loc);
  call->lhs = rvalue(v[static_cast<size_t>(chosen)]);
  call->args = head.next;
  call->func_ty = ft;
  call->ty = ft->base->unqual;
  return call;
}

// The type of a _FloatN builtin by its suffix, as the declaration
// specifiers map the types (declspec.cpp): f32 float, f64 and f32x double,
// f64x long double, f128 binary128 (long double where that is binary128).
TypeKind Parser::floatn_kind(std::string_view name) {
  if (name.ends_with("f32")) return TypeKind::Float;
  if (name.ends_with("f64x")) return TypeKind::LDouble;
  if (name.ends_with("f128"))
    return model().long_double == LongDoubleFormat::Binary128 ? TypeKind::LDouble : TypeKind::Float128;
  return TypeKind::Double;
}

// The function `name` with the given prototype: the program's own
// declaration if it has one, else a new external declaration.
Obj* Parser::library_function(std::string_view name, Type* ret, std::initializer_list<Type*> params,
                              bool variadic) {
  StrId id = names().intern(name);
  if (id < linkage_.size() && linkage_[id] && linkage_[id]->is_function) return linkage_[id];
  Param* head = nullptr;
  Param** tail = &head;
  for (Type* t : params) {
    Param* p = perm_.make<Param>();
    p->ty = t;
    *tail = p;
    tail = &p->next;
  }
  Obj* o = perm_.make<Obj>();
  o->name = id;
  o->ty = types_.func_type(ret, head, variadic, true);
  o->is_function = true;
  o->global = -1;
  o->ctor_priority = o->dtor_priority = -1;
  if (id >= linkage_.size()) linkage_.resize(id + 1024, nullptr);
  linkage_[id] = o;
  globals_.push_back(o);
  return o;
}

// The C library functions gcc knows as builtins, with their prototypes:
// used for __builtin_memcpy and friends, and for an undeclared call of one
// of them (gcc's "implicit declaration of built-in function": the call
// gets the real prototype, so `p = malloc(n)` without <stdlib.h> keeps the
// whole pointer). Null for other names.
Obj* Parser::known_library_function(std::string_view n) {
  Type* vp = types_.pointer_to(types_.void_type());
  Type* cvp = types_.pointer_to(types_.qualified(types_.void_type(), kConst));
  Type* cp = types_.pointer_to(types_.char_type());
  Type* ccp = types_.pointer_to(types_.qualified(types_.char_type(), kConst));
  Type* sz = types_.size_type();
  Type* i = types_.int_type();
  Type* l = types_.long_type();
  Type* ll = types_.llong_type();
  Type* d = types_.double_type();
  Type* f = types_.basic(TypeKind::Float);
  Type* ld = types_.basic(TypeKind::LDouble);
  Type* va = types_.va_list_type();
  if (is_array(va)) va = types_.pointer_to(va->base);
  Obj* fn = nullptr;
  if (n == "memcpy" || n == "memmove" || n == "mempcpy") fn = library_function(n, vp, {vp, cvp, sz}, false);
  else if (n == "memset") fn = library_function(n, vp, {vp, i, sz}, false);
  else if (n == "memcmp") fn = library_function(n, i, {cvp, cvp, sz}, false);
  else if (n == "memchr") fn = library_function(n, vp, {cvp, i, sz}, false);
  else if (n == "strlen") fn = library_function(n, sz, {ccp}, false);
  else if (n == "strcmp") fn = library_function(n, i, {ccp, ccp}, false);
  else if (n == "strncmp") fn = library_function(n, i, {ccp, ccp, sz}, false);
  else if (n == "strcpy" || n == "strcat" || n == "stpcpy") fn = library_function(n, cp, {cp, ccp}, false);
  else if (n == "strncpy" || n == "strncat" || n == "stpncpy") fn = library_function(n, cp, {cp, ccp, sz}, false);
  else if (n == "strchr" || n == "strrchr") fn = library_function(n, cp, {ccp, i}, false);
  else if (n == "strdup") fn = library_function(n, cp, {ccp}, false);
  else if (n == "strndup") fn = library_function(n, cp, {ccp, sz}, false);
  else if (n == "strnlen") fn = library_function(n, sz, {ccp, sz}, false);
  else if (n == "strstr" || n == "strpbrk") fn = library_function(n, cp, {ccp, ccp}, false);
  else if (n == "strncat") fn = library_function(n, cp, {cp, ccp, sz}, false);
  else if (n == "strspn" || n == "strcspn") fn = library_function(n, sz, {ccp, ccp}, false);
  else if (n == "stpcpy") fn = library_function(n, cp, {cp, ccp}, false);
  else if (n == "malloc") fn = library_function(n, vp, {sz}, false);
  else if (n == "calloc") fn = library_function(n, vp, {sz, sz}, false);
  else if (n == "realloc") fn = library_function(n, vp, {vp, sz}, false);
  else if (n == "free") fn = library_function(n, types_.void_type(), {vp}, false);
  else if (n == "printf") fn = library_function(n, i, {ccp}, true);
  else if (n == "sprintf") fn = library_function(n, i, {cp, ccp}, true);
  else if (n == "snprintf") fn = library_function(n, i, {cp, sz, ccp}, true);
  else if (n == "vsprintf") fn = library_function(n, i, {cp, ccp, va}, false);
  else if (n == "vsnprintf") fn = library_function(n, i, {cp, sz, ccp, va}, false);
  else if (n == "puts") fn = library_function(n, i, {ccp}, false);
  else if (n == "putchar") fn = library_function(n, i, {i}, false);
  else if (n == "abs") fn = library_function(n, i, {i}, false);
  else if (n == "labs") fn = library_function(n, l, {l}, false);
  else if (n == "llabs") fn = library_function(n, ll, {ll}, false);
  else if (n == "sqrt") fn = library_function(n, d, {d}, false);
  else if (n == "sqrtf") fn = library_function(n, f, {f}, false);
  else if (n == "sqrtl") fn = library_function(n, ld, {ld}, false);
  else if (n == "fabs" || n == "floor" || n == "ceil" || n == "exp" || n == "log" || n == "sin" ||
           n == "cos" || n == "tan" || n == "log10" || n == "round" || n == "trunc")
    fn = library_function(n, d, {d}, false);
  else if (n == "pow" || n == "fmod" || n == "atan2" || n == "copysign" || n == "fmin" || n == "fmax")
    fn = library_function(n, d, {d, d}, false);
  else if (n == "abort") fn = library_function(n, types_.void_type(), {}, false);
  else if (n == "exit") fn = library_function(n, types_.void_type(), {i}, false);
  else return nullptr;
  if (n == "abort" || n == "exit") fn->is_noreturn = true;
  return fn;
}

Node* Parser::library_call(const char* name, Node* args, const Loc& loc) {
  std::string_view n = name;
  Obj* fn = known_library_function(n);
  if (!fn) fn = library_function(name, types_.int_type(), {}, true);
  // Convert the arguments as a call of this prototype would.
  Type* ft = fn->ty;
  Param* p = ft->params;
  Node head{};
  Node* cur = &head;
  int index = 0;
  for (Node* a = args; a;) {
    Node* next = a->next;
    a->next = nullptr;
    ++index;
    Node* c;
    if (p) {
      std::string ctx = "passing argument " + std::to_string(index) + " of '" + std::string(n) + "'";
      c = convert_assign(a, p->ty, ctx.c_str(), a->loc);
      p = p->next;
    } else {
      c = rvalue(a);
      if (is_integer(c->ty)) c = promote(c);
      else if (c->ty->unqual->kind == TypeKind::Float) c = cast(c, types_.double_type());
    }
    cur = cur->next = c;
    a = next;
  }
  if (p && ft->has_proto) error(loc, "too few arguments to function '" + std::string(n) + "'");
  Node* call = new_node(NodeKind::Call, loc);
  call->lhs = rvalue(new_var(fn, loc));
  call->args = head.next;
  call->func_ty = ft;
  call->ty = ft->base;
  return call;
}

namespace {

// The arguments of a builtin call: a list of assignment expressions
// (list has at least 8 entries, null past n, so fixed positions can be read).
struct Args {
  std::vector<Node*> list = std::vector<Node*>(8, nullptr);
  int n = 0;
};

}  // namespace

Node* Parser::builtin_call(int raw_id, const Loc& loc) {
  auto id = static_cast<BuiltinId>(raw_id);
  if (!is(Punct::LParen)) {
    // A builtin named without a call (e.g. its address taken).
    fatal(loc, "builtin function must be directly called");
  }
  advance();  // (
  Type* vp = types_.pointer_to(types_.void_type());
  Type* int_t = types_.int_type();
  Type* size_t_ = types_.size_type();

  auto finish_args = [&](Args& a) {
    while (!is(Punct::RParen)) {
      if (a.n > 0) expect(Punct::Comma, "between arguments");
      Node* e = assign();
      if (a.n >= static_cast<int>(a.list.size())) a.list.push_back(nullptr);
      a.list[a.n] = e;
      ++a.n;
      if (tok().kind == TokKind::Eof) break;
    }
    expect(Punct::RParen, "after builtin arguments");
  };
  auto need = [&](const Args& a, int count) {
    if (a.n != count) {
      error(loc, "wrong number of arguments to builtin function (expected " + std::to_string(count) +
                     ", have " + std::to_string(a.n) + ")");
      return false;
    }
    return true;
  };
  auto builtin_node = [&](Type* ty, std::initializer_list<Node*> args) {
    Node* n = new_node(NodeKind::Builtin, loc);
    n->builtin = static_cast<uint16_t>(id);
    n->ty = ty;
    Node head{};
    Node* cur = &head;
    for (Node* a : args) cur = cur->next = a;
    n->args = head.next;
    return n;
  };
  // The address of a va_list object, from the va_list expression.
  auto va_list_addr = [&](Node* ap) -> Node* {
    Type* vt = types_.va_list_type();
    if (is_array(vt)) {
      Node* p = rvalue(ap);
      if (!is_pointer(p->ty)) error(ap->loc, "expected a 'va_list'");
      return p;
    }
    if (!compatible_unqual(ap->ty, vt)) error(ap->loc, "expected a 'va_list'");
    return new_addr(ap, ap->loc);
  };
  auto float_const = [&](long double v, TypeKind k) {
    Node* f = new_node(NodeKind::FNum, loc);
    f->fval = v;
    f->ty = types_.basic(k);
    return f;
  };

  switch (id) {
    // ---- type arguments
    case BuiltinId::VaArg: {
      Node* ap = assign();
      expect(Punct::Comma, "in '__builtin_va_arg'");
      Type* ty = type_name();
      expect(Punct::RParen, "after '__builtin_va_arg'");
      if (!is_complete(ty)) error(loc, "'__builtin_va_arg' of incomplete type " + tname(ty));
      Node* n = builtin_node(ty->unqual, {va_list_addr(ap)});
      return n;
    }
    case BuiltinId::Offsetof: {
      Type* ty = type_name();
      expect(Punct::Comma, "in '__builtin_offsetof'");
      int64_t off = 0;
      Node* dyn = nullptr;  // GNU: offsetof(s, a[i]) with i not constant, computed at run time
      Type* cur = ty;
      bool first = true;
      for (;;) {
        if (first || accept(Punct::Dot)) {
          first = false;
          Loc mloc = tok().loc;
          StrId name = expect_ident("member name");
          if (!is_record(cur) || !cur->rec->complete) {
            error(mloc, "'__builtin_offsetof' of a non-structure type " + tname(cur));
            break;
          }
          // Reuse member lookup through a dummy lvalue: walk members directly.
          struct Finder {
            StrId name;
            int64_t off = 0;
            Member* found = nullptr;
            bool find(Record* r, int64_t base) {
              for (Member* m = r->members; m; m = m->next) {
                if (m->name == name) {
                  off = base + m->offset;
                  found = m;
                  return true;
                }
                if (!m->name && is_record(m->ty) && find(m->ty->rec, base + m->offset)) return true;
              }
              return false;
            }
          } f{name};
          if (!f.find(cur->rec, 0)) {
            error(mloc, tname(cur) + " has no member named '" + std::string(name_of(name)) + "'");
            break;
          }
          if (f.found->is_bitfield) error(mloc, "attempt to take address of bit-field structure member");
          off += f.off;
          cur = f.found->ty;
          continue;
        }
        if (accept(Punct::LBracket)) {
          Node* e = expr();
          expect(Punct::RBracket);
          if (!is_array(cur)) {
            error(e->loc, "subscripted value is not an array");
            break;
          }
          int64_t v;
          if (is_integer(e->ty) && try_const_int(e, v)) {
            off += v * type_size(cur->base);
          } else {
            if (!is_integer(rvalue(e)->ty)) error(e->loc, "array subscript is not an integer");
            Node* scaled = cast(new_binary(NodeKind::Mul, cast(rvalue(e), size_t_),
                                           new_num(type_size(cur->base), size_t_, e->loc), e->loc), size_t_);
            dyn = dyn ? cast(new_binary(NodeKind::Add, dyn, scaled, e->loc), size_t_) : scaled;
          }
          cur = cur->base;
          continue;
        }
        break;
      }
      expect(Punct::RParen, "after '__builtin_offsetof'");
      if (dyn) return cast(new_binary(NodeKind::Add, new_num(off, size_t_, loc), dyn, loc), size_t_);
      return new_num(off, size_t_, loc);
    }
    case BuiltinId::TypesCompatibleP: {
      Type* a = type_name();
      expect(Punct::Comma, "in '__builtin_types_compatible_p'");
      Type* b = type_name();
      expect(Punct::RParen, "after '__builtin_types_compatible_p'");
      return new_num(compatible_unqual(a, b) ? 1 : 0, int_t, loc);
    }
    case BuiltinId::ChooseExpr: {
      Node* c = assign();
      expect(Punct::Comma, "in '__builtin_choose_expr'");
      Node* a = assign();
      expect(Punct::Comma, "in '__builtin_choose_expr'");
      Node* b = assign();
      expect(Punct::RParen, "after '__builtin_choose_expr'");
      return const_int(c) ? a : b;
    }
    case BuiltinId::ConstantP: {
      bool saved = in_unevaluated_;
      in_unevaluated_ = true;
      Node* e = assign();
      in_unevaluated_ = saved;
      expect(Punct::RParen, "after '__builtin_constant_p'");
      int64_t v;
      bool c = e->kind == NodeKind::Num || e->kind == NodeKind::FNum || e->kind == NodeKind::Str ||
               (is_integer(e->ty) && try_const_int(e, v));
      return new_num(c ? 1 : 0, int_t, loc);
    }
    default:
      break;
  }

  Args a;
  finish_args(a);
  Node** v = a.list.data();

  auto typed_unsigned = [&](TypeKind k) { return cast(v[0], types_.basic(k)); };
  auto int_kind_for = [&](BuiltinId x, BuiltinId l, BuiltinId ll) -> TypeKind {
    if (id == x) return TypeKind::UInt;
    if (id == l) return TypeKind::ULong;
    (void)ll;
    return TypeKind::ULLong;
  };

  switch (id) {
    case BuiltinId::VaStart:
    case BuiltinId::StdargStart: {
      if (a.n < 1) return need(a, 2), new_num(0, int_t, loc);
      if (!fn_ || !fn_->ty->is_variadic) error(loc, "'va_start' used in function with fixed arguments");
      return builtin_node(types_.void_type(), {va_list_addr(v[0])});
    }
    case BuiltinId::VaEnd:
      if (!need(a, 1)) return new_num(0, int_t, loc);
      return builtin_node(types_.void_type(), {va_list_addr(v[0])});
    case BuiltinId::VaCopy:
      if (!need(a, 2)) return new_num(0, int_t, loc);
      return builtin_node(types_.void_type(), {va_list_addr(v[0]), va_list_addr(v[1])});
    case BuiltinId::VaArgPack:
    case BuiltinId::VaArgPackLen: {
      // They stand for the variadic arguments of the caller an always_inline
      // function is inlined into. glibc uses them only in extern gnu_inline
      // bodies (error.h, the fortify wrappers), which exist for inlining
      // and which kit never emits -- calls go to the library's definition
      // -- so there the value is never computed and a placeholder is right.
      // Anywhere else the body would be code: reject it as gcc does.
      const char* name = id == BuiltinId::VaArgPack ? "__builtin_va_arg_pack" : "__builtin_va_arg_pack_len";
      if (!fn_ || !(fn_->is_inline && fn_->is_gnu_inline && fn_->is_extern))
        error(loc, std::string("'") + name + "' is only usable in extern gnu_inline functions, which kit never emits");
      (void)need(a, 0);
      return new_num(0, int_t, loc);
    }

    case BuiltinId::Expect:
    case BuiltinId::ExpectWithProbability:
    case BuiltinId::AssumeAligned: {
      // The value of the first argument; the others are hints, but they
      // are evaluated (`__builtin_expect(x, n++)` increments n).
      int want = id == BuiltinId::Expect ? 2 : id == BuiltinId::ExpectWithProbability ? 3 : 2;
      Type* rt = id == BuiltinId::AssumeAligned ? vp : types_.long_type();
      if (a.n < want) return need(a, want), new_num(0, rt, loc);
      Node* r = cast(v[0], rt);
      for (int k = a.n - 1; k >= 1; --k) {
        int64_t c;
        if (try_const_int(v[k], c)) continue;
        Node* comma = new_node(NodeKind::Comma, loc);
        comma->lhs = v[k];
        comma->rhs = r;
        comma->ty = r->ty;
        r = comma;
      }
      return r;
    }
    case BuiltinId::ObjectSize:
    case BuiltinId::DynamicObjectSize: {
      if (!need(a, 2)) return new_num(0, size_t_, loc);
      int64_t kind = const_int(v[1]);
      return new_num(kind & 2 ? 0 : -1, size_t_, loc);
    }
    case BuiltinId::ClassifyType: {
      if (!need(a, 1)) return new_num(0, int_t, loc);
      Type* t = v[0]->ty;
      int c = is_void(t) ? 0 : t->kind == TypeKind::Enum ? 3 : t->kind == TypeKind::Bool ? 4
              : is_integer(t) ? 1 : is_pointer(t) || is_array(t) ? 5 : is_flonum(t) ? 8 : is_complex(t) ? 9
              : is_func(t) ? 10 : t->kind == TypeKind::Struct ? 12 : t->kind == TypeKind::Union ? 13 : -1;
      return new_num(c, int_t, loc);
    }

    case BuiltinId::Prefetch: {
      // A hint: its arguments are evaluated, nothing else happens.
      if (a.n < 1) return need(a, 1), new_num(0, types_.void_type(), loc);
      Node* r = new_node(NodeKind::Cast, loc);
      r->lhs = rvalue(v[0]);
      r->ty = types_.void_type();
      return r;
    }
    case BuiltinId::IsInfF: case BuiltinId::IsInfL: case BuiltinId::IsNanF: case BuiltinId::IsNanL:
    case BuiltinId::Finite: case BuiltinId::FiniteF: case BuiltinId::FiniteL: {
      if (!need(a, 1)) return new_num(0, int_t, loc);
      bool fl = id == BuiltinId::IsInfF || id == BuiltinId::IsNanF || id == BuiltinId::FiniteF;
      bool ld = id == BuiltinId::IsInfL || id == BuiltinId::IsNanL || id == BuiltinId::FiniteL;
      Type* t = types_.basic(fl ? TypeKind::Float : ld ? TypeKind::LDouble : TypeKind::Double);
      id = (id == BuiltinId::IsInfF || id == BuiltinId::IsInfL) ? BuiltinId::IsInf
           : (id == BuiltinId::IsNanF || id == BuiltinId::IsNanL) ? BuiltinId::IsNan : BuiltinId::IsFinite;
      return builtin_node(int_t, {cast(v[0], t)});
    }
    case BuiltinId::Conj: case BuiltinId::ConjF: case BuiltinId::ConjL:
    case BuiltinId::Creal: case BuiltinId::CrealF: case BuiltinId::CrealL:
    case BuiltinId::Cimag: case BuiltinId::CimagF: case BuiltinId::CimagL: {
      if (!need(a, 1)) return new_num(0, types_.double_type(), loc);
      bool fl = id == BuiltinId::ConjF || id == BuiltinId::CrealF || id == BuiltinId::CimagF;
      bool ld = id == BuiltinId::ConjL || id == BuiltinId::CrealL || id == BuiltinId::CimagL;
      Type* ct = types_.complex_of(types_.basic(fl ? TypeKind::Float : ld ? TypeKind::LDouble : TypeKind::Double));
      Node* z = cast(v[0], ct);
      if (id == BuiltinId::Conj || id == BuiltinId::ConjF || id == BuiltinId::ConjL) {
        Node* c = new_node(NodeKind::BitNot, loc);  // ~z is the conjugate (GNU)
        c->lhs = z;
        c->ty = ct;
        return c;
      }
      bool real = id == BuiltinId::Creal || id == BuiltinId::CrealF || id == BuiltinId::CrealL;
      if (!is_lvalue(z)) {
        // __real__ needs an object: a compound-literal-like temporary.
        if (!fn_) return new_num(0, ct->base, loc);
        Obj* o = new_local(0, ct, loc);
        Node* st = new_node(NodeKind::InitStore, loc);
        st->var = o;
        st->lhs = z;
        st->ty = ct;
        Node* lit = new_node(NodeKind::CompoundLit, loc);
        lit->var = o;
        lit->body = st;
        lit->ty = ct;
        z = lit;
      }
      Node* part = new_node(real ? NodeKind::RealPart : NodeKind::ImagPart, loc);
      part->lhs = z;
      part->ty = ct->base;
      return part;
    }
    case BuiltinId::Unreachable:
    case BuiltinId::Trap:
      if (!need(a, 0)) return new_num(0, int_t, loc);
      return builtin_node(types_.void_type(), {});
    case BuiltinId::Abort: {
      return library_call("abort", nullptr, loc);
    }
    case BuiltinId::Exit: {
      if (!need(a, 1)) return new_num(0, int_t, loc);
      return library_call("exit", v[0], loc);
    }

    case BuiltinId::Alloca:
      if (!need(a, 1)) return new_num(0, vp, loc);
      return builtin_node(vp, {cast(v[0], size_t_)});
    case BuiltinId::AllocaWithAlign:
      if (!need(a, 2)) return new_num(0, vp, loc);
      return builtin_node(vp, {cast(v[0], size_t_), new_num(const_int(v[1]) / 8, size_t_, loc)});
    case BuiltinId::FrameAddress:
    case BuiltinId::ReturnAddress: {
      if (!need(a, 1)) return new_num(0, vp, loc);
      int64_t level = const_int(v[0]);
      return builtin_node(vp, {new_num(level, int_t, loc)});
    }
    case BuiltinId::ExtractReturnAddr:
      if (!need(a, 1)) return new_num(0, vp, loc);
      return cast(v[0], vp);

    case BuiltinId::Bswap16:
    case BuiltinId::Bswap32:
    case BuiltinId::Bswap64: {
      if (!need(a, 1)) return new_num(0, int_t, loc);
      TypeKind k = id == BuiltinId::Bswap16 ? TypeKind::UShort : id == BuiltinId::Bswap32 ? TypeKind::UInt
                                                                                          : TypeKind::ULLong;
      Type* t = types_.basic(k);
      if (id == BuiltinId::Bswap64) t = types_.int_of_size(8, true);
      Node* arg = cast(v[0], t);
      return builtin_node(t, {arg});
    }
    case BuiltinId::Clz: case BuiltinId::Clzl: case BuiltinId::Clzll:
    case BuiltinId::Ctz: case BuiltinId::Ctzl: case BuiltinId::Ctzll:
    case BuiltinId::Popcount: case BuiltinId::Popcountl: case BuiltinId::Popcountll:
    case BuiltinId::Parity: case BuiltinId::Parityl: case BuiltinId::Parityll:
    case BuiltinId::Ffs: case BuiltinId::Ffsl: case BuiltinId::Ffsll:
    case BuiltinId::Clrsb: case BuiltinId::Clrsbl: case BuiltinId::Clrsbll: {
      if (!need(a, 1)) return new_num(0, int_t, loc);
      TypeKind k;
      switch (id) {
        case BuiltinId::Clz: case BuiltinId::Ctz: case BuiltinId::Popcount: case BuiltinId::Parity:
        case BuiltinId::Ffs: case BuiltinId::Clrsb: k = TypeKind::UInt; break;
        case BuiltinId::Clzl: case BuiltinId::Ctzl: case BuiltinId::Popcountl: case BuiltinId::Parityl:
        case BuiltinId::Ffsl: case BuiltinId::Clrsbl: k = TypeKind::ULong; break;
        default: k = TypeKind::ULLong; break;
      }
      (void)int_kind_for;
      // ffs and clrsb take signed arguments; the bits are what matters.
      return builtin_node(int_t, {typed_unsigned(k)});
    }

    case BuiltinId::AddOverflow:
    case BuiltinId::SubOverflow:
    case BuiltinId::MulOverflow: {
      if (!need(a, 3)) return new_num(0, types_.bool_type(), loc);
      Node* res = rvalue(v[2]);
      if (!is_pointer(res->ty) || !is_integer(res->ty->base) || res->ty->base->kind == TypeKind::Bool ||
          res->ty->base->kind == TypeKind::Enum)
        error(v[2]->loc, "argument 3 in call to function must be a pointer to integer");
      Node* x = rvalue(v[0]);
      Node* y = rvalue(v[1]);
      if (!is_integer(x->ty) || !is_integer(y->ty)) error(loc, "operand to overflow builtin is not an integer");
      Node* n = builtin_node(types_.bool_type(), {x, y, res});
      n->op_ty = is_pointer(res->ty) ? res->ty->base->unqual : int_t;
      return n;
    }
    case BuiltinId::AddOverflowP:
    case BuiltinId::SubOverflowP:
    case BuiltinId::MulOverflowP: {
      if (!need(a, 3)) return new_num(0, types_.bool_type(), loc);
      Node* x = rvalue(v[0]);
      Node* y = rvalue(v[1]);
      Node* n = builtin_node(types_.bool_type(), {x, y});
      n->op_ty = rvalue(v[2])->ty->unqual;
      return n;
    }
    case BuiltinId::SAddOverflow: case BuiltinId::SAddlOverflow: case BuiltinId::SAddllOverflow:
    case BuiltinId::UAddOverflow: case BuiltinId::UAddlOverflow: case BuiltinId::UAddllOverflow:
    case BuiltinId::SSubOverflow: case BuiltinId::SSublOverflow: case BuiltinId::SSubllOverflow:
    case BuiltinId::USubOverflow: case BuiltinId::USublOverflow: case BuiltinId::USubllOverflow:
    case BuiltinId::SMulOverflow: case BuiltinId::SMullOverflow: case BuiltinId::SMulllOverflow:
    case BuiltinId::UMulOverflow: case BuiltinId::UMullOverflow: case BuiltinId::UMulllOverflow: {
      if (!need(a, 3)) return new_num(0, types_.bool_type(), loc);
      int which = (static_cast<int>(id) - static_cast<int>(BuiltinId::SAddOverflow));
      int op = which / 6;           // 0 add, 1 sub, 2 mul
      bool is_unsigned = (which % 6) >= 3;
      int width = which % 3;        // int, long, long long
      TypeKind k = width == 0 ? (is_unsigned ? TypeKind::UInt : TypeKind::Int)
                   : width == 1 ? (is_unsigned ? TypeKind::ULong : TypeKind::Long)
                                : (is_unsigned ? TypeKind::ULLong : TypeKind::LLong);
      Type* t = types_.basic(k);
      Node* res = convert_assign(v[2], types_.pointer_to(t), "passing argument 3 of overflow builtin", v[2]->loc);
      id = op == 0 ? BuiltinId::AddOverflow : op == 1 ? BuiltinId::SubOverflow : BuiltinId::MulOverflow;
      Node* n = builtin_node(types_.bool_type(), {cast(v[0], t), cast(v[1], t), res});
      n->op_ty = t;
      return n;
    }

    case BuiltinId::HugeVal: case BuiltinId::Inf:
      return float_const(std::numeric_limits<long double>::infinity(), TypeKind::Double);
    case BuiltinId::HugeValf: case BuiltinId::Inff:
      return float_const(std::numeric_limits<long double>::infinity(), TypeKind::Float);
    case BuiltinId::HugeVall: case BuiltinId::Infl:
      return float_const(std::numeric_limits<long double>::infinity(), TypeKind::LDouble);
    case BuiltinId::HugeValf32: case BuiltinId::Inff32: case BuiltinId::HugeValf64: case BuiltinId::Inff64:
    case BuiltinId::HugeValf32x: case BuiltinId::Inff32x: case BuiltinId::HugeValf64x: case BuiltinId::Inff64x:
    case BuiltinId::HugeValf128: case BuiltinId::Inff128:
      return float_const(std::numeric_limits<long double>::infinity(), floatn_kind(builtin_name(id)));
    case BuiltinId::Nan: case BuiltinId::Nans: case BuiltinId::Nanf: case BuiltinId::Nansf:
    case BuiltinId::Nanl: case BuiltinId::Nansl:
    case BuiltinId::Nanf32: case BuiltinId::Nansf32: case BuiltinId::Nanf64: case BuiltinId::Nansf64:
    case BuiltinId::Nanf32x: case BuiltinId::Nansf32x: case BuiltinId::Nanf64x: case BuiltinId::Nansf64x:
    case BuiltinId::Nanf128: case BuiltinId::Nansf128: {
      // The argument, a string literal, is the payload as strtoull reads
      // it (gcc): "" is 0, "0x123" hexadecimal.
      std::string_view nm = builtin_name(id);
      TypeKind k = (id == BuiltinId::Nan || id == BuiltinId::Nans) ? TypeKind::Double
                   : (id == BuiltinId::Nanf || id == BuiltinId::Nansf) ? TypeKind::Float
                   : (id == BuiltinId::Nanl || id == BuiltinId::Nansl) ? TypeKind::LDouble
                                                                       : floatn_kind(nm);
      bool quiet = nm.substr(0, 14) != "__builtin_nans";
      uint64_t payload = 0;
      if (a.n >= 1) {
        Node* f = v[0];
        while (f->kind == NodeKind::Cast || f->kind == NodeKind::Addr) f = f->lhs;
        if (f->kind == NodeKind::Str && f->str->elem_size == 1) {
          std::string text(f->str->bytes, static_cast<size_t>(f->str->size - 1));
          payload = std::strtoull(text.c_str(), nullptr, 0);
        } else {
          error(v[0]->loc, "the argument of a NaN builtin must be a string literal");
        }
      }
      // binary128 values are refused at code generation (codegen/expr.cpp).
      if (k == TypeKind::Float128) return float_const(std::numeric_limits<long double>::quiet_NaN(), k);
      return float_const(make_nan(quiet, payload, types_.basic(k), model()), k);
    }

    case BuiltinId::IsNan: case BuiltinId::IsInf: case BuiltinId::IsInfSign: case BuiltinId::IsFinite:
    case BuiltinId::IsNormal: case BuiltinId::Signbit: {
      if (!need(a, 1)) return new_num(0, int_t, loc);
      Node* x = rvalue(v[0]);
      if (is_integer(x->ty)) x = cast(x, types_.double_type());
      if (!is_flonum(x->ty)) {
        error(loc, "non-floating-point argument in call to function");
        return new_num(0, int_t, loc);
      }
      return builtin_node(int_t, {x});
    }
    case BuiltinId::Signbitf: case BuiltinId::Signbitl: {
      if (!need(a, 1)) return new_num(0, int_t, loc);
      Type* t = types_.basic(id == BuiltinId::Signbitf ? TypeKind::Float : TypeKind::LDouble);
      id = BuiltinId::Signbit;
      return builtin_node(int_t, {cast(v[0], t)});
    }
    case BuiltinId::FpClassify: {
      if (!need(a, 6)) return new_num(0, int_t, loc);
      Node* x = rvalue(v[5]);
      if (is_integer(x->ty)) x = cast(x, types_.double_type());
      return builtin_node(int_t, {cast(v[0], int_t), cast(v[1], int_t), cast(v[2], int_t),
                                  cast(v[3], int_t), cast(v[4], int_t), x});
    }
    case BuiltinId::Fabs: case BuiltinId::Fabsf: case BuiltinId::Fabsl:
    case BuiltinId::Copysign: case BuiltinId::Copysignf: case BuiltinId::Copysignl: {
      bool copy = id == BuiltinId::Copysign || id == BuiltinId::Copysignf || id == BuiltinId::Copysignl;
      if (!need(a, copy ? 2 : 1)) return new_num(0, int_t, loc);
      TypeKind k = (id == BuiltinId::Fabsf || id == BuiltinId::Copysignf) ? TypeKind::Float
                   : (id == BuiltinId::Fabsl || id == BuiltinId::Copysignl) ? TypeKind::LDouble
                                                                            : TypeKind::Double;
      Type* t = types_.basic(k);
      id = copy ? BuiltinId::Copysign : BuiltinId::Fabs;
      if (copy) return builtin_node(t, {cast(v[0], t), cast(v[1], t)});
      return builtin_node(t, {cast(v[0], t)});
    }
    case BuiltinId::IsGreater: case BuiltinId::IsGreaterEqual: case BuiltinId::IsLess:
    case BuiltinId::IsLessEqual: case BuiltinId::IsLessGreater: case BuiltinId::IsUnordered: {
      if (!need(a, 2)) return new_num(0, int_t, loc);
      Node* x = rvalue(v[0]);
      Node* y = rvalue(v[1]);
      if (!is_arith(x->ty) || !is_arith(y->ty)) {
        error(loc, "non-floating-point arguments in call to function");
        return new_num(0, int_t, loc);
      }
      Type* t = common_type(x->ty, y->ty);
      if (!is_flonum(t)) t = types_.double_type();
      return builtin_node(int_t, {cast(x, t), cast(y, t)});
    }

    // ---- C library functions: below
    default:
      break;
  }

  // The remaining library builtins: link the arguments and call.
  auto chain = [&](std::initializer_list<int> which) -> Node* {
    Node* head = nullptr;
    Node** tail = &head;
    for (int i : which) {
      if (i >= a.n) continue;
      v[i]->next = nullptr;
      *tail = v[i];
      tail = &v[i]->next;
    }
    return head;
  };
  auto all = [&]() {
    Node* head = nullptr;
    Node** tail = &head;
    for (int i = 0; i < a.n; ++i) {
      v[i]->next = nullptr;
      *tail = v[i];
      tail = &v[i]->next;
    }
    return head;
  };
  auto from = [&](int first, std::initializer_list<int> fixed) {
    // `fixed` positions, then every argument from `first` on (printf tails).
    Node* head = chain(fixed);
    Node** tail = &head;
    while (*tail) tail = &(*tail)->next;
    for (int i = first; i < a.n; ++i) {
      v[i]->next = nullptr;
      *tail = v[i];
      tail = &v[i]->next;
    }
    return head;
  };
  switch (id) {
    case BuiltinId::Memcpy: return library_call("memcpy", all(), loc);
    case BuiltinId::Memmove: return library_call("memmove", all(), loc);
    case BuiltinId::Memset: return library_call("memset", all(), loc);
    case BuiltinId::Memcmp: return library_call("memcmp", all(), loc);
    case BuiltinId::Memchr: return library_call("memchr", all(), loc);
    case BuiltinId::Strlen: return library_call("strlen", all(), loc);
    case BuiltinId::Strcmp: return library_call("strcmp", all(), loc);
    case BuiltinId::Strncmp: return library_call("strncmp", all(), loc);
    case BuiltinId::Strcpy: return library_call("strcpy", all(), loc);
    case BuiltinId::Strncpy: return library_call("strncpy", all(), loc);
    case BuiltinId::Strcat: return library_call("strcat", all(), loc);
    case BuiltinId::Strchr: return library_call("strchr", all(), loc);
    case BuiltinId::Strrchr: return library_call("strrchr", all(), loc);
    case BuiltinId::Strdup: return library_call("strdup", all(), loc);
    case BuiltinId::Strndup: return library_call("strndup", all(), loc);
    case BuiltinId::Strnlen: return library_call("strnlen", all(), loc);
    case BuiltinId::Strstr: return library_call("strstr", all(), loc);
    case BuiltinId::Strncat: return library_call("strncat", all(), loc);
    case BuiltinId::Strspn: return library_call("strspn", all(), loc);
    case BuiltinId::Strcspn: return library_call("strcspn", all(), loc);
    case BuiltinId::Strpbrk: return library_call("strpbrk", all(), loc);
    case BuiltinId::Stpcpy: return library_call("stpcpy", all(), loc);
    case BuiltinId::Malloc: return library_call("malloc", all(), loc);
    case BuiltinId::Calloc: return library_call("calloc", all(), loc);
    case BuiltinId::Realloc: return library_call("realloc", all(), loc);
    case BuiltinId::Free: return library_call("free", all(), loc);
    case BuiltinId::Puts: return library_call("puts", all(), loc);
    case BuiltinId::Putchar: return library_call("putchar", all(), loc);
    case BuiltinId::Abs: return library_call("abs", all(), loc);
    case BuiltinId::Labs: return library_call("labs", all(), loc);
    case BuiltinId::Llabs: return library_call("llabs", all(), loc);
    case BuiltinId::Sqrt: return library_call("sqrt", all(), loc);
    case BuiltinId::Sqrtf: return library_call("sqrtf", all(), loc);
    case BuiltinId::Sqrtl: return library_call("sqrtl", all(), loc);
    case BuiltinId::Printf:
    case BuiltinId::Sprintf:
    case BuiltinId::Snprintf: {
      // Variadic: the extra arguments beyond 8 are kept in order too.
      const char* name = id == BuiltinId::Printf ? "printf" : id == BuiltinId::Sprintf ? "sprintf" : "snprintf";
      return library_call(name, all(), loc);
    }
    case BuiltinId::Tgmath: return tgmath_call(a.list, a.n, loc);
    case BuiltinId::MemcpyChk: return library_call("memcpy", chain({0, 1, 2}), loc);
    case BuiltinId::MemmoveChk: return library_call("memmove", chain({0, 1, 2}), loc);
    case BuiltinId::MemsetChk: return library_call("memset", chain({0, 1, 2}), loc);
    case BuiltinId::StrcpyChk: return library_call("strcpy", chain({0, 1}), loc);
    case BuiltinId::StrcatChk: return library_call("strcat", chain({0, 1}), loc);
    case BuiltinId::StrncpyChk: return library_call("strncpy", chain({0, 1, 2}), loc);
    case BuiltinId::MempcpyChk: return library_call("mempcpy", chain({0, 1, 2}), loc);
    case BuiltinId::StpcpyChk: return library_call("stpcpy", chain({0, 1}), loc);
    case BuiltinId::StpncpyChk: return library_call("stpncpy", chain({0, 1, 2}), loc);
    case BuiltinId::StrncatChk: return library_call("strncat", chain({0, 1, 2}), loc);
    case BuiltinId::SprintfChk: return library_call("sprintf", from(3, {0}), loc);
    case BuiltinId::SnprintfChk: return library_call("snprintf", from(4, {0, 1}), loc);
    case BuiltinId::VsprintfChk: return library_call("vsprintf", chain({0, 3, 4}), loc);
    case BuiltinId::VsnprintfChk: return library_call("vsnprintf", chain({0, 1, 4, 5}), loc);
    default:
      break;
  }

  // ---- atomics
  auto order_of = [&](Node* e) -> Node* { return cast(e, int_t); };
  auto pointee = [&](Node* p) -> Type* {
    Node* r = rvalue(p);
    if (!is_pointer(r->ty) || !is_complete(r->ty->base) || is_void(r->ty->base)) {
      error(p->loc, "argument of an atomic builtin must be a pointer to a complete type");
      return int_t;
    }
    int64_t s = type_size(r->ty->base);
    if (s != 1 && s != 2 && s != 4 && s != 8 && s != 16) error(p->loc, "operand size not supported by atomic builtins");
    return r->ty->base->unqual;
  };
  // The _n forms (and __sync_*) take integers and pointers only, as gcc
  // says; a struct goes through the generic __atomic_load/store/exchange.
  auto scalar_pointee = [&](Node* p, const char* name) -> Type* {
    Type* t = pointee(p);
    if (is_aggregate(t))
      error(p->loc, "operand type " + tname(rvalue(p)->ty) + " is incompatible with argument 1 of '" + name + "'");
    return t;
  };
  Node* seq_cst = new_num(5, int_t, loc);
  switch (id) {
    case BuiltinId::SyncFetchAndAdd: case BuiltinId::SyncFetchAndSub: case BuiltinId::SyncFetchAndOr:
    case BuiltinId::SyncFetchAndAnd: case BuiltinId::SyncFetchAndXor: case BuiltinId::SyncFetchAndNand:
    case BuiltinId::SyncAddAndFetch: case BuiltinId::SyncSubAndFetch: case BuiltinId::SyncOrAndFetch:
    case BuiltinId::SyncAndAndFetch: case BuiltinId::SyncXorAndFetch: case BuiltinId::SyncNandAndFetch:
    case BuiltinId::SyncLockTestAndSet: {
      if (a.n < 2) return need(a, 2), new_num(0, int_t, loc);
      Type* t = pointee(v[0]);
      Node* n = builtin_node(t, {rvalue(v[0]), cast(v[1], t), seq_cst});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::SyncBoolCompareAndSwap:
    case BuiltinId::SyncValCompareAndSwap: {
      if (a.n < 3) return need(a, 3), new_num(0, int_t, loc);
      Type* t = pointee(v[0]);
      Node* n = builtin_node(id == BuiltinId::SyncBoolCompareAndSwap ? types_.bool_type() : t,
                             {rvalue(v[0]), cast(v[1], t), cast(v[2], t)});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::SyncLockRelease: {
      if (a.n < 1) return need(a, 1), new_num(0, int_t, loc);
      Type* t = pointee(v[0]);
      Node* n = builtin_node(types_.void_type(), {rvalue(v[0])});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::SyncSynchronize:
      return builtin_node(types_.void_type(), {});
    case BuiltinId::AtomicLoadN: {
      if (!need(a, 2)) return new_num(0, int_t, loc);
      Type* t = scalar_pointee(v[0], "__atomic_load_n");
      Node* n = builtin_node(t, {rvalue(v[0]), order_of(v[1])});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::AtomicLoad: {
      if (!need(a, 3)) return new_num(0, int_t, loc);
      Type* t = pointee(v[0]);
      Node* n = builtin_node(types_.void_type(), {rvalue(v[0]), rvalue(v[1]), order_of(v[2])});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::AtomicStoreN: {
      if (!need(a, 3)) return new_num(0, int_t, loc);
      Type* t = scalar_pointee(v[0], "__atomic_store_n");
      Node* n = builtin_node(types_.void_type(), {rvalue(v[0]), cast(v[1], t), order_of(v[2])});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::AtomicStore: {
      if (!need(a, 3)) return new_num(0, int_t, loc);
      Type* t = pointee(v[0]);
      Node* n = builtin_node(types_.void_type(), {rvalue(v[0]), rvalue(v[1]), order_of(v[2])});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::AtomicExchangeN: {
      if (!need(a, 3)) return new_num(0, int_t, loc);
      Type* t = scalar_pointee(v[0], "__atomic_exchange_n");
      Node* n = builtin_node(t, {rvalue(v[0]), cast(v[1], t), order_of(v[2])});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::AtomicExchange: {
      if (!need(a, 4)) return new_num(0, int_t, loc);
      Type* t = pointee(v[0]);
      Node* n = builtin_node(types_.void_type(), {rvalue(v[0]), rvalue(v[1]), rvalue(v[2]), order_of(v[3])});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::AtomicCompareExchangeN:
    case BuiltinId::AtomicCompareExchange: {
      if (!need(a, 6)) return new_num(0, int_t, loc);
      Type* t = id == BuiltinId::AtomicCompareExchangeN
                    ? scalar_pointee(v[0], "__atomic_compare_exchange_n") : pointee(v[0]);
      Node* desired = id == BuiltinId::AtomicCompareExchangeN ? cast(v[2], t) : rvalue(v[2]);
      Node* n = builtin_node(types_.bool_type(), {rvalue(v[0]), rvalue(v[1]), desired, cast(v[3], int_t),
                                                  order_of(v[4]), order_of(v[5])});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::AtomicFetchAdd: case BuiltinId::AtomicFetchSub: case BuiltinId::AtomicFetchAnd:
    case BuiltinId::AtomicFetchOr: case BuiltinId::AtomicFetchXor: case BuiltinId::AtomicFetchNand:
    case BuiltinId::AtomicAddFetch: case BuiltinId::AtomicSubFetch: case BuiltinId::AtomicAndFetch:
    case BuiltinId::AtomicOrFetch: case BuiltinId::AtomicXorFetch: case BuiltinId::AtomicNandFetch: {
      if (!need(a, 3)) return new_num(0, int_t, loc);
      Type* t = pointee(v[0]);
      Node* val = is_pointer(t) ? cast(v[1], types_.ptrdiff_type()) : cast(v[1], t);
      Node* n = builtin_node(t, {rvalue(v[0]), val, order_of(v[2])});
      n->op_ty = t;
      return n;
    }
    case BuiltinId::AtomicTestAndSet: {
      if (!need(a, 2)) return new_num(0, int_t, loc);
      return builtin_node(types_.bool_type(), {cast(v[0], vp), order_of(v[1])});
    }
    case BuiltinId::AtomicClear: {
      if (!need(a, 2)) return new_num(0, int_t, loc);
      return builtin_node(types_.void_type(), {cast(v[0], vp), order_of(v[1])});
    }
    case BuiltinId::AtomicThreadFence:
    case BuiltinId::AtomicSignalFence:
      if (!need(a, 1)) return new_num(0, int_t, loc);
      return builtin_node(types_.void_type(), {order_of(v[0])});
    case BuiltinId::AtomicAlwaysLockFree:
    case BuiltinId::AtomicIsLockFree: {
      if (!need(a, 2)) return new_num(0, types_.bool_type(), loc);
      int64_t s = const_int(v[0]);
      bool ok = s == 1 || s == 2 || s == 4 || s == 8;
      return new_num(ok ? 1 : 0, types_.bool_type(), loc);
    }
    default:
      break;
  }
  error(loc, "builtin '" + std::to_string(raw_id) + "' is not implemented");
  return new_num(0, int_t, loc);
}

}  // namespace kit::c
