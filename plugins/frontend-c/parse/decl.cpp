// Declarations (C17 6.7): declaration specifiers, declarators, and the
// declarations they make at file scope and in blocks.
//
// A declarator is read inside out. `int *(*fp[3])(long)` is: the base type
// int; the outer level's pointer `*`; a nested declarator `(*fp[3])`; the
// outer level's suffix `(long)`. The type is built outer level first --
// pointers in order, then suffixes right to left -- and the result is the
// base of the nested level: int -> int* -> function(long) returning int*
// -> [nested] pointer to that -> array of 3 of those. Since the nested
// level's tokens come before the outer suffixes, the declarator is first
// parsed into a small DeclTree and then applied (apply_decl_tree).
#include <cstring>

#include "parse/parser.hpp"

namespace kit::c {

struct PtrOp {
  PtrOp* next;
  uint8_t quals;
};

struct Suffix {
  Suffix* next;       // the list is in reverse source order: the order of application
  bool is_func;
  // array
  int64_t len;        // -1: [] or [*]
  Node* len_expr;     // VLA length
  bool is_vla;
  uint8_t quals;      // [const 3] in a parameter
  // function
  Param* params;
  Obj* param_objs;
  bool variadic, has_proto, kr;
  Loc loc;
};

struct DeclTree {
  PtrOp* ptrs;        // in source order
  PtrOp** ptrs_tail;
  DeclTree* inner;
  Suffix* suffixes;
  StrId name;
  Loc loc;
};

// ---------------------------------------------------------------- specifiers

bool Parser::is_typename_at(const CTok& t) {
  if (t.kind != TokKind::Ident) return false;
  StrId id = t.ident;
  if (id == id_complex_) return true;
  if (is_keyword(id)) {
    switch (id) {
      case pp::kw_void: case pp::kw_char: case pp::kw_short: case pp::kw_int: case pp::kw_long:
      case pp::kw_float: case pp::kw_double: case pp::kw_signed: case pp::kw_unsigned:
      case pp::kw__Bool: case pp::kw__Complex: case pp::kw_struct: case pp::kw_union:
      case pp::kw_enum: case pp::kw_typedef: case pp::kw_extern: case pp::kw_static:
      case pp::kw_auto: case pp::kw_register: case pp::kw_inline: case pp::kw_const:
      case pp::kw_volatile: case pp::kw_restrict: case pp::kw__Alignas: case pp::kw__Atomic:
      case pp::kw__Noreturn: case pp::kw__Thread_local: case pp::kw___thread:
      case pp::kw___attribute: case pp::kw___attribute__: case pp::kw_typeof:
      case pp::kw___typeof: case pp::kw___typeof__: case pp::kw___inline: case pp::kw___inline__:
      case pp::kw___const: case pp::kw___const__: case pp::kw___volatile:
      case pp::kw___volatile__: case pp::kw___signed: case pp::kw___signed__:
      case pp::kw___restrict: case pp::kw___restrict__: case pp::kw___int128:
      case pp::kw___int128_t: case pp::kw___uint128_t: case pp::kw___auto_type:
      case pp::kw___complex__: case pp::kw__Float16: case pp::kw__Float32: case pp::kw__Float64:
      case pp::kw__Float128: case pp::kw__Float32x: case pp::kw__Float64x: case pp::kw___float128:
      case pp::kw__Decimal32: case pp::kw__Decimal64: case pp::kw__Decimal128:
      case pp::kw___builtin_va_list: case pp::kw__Imaginary:
        return true;
      default:
        return false;
    }
  }
  return find_typedef(id) != nullptr;
}

bool Parser::is_typename() { return is_typename_at(tok()); }

namespace {
// Counters for the type specifier keywords, combined as in C17 6.7.2p2.
enum : uint32_t {
  kVoid = 1 << 0, kBool = 1 << 2, kChar = 1 << 4, kShort = 1 << 6, kInt = 1 << 8,
  kLong = 1 << 10, kFloat = 1 << 12, kDouble = 1 << 14, kOther = 1 << 16,
  kSigned = 1 << 17, kUnsigned = 1 << 18, kInt128 = 1 << 19, kComplex = 1 << 20,
};
}  // namespace

void Parser::declspec(DeclSpec& spec, bool allow_storage) {
  spec = DeclSpec{};
  spec.loc = tok().loc;
  Type* ty = nullptr;  // a struct/union/enum/typedef/typeof type
  uint32_t counter = 0;
  uint8_t quals = 0;
  bool auto_type = false;

  auto storage = [&](Storage s) {
    if (!allow_storage) error(tok().loc, "storage class specified here is not allowed");
    else if (spec.storage != Storage::None && spec.storage != s)
      error(tok().loc, "multiple storage classes in declaration specifiers");
    spec.storage = s;
    advance();
  };

  for (;;) {
    if (tok().kind != TokKind::Ident) break;
    StrId id = tok().ident;
    if (id == id_complex_) id = pp::kw__Complex;  // GNU __complex
    if (!is_keyword(id)) {
      // A typedef name, if no type specifier was seen yet.
      if (ty || counter) break;
      Type* td = find_typedef(id);
      if (!td) break;
      ty = td;
      counter += kOther;
      advance();
      continue;
    }
    switch (id) {
      case pp::kw_typedef: storage(Storage::Typedef); continue;
      case pp::kw_static: storage(Storage::Static); continue;
      case pp::kw_extern: storage(Storage::Extern); continue;
      case pp::kw_auto: storage(Storage::Auto); continue;
      case pp::kw_register: storage(Storage::Register); continue;
      case pp::kw__Thread_local:
      case pp::kw___thread:
        spec.is_thread_local = true;
        advance();
        continue;
      case pp::kw_inline: case pp::kw___inline: case pp::kw___inline__:
        spec.is_inline = true;
        advance();
        continue;
      case pp::kw__Noreturn:
        spec.is_noreturn = true;
        advance();
        continue;
      case pp::kw_const: case pp::kw___const: case pp::kw___const__:
        quals |= kConst;
        advance();
        continue;
      case pp::kw_volatile: case pp::kw___volatile: case pp::kw___volatile__:
        quals |= kVolatile;
        advance();
        continue;
      case pp::kw_restrict: case pp::kw___restrict: case pp::kw___restrict__:
        quals |= kRestrict;
        advance();
        continue;
      case pp::kw___extension__:
        advance();
        continue;
      case pp::kw__Atomic:
        advance();
        if (is(Punct::LParen)) {  // _Atomic(type-name): a type specifier
          advance();
          Type* t = type_name();
          expect(Punct::RParen, "after '_Atomic' type name");
          if (ty || counter) error(spec.loc, "two or more data types in declaration specifiers");
          ty = types_.qualified(t, kAtomic);
          counter += kOther;
        } else {
          quals |= kAtomic;
        }
        continue;
      case pp::kw__Alignas: {
        Loc loc = tok().loc;
        advance();
        expect(Punct::LParen, "after '_Alignas'");
        uint32_t a;
        if (is_typename()) {
          a = type_align(type_name());
        } else {
          int64_t v = const_int(conditional());
          if (v < 0 || (v & (v - 1))) error(loc, "requested alignment is not a positive power of 2");
          a = static_cast<uint32_t>(v);
        }
        expect(Punct::RParen);
        if (a > spec.align) spec.align = a;
        continue;
      }
      case pp::kw___attribute: case pp::kw___attribute__:
        attributes(spec.attrs);
        continue;
      case pp::kw_struct: case pp::kw_union: {
        if (ty || counter) error(tok().loc, "two or more data types in declaration specifiers");
        bool u = id == pp::kw_union;
        advance();
        ty = record_spec(u, spec);
        counter += kOther;
        continue;
      }
      case pp::kw_enum:
        if (ty || counter) error(tok().loc, "two or more data types in declaration specifiers");
        advance();
        ty = enum_spec(spec);
        counter += kOther;
        continue;
      case pp::kw_typeof: case pp::kw___typeof: case pp::kw___typeof__:
        if (ty || counter) error(tok().loc, "two or more data types in declaration specifiers");
        ty = typeof_spec();
        counter += kOther;
        continue;
      case pp::kw___auto_type:
        auto_type = true;
        counter += kOther;
        advance();
        continue;
      case pp::kw___builtin_va_list:
        if (ty || counter) error(tok().loc, "two or more data types in declaration specifiers");
        ty = types_.va_list_type();
        counter += kOther;
        advance();
        continue;
      case pp::kw__Decimal32: case pp::kw__Decimal64: case pp::kw__Decimal128:
        fatal(tok().loc, "decimal floating-point types are not supported by kit");
      case pp::kw__Float16:
        fatal(tok().loc, "_Float16 is not supported by kit");
      case pp::kw__Imaginary:
        fatal(tok().loc, "imaginary types are not supported");
      case pp::kw__Float32:
        ty = types_.basic(TypeKind::Float), counter += kOther, advance();
        continue;
      case pp::kw__Float64: case pp::kw__Float32x:
        ty = types_.basic(TypeKind::Double), counter += kOther, advance();
        continue;
      case pp::kw__Float64x:
        ty = types_.basic(TypeKind::LDouble), counter += kOther, advance();
        continue;
      case pp::kw__Float128: case pp::kw___float128:
        ty = types_.basic(model().long_double == LongDoubleFormat::Binary128 ? TypeKind::LDouble
                                                                              : TypeKind::Float128);
        counter += kOther;
        advance();
        continue;
      default:
        break;
    }
    uint32_t add = 0;
    switch (id) {
      case pp::kw_void: add = kVoid; break;
      case pp::kw__Bool: add = kBool; break;
      case pp::kw_char: add = kChar; break;
      case pp::kw_short: add = kShort; break;
      case pp::kw_int: add = kInt; break;
      case pp::kw_long: add = kLong; break;
      case pp::kw_float: add = kFloat; break;
      case pp::kw_double: add = kDouble; break;
      case pp::kw_signed: case pp::kw___signed: case pp::kw___signed__: add = kSigned; break;
      case pp::kw_unsigned: add = kUnsigned; break;
      case pp::kw___int128: add = kInt128; break;
      case pp::kw___int128_t: add = kInt128 | kSigned; break;
      case pp::kw___uint128_t: add = kInt128 | kUnsigned; break;
      case pp::kw__Complex: case pp::kw___complex__: add = kComplex; break;
      default: break;
    }
    if (!add) break;  // a keyword that starts no declaration specifier
    if (ty) error(tok().loc, "two or more data types in declaration specifiers");
    if ((add & (kSigned | kUnsigned)) && (counter & (kSigned | kUnsigned)) &&
        (add & (kSigned | kUnsigned)) != (counter & (kSigned | kUnsigned)))
      error(tok().loc, "both 'signed' and 'unsigned' in declaration specifiers");
    counter += add;
    advance();
  }

  spec.has_type = counter != 0;
  if (auto_type) {
    spec.ty = nullptr;  // decided by the initializer
  } else if (ty) {
    spec.ty = ty;
  } else {
    bool is_unsigned = counter & kUnsigned;
    uint32_t c = counter & ~(kSigned | kUnsigned | kComplex);
    bool complex = counter & kComplex;
    TypeKind k = TypeKind::Int;
    bool ok = true;
    switch (c) {
      case 0:
        if (!(counter & (kSigned | kUnsigned | kComplex))) spec.implicit_int = true;
        k = complex ? TypeKind::Double : TypeKind::Int;
        if (complex) warning(Warn::Pedantic, spec.loc, "'_Complex' alone means '_Complex double'");
        break;
      case kVoid: k = TypeKind::Void; break;
      case kBool: k = TypeKind::Bool; break;
      case kChar:
        k = (counter & kUnsigned) ? TypeKind::UChar : (counter & kSigned) ? TypeKind::SChar : TypeKind::Char;
        break;
      case kShort: case kShort + kInt: k = TypeKind::Short; break;
      case kInt: k = TypeKind::Int; break;
      case kLong: case kLong + kInt: k = TypeKind::Long; break;
      case 2 * kLong: case 2 * kLong + kInt: k = TypeKind::LLong; break;
      case kInt128: k = TypeKind::Int128; break;
      case kFloat: k = TypeKind::Float; break;
      case kDouble: k = TypeKind::Double; break;
      case kLong + kDouble: k = TypeKind::LDouble; break;
      default: ok = false; break;
    }
    if (!ok) error(spec.loc, "invalid combination of type specifiers");
    if (is_unsigned) {
      switch (k) {
        case TypeKind::Short: k = TypeKind::UShort; break;
        case TypeKind::Int: k = TypeKind::UInt; break;
        case TypeKind::Long: k = TypeKind::ULong; break;
        case TypeKind::LLong: k = TypeKind::ULLong; break;
        case TypeKind::Int128: k = TypeKind::UInt128; break;
        case TypeKind::UChar: break;
        default:
          if (ok) error(spec.loc, "'unsigned' is invalid here");
      }
    } else if ((counter & kSigned) && !(is_integer(types_.basic(k)))) {
      error(spec.loc, "'signed' is invalid here");
    }
    if (k == TypeKind::Int128 || k == TypeKind::UInt128) {
      if (!model().has_int128) error(spec.loc, "'__int128' is not supported on this target");
    }
    spec.ty = types_.basic(k);
    if (complex) {
      if (!is_flonum(spec.ty) && !(is_integer(spec.ty) && spec.ty->kind != TypeKind::Bool))
        fatal(spec.loc, "invalid complex type");
      spec.ty = types_.complex_of(spec.ty);  // _Complex int: a GNU extension
    }
  }
  if (spec.ty) {
    spec.ty = apply_type_attrs(spec.ty, spec.attrs, spec.loc);
    spec.ty = types_.qualified(spec.ty, quals);
  } else if (auto_type) {
    // Remember qualifiers for __auto_type through a marker: rarely used.
    spec.align = spec.align;
  }
}

Type* Parser::typeof_spec() {
  advance();
  expect(Punct::LParen, "after 'typeof'");
  Type* t;
  if (is_typename()) {
    t = type_name();
  } else {
    bool saved = in_unevaluated_;
    in_unevaluated_ = true;
    Node* e = expr();
    in_unevaluated_ = saved;
    t = e->ty;
    if (e->kind == NodeKind::Member && e->member->is_bitfield) t = e->member->ty;
  }
  expect(Punct::RParen, "after 'typeof'");
  return t;
}

// ---------------------------------------------------------------- declarators

// Whether '(' at tok() opens a nested declarator rather than a parameter list.
static bool nested_declarator_follows(Parser& p, const CTok& next, bool name_ok,
                                      bool (Parser::*typename_at)(const CTok&)) {
  if (next.kind == TokKind::Punct)
    return next.punct == Punct::Star || next.punct == Punct::LParen || next.punct == Punct::LBracket ||
           next.punct == Punct::Caret;
  if (next.kind != TokKind::Ident) return false;
  if (next.ident == pp::kw___attribute__ || next.ident == pp::kw___attribute) return true;
  if ((p.*typename_at)(next)) return false;
  return name_ok;
}

Type* Parser::declarator(Type* base, Declarator& d, bool abstract_ok, bool name_ok) {
  // Parse the declarator into a tree (in the node arena: it is short-lived).
  struct Builder {
    Parser& p;
    bool abstract_ok, name_ok;
    DeclTree* parse() {
      p.enter_nesting();
      DeclTree* t = p.nodes_->make<DeclTree>();
      t->ptrs_tail = &t->ptrs;
      t->loc = p.tok().loc;
      for (;;) {
        if (p.is_attribute_start() && !p.is_kw(pp::kw_asm) && !p.is_kw(pp::kw___asm) &&
            !p.is_kw(pp::kw___asm__)) {
          Attrs ignored{};
          p.attributes(ignored);
          continue;
        }
        if (!p.accept(Punct::Star)) break;
        PtrOp* op = p.nodes_->make<PtrOp>();
        for (;;) {
          if (p.tok().kind != TokKind::Ident) break;
          StrId id = p.tok().ident;
          if (id == pp::kw_const || id == pp::kw___const || id == pp::kw___const__) op->quals |= kConst;
          else if (id == pp::kw_volatile || id == pp::kw___volatile || id == pp::kw___volatile__) op->quals |= kVolatile;
          else if (id == pp::kw_restrict || id == pp::kw___restrict || id == pp::kw___restrict__) op->quals |= kRestrict;
          else if (id == pp::kw__Atomic) op->quals |= kAtomic;
          else if (id == pp::kw___attribute__ || id == pp::kw___attribute) {
            Attrs ignored{};
            p.attributes(ignored);
            continue;
          } else break;
          p.advance();
        }
        *t->ptrs_tail = op;
        t->ptrs_tail = &op->next;
      }
      if (p.is(Punct::LParen) &&
          nested_declarator_follows(p, p.peek(1), name_ok, &Parser::is_typename_at)) {
        p.advance();
        t->inner = parse();
        p.expect(Punct::RParen, "to close the declarator");
      } else if (p.is_ident() && !(abstract_ok && !name_ok)) {
        if (abstract_ok && p.find_typedef(p.tok().ident) && !name_ok) {
          // a typedef name here starts a parameter list, not a name
        } else {
          t->name = p.tok().ident;
          t->loc = p.tok().loc;
          p.advance();
        }
      } else if (!abstract_ok) {
        p.fatal(p.tok().loc, "expected identifier or '(' before " + p.describe_tok(p.tok()));
      }
      for (;;) {
        if (p.is(Punct::LBracket)) {
          suffix_array(t);
        } else if (p.is(Punct::LParen)) {
          Suffix* s = p.nodes_->make<Suffix>();
          s->is_func = true;
          s->loc = p.tok().loc;
          s->next = t->suffixes;
          t->suffixes = s;
          p.params(s);
        } else {
          break;
        }
      }
      p.leave_nesting();
      return t;
    }
    void suffix_array(DeclTree* t) {
      Suffix* s = p.nodes_->make<Suffix>();
      s->loc = p.tok().loc;
      s->len = -1;
      p.advance();
      // [static const 3] and [*] in parameters
      for (;;) {
        if (p.accept_kw(pp::kw_static)) continue;
        if (p.tok().kind == TokKind::Ident) {
          StrId id = p.tok().ident;
          if (id == pp::kw_const || id == pp::kw___const) { s->quals |= kConst; p.advance(); continue; }
          if (id == pp::kw_volatile || id == pp::kw___volatile) { s->quals |= kVolatile; p.advance(); continue; }
          if (id == pp::kw_restrict || id == pp::kw___restrict || id == pp::kw___restrict__) { s->quals |= kRestrict; p.advance(); continue; }
        }
        break;
      }
      if (p.is(Punct::Star) && p.peek(1).is(Punct::RBracket)) {
        p.advance();
        s->is_vla = true;  // [*]: a VLA of unspecified size (prototypes only)
      } else if (!p.is(Punct::RBracket)) {
        Node* e = p.assign();
        int64_t v;
        if (is_integer(e->ty) && p.try_const_int(e, v)) {
          if (v < 0) p.error(e->loc, "size of array is negative");
          s->len = v < 0 ? 0 : v;
        } else {
          if (!is_integer(p.rvalue(e)->ty)) p.error(e->loc, "size of array has non-integer type");
          s->len_expr = e;
          s->is_vla = true;
        }
      }
      p.expect(Punct::RBracket, "to close the array declarator");
      s->next = t->suffixes;
      t->suffixes = s;
    }
  };
  Builder b{*this, abstract_ok, name_ok};
  DeclTree* tree = b.parse();
  d.params = nullptr;
  d.is_function_decl = false;
  d.params_kr = false;
  return apply_decl_tree(tree, base, d);
}

// Parameter list of a function declarator (C17 6.7.6.3), into suffix s.
void Parser::params(Suffix* s) {
  advance();  // (
  s->has_proto = true;
  if (accept(Punct::RParen)) {  // f(): no information about the parameters
    s->has_proto = false;
    return;
  }
  if (is_kw(pp::kw_void) && peek(1).is(Punct::RParen)) {
    advance();
    advance();
    return;
  }
  // K&R identifier list: f(a, b, c)
  if (is_ident() && !find_typedef(tok().ident) &&
      (peek(1).is(Punct::Comma) || peek(1).is(Punct::RParen))) {
    s->has_proto = false;
    s->kr = true;
    Obj** tail = &s->param_objs;
    for (;;) {
      Loc loc = tok().loc;
      StrId name = expect_ident("identifier");
      Obj* o = nodes_->make<Obj>();
      o->name = name;
      o->loc = loc;
      o->ty = nullptr;  // declared later, int by default
      o->is_local = o->is_param = true;
      o->global = -1;
      *tail = o;
      tail = &o->next;
      if (!accept(Punct::Comma)) break;
    }
    expect(Punct::RParen, "to close the parameter list");
    return;
  }

  enter_scope();  // prototype scope: later parameters may use earlier ones
  Param** ptail = &s->params;
  Obj** otail = &s->param_objs;
  int index = 0;
  for (;;) {
    if (accept(Punct::Ellipsis)) {
      s->variadic = true;
      break;
    }
    if (!is_typename()) {
      if (is_ident()) {
        // Implicit int in a prototype is an error since C99; gcc says this.
        fatal(tok().loc, "unknown type name '" + std::string(tok().text) + "'");
      }
      fatal(tok().loc, "expected declaration specifiers or '...' before " + describe_tok(tok()));
    }
    DeclSpec spec;
    declspec(spec, true);
    if (spec.storage != Storage::None && spec.storage != Storage::Register)
      error(spec.loc, "storage class specified for parameter");
    Declarator d{};
    Type* ty = declarator(spec.ty ? spec.ty : types_.int_type(), d, true, true);
    attributes(d.attrs);
    // int a[n++]: the size is evaluated on entry even though the parameter
    // becomes a pointer (6.9.1p10).
    Node* size_expr = is_array(ty) && ty->is_vla ? ty->vla_len : nullptr;
    ty = adjust_param_type(ty);
    if (is_void(ty)) {
      error(spec.loc, "'void' must be the only parameter");
      ty = types_.int_type();
    }
    Param* p = perm_.make<Param>();
    p->ty = ty;
    p->name = d.name;
    p->loc = d.name ? d.loc : spec.loc;
    *ptail = p;
    ptail = &p->next;
    Obj* o = nodes_->make<Obj>();
    o->name = d.name;
    o->ty = ty;
    o->loc = p->loc;
    o->is_local = o->is_param = true;
    o->param_index = index++;
    o->global = -1;
    o->body = size_expr;
    apply_attrs(o, d.attrs);
    *otail = o;
    otail = &o->next;
    if (d.name) {
      Binding* b = bind_ordinary(d.name);
      b->var = o;
    }
    if (!accept(Punct::Comma)) break;
  }
  leave_scope();
  expect(Punct::RParen, "to close the parameter list");
}

// C17 6.7.6.3p7-8: array and function parameters are pointers.
Type* Parser::adjust_param_type(Type* t) {
  if (is_array(t)) {
    Type* p = types_.pointer_to(t->base);
    return p;
  }
  if (is_func(t)) return types_.pointer_to(t);
  return t;
}

Type* Parser::apply_decl_tree(DeclTree* t, Type* ty, Declarator& d) {
  for (PtrOp* p = t->ptrs; p; p = p->next) {
    ty = types_.qualified(types_.pointer_to(ty), p->quals);
    d.is_function_decl = false;
  }
  for (Suffix* s = t->suffixes; s; s = s->next) {
    if (s->is_func) {
      if (is_func(ty)) error(s->loc, "function cannot return a function");
      if (is_array(ty)) error(s->loc, "function cannot return an array");
      // Qualifiers on a return type are meaningless (6.7.6.3p5 via 6.5.2.2).
      ty = types_.func_type(ty->unqual, s->params, s->variadic, s->has_proto);
      d.is_function_decl = true;
      d.params = s->param_objs;
      d.params_kr = s->kr;
    } else {
      if (is_func(ty)) error(s->loc, "declaration of array of functions");
      else if (!is_complete(ty) && !is_void(ty))
        error(s->loc, "array type has incomplete element type " + tname(ty));
      if (is_void(ty)) error(s->loc, "declaration of array of voids");
      if (s->is_vla) {
        if (s->len_expr && depth_ == 0) {
          error(s->loc, "variably modified array at file scope");
          ty = types_.array_of(ty, 1);
        } else {
          ty = types_.vla_of(ty, s->len_expr);
        }
      } else {
        ty = types_.array_of(ty, s->len);
      }
      if (s->quals) ty = types_.qualified(ty, s->quals);
      d.is_function_decl = false;
    }
  }
  if (t->inner) return apply_decl_tree(t->inner, ty, d);
  d.name = t->name;
  d.loc = t->loc;
  return ty;
}

Type* Parser::type_name() {
  DeclSpec spec;
  declspec(spec, false);
  if (!spec.ty) fatal(spec.loc, "'__auto_type' is not allowed in a type name");
  if (spec.implicit_int && !spec.has_type)
    fatal(tok().loc, "expected a type name before " + describe_tok(tok()));
  Declarator d{};
  Type* t = declarator(spec.ty, d, true, false);
  Attrs a{};
  if (is_attribute_start()) attributes(a);
  return t;
}

// ---------------------------------------------------------------- attributes on declarations

void Parser::apply_attrs(Obj* o, const Attrs& a) {
  if (a.aligned && a.aligned > o->align) o->align = a.aligned;
  if (a.aligned_max && o->align < 16) o->align = 16;
  if (a.weak) o->is_weak = true;
  if (a.used) o->is_used = true;
  if (a.unused) o->is_unused_ok = true;
  if (a.noreturn) o->is_noreturn = true;
  if (a.noinline) o->is_noinline = true;
  if (a.always_inline) o->is_always_inline = true;
  if (a.gnu_inline) o->is_gnu_inline = true;
  if (a.deprecated || a.unavailable) {
    o->is_deprecated = true;
    if (a.deprecated_msg) o->deprecated_msg = a.deprecated_msg;
  }
  if (a.common) o->is_common = true;
  if (a.nocommon) o->no_common = true;
  if (a.dllimport) o->is_dllimport = true;
  if (a.dllexport) o->is_dllexport = true;
  if (a.constructor) o->ctor_priority = a.ctor_priority;
  if (a.destructor) o->dtor_priority = a.dtor_priority;
  if (a.section) o->section = a.section;
  if (a.alias) o->alias_target = a.alias;
  if (a.asm_name) o->asm_name = a.asm_name;
  if (a.returns_twice) o->returns_twice = true;
  if (a.visibility) {
    std::string_view v = name_of(a.visibility);
    o->visibility = v == "hidden" || v == "internal" ? 2 : v == "protected" ? 3 : 1;
  }
  if (a.format_kind) {
    o->format_kind = a.format_kind;
    o->format_index = a.format_index;
    o->format_first = a.format_first;
  }
  if (a.cleanup) {
    Binding* b = find_ordinary(a.cleanup);
    if (!b || !b->var || !b->var->is_function)
      error(o->loc, "cleanup argument not a function");
    else
      o->cleanup_fn = b->var;
  }
}

// Attributes that change a type: mode, aligned (on typedefs), packed.
Type* Parser::apply_type_attrs(Type* t, const Attrs& a, const Loc& loc) {
  if (a.mode) {
    if (a.mode_float) {
      if (a.mode == 4) t = types_.basic(TypeKind::Float);
      else if (a.mode == 8) t = types_.basic(TypeKind::Double);
      else t = types_.basic(TypeKind::LDouble);
    } else if (is_integer(t) || is_void(t) || t->kind == TypeKind::Enum) {
      if (a.mode == 16 && !model().has_int128) error(loc, "unable to emulate 'TI'");
      t = types_.int_of_size(a.mode, t->is_unsigned && t->kind != TypeKind::Char);
    } else {
      error(loc, "invalid 'mode' attribute for this type");
    }
  }
  return t;
}

void Parser::check_deprecated(Obj* o, const Loc& loc) {
  if (!o->is_deprecated) return;
  std::string msg = "'" + std::string(name_of(o->name)) + "' is deprecated";
  if (o->deprecated_msg) msg += ": " + std::string(name_of(o->deprecated_msg));
  warning(Warn::Deprecated, loc, msg);
}

// ---------------------------------------------------------------- typedefs

void Parser::define_typedef(Declarator& d, Type* ty) {
  if (!d.name) {
    error(d.loc, "typedef name missing");
    return;
  }
  if (d.attrs.aligned) ty = types_.with_alignment(ty, d.attrs.aligned);
  ty = apply_type_attrs(ty, d.attrs, d.loc);
  Binding* old = find_ordinary(d.name);
  if (old && old->depth == depth_) {
    if (!old->is_typedef) {
      error(d.loc, "'" + std::string(name_of(d.name)) + "' redeclared as different kind of symbol");
      return;
    }
    if (!compatible(old->type, ty)) {
      error(d.loc, "conflicting types for '" + std::string(name_of(d.name)) + "'");
      return;
    }
    return;  // C11 allows repeating a typedef
  }
  Binding* b = bind_ordinary(d.name);
  b->is_typedef = true;
  b->type = ty;
}

// ---------------------------------------------------------------- file scope

void Parser::global_declaration() {
  DeclSpec spec;
  declspec(spec, true);
  if (!spec.has_type && !spec.ty) fatal(spec.loc, "'__auto_type' requires an initialized data declaration");
  if (spec.implicit_int && !spec.has_type) {
    // `x;` or `f() {}`: C89 implicit int. gcc warns in gnu17 mode.
    if (!is_ident() && !is(Punct::Star) && !is(Punct::LParen))
      fatal(tok().loc, "expected declaration before " + describe_tok(tok()));
    warning(Warn::ImplicitInt, spec.loc, "type defaults to 'int' in declaration");
  }
  if (accept(Punct::Semi)) return;  // `struct S {...};` or `enum E {...};`
  bool static_inline = spec.is_inline && spec.storage == Storage::Static;
  bool first = true;
  for (;;) {
    if (static_inline || spec.is_inline) nodes_ = &perm_;  // bodies kept for deferred emission
    Declarator d{};
    Type* ty = declarator(spec.ty, d, false);
    attributes(d.attrs);
    if (spec.storage == Storage::Typedef) {
      define_typedef(d, ty);
    } else {
      if (first && is_func(ty) && d.is_function_decl &&
          (is(Punct::LBrace) || (d.params_kr && (is_typename() || is(Punct::LBrace))))) {
        Obj* fn = declare_global(spec, d, ty);
        function_definition(fn, d, spec);
        return;
      }
      Obj* o = declare_global(spec, d, ty);
      if (accept(Punct::Assign)) {
        if (o->is_function) fatal(d.loc, "function '" + std::string(name_of(d.name)) + "' is initialized like a variable");
        global_initializer(o);
      } else if (o && !o->is_function && !o->ty) {
        fatal(d.loc, "'__auto_type' requires an initialized data declaration");
      }
    }
    first = false;
    if (accept(Punct::Comma)) continue;
    expect(Punct::Semi, "after top level declarator");
    break;
  }
}

Obj* Parser::declare_global(DeclSpec& spec, Declarator& d, Type* ty) {
  if (!d.name) fatal(d.loc, "expected identifier or '('");
  if (spec.storage == Storage::Auto || spec.storage == Storage::Register)
    error(spec.loc, "file-scope declaration of '" + std::string(name_of(d.name)) + "' specifies '" +
                        (spec.storage == Storage::Auto ? "auto" : "register") + "'");
  bool is_function = ty && is_func(ty);
  if (d.name >= linkage_.size()) linkage_.resize(d.name + 1024, nullptr);
  Obj* o = linkage_[d.name];
  Binding* visible = find_ordinary(d.name);
  if (visible && visible->depth == depth_ && !visible->var && depth_ == 0) {
    error(d.loc, "'" + std::string(name_of(d.name)) + "' redeclared as different kind of symbol");
    o = nullptr;
  }
  if (o) {
    // A redeclaration: the types must be compatible (6.7p4); the composite
    // type keeps what the later one adds (an array length, a prototype).
    if (o->is_function != is_function || (ty && o->ty && !compatible(o->ty, ty))) {
      bool both_func = o->is_function && is_function;
      // An unprototyped or implicit declaration followed by a prototype is fine when
      // compatible; gcc accepts a K&R definition after a prototype with promoted types.
      if (!(both_func && (!o->ty->has_proto || !ty->has_proto) && compatible(o->ty->base, ty->base))) {
        error(d.loc, "conflicting types for '" + std::string(name_of(d.name)) + "'; have " + tname(ty));
        note(o->loc, "previous declaration of '" + std::string(name_of(d.name)) + "' with type " + tname(o->ty));
      }
    }
    if (ty) {
      if (is_array(o->ty) && o->ty->array_len < 0 && is_array(ty) && ty->array_len >= 0) o->ty = ty;
      else if (is_function && ty->has_proto && !o->ty->has_proto) o->ty = ty;
      else if (is_function && ty->has_proto && o->ty->has_proto) o->ty = ty;  // parameter names of the latest
    }
    if (spec.storage == Storage::Static && !o->is_static && depth_ == 0) {
      error(d.loc, "static declaration of '" + std::string(name_of(d.name)) + "' follows non-static declaration");
      note(o->loc, "previous declaration of '" + std::string(name_of(d.name)) + "' was here");
    }
  } else {
    o = perm_.make<Obj>();
    o->name = d.name;
    o->ty = ty;
    o->loc = d.loc;
    o->is_function = is_function;
    o->is_static = spec.storage == Storage::Static;
    o->global = -1;
    o->ctor_priority = o->dtor_priority = -1;
    linkage_[d.name] = o;
    globals_.push_back(o);
    if (!visibility_stack_.empty() && visibility_stack_.back() != 1)
      o->visibility = visibility_stack_.back();
  }
  // A data declaration without `extern` is a tentative definition (6.9.2);
  // an initializer later makes it a definition.
  if (!is_function && spec.storage != Storage::Extern) o->is_tentative = true;
  if (spec.is_thread_local) o->is_thread_local = true;
  if (spec.is_noreturn) o->is_noreturn = true;
  if (is_function && spec.is_inline) o->is_inline = true;
  if (is_function && spec.storage == Storage::Extern) o->is_extern = true;
  if (spec.align > o->align) o->align = spec.align;
  apply_attrs(o, spec.attrs);
  apply_attrs(o, d.attrs);
  if (is_function && ty && ty->base && o->is_noreturn == false) {
    // _Noreturn / noreturn on a typedef'd function type is not tracked.
  }
  if (depth_ > 0 || !visible || visible->var != o) {
    Binding* b = bind_ordinary(d.name);
    b->var = o;
  }
  return o;
}

// The IR-relevant function type of a definition: K&R definitions pass their
// arguments promoted (6.5.2.2p6).
Type* Parser::func_type_of(Obj* fn) { return fn->ty; }

void Parser::kr_param_declarations(Obj* fn, Declarator& d) {
  (void)fn;
  // Declarations of the identifier-list parameters, up to the body.
  while (!is(Punct::LBrace)) {
    if (tok().kind == TokKind::Eof) fatal(tok().loc, "expected '{' at end of input");
    DeclSpec spec;
    declspec(spec, true);
    if (!spec.ty) fatal(spec.loc, "'__auto_type' is not allowed here");
    for (;;) {
      Declarator pd{};
      Type* ty = declarator(spec.ty, pd, false);
      attributes(pd.attrs);
      ty = adjust_param_type(ty);
      Obj* p = d.params;
      while (p && p->name != pd.name) p = p->next;
      if (!p) error(pd.loc, "declaration for parameter '" + std::string(name_of(pd.name)) + "' but no such parameter");
      else p->ty = ty;
      if (accept(Punct::Comma)) continue;
      expect(Punct::Semi, "after parameter declaration");
      break;
    }
  }
}

void Parser::function_definition(Obj* fn, Declarator& d, DeclSpec& spec) {
  if (fn->is_definition) {
    error(d.loc, "redefinition of '" + std::string(name_of(d.name)) + "'");
    note(fn->loc, "previous definition of '" + std::string(name_of(d.name)) + "' was here");
  }
  Type* ty = fn->ty;
  if (d.params_kr) {
    kr_param_declarations(fn, d);
    Param* head = nullptr;
    Param** tail = &head;
    for (Obj* p = d.params; p; p = p->next) {
      if (!p->ty) {
        warning(Warn::ImplicitInt, p->loc, "type of '" + std::string(name_of(p->name)) + "' defaults to 'int'");
        p->ty = types_.int_type();
      }
      Param* q = perm_.make<Param>();
      // Callers pass the arguments promoted (6.5.2.2p6); the body converts
      // them back to the declared types.
      q->ty = p->ty;
      if (is_integer(q->ty) && int_rank(q->ty) < int_rank(types_.int_type())) q->ty = types_.int_type();
      else if (q->ty->unqual->kind == TypeKind::Float) q->ty = types_.double_type();
      q->name = p->name;
      q->loc = p->loc;
      *tail = q;
      tail = &q->next;
    }
    int i = 0;
    for (Obj* p = d.params; p; p = p->next) p->param_index = i++;
    // Unprototyped: callers promote the arguments, and so does the IR signature.
    ty = types_.func_type(fn->ty->base, head, false, false);
    fn->ty = ty;
  }
  if (!is_complete(ty->base) && !is_void(ty->base))
    error(d.loc, "return type is an incomplete type");
  for (Obj* p = d.params; p; p = p->next)
    if (!p->name) warning(Warn::Pedantic, p->loc, "omitting parameter names in a function definition is a C2x feature");
  fn->is_definition = true;
  fn->loc = d.loc;
  fn->params = d.params;
  if (spec.is_inline) fn->is_inline = true;
  fn_ = fn;
  fn->locals = nullptr;
  fn->statics = nullptr;
  locals_tail_ = &fn->locals;
  for (Obj* p = d.params; p; p = p->next) {
    // `locals` is linked through `next` too, so keep the parameter list separate.
    (void)p;
  }
  enter_scope();
  for (Obj* p = d.params; p; p = p->next) {
    if (!p->name) continue;
    if (!is_complete(p->ty)) error(p->loc, "parameter '" + std::string(name_of(p->name)) + "' has incomplete type");
    Binding* b = bind_ordinary(p->name);
    b->var = p;
  }
  // Parameters of variably modified type (int a[n][m]): their sizes are
  // computed on entry.
  Node* vla_sizes = nullptr;
  Node** vtail = &vla_sizes;
  for (Obj* p = d.params; p; p = p->next) {
    if (p->body) {
      Node* s = new_node(NodeKind::ExprStmt, p->loc);
      s->lhs = p->body;
      *vtail = s;
      vtail = &s->next;
      p->body = nullptr;
    }
    *vtail = vla_size_stmts(p->ty, p->loc);
    while (*vtail) vtail = &(*vtail)->next;
  }
  fn->body = compound_stmt(false);
  fn->body_persists = nodes_ == &perm_;
  if (vla_sizes) {
    *vtail = fn->body->body;
    fn->body->body = vla_sizes;
  }
  leave_scope();
  fn->labels = label_list_;
  check_labels();
  Obj* done = fn;
  fn_ = nullptr;
  locals_tail_ = nullptr;
  sink_.function(done);
  if (nodes_ == &fn_arena_) fn_arena_.reset();
  nodes_ = &fn_arena_;
}

// ---------------------------------------------------------------- block scope

Obj* Parser::new_local(StrId name, Type* ty, const Loc& loc) {
  Obj* o = nodes_->make<Obj>();
  o->name = name;
  o->ty = ty;
  o->loc = loc;
  o->is_local = true;
  o->global = -1;
  o->ctor_priority = o->dtor_priority = -1;
  if (locals_tail_) {
    *locals_tail_ = o;
    locals_tail_ = &o->next;
  }
  return o;
}

Obj* Parser::new_static_local(StrId name, Type* ty, const Loc& loc) {
  Obj* o = perm_.make<Obj>();
  o->name = name;
  o->ty = ty;
  o->loc = loc;
  o->is_static = true;
  o->global = -1;
  o->ctor_priority = o->dtor_priority = -1;
  // A unique symbol: name.N, as gcc does.
  std::string sym = std::string(name_of(name)) + "." + std::to_string(unique_++);
  o->asm_name = names().intern(sym);
  globals_.push_back(o);
  return o;
}

Obj* Parser::new_anonymous_global(Type* ty, const Loc& loc, const char* prefix) {
  Obj* o = perm_.make<Obj>();
  std::string sym = std::string(prefix) + std::to_string(unique_++);
  o->name = names().intern(sym);
  o->asm_name = o->name;
  o->ty = ty;
  o->loc = loc;
  o->is_static = true;
  o->is_definition = true;
  o->global = -1;
  o->ctor_priority = o->dtor_priority = -1;
  globals_.push_back(o);
  return o;
}

// The statements computing the run-time sizes of the VLAs in `ty`
// (innermost element first), as a list of expression statements.
Node* Parser::vla_size_stmts(Type* ty, const Loc& loc) {
  Node head{};
  Node* cur = &head;
  struct Walk {
    Parser& p;
    const Loc& loc;
    Node*& cur;
    void go(Type* t) {
      if (is_pointer(t)) return go(t->base);
      if (!is_array(t)) return;
      go(t->base);
      if (!t->is_vla || t->vla_size || !t->vla_len) return;
      Type* st = p.types_.size_type();
      t->vla_size = p.new_local(0, st, loc);
      Node* elem = t->base->is_vla ? p.new_var(t->base->vla_size, loc)
                                   : p.new_num(type_size(t->base), st, loc);
      Node* len = p.cast(p.rvalue(t->vla_len), st);
      Node* mul = p.new_binary(NodeKind::Mul, len, elem, loc);
      Node* set = p.new_node(NodeKind::Assign, loc);
      set->lhs = p.new_var(t->vla_size, loc);
      set->rhs = p.cast(mul, st);
      set->ty = st;
      Node* s = p.new_node(NodeKind::ExprStmt, loc);
      s->lhs = set;
      cur->next = s;
      cur = s;
    }
  };
  Walk{*this, loc, cur}.go(ty);
  return head.next;
}

Obj* Parser::declare_local(DeclSpec& spec, Declarator& d, Type* ty) {
  if (!d.name) fatal(d.loc, "expected identifier or '('");
  Binding* old = find_ordinary(d.name);
  if (old && old->depth == depth_ && (old->var || old->is_typedef || old->is_enum_const) &&
      !(old->var && old->var->is_extern)) {
    error(d.loc, "redefinition of '" + std::string(name_of(d.name)) + "'");
    if (old->var) note(old->var->loc, "previous definition of '" + std::string(name_of(d.name)) + "' was here");
  }
  Obj* o;
  if (spec.storage == Storage::Static) {
    o = new_static_local(d.name, ty, d.loc);
    if (fn_) {
      o->next = fn_->statics;
      fn_->statics = o;
    }
  } else {
    o = new_local(d.name, ty, d.loc);
  }
  if (spec.is_thread_local) {
    if (spec.storage != Storage::Static) error(d.loc, "'_Thread_local' in a block requires 'static' or 'extern'");
    o->is_thread_local = true;
  }
  if (spec.align > o->align) o->align = spec.align;
  apply_attrs(o, spec.attrs);
  apply_attrs(o, d.attrs);
  Binding* b = bind_ordinary(d.name);
  b->var = o;
  return o;
}

Node* Parser::local_declaration() {
  DeclSpec spec;
  declspec(spec, true);
  Node head{};
  Node* cur = &head;
  auto add = [&](Node* n) {
    while (n) {
      Node* next = n->next;
      n->next = nullptr;
      cur->next = n;
      cur = n;
      n = next;
    }
  };
  if (accept(Punct::Semi)) {
    Node* b = new_node(NodeKind::Block, spec.loc);
    return b;
  }
  if (spec.implicit_int && !spec.has_type)
    warning(Warn::ImplicitInt, spec.loc, "type defaults to 'int' in declaration");
  for (;;) {
    Declarator d{};
    Type* ty = declarator(spec.ty ? spec.ty : types_.int_type(), d, false);
    attributes(d.attrs);
    if (spec.storage == Storage::Typedef) {
      add(vla_size_stmts(ty, d.loc));
      define_typedef(d, ty);
    } else if (spec.storage == Storage::Extern || (ty && is_func(ty))) {
      if (spec.storage == Storage::Static) error(d.loc, "invalid storage class for function '" + std::string(name_of(d.name)) + "'");
      DeclSpec s2 = spec;
      if (s2.storage != Storage::Extern) s2.storage = Storage::Extern;
      Obj* o = declare_global(s2, d, ty);
      if (is(Punct::Assign)) fatal(tok().loc, "'" + std::string(name_of(d.name)) + "' has both 'extern' and initializer");
      (void)o;
    } else {
      if (!spec.ty) {
        // __auto_type x = expr;
        if (!is(Punct::Assign)) fatal(d.loc, "'__auto_type' requires an initialized data declaration");
        advance();
        Node* init = rvalue(assign());
        Obj* o = declare_local(spec, d, init->ty->unqual);
        Node* a = new_node(NodeKind::Assign, d.loc);
        a->lhs = new_var(o, d.loc);
        a->rhs = init;
        a->ty = o->ty;
        Node* decl = new_node(NodeKind::Decl, d.loc);
        decl->var = o;
        Node* s = new_node(NodeKind::ExprStmt, d.loc);
        s->lhs = a;
        decl->body = s;
        o->is_referenced = false;
        add(decl);
      } else {
        if (is_void(ty)) error(d.loc, "variable or field '" + std::string(name_of(d.name)) + "' declared void");
        add(vla_size_stmts(ty, d.loc));
        Obj* o = declare_local(spec, d, ty);
        Node* decl = new_node(NodeKind::Decl, d.loc);
        decl->var = o;
        if (o->is_static) {
          if (accept(Punct::Assign)) global_initializer(o);
          else o->is_definition = true;
          if (!is_complete(o->ty)) error(d.loc, "storage size of '" + std::string(name_of(d.name)) + "' isn't known");
          o->is_tentative = false;
          add(decl);
        } else {
          if (accept(Punct::Assign)) {
            if (ty->is_vla) error(d.loc, "variable-sized object may not be initialized");
            decl->body = local_initializer(o);
          }
          if (!is_complete(o->ty) && !o->ty->is_vla)
            error(d.loc, "storage size of '" + std::string(name_of(d.name)) + "' isn't known");
          if (o->cleanup_fn) {
            o->next_cleanup = cleanup_list_;
            cleanup_list_ = o;
          }
          o->is_referenced = false;
          add(decl);
        }
      }
    }
    if (accept(Punct::Comma)) continue;
    expect(Punct::Semi, "after declaration");
    break;
  }
  // A declaration's statements: a Block that opens no scope (flag).
  Node* b = new_node(NodeKind::Block, spec.loc);
  b->body = head.next;
  b->flag = true;
  return b;
}

}  // namespace kit::c
