// Scopes and name lookup (C17 6.2.1, 6.2.3).
//
// C has separate name spaces for ordinary identifiers (objects, functions,
// typedef names, enumeration constants), for tags (struct/union/enum), and
// for labels. Each is a vector indexed by the identifier's interned id
// holding the innermost visible Binding, so a lookup is one array access.
// Declaring a name pushes the old binding on an undo log; leaving a scope
// pops the log back to the scope's mark. Labels have function scope,
// except those declared with __label__, which are block-scoped.
#include "parse/parser.hpp"

namespace kit::c {

void Parser::enter_scope() {
  scope_marks_.push_back(undo_.size());
  ++depth_;
}

void Parser::leave_scope() {
  size_t mark = scope_marks_.back();
  scope_marks_.pop_back();
  while (undo_.size() > mark) {
    Undo u = undo_.back();
    undo_.pop_back();
    switch (u.table) {
      case 0: ordinary_[u.id] = static_cast<Binding*>(u.previous); break;
      case 1: tags_[u.id] = static_cast<Binding*>(u.previous); break;
      default: labels_[u.id] = static_cast<Label*>(u.previous); break;
    }
  }
  --depth_;
}

Parser::Binding* Parser::bind_ordinary(StrId id) {
  if (id >= ordinary_.size()) ordinary_.resize(id + 1024, nullptr);
  Binding* b = (depth_ == 0 ? perm_ : *nodes_).make<Binding>();
  b->shadowed = ordinary_[id];
  b->depth = depth_;
  if (depth_ > 0) undo_.push_back({id, 0, ordinary_[id]});
  ordinary_[id] = b;
  return b;
}

Parser::Binding* Parser::bind_tag(StrId id, Type* ty) {
  if (id >= tags_.size()) tags_.resize(id + 1024, nullptr);
  Binding* b = (depth_ == 0 ? perm_ : *nodes_).make<Binding>();
  b->shadowed = tags_[id];
  b->depth = depth_;
  b->type = ty;
  if (depth_ > 0) undo_.push_back({id, 1, tags_[id]});
  tags_[id] = b;
  return b;
}

Type* Parser::find_typedef(StrId id) {
  Binding* b = find_ordinary(id);
  return b && b->is_typedef ? b->type : nullptr;
}

// The label named `id` in the current function, made on first mention.
Label* Parser::find_label(StrId id, const Loc& loc, bool define) {
  if (id >= labels_.size()) labels_.resize(id + 256, nullptr);
  Label* l = labels_[id];
  if (!l) {
    l = nodes_->make<Label>();
    l->name = id;
    l->loc = loc;
    l->block = ~0u;
    l->next = label_list_;
    label_list_ = l;
    labels_[id] = l;
    label_ids_.push_back(id);
  }
  if (define) {
    if (l->defined) {
      error(loc, "duplicate label '" + std::string(name_of(id)) + "'");
      note(l->loc, "previous definition of '" + std::string(name_of(id)) + "' was here");
    }
    l->defined = true;
    l->loc = loc;
  } else {
    l->used = true;
  }
  return l;
}

// At the end of a function body: every label used must be defined.
void Parser::check_labels() {
  for (Label* l = label_list_; l; l = l->next) {
    if (l->used && !l->defined) error(l->loc, "label '" + std::string(name_of(l->name)) + "' used but not defined");
    else if (l->defined && !l->used && !l->addr_taken)
      warning(Warn::UnusedLabel, l->loc, "label '" + std::string(name_of(l->name)) + "' defined but not used");
  }
  for (StrId id : label_ids_) labels_[id] = nullptr;
  label_ids_.clear();
  label_list_ = nullptr;
}

}  // namespace kit::c
