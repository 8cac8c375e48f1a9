// Statements (C17 6.8), with GNU case ranges, local labels (__label__),
// computed goto and asm statements.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "parse/parser.hpp"

namespace kit::c {

Node* Parser::compound_stmt(bool new_scope) {
  Loc loc = tok().loc;
  expect(Punct::LBrace);
  enter_nesting();
  if (new_scope) enter_scope();
  size_t mark = undo_.size();
  Obj* saved_cleanups = cleanup_list_;
  cleanup_list_ = nullptr;
  Node head{};
  Node* cur = &head;
  auto append = [&](Node* n) {
    cur->next = n;
    while (cur->next) cur = cur->next;
  };
  for (;;) {
    if (is(Punct::RBrace)) {
      block_end_ = tok().loc;
      advance();
      break;
    }
    if (tok().kind == TokKind::Eof) fatal(tok().loc, "expected '}' at end of input");
    if (is_kw(pp::kw___label__)) {
      // __label__ a, b; declares labels local to this block (GNU).
      advance();
      for (;;) {
        Loc lloc = tok().loc;
        StrId name = expect_ident("label name");
        if (name >= labels_.size()) labels_.resize(name + 256, nullptr);
        Label* l = nodes_->make<Label>();
        l->name = name;
        l->loc = lloc;
        l->block = ~0u;
        l->local = true;
        l->next = label_list_;
        label_list_ = l;
        undo_.push_back({name, 2, labels_[name]});
        labels_[name] = l;
        label_ids_.push_back(name);
        if (!accept(Punct::Comma)) break;
      }
      expect(Punct::Semi, "after '__label__' declaration");
      continue;
    }
    if (is_kw(pp::kw__Static_assert)) {
      static_assert_decl();
      continue;
    }
    // __extension__ before a declaration
    while (is_kw(pp::kw___extension__) && is_typename_at(peek(1))) advance();
    if (is_typename() && !(is_ident() && peek(1).is(Punct::Colon))) {
      append(local_declaration());
      continue;
    }
    append(stmt());
  }
  // Unused variables of this scope.
  if (opts_.enabled(Warn::UnusedVariable)) {
    for (size_t i = mark; i < undo_.size(); ++i) {
      const Undo& u = undo_[i];
      if (u.table != 0) continue;
      Binding* b = ordinary_[u.id];
      if (b && b->var && b->var->is_local && !b->var->is_param && !b->var->is_referenced &&
          !b->var->is_unused_ok && !b->var->cleanup_fn)
        warning(Warn::UnusedVariable, b->var->loc, "unused variable '" + std::string(name_of(b->var->name)) + "'");
    }
  }
  Node* n = new_node(NodeKind::Block, loc);
  n->body = head.next;
  n->cleanups = cleanup_list_;
  cleanup_list_ = saved_cleanups;
  if (new_scope) leave_scope();
  leave_nesting();
  return n;
}

// asm [volatile] [goto] ("template" : outputs : inputs : clobbers : labels);
// The kit IR has no inline assembly, so only an empty template is
// accepted: it executes no instruction, which is what the common idioms
// mean (`asm volatile("" ::: "memory")` as a compiler barrier,
// `asm("" : "=r"(x) : "0"(x))` to hide a value from the optimizer). Its
// effect is then exactly: inputs are evaluated, and an output tied to an
// input ("0", or "[name]") receives that input's value.
Node* Parser::asm_stmt() {
  Loc loc = tok().loc;
  advance();
  while (is_kw(pp::kw_volatile) || is_kw(pp::kw___volatile) || is_kw(pp::kw___volatile__) ||
         is_kw(pp::kw_inline) || is_kw(pp::kw___inline) || is_kw(pp::kw___inline__) || is_kw(pp::kw_goto))
    advance();
  expect(Punct::LParen, "after 'asm'");
  if (tok().kind != TokKind::String) fatal(tok().loc, "expected string literal before " + describe_tok(tok()));
  Type* elem;
  Loc sloc;
  StringLit* tmpl = concat_strings(elem, sloc);
  struct Operand {
    StrId name;
    std::string constraint;
    Node* expr;
  };
  std::vector<Operand> outputs, inputs;
  auto operands = [&](std::vector<Operand>& list, bool output) {
    while (tok().kind == TokKind::String || is(Punct::LBracket)) {
      Operand op{};
      if (accept(Punct::LBracket)) {
        op.name = expect_ident("operand name");
        expect(Punct::RBracket);
      }
      if (tok().kind != TokKind::String) fatal(tok().loc, "expected a constraint string");
      Type* et;
      Loc cl;
      StringLit* c = concat_strings(et, cl);
      op.constraint.assign(c->bytes, static_cast<size_t>(c->size - 1));
      expect(Punct::LParen, "before asm operand");
      op.expr = expr();
      expect(Punct::RParen, "after asm operand");
      if (output) check_modifiable(op.expr, "asm output");
      list.push_back(op);
      if (!accept(Punct::Comma)) break;
    }
  };
  if (accept(Punct::Colon)) {
    operands(outputs, true);
    if (accept(Punct::Colon)) {
      operands(inputs, false);
      if (accept(Punct::Colon)) {
        while (tok().kind == TokKind::String) {
          Type* et;
          Loc cl;
          concat_strings(et, cl);
          if (!accept(Punct::Comma)) break;
        }
        if (accept(Punct::Colon)) {
          for (;;) {
            Loc lloc = tok().loc;
            StrId l = expect_ident("label name");
            find_label(l, lloc, false);
            if (!accept(Punct::Comma)) break;
          }
        }
      }
    }
  }
  expect(Punct::RParen);
  expect(Punct::Semi, "after asm statement");
  bool empty = true;
  for (int64_t i = 0; i + 1 < tmpl->size; ++i)
    if (tmpl->bytes[i] != ' ' && tmpl->bytes[i] != '\t' && tmpl->bytes[i] != '\n') empty = false;
  if (!empty) error(loc, "inline assembly is not supported by kit");
  Node head{};
  Node* cur = &head;
  auto add = [&](Node* e) {
    Node* s = new_node(NodeKind::ExprStmt, e->loc);
    s->lhs = e;
    cur = cur->next = s;
  };
  std::vector<bool> assigned(outputs.size(), false);
  for (const Operand& in : inputs) {
    int tied = -1;
    const std::string& c = in.constraint;
    if (!c.empty() && c[0] >= '0' && c[0] <= '9') tied = std::atoi(c.c_str());
    if (c.size() > 2 && c[0] == '[') {
      std::string_view want(c.data() + 1, c.find(']') == std::string::npos ? 0 : c.find(']') - 1);
      for (size_t k = 0; k < outputs.size(); ++k)
        if (outputs[k].name && name_of(outputs[k].name) == want) tied = static_cast<int>(k);
    }
    if (tied >= 0 && tied < static_cast<int>(outputs.size()) && is_scalar(outputs[tied].expr->ty)) {
      add(new_assign(NodeKind::Assign, outputs[tied].expr, in.expr, in.expr->loc));
      assigned[tied] = true;
    } else {
      add(in.expr);
    }
  }
  // Outputs are evaluated once as lvalues even when nothing is stored.
  for (size_t k = 0; k < outputs.size(); ++k)
    if (!assigned[k]) add(new_addr(outputs[k].expr, outputs[k].expr->loc));
  Node* n = new_node(NodeKind::Asm, loc);
  n->str = tmpl;
  n->body = head.next;
  return n;
}

Node* Parser::case_label(const Loc& loc, bool is_default) {
  if (!cur_switch_) {
    error(loc, is_default ? "'default' label not within a switch statement" : "case label not within a switch statement");
  }
  Node* n = new_node(NodeKind::Case, loc);
  n->is_default = is_default;
  if (!is_default) {
    Node* lo = conditional();
    bool ok = true;
    int64_t v = const_int(lo, &ok);
    int64_t hi = v;
    if (accept(Punct::Ellipsis)) {  // case a ... b: (GNU)
      hi = const_int(conditional(), &ok);
      if (hi < v) warning(Warn::Other, loc, "empty range specified");
    }
    if (cur_switch_) {
      // Case values are converted to the promoted controlling type.
      Type* t = cur_switch_->cond->ty;
      auto conv = [&](int64_t x) {
        Node* c = new_cast(new_num(x, lo->ty, loc), t);
        return c->kind == NodeKind::Num ? c->val : x;
      };
      v = conv(v);
      hi = conv(hi);
    }
    n->val = v;
    n->val_hi = hi;
  }
  expect(Punct::Colon, is_default ? "after 'default'" : "after case label");
  if (cur_switch_) {
    if (is_default) {
      if (cur_switch_->default_case) error(loc, "multiple default labels in one switch");
      cur_switch_->default_case = n;
    } else {
      n->case_next = cur_switch_->cases;
      cur_switch_->cases = n;
    }
  }
  if (is(Punct::RBrace)) {
    n->body = new_node(NodeKind::Block, loc);  // label at the end of a block (C2x, GNU)
  } else if (is_typename() && !(is_ident() && peek(1).is(Punct::Colon))) {
    n->body = local_declaration();  // a declaration after a label (C2x, GNU)
  } else {
    n->body = stmt();
  }
  return n;
}

Node* Parser::switch_stmt(const Loc& loc) {
  expect(Punct::LParen, "after 'switch'");
  Node* cond = rvalue(expr());
  expect(Punct::RParen, "after switch condition");
  if (!is_integer(cond->ty)) {
    error(cond->loc, "switch quantity not an integer");
    cond = new_num(0, types_.int_type(), loc);
  }
  Node* n = new_node(NodeKind::Switch, loc);
  n->cond = promote(cond);
  Node* saved = cur_switch_;
  cur_switch_ = n;
  ++switch_depth_;
  n->body = stmt();
  --switch_depth_;
  cur_switch_ = saved;
  // Duplicate (or overlapping) case values.
  std::vector<std::pair<int64_t, int64_t>> ranges;
  bool u = n->cond->ty->is_unsigned;
  for (Node* c = n->cases; c; c = c->case_next) ranges.push_back({c->val, c->val_hi});
  std::sort(ranges.begin(), ranges.end(), [u](auto a, auto b) {
    return u ? uint64_t(a.first) < uint64_t(b.first) : a.first < b.first;
  });
  for (size_t i = 1; i < ranges.size(); ++i) {
    bool overlap = u ? uint64_t(ranges[i].first) <= uint64_t(ranges[i - 1].second)
                     : ranges[i].first <= ranges[i - 1].second;
    if (overlap) {
      for (Node* c = n->cases; c; c = c->case_next)
        if (c->val == ranges[i].first) {
          error(c->loc, "duplicate case value");
          break;
        }
      break;
    }
  }
  return n;
}

Node* Parser::stmt() {
  enter_nesting();
  struct Leave {
    Parser& p;
    ~Leave() { p.leave_nesting(); }
  } leave{*this};
  Loc loc = tok().loc;
  if (is(Punct::Semi)) {
    advance();
    return new_node(NodeKind::Block, loc);
  }
  if (is(Punct::LBrace)) return compound_stmt();
  if (tok().kind == TokKind::Ident) {
    StrId id = tok().ident;
    switch (id) {
      case pp::kw_if: {
        advance();
        expect(Punct::LParen, "after 'if'");
        Node* n = new_node(NodeKind::If, loc);
        n->cond = to_condition(expr());
        expect(Punct::RParen, "after if condition");
        n->then = stmt();
        if (accept_kw(pp::kw_else)) n->els = stmt();
        return n;
      }
      case pp::kw_while: {
        advance();
        expect(Punct::LParen, "after 'while'");
        Node* n = new_node(NodeKind::For, loc);
        n->cond = to_condition(expr());
        expect(Punct::RParen, "after while condition");
        ++loop_depth_;
        n->body = stmt();
        --loop_depth_;
        return n;
      }
      case pp::kw_do: {
        advance();
        Node* n = new_node(NodeKind::Do, loc);
        ++loop_depth_;
        n->body = stmt();
        --loop_depth_;
        if (!accept_kw(pp::kw_while)) fatal(tok().loc, "expected 'while' before " + describe_tok(tok()));
        expect(Punct::LParen, "after 'while'");
        n->cond = to_condition(expr());
        expect(Punct::RParen, "after do-while condition");
        expect(Punct::Semi, "after do-while statement");
        return n;
      }
      case pp::kw_for: {
        advance();
        expect(Punct::LParen, "after 'for'");
        enter_scope();
        Node* n = new_node(NodeKind::For, loc);
        if (is_typename()) {
          n->init = local_declaration();
        } else if (!accept(Punct::Semi)) {
          Node* e = new_node(NodeKind::ExprStmt, loc);
          e->lhs = expr();
          n->init = e;
          expect(Punct::Semi, "in 'for' statement");
        }
        if (!is(Punct::Semi)) n->cond = to_condition(expr());
        expect(Punct::Semi, "in 'for' statement");
        if (!is(Punct::RParen)) n->inc = expr();
        expect(Punct::RParen, "after 'for' clauses");
        ++loop_depth_;
        n->body = stmt();
        --loop_depth_;
        leave_scope();
        return n;
      }
      case pp::kw_switch:
        advance();
        return switch_stmt(loc);
      case pp::kw_case:
        advance();
        return case_label(loc, false);
      case pp::kw_default:
        advance();
        return case_label(loc, true);
      case pp::kw_return: {
        advance();
        Node* n = new_node(NodeKind::Return, loc);
        Type* ret = fn_ ? fn_->ty->base : types_.void_type();
        if (!is(Punct::Semi)) {
          Node* e = expr();
          if (is_void(ret)) {
            if (!is_void(e->ty))
              warning(Warn::ReturnMismatch, loc, "'return' with a value, in function returning void");
            n->lhs = e;  // evaluated for its side effects
          } else {
            n->lhs = convert_assign(e, ret, "return", e->loc);
          }
        } else if (!is_void(ret)) {
          warning(Warn::ReturnMismatch, loc, "'return' with no value, in function returning non-void");
        }
        expect(Punct::Semi, "after return statement");
        return n;
      }
      case pp::kw_break:
        advance();
        if (!loop_depth_ && !switch_depth_) error(loc, "break statement not within loop or switch");
        expect(Punct::Semi, "after 'break'");
        return new_node(NodeKind::Break, loc);
      case pp::kw_continue:
        advance();
        if (!loop_depth_) error(loc, "continue statement not within a loop");
        expect(Punct::Semi, "after 'continue'");
        return new_node(NodeKind::Continue, loc);
      case pp::kw_goto: {
        advance();
        if (accept(Punct::Star)) {  // goto *expr (GNU computed goto)
          Node* n = new_node(NodeKind::GotoExpr, loc);
          n->lhs = rvalue(expr());
          if (!is_pointer(n->lhs->ty)) error(loc, "computed goto must be pointer type");
          expect(Punct::Semi, "after 'goto'");
          return n;
        }
        Loc lloc = tok().loc;
        StrId name = expect_ident("label name");
        Node* n = new_node(NodeKind::Goto, loc);
        n->label = find_label(name, lloc, false);
        expect(Punct::Semi, "after 'goto'");
        return n;
      }
      case pp::kw_asm:
      case pp::kw___asm:
      case pp::kw___asm__:
        return asm_stmt();
      default:
        break;
    }
    if (is_ident() && peek(1).is(Punct::Colon)) {
      StrId name = tok().ident;
      advance();
      advance();
      Node* n = new_node(NodeKind::Label, loc);
      n->label = find_label(name, loc, true);
      Attrs a{};
      attributes(a);  // lbl: __attribute__((unused));
      if (is(Punct::RBrace)) n->body = new_node(NodeKind::Block, loc);
      else if (is_typename() && !(is_ident() && peek(1).is(Punct::Colon))) n->body = local_declaration();
      else n->body = stmt();
      return n;
    }
  }
  Node* n = new_node(NodeKind::ExprStmt, loc);
  n->lhs = expr();
  expect(Punct::Semi, "after expression");
  return n;
}

}  // namespace kit::c
