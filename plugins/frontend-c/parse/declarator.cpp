// Declarators (C17 6.7.6).
//
// A declarator is read inside out. `int *(*fp[3])(long)` is: the base type
// int; the outer level's pointer `*`; a nested declarator `(*fp[3])`; the
// outer level's suffix `(long)`. The type is built outer level first --
// pointers in order, then suffixes right to left -- and the result is the
// base of the nested level: int -> int* -> function(long) returning int*
// -> [nested] pointer to that -> array of 3 of those. Since the nested
// level's tokens come before the outer suffixes, the declarator is first
// parsed into a small DeclTree and then applied (apply_decl_tree).
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
    // GNU attributes among the pointer operators (`char *__attribute__((
    // cleanup(f))) s`) apply to the declaration, as in gcc.
    Attrs& attrs;
    DeclTree* parse() {
      p.enter_nesting();
      DeclTree* t = p.nodes_->make<DeclTree>();
      t->ptrs_tail = &t->ptrs;
      t->loc = p.tok().loc;
      for (;;) {
        if (p.is_attribute_start() && !p.is_kw(pp::kw_asm) && !p.is_kw(pp::kw___asm) &&
            !p.is_kw(pp::kw___asm__)) {
          p.attributes(attrs);
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
            p.attributes(attrs);
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
  Builder b{*this, abstract_ok, name_ok, d.attrs};
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
    bool was_array = is_array(ty);
    ty = adjust_param_type(ty);
    if (was_array && d.array_quals) ty = types_.qualified(ty, d.array_quals);
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
    d.array_quals = 0;
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
      d.array_quals = 0;
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
      } else if (is_array(ty) && ty->is_vla && s->len >= 0) {
        // char c[2][n]: a fixed count of variable-length rows is itself
        // variable-length (its size is only known at run time).
        ty = types_.vla_of(ty, new_num(s->len, types_.size_type(), s->loc));
      } else {
        ty = types_.array_of(ty, s->len);
      }
      // int a[const 3] qualifies the pointer the parameter becomes, not the
      // elements (6.7.6.3p7); only the outermost derivation may say so.
      d.array_quals = s->quals;
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
  // An aligned attribute on a plain type name (`_Alignof(int
  // __attribute__((aligned(16))))`, `_Alignas(...)`) makes that type
  // over-aligned, as in gcc.
  uint32_t al = std::max(spec.attrs.aligned, a.aligned);
  if (al && t == spec.ty && !is_func(t)) t = types_.with_alignment(t, al);
  return t;
}

}  // namespace kit::c
