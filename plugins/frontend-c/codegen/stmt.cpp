// Functions and statements.
//
// Every C block pushes "scope actions" as its declarations take effect --
// a cleanup call for __attribute__((cleanup)) variables, a stack restore
// for the first VLA -- and runs them, innermost first, when control
// leaves: at its end, or through break, continue or return (which run the
// actions down to their target's depth). A goto runs the actions its label
// is not inside of: the label's actions are the prefix of actions_ in
// effect where its statement is; a forward goto branches to a block of its
// own, filled in when the label is reached. (goto * runs none.)
#include "codegen/codegen.hpp"

namespace kit::c {

Codegen::Codegen(ir::Module& m, Parser*& parser, TypeTable& types, const CompileOptions& opts)
    : m_(m), parser_(parser), types_(types), model_(types.model()), opts_(opts) {}

Codegen::~Codegen() = default;

void Codegen::warning(Warn w, const Loc& loc, const std::string& msg) { parser_->warning(w, loc, msg); }
void Codegen::error(const Loc& loc, const std::string& msg) { parser_->error(loc, msg); }

// ---------------------------------------------------------------- blocks

uint32_t Codegen::new_block(const char* name) {
  uint32_t b = b_->create_block(name ? name : std::string_view{});
  has_pred_.push_back(false);
  return b;
}

void Codegen::set_block(uint32_t b) { b_->set_block(b); }

void Codegen::br(uint32_t target) {
  if (b_->terminated()) return;
  b_->br(target);
  has_pred_[target] = true;
}

void Codegen::condbr(Value cond, uint32_t t, uint32_t f) {
  if (b_->terminated()) return;
  if (cond.tag() == Value::Const) {
    const ir::Constant& c = m_.constant(cond);
    br(c.kind == ir::Constant::Int && (c.lo || c.hi) ? t : f);
    return;
  }
  b_->condbr(cond, t, f);
  has_pred_[t] = true;
  has_pred_[f] = true;
}

void Codegen::ensure_open_block() {
  if (b_->terminated()) set_block(new_block("dead"));
}

uint32_t Codegen::label_block(Label* l) {
  if (l->block == ~0u) l->block = new_block(std::string(parser_->name_of(l->name)).c_str());
  return l->block;
}

void Codegen::run_actions(size_t down_to) {
  for (size_t i = actions_.size(); i-- > down_to;) emit_action(actions_[i]);
}

namespace {
// How many leading actions two snapshots share: the scopes both are in.
template <class A>
size_t common_prefix(const std::vector<A>& x, const std::vector<A>& y) {
  size_t k = 0;
  while (k < x.size() && k < y.size() && x[k].cleanup == y[k].cleanup && x[k].stack.raw() == y[k].stack.raw()) ++k;
  return k;
}
}  // namespace

void Codegen::goto_label(Label* l) {
  if (actions_.empty()) {
    br(label_block(l));
    return;
  }
  if (b_->terminated()) return;
  auto seen = label_actions_.find(l);
  if (seen != label_actions_.end()) {
    run_actions(common_prefix(actions_, seen->second));
    br(label_block(l));
    return;
  }
  uint32_t t = new_block("goto.leave");
  br(t);
  pending_gotos_.push_back({l, t, actions_});
}

void Codegen::reach_label(Label* l) {
  label_actions_[l] = actions_;
  uint32_t target = label_block(l);
  for (size_t i = 0; i < pending_gotos_.size();) {
    PendingGoto& g = pending_gotos_[i];
    if (g.label != l) {
      ++i;
      continue;
    }
    set_block(g.block);
    size_t keep = common_prefix(g.actions, actions_);
    for (size_t j = g.actions.size(); j-- > keep;) emit_action(g.actions[j]);
    br(target);
    pending_gotos_.erase(pending_gotos_.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

void Codegen::emit_action(const Action& a) {
  {
    if (a.cleanup) {
      Obj* fn = a.cleanup->cleanup_fn;
      Type* ft = fn->ty;
      TypeId ct = ft->has_proto ? func_irt(ft) : m_.func_type(is_void(ft->base) ? m_.void_type() : irt(ft->base), {}, true);
      uint32_t g = global_of(fn);
      Value callee = m_.global_ref(g);
      if (m_.global(g).type != ct) callee = b_->emit(ir::Op::Copy, m_.ptr_type(), {callee});
      Value arg = Value::from_raw(a.cleanup->value);
      if (is_array(a.cleanup->ty) && a.cleanup->ty->is_vla) arg = b_->load(m_.ptr_type(), arg, model_.pointer_size);
      Value args[1] = {arg};
      size_t nparams = m_.params(ct).size();
      b_->call(ct, callee, std::span<const Value>(args, nparams >= 1 || m_.type(ct).variadic ? 1 : 0));
    } else {
      b_->stack_restore(a.stack);
    }
  }
}

// ---------------------------------------------------------------- functions

void Codegen::function(Obj* fn) {
  if (fn->is_inline && fn->is_gnu_inline && fn->is_extern) return;  // only for inlining: never emitted
  // Inline functions are emitted only if used -- when their nodes were kept
  // (a function declared inline only before its definition was not).
  bool deferred = fn->is_inline && fn->body_persists && (fn->is_static || (!fn->is_extern && !fn->is_gnu_inline));
  if (deferred) {
    deferred_.push_back(fn);
    return;
  }
  gen_function(fn);
}

void Codegen::gen_function(Obj* fn) {
  uint32_t g = global_of(fn);
  if (m_.global(g).defined) return;  // a redefinition, already reported
  m_.global(g).type = func_irt(fn->ty);
  ir::Function& F = m_.define_function(g);
  fn_ = fn;
  f_ = &F;
  b_ = std::make_unique<ir::Builder>(m_, F);
  has_pred_.clear();
  actions_.clear();
  label_actions_.clear();
  pending_gotos_.clear();
  breaks_.clear();
  continues_.clear();
  case_blocks_.clear();
  vla_sp_.clear();
  uint32_t entry = new_block("entry");
  set_block(entry);

  // Parameters: scalars are copied into slots (K&R parameters are
  // converted from their promoted types); aggregates are used in place.
  auto ptypes = m_.params(m_.global(g).type);
  Param* cparam = fn->ty->params;
  uint32_t i = 0;
  for (Obj* p = fn->params; p; p = p->next, ++i) {
    if (i >= ptypes.size()) break;
    if (p->name) F.param_names[i] = m_.intern(parser_->name_of(p->name));
    Value arg = b_->arg(i);
    if (is_aggregate(p->ty)) {
      p->value = arg.raw();
    } else {
      Value slot = b_->slot(static_cast<uint64_t>(type_size(p->ty)), std::max(align_of(p->ty), p->align),
                            p->name ? parser_->name_of(p->name) : std::string_view{});
      Type* passed = cparam ? cparam->ty : p->ty;
      b_->store(convert(arg, passed, p->ty), slot, align_of(p->ty));
      p->value = slot.raw();
    }
    if (cparam) cparam = cparam->next;
  }
  // Locals: one slot each (a VLA's slot holds its address).
  for (Obj* o = fn->locals; o; o = o->next) {
    if (o->is_static) continue;
    std::string_view name = o->name ? parser_->name_of(o->name) : std::string_view{};
    if (is_array(o->ty) && o->ty->is_vla) {
      o->value = b_->slot(model_.pointer_size, model_.pointer_size, name).raw();
      Value sp = b_->slot(model_.pointer_size, model_.pointer_size);
      b_->store(m_.zero(m_.ptr_type()), sp, model_.pointer_size);
      vla_sp_[o] = sp;
      continue;
    }
    int64_t size = type_size(o->ty);
    uint32_t align = std::max(align_of(o->ty), o->align);
    o->value = b_->slot(static_cast<uint64_t>(size > 0 ? size : 1), align, name).raw();
  }
  addr_taken_blocks_.clear();
  for (Label* l = fn->labels; l; l = l->next)
    if (l->addr_taken) addr_taken_blocks_.push_back(label_block(l));

  stmt(fn->body);
  // Labels never reached by codegen (none, as every statement is
  // generated) would leave their gotos' blocks open: close them.
  for (PendingGoto& g : pending_gotos_) {
    set_block(g.block);
    br(label_block(g.label));
  }
  pending_gotos_.clear();

  if (!b_->terminated()) {
    bool reachable = b_->current_block() == entry || has_pred_[b_->current_block()];
    Type* ret = fn->ty->base;
    std::string_view name = parser_->name_of(fn->name);
    if (is_void(ret)) {
      b_->ret_void();
    } else if (name == "main" && ret->kind == TypeKind::Int) {
      b_->ret(iconst(ret, 0));  // C17 5.1.2.2.3: reaching the } of main returns 0
    } else {
      if (reachable) warning(Warn::ReturnType, fn->body_end, "control reaches end of non-void function");
      if (is_aggregate(ret)) b_->ret(temp(ret));
      else b_->ret(undef_of(ret));
    }
  }
  // Blocks that never got code (labels in dead code) end unreachable.
  for (uint32_t bl = 0; bl < F.blocks.size(); ++bl) {
    b_->set_block(bl);
    if (!b_->terminated()) b_->unreachable();
  }
  // Static locals holding &&label: the labels' blocks are known now.
  for (Obj* s = fn->statics; s; s = s->next) {
    if (!s->data) continue;
    for (uint32_t r = 0; r < s->data->num_relocs; ++r) {
      Reloc& rel = s->data->relocs[r];
      if (!rel.label) continue;
      rel.block = label_block(rel.label);
      rel.target = fn;
      rel.label = nullptr;
    }
  }
  if (F.blocks.size() != has_pred_.size()) {
    // label_block above may have made blocks; end them too.
    for (uint32_t bl = 0; bl < F.blocks.size(); ++bl) {
      b_->set_block(bl);
      if (!b_->terminated()) b_->unreachable();
    }
  }
  fn->emitted = true;
  b_.reset();
  f_ = nullptr;
  fn_ = nullptr;
}

// ---------------------------------------------------------------- statements

void Codegen::init_stores(Node* list) {
  for (Node* s = list; s; s = s->next) {
    if (s->kind == NodeKind::MemZero) {
      Type* t = s->var->ty;
      zero(Value::from_raw(s->var->value), type_size(t), std::max(align_of(t), s->var->align));
      continue;
    }
    if (s->kind != NodeKind::InitStore) {
      stmt(s);
      continue;
    }
    Value base = Value::from_raw(s->var->value);
    Value addr = s->val ? b_->ptradd(base, size_value(s->val)) : base;
    Node* e = s->lhs;
    if (e->kind == NodeKind::Str && is_array(s->ty)) {
      Value src = gen_addr(e);
      if (s->val_hi > 0) b_->mem_copy(addr, src, size_value(s->val_hi), 1);
      continue;
    }
    if (is_aggregate(s->ty)) {
      Value src = gen(e);
      copy(s->ty, addr, src);
      continue;
    }
    Value v = gen(e);
    if (s->member && s->member->is_bitfield) store_bitfield(s->member, addr, v, false);
    else store(s->ty, v, addr, s->ty->is_volatile(), s->ty->is_atomic());
  }
}

void Codegen::decl(Node* n) {
  Obj* o = n->var;
  if (o->is_static) return;  // emitted as a global
  if (is_array(o->ty) && o->ty->is_vla) {
    if (!block_stack_saved_.empty() && !block_stack_saved_.back()) {
      actions_.push_back({nullptr, b_->stack_save()});
      block_stack_saved_.back() = true;
    }
    // Executed again (a goto back before the declaration): release the
    // previous allocation first, so such a loop does not grow the stack.
    if (auto it = vla_sp_.find(o); it != vla_sp_.end()) {
      Value prev = b_->load(m_.ptr_type(), it->second, model_.pointer_size);
      Value cur = b_->stack_save();
      Value first = b_->icmp(ir::Pred::Eq, prev, m_.zero(m_.ptr_type()), m_.int_type(8));
      Value sp = b_->select(first, cur, prev);
      b_->stack_restore(sp);
      b_->store(sp, it->second, model_.pointer_size);
    }
    Value size = o->ty->vla_size ? load(o->ty->vla_size->ty, Value::from_raw(o->ty->vla_size->value))
                                 : size_value(0);
    uint32_t align = std::max<uint32_t>(16, std::max(align_of(o->ty), o->align));
    Value p = b_->dyn_alloca(size, align);
    b_->store(p, Value::from_raw(o->value), model_.pointer_size);
  }
  init_stores(n->body);
  if (o->cleanup_fn) actions_.push_back({o, Value()});
}

void Codegen::block_stmt(Node* n) {
  if (n->flag) {  // the statements of one declaration: part of the enclosing scope
    for (Node* s = n->body; s; s = s->next) stmt(s);
    return;
  }
  size_t depth = actions_.size();
  block_stack_saved_.push_back(false);
  for (Node* s = n->body; s; s = s->next) stmt(s);
  if (!b_->terminated()) run_actions(depth);
  actions_.resize(depth);
  block_stack_saved_.pop_back();
}

Codegen::Value Codegen::gen_stmt_expr(Node* n) {
  Node* blk = n->body;
  size_t depth = actions_.size();
  block_stack_saved_.push_back(false);
  Value result;
  for (Node* s = blk->body; s; s = s->next) {
    // The labels in front of the value-giving last statement.
    while (!s->next && s->kind == NodeKind::Label && s->body && !is_void(n->ty)) {
      uint32_t b = label_block(s->label);
      br(b);
      reach_label(s->label);
      set_block(b);
      if (s->label->addr_taken) has_pred_[b] = true;
      s = s->body;
    }
    if (!s->next && s->kind == NodeKind::ExprStmt && !is_void(n->ty)) {
      ensure_open_block();
      result = gen(s->lhs);
      if (is_aggregate(n->ty)) {
        // The value outlives the block's variables: copy it out.
        Value t = temp(n->ty);
        copy(n->ty, t, result);
        result = t;
      }
    } else {
      stmt(s);
    }
  }
  if (!b_->terminated()) run_actions(depth);
  actions_.resize(depth);
  block_stack_saved_.pop_back();
  if (!result.valid() && !is_void(n->ty)) {
    ensure_open_block();
    return is_aggregate(n->ty) ? temp(n->ty) : undef_of(n->ty);
  }
  return result;
}

void Codegen::switch_stmt(Node* n) {
  Value v = gen(n->cond);
  Type* ct = n->cond->ty;
  TypeId vt = scalar_irt(ct);
  uint32_t end = new_block("sw.end");
  for (Node* c = n->cases; c; c = c->case_next) case_blocks_[c] = new_block("sw.case");
  uint32_t dflt = end;
  if (n->default_case) dflt = case_blocks_[n->default_case] = new_block("sw.default");
  std::vector<std::pair<Value, uint32_t>> cases;
  bool u = ct->is_unsigned;
  // Cases in source order (the list is newest first).
  std::vector<Node*> order;
  for (Node* c = n->cases; c; c = c->case_next) order.push_back(c);
  for (size_t k = order.size(); k-- > 0;) {
    Node* c = order[k];
    uint32_t blk = case_blocks_[c];
    uint64_t span = static_cast<uint64_t>(c->val_hi) - static_cast<uint64_t>(c->val);
    bool empty = u ? static_cast<uint64_t>(c->val_hi) < static_cast<uint64_t>(c->val) : c->val_hi < c->val;
    if (empty) continue;
    if (span < 64) {
      for (uint64_t i = 0; i <= span; ++i) {
        int64_t x = static_cast<int64_t>(static_cast<uint64_t>(c->val) + i);
        cases.push_back({m_.int_const(vt, static_cast<uint64_t>(x), x < 0 && !u ? ~0ull : 0), blk});
      }
      continue;
    }
    // A wide range: (v - lo) <=u (hi - lo), tested before the switch.
    Value d = b_->binop(ir::Op::Sub, v, b_->iconst(vt, c->val));
    Value in = b_->icmp(ir::Pred::ULe, d, b_->iconst(vt, static_cast<int64_t>(span)), m_.int_type(8));
    uint32_t next = new_block("sw.range");
    condbr(in, blk, next);
    set_block(next);
  }
  b_->switch_(v, dflt, cases);
  has_pred_[dflt] = true;
  for (auto& [c, blk] : cases) has_pred_[blk] = true;
  set_block(new_block("sw.body"));  // code before the first case is dead
  breaks_.push_back({end, actions_.size()});
  stmt(n->body);
  breaks_.pop_back();
  if (n->default_case == nullptr) {
    // nothing: the default is the end
  }
  br(end);
  set_block(end);
}

void Codegen::stmt(Node* n) {
  if (!n) return;
  if (n->kind != NodeKind::Label && n->kind != NodeKind::Case) ensure_open_block();
  switch (n->kind) {
    case NodeKind::Block:
      block_stmt(n);
      return;
    case NodeKind::ExprStmt:
      gen(n->lhs);
      return;
    case NodeKind::Decl:
      decl(n);
      return;
    case NodeKind::If: {
      uint32_t then_b = new_block("if.then");
      uint32_t end = new_block("if.end");
      uint32_t else_b = n->els ? new_block("if.else") : end;
      gen_branch(n->cond, then_b, else_b);
      set_block(then_b);
      stmt(n->then);
      br(end);
      if (n->els) {
        set_block(else_b);
        stmt(n->els);
        br(end);
      }
      set_block(end);
      return;
    }
    case NodeKind::For: {
      size_t depth = actions_.size();
      block_stack_saved_.push_back(false);
      if (n->init) stmt(n->init);
      uint32_t cond_b = new_block("for.cond");
      uint32_t body_b = new_block("for.body");
      uint32_t inc_b = new_block("for.inc");
      uint32_t end = new_block("for.end");
      br(cond_b);
      set_block(cond_b);
      if (n->cond) gen_branch(n->cond, body_b, end);
      else br(body_b);
      set_block(body_b);
      breaks_.push_back({end, actions_.size()});
      continues_.push_back({inc_b, actions_.size()});
      stmt(n->body);
      breaks_.pop_back();
      continues_.pop_back();
      br(inc_b);
      set_block(inc_b);
      if (n->inc) gen(n->inc);
      br(cond_b);
      set_block(end);
      run_actions(depth);
      actions_.resize(depth);
      block_stack_saved_.pop_back();
      return;
    }
    case NodeKind::Do: {
      uint32_t body_b = new_block("do.body");
      uint32_t cond_b = new_block("do.cond");
      uint32_t end = new_block("do.end");
      br(body_b);
      set_block(body_b);
      breaks_.push_back({end, actions_.size()});
      continues_.push_back({cond_b, actions_.size()});
      stmt(n->body);
      breaks_.pop_back();
      continues_.pop_back();
      br(cond_b);
      set_block(cond_b);
      gen_branch(n->cond, body_b, end);
      set_block(end);
      return;
    }
    case NodeKind::Switch:
      switch_stmt(n);
      return;
    case NodeKind::Case: {
      auto it = case_blocks_.find(n);
      if (it == case_blocks_.end()) {  // outside a switch (reported)
        stmt(n->body);
        return;
      }
      br(it->second);
      set_block(it->second);
      stmt(n->body);
      return;
    }
    case NodeKind::Break:
      if (breaks_.empty()) return;
      run_actions(breaks_.back().actions);
      br(breaks_.back().block);
      return;
    case NodeKind::Continue:
      if (continues_.empty()) return;
      run_actions(continues_.back().actions);
      br(continues_.back().block);
      return;
    case NodeKind::Return: {
      Type* ret = fn_->ty->base;
      Value v;
      if (n->lhs) v = gen(n->lhs);
      if (!is_void(ret) && n->lhs && is_aggregate(ret) && !actions_.empty()) {
        // Cleanups may change the returned object; return a copy.
        Value t = temp(ret);
        copy(ret, t, v);
        v = t;
      }
      run_actions(0);
      if (is_void(ret)) b_->ret_void();
      else if (!n->lhs) b_->ret(is_aggregate(ret) ? temp(ret) : undef_of(ret));
      else b_->ret(v);
      return;
    }
    case NodeKind::Goto:
      goto_label(n->label);
      return;
    case NodeKind::GotoExpr: {
      Value target = gen(n->lhs);
      if (addr_taken_blocks_.empty()) {
        b_->unreachable();
        return;
      }
      b_->indirectbr(target, addr_taken_blocks_);
      for (uint32_t bl : addr_taken_blocks_) has_pred_[bl] = true;
      return;
    }
    case NodeKind::Label: {
      uint32_t b = label_block(n->label);
      br(b);
      reach_label(n->label);
      set_block(b);
      if (n->label->addr_taken) has_pred_[b] = true;
      stmt(n->body);
      return;
    }
    case NodeKind::Asm:  // an empty template: only its operands' effects
      for (Node* s = n->body; s; s = s->next) stmt(s);
      return;
    default:
      gen(n);
      return;
  }
}

}  // namespace kit::c
