// Unary, postfix and primary expressions (C17 6.5.1-6.5.4): casts,
// sizeof/_Alignof, & and *, ++/--, member access, calls (with the default
// argument promotions and format checks), _Generic, statement expressions,
// identifiers (enumeration constants, implicit function declarations).
#include "parse/parser.hpp"
#include "sema/consteval.hpp"

namespace kit::c {

// ---------------------------------------------------------------- unary

Node* Parser::cast_expr() {
  if (is(Punct::LParen) && is_typename_at(peek(1))) {
    Loc loc = tok().loc;
    advance();
    enter_nesting();
    Type* ty = type_name();
    expect(Punct::RParen, "after type name");
    leave_nesting();
    if (is(Punct::LBrace)) return postfix_tail(compound_literal(ty, loc));
    Node* vla = vla_size_stmts(ty, loc);
    Node* e = rvalue(cast_expr());
    if (!is_void(ty) && !is_scalar(ty)) {
      if (is_record(ty) && compatible_unqual(ty, e->ty)) return e;  // a no-op cast (GNU)
      if (ty->kind == TypeKind::Union && fn_ && ty->rec->complete) {
        // (union U)x: the union with its member of x's type set (GNU).
        for (Member* m = ty->rec->members; m; m = m->next) {
          if (!compatible_unqual(m->ty, e->ty) || m->is_bitfield) continue;
          Obj* o = new_local(0, ty, loc);
          o->is_compound_literal = true;
          Node* z = new_node(NodeKind::MemZero, loc);
          z->var = o;
          Node* st = new_node(NodeKind::InitStore, loc);
          st->var = o;
          st->val = m->offset;
          st->lhs = e;
          st->ty = m->ty;
          z->next = st;
          Node* lit = new_node(NodeKind::CompoundLit, loc);
          lit->var = o;
          lit->body = z;
          lit->ty = ty;
          return lit;
        }
        error(loc, "cast to union type from type not present in union");
        return e;
      }
      error(loc, "conversion to non-scalar type requested");
      return e;
    }
    if (!is_void(ty) && !is_scalar(e->ty)) {
      error(loc, "cannot convert a value of type " + tname(e->ty) + " to " + tname(ty));
      return new_num(0, is_pointer(ty) || is_integer(ty) ? ty : types_.int_type(), loc);
    }
    if (is_pointer(ty) && is_flonum(e->ty)) error(loc, "cannot convert to a pointer type");
    if (is_flonum(ty) && is_pointer(e->ty)) error(loc, "pointer value used where a floating-point was expected");
    if (is_pointer(ty) && is_integer(e->ty) && type_size(e->ty) != type_size(ty) && e->kind != NodeKind::Num)
      warning(Warn::IntToPointerCast, loc, "cast to pointer from integer of different size");
    if (is_integer(ty) && is_pointer(e->ty) && type_size(ty) != type_size(e->ty) && ty->kind != TypeKind::Bool)
      warning(Warn::PointerToIntCast, loc, "cast from pointer to integer of different size");
    Node* c = is_void(ty) ? nullptr : cast(e, ty->unqual);
    if (!c) {
      c = new_node(NodeKind::Cast, loc);
      c->lhs = e;
      c->ty = types_.void_type();
    }
    c->loc = loc;
    if (vla) {
      Node* block = new_node(NodeKind::Block, loc);
      block->body = vla;
      Node* se = new_node(NodeKind::Comma, loc);
      Node* st = new_node(NodeKind::StmtExpr, loc);
      st->body = block;
      st->ty = types_.void_type();
      se->lhs = st;
      se->rhs = c;
      se->ty = c->ty;
      return se;
    }
    return c;
  }
  return unary();
}

Node* Parser::new_deref(Node* n, const Loc& loc) {
  n = rvalue(n);
  if (!is_pointer(n->ty)) {
    error(loc, "invalid type argument of unary '*' (have " + tname(n->ty) + ")");
    return new_num(0, types_.int_type(), loc);
  }
  // *&x is x; *f for a function pointer is the function again.
  if (n->kind == NodeKind::Addr && is_func(n->ty->base)) return n->lhs;
  Node* d = new_node(NodeKind::Deref, loc);
  d->lhs = n;
  d->ty = n->ty->base;
  return d;
}

Node* Parser::new_addr(Node* n, const Loc& loc) {
  if (n->kind == NodeKind::Deref) {
    // &*p is p (6.5.3.2p3), without an lvalue requirement.
    Node* p = n->lhs;
    if (p->ty != types_.pointer_to(n->ty)) p = new_cast(p, types_.pointer_to(n->ty));
    return p;
  }
  if (n->kind == NodeKind::Member && n->member->is_bitfield) {
    error(loc, "cannot take address of bit-field '" + std::string(name_of(n->member->name)) + "'");
    return new_num(0, types_.pointer_to(n->ty), loc);
  }
  if (!is_lvalue(n) && !is_func(n->ty)) {
    // gcc accepts &(struct-returning call).member as an rvalue address; C does not.
    if (!(n->kind == NodeKind::Member || n->kind == NodeKind::StmtExpr || n->kind == NodeKind::Call))
      error(loc, "lvalue required as unary '&' operand");
  }
  Node* a = new_node(NodeKind::Addr, loc);
  a->lhs = n;
  a->ty = types_.pointer_to(n->ty);
  return a;
}

Node* Parser::new_incdec(NodeKind k, Node* n, const Loc& loc) {
  const char* what = k == NodeKind::PreInc || k == NodeKind::PostInc ? "increment operand" : "decrement operand";
  check_modifiable(n, what);
  if (!is_scalar(n->ty)) {
    error(loc, std::string("wrong type argument to ") + (k == NodeKind::PreInc || k == NodeKind::PostInc ? "increment" : "decrement"));
    return n;
  }
  Node* r = new_node(k, loc);
  r->lhs = n;
  r->ty = n->ty->unqual;
  r->val = 1;
  if (is_pointer(n->ty)) {
    Node* size = elem_size_node(n->ty, loc);
    if (size->kind != NodeKind::Num) r->rhs = size;  // a VLA element: the step is known at run time
    else r->val = size->val;
  }
  return r;
}

Node* Parser::sizeof_type(Type* ty, const Loc& loc) {
  if (is_array(ty) && ty->is_vla) {
    Node* stmts = vla_size_stmts(ty, loc);
    Node* v = new_var(ty->vla_size, loc);
    if (!stmts) return v;
    Node* block = new_node(NodeKind::Block, loc);
    block->body = stmts;
    Node* st = new_node(NodeKind::StmtExpr, loc);
    st->body = block;
    st->ty = types_.void_type();
    Node* c = new_node(NodeKind::Comma, loc);
    c->lhs = st;
    c->rhs = v;
    c->ty = v->ty;
    return c;
  }
  int64_t size = type_size(ty);
  if (is_void(ty) || is_func(ty)) {
    warning(Warn::Pedantic, loc, std::string("invalid application of 'sizeof' to a ") + (is_void(ty) ? "void type" : "function type"));
    size = 1;
  } else if (size < 0) {
    error(loc, "invalid application of 'sizeof' to incomplete type " + tname(ty));
    size = 0;
  }
  return new_num(size, types_.size_type(), loc);
}

Node* Parser::unary() {
  Loc loc = tok().loc;
  if (tok().kind == TokKind::Punct) {
    switch (tok().punct) {
      case Punct::Plus: {
        advance();
        Node* e = cast_expr();
        if (!is_arith(rvalue(e)->ty)) error(loc, "wrong type argument to unary plus");
        return is_integer(e->ty) ? promote(e) : rvalue(e);
      }
      case Punct::Minus: {
        advance();
        Node* e = rvalue(cast_expr());
        if (!is_arith(e->ty)) {
          error(loc, "wrong type argument to unary minus");
          return e;
        }
        if (is_integer(e->ty)) e = promote(e);
        Node* n = new_node(NodeKind::Neg, loc);
        n->lhs = e;
        n->ty = e->ty;
        return fold(*this, n);
      }
      case Punct::Tilde: {
        advance();
        Node* e = rvalue(cast_expr());
        if (is_complex(e->ty)) {  // GNU: ~z is the complex conjugate
          Node* n = new_node(NodeKind::BitNot, loc);
          n->lhs = e;
          n->ty = e->ty;
          return n;
        }
        if (!is_integer(e->ty)) {
          error(loc, "wrong type argument to bit-complement");
          return e;
        }
        e = promote(e);
        Node* n = new_node(NodeKind::BitNot, loc);
        n->lhs = e;
        n->ty = e->ty;
        return fold(*this, n);
      }
      case Punct::Bang: {
        advance();
        Node* e = to_condition(cast_expr());
        Node* n = new_node(NodeKind::Not, loc);
        n->lhs = e;
        n->ty = types_.int_type();
        return fold(*this, n);
      }
      case Punct::Amp: {
        advance();
        Node* e = cast_expr();
        return new_addr(e, loc);
      }
      case Punct::Star: {
        advance();
        Node* e = cast_expr();
        return new_deref(e, loc);
      }
      case Punct::Inc:
      case Punct::Dec: {
        bool inc = tok().punct == Punct::Inc;
        advance();
        Node* e = unary();
        return new_incdec(inc ? NodeKind::PreInc : NodeKind::PreDec, e, loc);
      }
      case Punct::AmpAmp: {  // &&label (GNU)
        advance();
        StrId name = expect_ident("label name");
        if (!fn_) fatal(loc, "taking the address of a label outside a function");
        Label* l = find_label(name, loc, false);
        l->addr_taken = true;
        Node* n = new_node(NodeKind::LabelAddr, loc);
        n->label = l;
        n->var = fn_;
        n->ty = types_.pointer_to(types_.void_type());
        return n;
      }
      default:
        break;
    }
  }
  if (tok().kind == TokKind::Ident) {
    StrId id = tok().ident;
    if (id == pp::kw_sizeof) {
      advance();
      if (is(Punct::LParen) && is_typename_at(peek(1))) {
        Loc tloc = tok().loc;
        advance();
        Type* ty = type_name();
        expect(Punct::RParen, "after type name");
        if (is(Punct::LBrace)) {
          Node* e = postfix_tail(compound_literal(ty, tloc));
          return sizeof_type(e->ty, loc);
        }
        return sizeof_type(ty, loc);
      }
      bool saved = in_unevaluated_;
      in_unevaluated_ = true;
      Node* e = unary();
      in_unevaluated_ = saved;
      if (e->kind == NodeKind::Member && e->member->is_bitfield)
        error(loc, "'sizeof' applied to a bit-field");
      if (is_array(e->ty) && e->ty->is_vla) return new_var(e->ty->vla_size, loc);
      return sizeof_type(e->ty, loc);
    }
    if (id == pp::kw__Alignof || id == pp::kw___alignof || id == pp::kw___alignof__) {
      advance();
      if (is(Punct::LParen) && is_typename_at(peek(1))) {
        advance();
        Type* ty = type_name();
        expect(Punct::RParen, "after type name");
        uint32_t a = type_align(ty);
        if (is_array(ty)) a = type_align(ty->base);
        return new_num(a, types_.size_type(), loc);
      }
      bool saved = in_unevaluated_;
      in_unevaluated_ = true;
      Node* e = unary();
      in_unevaluated_ = saved;
      uint32_t a = type_align(e->ty);
      if (e->kind == NodeKind::Var && e->var->align > a) a = e->var->align;
      return new_num(a, types_.size_type(), loc);
    }
    if (id == pp::kw___extension__) {
      advance();
      return cast_expr();
    }
    if (id == pp::kw___real__ || id == pp::kw___imag__ || id == id_real_ || id == id_imag_) {
      advance();
      Node* e = cast_expr();
      bool real = id == pp::kw___real__ || id == id_real_;
      if (!is_complex(e->ty)) {
        e = rvalue(e);
        if (real) return e;
        // __imag__ of a real number is 0 (of its type).
        Node* c = new_node(NodeKind::Comma, loc);
        c->lhs = e;
        c->rhs = cast(new_num(0, types_.int_type(), loc), is_arith(e->ty) ? e->ty->unqual : types_.int_type());
        c->ty = c->rhs->ty;
        return c;
      }
      Node* n = new_node(real ? NodeKind::RealPart : NodeKind::ImagPart, loc);
      n->lhs = e;
      n->ty = types_.qualified(e->ty->base, e->ty->quals);
      return n;
    }
  }
  return postfix();
}

// ---------------------------------------------------------------- postfix

Node* Parser::member_access(Node* n, StrId name, const Loc& loc) {
  Type* ty = n->ty;
  if (!is_record(ty)) {
    error(loc, "request for member '" + std::string(name_of(name)) + "' in something not a structure or union");
    return new_num(0, types_.int_type(), loc);
  }
  if (!ty->rec->complete) {
    error(loc, "invalid use of incomplete type " + tname(ty));
    return new_num(0, types_.int_type(), loc);
  }
  // Search, descending into anonymous struct/union members.
  struct Finder {
    StrId name;
    Member* path[64];
    int depth = 0;
    bool find(Record* r) {
      for (Member* m = r->members; m; m = m->next) {
        if (m->name == name) {
          path[depth++] = m;
          return true;
        }
        if (!m->name && is_record(m->ty) && depth < 63) {
          path[depth++] = m;
          if (find(m->ty->rec)) return true;
          --depth;
        }
      }
      return false;
    }
  } f{name, {}, 0};
  if (!f.find(ty->rec)) {
    error(loc, tname(ty) + " has no member named '" + std::string(name_of(name)) + "'");
    return new_num(0, types_.int_type(), loc);
  }
  for (int i = 0; i < f.depth; ++i) {
    Member* m = f.path[i];
    Node* mem = new_node(NodeKind::Member, loc);
    mem->lhs = n;
    mem->member = m;
    uint8_t q = n->ty->quals & (kConst | kVolatile);
    mem->ty = types_.qualified(m->ty, q);
    n = mem;
  }
  return n;
}

Node* Parser::postfix() {
  Node* n = primary();
  return postfix_tail(n);
}

Node* Parser::postfix_tail(Node* n) {
  for (;;) {
    Loc loc = tok().loc;
    if (is(Punct::LBracket)) {
      advance();
      Node* idx = expr();
      expect(Punct::RBracket, "after array subscript");
      Node* b = rvalue(n);
      Node* i = rvalue(idx);
      if (!is_pointer(b->ty) && !is_pointer(i->ty)) {
        error(loc, "subscripted value is neither array nor pointer nor vector");
        n = new_num(0, types_.int_type(), loc);
        continue;
      }
      n = new_deref(new_add(b, i, loc), loc);
      continue;
    }
    if (is(Punct::LParen)) {
      advance();
      n = call(n, loc);
      continue;
    }
    if (is(Punct::Dot)) {
      advance();
      StrId name = expect_ident("member name");
      n = member_access(n, name, loc);
      continue;
    }
    if (is(Punct::Arrow)) {
      advance();
      StrId name = expect_ident("member name");
      Node* p = rvalue(n);
      if (!is_pointer(p->ty)) {
        error(loc, "invalid type argument of '->' (have " + tname(p->ty) + ")");
        n = new_num(0, types_.int_type(), loc);
        continue;
      }
      n = member_access(new_deref(p, loc), name, loc);
      continue;
    }
    if (is(Punct::Inc) || is(Punct::Dec)) {
      bool inc = is(Punct::Inc);
      advance();
      n = new_incdec(inc ? NodeKind::PostInc : NodeKind::PostDec, n, loc);
      continue;
    }
    return n;
  }
}

Node* Parser::implicit_function(StrId name, const Loc& loc) {
  warning(Warn::ImplicitFunctionDeclaration, loc,
          "implicit declaration of function '" + std::string(name_of(name)) + "'");
  if (Obj* lib = known_library_function(name_of(name))) {
    // A library function gcc knows: it keeps its real prototype.
    Binding* b = bind_ordinary(name);
    b->var = lib;
    return new_var(lib, loc);
  }
  DeclSpec spec{};
  spec.storage = Storage::Extern;
  Declarator d{};
  d.name = name;
  d.loc = loc;
  Type* ty = types_.func_type(types_.int_type(), nullptr, false, false);
  Obj* o = declare_global(spec, d, ty);
  return new_var(o, loc);
}

Node* Parser::call(Node* fn, const Loc& loc) {
  Node* callee = rvalue(fn);
  Type* ft = is_pointer(callee->ty) ? callee->ty->base : nullptr;
  if (!ft || !is_func(ft)) {
    error(loc, "called object is not a function or function pointer");
    while (!is(Punct::RParen) && tok().kind != TokKind::Eof) {
      assign();
      if (!accept(Punct::Comma)) break;
    }
    expect(Punct::RParen);
    return new_num(0, types_.int_type(), loc);
  }
  Obj* direct = fn->kind == NodeKind::Var ? fn->var : nullptr;
  std::string fname = direct ? std::string(name_of(direct->name)) : std::string();
  Node head{};
  Node* cur = &head;
  Param* p = ft->params;
  int index = 0;
  int nargs = 0;
  bool too_many = false;
  while (!is(Punct::RParen)) {
    if (nargs > 0) expect(Punct::Comma, "between arguments");
    Node* a = assign();
    ++index;
    ++nargs;
    if (p) {
      std::string ctx = "passing argument " + std::to_string(index) + " of " +
                        (direct ? "'" + fname + "'" : std::string("function pointer"));
      Type* pu = p->ty->unqual;
      if (pu->kind == TypeKind::Union && pu->rec->transparent && !compatible_unqual(a->ty, pu))
        a = transparent_union_arg(a, pu, ctx);
      else
        a = convert_assign(a, p->ty, ctx.c_str(), a->loc);
      if (is_record(a->ty) && !is_complete(a->ty)) error(a->loc, "argument has incomplete type");
      p = p->next;
    } else {
      if (ft->has_proto && !ft->is_variadic && !too_many) {
        error(a->loc, "too many arguments to function " + (direct ? "'" + fname + "'" : std::string("call")));
        too_many = true;
      }
      // Default argument promotions (6.5.2.2p6-7).
      a = rvalue(a);
      if (is_integer(a->ty)) a = promote(a);
      else if (a->ty->unqual->kind == TypeKind::Float) a = cast(a, types_.double_type());
      else if (is_void(a->ty)) error(a->loc, "invalid use of void expression");
    }
    cur = cur->next = a;
  }
  advance();  // )
  if (p && ft->has_proto) error(loc, "too few arguments to function " + (direct ? "'" + fname + "'" : std::string("call")));
  Node* n = new_node(NodeKind::Call, loc);
  n->lhs = callee;
  n->args = head.next;
  n->func_ty = ft;
  n->ty = ft->base->unqual;
  if (is_record(n->ty) && !is_complete(n->ty)) error(loc, "calling a function with an incomplete return type");
  if (direct) {
    if (direct->format_kind || opts_.enabled(Warn::Format)) check_call_format(direct, n->args, loc);
  }
  return n;
}

// ---------------------------------------------------------------- primary

Node* Parser::generic_selection() {
  Loc loc = tok().loc;
  advance();
  expect(Punct::LParen, "after '_Generic'");
  bool saved = in_unevaluated_;
  in_unevaluated_ = true;
  Node* ctrl = rvalue(assign());
  in_unevaluated_ = saved;
  Type* t = ctrl->ty->unqual;
  Node* chosen = nullptr;
  Node* def = nullptr;
  while (accept(Punct::Comma)) {
    if (accept_kw(pp::kw_default)) {
      expect(Punct::Colon, "after 'default'");
      Node* e = assign();
      if (def) error(e->loc, "duplicate default association in '_Generic'");
      def = e;
      continue;
    }
    Type* at = type_name();
    expect(Punct::Colon, "after type name in '_Generic'");
    Node* e = assign();
    if (compatible(t, at)) {
      if (chosen) error(e->loc, "'_Generic' specifies two compatible types");
      chosen = e;
    }
  }
  expect(Punct::RParen, "to close '_Generic'");
  if (!chosen) chosen = def;
  if (!chosen) {
    error(loc, "'_Generic' selector of type " + tname(t) + " is not compatible with any association");
    return new_num(0, types_.int_type(), loc);
  }
  return chosen;
}

Node* Parser::primary() {
  Loc loc = tok().loc;
  switch (tok().kind) {
    case TokKind::Number: {
      CTok t = tok();
      advance();
      return number(t);
    }
    case TokKind::Char: {
      CTok t = tok();
      advance();
      return char_constant(t);
    }
    case TokKind::String:
      return string_literal();
    case TokKind::Punct:
      if (is(Punct::LParen)) {
        advance();
        enter_nesting();
        if (is(Punct::LBrace)) {
          // ({ ... }): a GNU statement expression.
          if (!fn_) fatal(loc, "braced-group within expression allowed only inside a function");
          Node* body = compound_stmt();
          expect(Punct::RParen, "after statement expression");
          leave_nesting();
          Node* n = new_node(NodeKind::StmtExpr, loc);
          n->body = body;
          Node* last = body->body;
          while (last && last->next) last = last->next;
          n->ty = types_.void_type();
          // ({ ... found: v; }): a labeled last statement still gives the
          // value (gcc; the __label__ idiom in macros ends this way).
          while (last && last->kind == NodeKind::Label && last->body) last = last->body;
          if (last && last->kind == NodeKind::ExprStmt && last->lhs) {
            last->lhs = rvalue(last->lhs);
            n->ty = last->lhs->ty;
          }
          return n;
        }
        Node* e = expr();
        expect(Punct::RParen, "to close the parenthesized expression");
        leave_nesting();
        return e;
      }
      break;
    case TokKind::Ident: {
      StrId id = tok().ident;
      if (id == pp::kw__Generic) return generic_selection();
      if (id == pp::kw___func__ || id == pp::kw___FUNCTION__ || id == pp::kw___PRETTY_FUNCTION__) {
        advance();
        return func_name_string(loc);
      }
      if (id == pp::kw___builtin_va_arg || id == pp::kw___builtin_offsetof ||
          id == pp::kw___builtin_types_compatible_p || id == pp::kw___builtin_choose_expr) {
        advance();
        BuiltinId b = id == pp::kw___builtin_va_arg      ? BuiltinId::VaArg
                      : id == pp::kw___builtin_offsetof ? BuiltinId::Offsetof
                      : id == pp::kw___builtin_types_compatible_p ? BuiltinId::TypesCompatibleP
                                                                  : BuiltinId::ChooseExpr;
        return builtin_call(static_cast<int>(b), loc);
      }
      if (is_keyword(id)) break;
      Binding* b = find_ordinary(id);
      if (b && b->is_enum_const) {
        advance();
        return new_num(b->value, b->type, loc);
      }
      if (b && b->var) {
        // `extern void *alloca(size_t);` (old code, bison parsers) declares
        // what gcc still treats as its builtin: there is no alloca symbol in
        // the C library to call. Declaring a __builtin_* (which that line
        // becomes after <stdlib.h> defined alloca as a macro) changes nothing
        // either. A file that defines its own alloca calls it.
        int builtin = tok().text == "alloca" ? static_cast<int>(BuiltinId::Alloca) : builtin_id(tok().text);
        advance();
        if (builtin && b->var->is_function && !b->var->is_definition && !b->var->asm_name && is(Punct::LParen))
          return builtin_call(builtin, loc);
        check_deprecated(b->var, loc);
        return new_var(b->var, loc);
      }
      if (b && b->is_typedef) fatal(loc, "expected expression before '" + std::string(tok().text) + "'");
      int bid = builtin_id(tok().text);
      if (bid) {
        advance();
        return builtin_call(bid, loc);
      }
      std::string name(tok().text);
      advance();
      if (is(Punct::LParen) && name == "alloca")  // a builtin in gcc, even undeclared
        return builtin_call(static_cast<int>(BuiltinId::Alloca), loc);
      if (is(Punct::LParen) && (name.rfind("__builtin_", 0) == 0 || name.rfind("__sync_", 0) == 0 ||
                                name.rfind("__atomic_", 0) == 0)) {
        // Calling it would only fail at link time; say what is missing now.
        error(loc, "builtin '" + name + "' is not supported by kit");
        return implicit_function(id, loc);
      }
      if (is(Punct::LParen)) return implicit_function(id, loc);
      error(loc, "'" + name + "' undeclared" + (fn_ ? " (first use in this function)" : " here (not in a function)"));
      // Declare it as int to avoid a cascade of errors.
      if (fn_) {
        Obj* o = new_local(id, types_.int_type(), loc);
        Binding* nb = bind_ordinary(id);
        nb->var = o;
        return new_var(o, loc);
      }
      return new_num(0, types_.int_type(), loc);
    }
    case TokKind::Eof:
      fatal(loc, "expected expression at end of input");
    default:
      break;
  }
  fatal(loc, "expected expression before " + describe_tok(tok()));
}

}  // namespace kit::c
