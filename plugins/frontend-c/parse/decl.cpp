// Declarations (C17 6.7, 6.9): attributes applied to declarations,
// typedefs, file-scope declarations and function definitions (K&R ones
// included), and block-scope declarations with their initialization.
// Specifiers are in declspec.cpp, declarators in declarator.cpp.
#include <cstring>

#include "parse/parser.hpp"

namespace kit::c {

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
  if (a.transparent_union) mark_transparent_union(t, loc);
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

// transparent_union (GNU): a parameter of such a union type accepts an
// argument of any member's type and is passed as the first member --
// which is how glibc's <sys/socket.h> lets bind() take a struct
// sockaddr_in * under _GNU_SOURCE. gcc requires every member to be passed
// like the first; kit checks size and the scalar kind.
void Parser::mark_transparent_union(Type* t, const Loc& loc) {
  Type* u = t->unqual;
  if (u->kind != TypeKind::Union || !u->rec->complete || !u->rec->members) {
    warning(Warn::Attributes, loc, "'transparent_union' attribute ignored");
    return;
  }
  Type* first = u->rec->members->ty;
  for (Member* m = u->rec->members; m; m = m->next) {
    if (type_size(m->ty) != type_size(first) || is_record(m->ty) || is_flonum(m->ty) != is_flonum(first)) {
      warning(Warn::Attributes, loc, "'transparent_union' attribute ignored: its members are not passed alike");
      return;
    }
  }
  u->rec->transparent = true;
}

// An argument for a transparent-union parameter: one of the members'
// types (pointers also as gcc's assignment rules allow: void * either way,
// qualifiers added, a null pointer constant), converted to the first
// member, which is what the callee receives (codegen/types.cpp).
Node* Parser::transparent_union_arg(Node* a, Type* u, const std::string& ctx) {
  a = rvalue(a);
  Type* first = u->rec->members->ty;
  for (Member* m = u->rec->members; m; m = m->next) {
    Type* mt = m->ty->unqual;
    bool ok = compatible_unqual(a->ty, mt);
    if (!ok && is_pointer(mt) && is_pointer(a->ty))
      ok = is_void(mt->base) || is_void(a->ty->base) || compatible_unqual(mt->base, a->ty->base);
    if (!ok && is_pointer(mt) && is_null_pointer(a)) ok = true;
    if (ok) return cast(a, first);
  }
  error(a->loc, "incompatible type for " + ctx + ": no member of the transparent union matches");
  return cast(a, first);
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
      // `typedef int __attribute__((aligned(16))) t;` aligns t, as the
      // attribute after the declarator does.
      if (spec.attrs.aligned > d.attrs.aligned) d.attrs.aligned = spec.attrs.aligned;
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
  if (is_function && spec.is_inline && opts_.gnu89_inline) o->is_gnu_inline = true;
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
      bool was_array = is_array(ty);
      ty = adjust_param_type(ty);
      if (was_array && pd.array_quals) ty = types_.qualified(ty, pd.array_quals);
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
  // The callee would receive the first member (codegen/types.cpp), not the
  // union its body reads: not implemented, so say so -- except in an extern
  // gnu_inline body (glibc's fortified recvfrom), which kit never emits.
  bool never_emitted = spec.is_inline && spec.storage == Storage::Extern &&
                       (opts_.gnu89_inline || spec.attrs.gnu_inline);
  for (Param* p = fn->ty->params; p && !never_emitted; p = p->next)
    if (p->ty->unqual->kind == TypeKind::Union && p->ty->unqual->rec->transparent)
      error(p->loc, "a function definition with a transparent_union parameter is not supported by kit");
  if (fn->is_definition && fn->is_inline && fn->is_gnu_inline && fn->is_extern && !fn->emitted) {
    // A GNU `extern inline` definition is only for inlining, never emitted:
    // a later definition is the function's real one (gcc allows it).
    fn->is_definition = false;
    fn->is_inline = spec.is_inline;
    fn->is_gnu_inline = spec.is_inline && (opts_.gnu89_inline || spec.attrs.gnu_inline);
    fn->is_extern = spec.storage == Storage::Extern;
  }
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
  if (spec.is_inline && opts_.gnu89_inline) fn->is_gnu_inline = true;
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
  fn->body_end = block_end_;
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
      if (spec.attrs.aligned > d.attrs.aligned) d.attrs.aligned = spec.attrs.aligned;
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
