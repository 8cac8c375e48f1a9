// Initializers (C17 6.7.9).
//
// An initializer is read against the type it initializes, and every
// scalar it provides is delivered at once to a sink as (byte offset,
// type, value):
//  * static storage (globals, static locals, file-scope compound
//    literals): the value must be a constant (sema/consteval.cpp) and is
//    written into the object's bytes, addresses becoming relocations;
//  * automatic storage: the value becomes an InitStore node, after one
//    MemZero of the whole object when the initializer is a braced list.
// Later initializers for the same sub-object override earlier ones
// (6.7.9p19): static bytes are simply overwritten; stores run in order.
//
// The grammar is driven by the type (`list` walks the elements of an
// array or the members of a struct). Braces may be elided (6.7.9p20): an
// aggregate element without its own braces takes as many initializers
// from the enclosing list as it has scalars. A designator (`.m`, `[i]`,
// GNU `[i ... j]`) moves the current position of the braced list it
// appears in; after `.a.b = x` the list continues with the member after
// `a.b` inside `a` (6.7.9p17), which is what parsing the rest of the
// designator chain as an unbraced list of `a` gives.
#include <cstring>
#include <vector>

#include "parse/parser.hpp"
#include "sema/consteval.hpp"
#include "sema/float_bits.hpp"

namespace kit::c {

class InitParser {
 public:
  InitParser(Parser& p, Obj* var, bool is_static) : p_(p), var_(var), static_(is_static) {}

  // Parses the initializer of var (after '='); fixes var's type when it is
  // an array of unknown size.
  void run();

  Node* local_stores() { return head_.next; }
  StaticData* static_data();

 private:
  struct Cursor {
    int64_t index = 0;     // arrays
    Member* member = nullptr;  // records: the next member to initialize
    bool done = false;     // unions: one member initialized
  };

  void item(Type* ty, int64_t off, Node* pending, Member* bitfield = nullptr);
  void braced(Type* ty, int64_t off);
  void expr_into(Type* ty, int64_t off, Node* e, Member* bitfield = nullptr);
  void list(Type* ty, int64_t off, bool braced, Node* pending, bool designated);
  bool designation(Type* ty, int64_t off, Cursor& cur);
  bool at_end(Type* ty, const Cursor& cur);
  void next_element(Type* ty, Cursor& cur);
  Type* element_type(Type* ty, const Cursor& cur, int64_t& elem_off);
  Member* first_member(Type* ty);
  Member* next_member(Member* m);
  bool is_designator();
  void skip_initializer();
  bool is_char_array_for(Type* ty, Node* e);
  void string_into(Type* ty, int64_t off, Node* str);

  // sinks
  void leaf(Type* ty, int64_t off, Node* e, Member* bitfield);
  void whole(Type* ty, int64_t off, Node* e);
  void write_static(Type* ty, int64_t off, Node* e, Member* bitfield);
  void put_bytes(int64_t off, const uint8_t* b, int64_t n);
  // Makes bytes_ at least `end` long; false (with one error) past the
  // largest initialized object kit holds in memory.
  bool grow(int64_t end);
  bool too_large_ = false;
  void add_store(Node* n);
  void note_extent(int64_t end) {
    if (end > extent_) extent_ = end;
  }

  Parser& p_;
  Obj* var_;
  bool static_;
  int64_t top_len_ = -1;   // top-level array of unknown size: elements seen
  bool top_unknown_ = false;
  int64_t extent_ = 0;     // bytes written (flexible array members extend the object)

  std::vector<uint8_t> bytes_;
  std::vector<Reloc> relocs_;
  int64_t reloc_end_ = 0;  // the end of the last relocation: writes past it overwrite none
  Node head_{};
  Node* cur_ = &head_;
};

// ---------------------------------------------------------------- helpers

bool InitParser::is_designator() {
  if (p_.is(Punct::LBracket) || p_.is(Punct::Dot)) return true;
  // GNU's old field designator `name: value`
  return p_.is_ident() && p_.peek(1).is(Punct::Colon);
}

Member* InitParser::first_member(Type* ty) {
  Member* m = ty->rec->members;
  while (m && !m->name && !is_record(m->ty)) m = m->next;  // unnamed bit-fields take no initializer
  return m;
}

Member* InitParser::next_member(Member* m) {
  m = m->next;
  while (m && !m->name && !is_record(m->ty)) m = m->next;
  return m;
}

bool InitParser::at_end(Type* ty, const Cursor& cur) {
  if (is_array(ty)) return ty->array_len >= 0 && cur.index >= ty->array_len;
  if (ty->kind == TypeKind::Union) return cur.done || !cur.member;
  return !cur.member;
}

void InitParser::next_element(Type* ty, Cursor& cur) {
  if (is_array(ty)) {
    ++cur.index;
  } else if (ty->kind == TypeKind::Union) {
    cur.done = true;
  } else {
    cur.member = next_member(cur.member);
  }
}

Type* InitParser::element_type(Type* ty, const Cursor& cur, int64_t& off) {
  if (is_array(ty)) {
    off += cur.index * type_size(ty->base);
    return ty->base;
  }
  off += cur.member->offset;
  return cur.member->ty;
}

void InitParser::skip_initializer() {
  if (p_.is(Punct::LBrace)) {
    int depth = 0;
    do {
      if (p_.tok().kind == TokKind::Eof) p_.fatal(p_.tok().loc, "expected '}' at end of input");
      if (p_.is(Punct::LBrace)) ++depth;
      if (p_.is(Punct::RBrace)) --depth;
      p_.advance();
    } while (depth > 0);
  } else {
    p_.assign();
  }
}

bool InitParser::is_char_array_for(Type* ty, Node* e) {
  if (!is_array(ty) || e->kind != NodeKind::Str) return false;
  Type* elem = ty->base;
  if (!is_integer(elem)) return false;
  int64_t es = type_size(elem);
  return es == e->str->elem_size;
}

// After an error in a designator: skip the rest of this element (up to
// the ',' or '}' that ends it), so the list goes on.
void skip_element(Parser& p) {
  int depth = 0;
  for (;;) {
    const CTok& t = p.tok();
    if (t.kind == TokKind::Eof) return;
    if (depth == 0 && (t.is(Punct::Comma) || t.is(Punct::RBrace))) return;
    if (t.is(Punct::LBrace) || t.is(Punct::LParen) || t.is(Punct::LBracket)) ++depth;
    if (t.is(Punct::RBrace) || t.is(Punct::RParen) || t.is(Punct::RBracket)) --depth;
    p.advance();
  }
}

// ---------------------------------------------------------------- the grammar

void InitParser::run() {
  Type* ty = var_->ty;
  top_unknown_ = is_array(ty) && ty->array_len < 0 && !ty->is_vla;
  if (!static_ && !p_.is(Punct::LBrace) && is_scalar(ty)) {
    // The common case, `int x = e;`, is one store.
    Node* e = p_.assign();
    leaf(ty, 0, p_.convert_assign(e, ty, "initialization", e->loc), nullptr);
    return;
  }
  if (!static_ && (is_aggregate(ty) && !is_complex(ty))) {
    if (p_.is(Punct::LBrace) || (is_array(ty) && p_.tok().kind == TokKind::String)) {
      Node* z = p_.new_node(NodeKind::MemZero, var_->loc);
      z->var = var_;
      add_store(z);
    }
  }
  item(ty, 0, nullptr);
  if (top_unknown_) {
    int64_t len = top_len_ < 0 ? 0 : top_len_;
    var_->ty = p_.types().array_of(ty->base, len);
    if (!static_ && head_.next && head_.next->kind == NodeKind::MemZero) head_.next->ty = var_->ty;
  }
}

void InitParser::item(Type* ty, int64_t off, Node* pending, Member* bitfield) {
  if (!pending && p_.is(Punct::LBrace)) {
    if (bitfield) {
      // { value } for a bit-field
      p_.advance();
      item(ty, off, nullptr, bitfield);
      p_.accept(Punct::Comma);
      p_.expect(Punct::RBrace, "at end of initializer");
      return;
    }
    braced(ty, off);
    return;
  }
  Node* e = pending;
  if (!e) {
    if (is_array(ty) && p_.tok().kind == TokKind::String) e = p_.string_literal();
    else e = p_.assign();
  }
  expr_into(ty, off, e, bitfield);
}

void InitParser::expr_into(Type* ty, int64_t off, Node* e, Member* bitfield) {
  if (is_char_array_for(ty, e)) {
    string_into(ty, off, e);
    return;
  }
  if (is_record(ty) && is_record(e->ty) && compatible_unqual(ty, e->ty)) {
    whole(ty, off, e);
    return;
  }
  if (is_array(ty) || is_record(ty)) {
    if (is_array(ty) && is_array(e->ty) && e->kind != NodeKind::Str) {
      p_.error(e->loc, "array initialized from non-constant array expression");
      return;
    }
    // Brace elision: e is the first initializer of this aggregate's elements.
    list(ty, off, false, e, false);
    return;
  }
  leaf(ty, off, p_.convert_assign(e, ty, "initialization", e->loc), bitfield);
}

void InitParser::braced(Type* ty, int64_t off) {
  Loc loc = p_.tok().loc;
  p_.advance();  // {
  if (p_.accept(Punct::RBrace)) {  // {} : all zero (C2x, GNU)
    if (top_unknown_ && ty == var_->ty && top_len_ < 0) top_len_ = 0;
    return;
  }
  if (is_scalar(ty)) {
    // A scalar in braces, possibly with extra braces (6.7.9p11).
    item(ty, off, nullptr);
    p_.accept(Punct::Comma);
    if (!p_.is(Punct::RBrace)) {
      p_.warning(Warn::ExcessInitializers, p_.tok().loc, "excess elements in scalar initializer");
      while (!p_.is(Punct::RBrace)) {
        if (p_.tok().kind == TokKind::Eof) p_.fatal(p_.tok().loc, "expected '}' at end of input");
        skip_initializer();
        if (!p_.accept(Punct::Comma)) break;
      }
    }
    p_.expect(Punct::RBrace, "at end of initializer");
    return;
  }
  if (is_array(ty) && p_.tok().kind == TokKind::String && is_integer(ty->base)) {
    // char s[] = { "text" }
    Node* s = p_.string_literal();
    if (p_.is(Punct::RBrace) || (p_.is(Punct::Comma) && p_.peek(1).is(Punct::RBrace))) {
      p_.accept(Punct::Comma);
      p_.advance();
      expr_into(ty, off, s);
      return;
    }
    list(ty, off, true, s, false);
    p_.expect(Punct::RBrace, "at end of initializer");
    return;
  }
  if (!is_array(ty) && !is_record(ty)) {
    p_.error(loc, "invalid initializer");
    while (!p_.is(Punct::RBrace) && p_.tok().kind != TokKind::Eof) skip_initializer(), p_.accept(Punct::Comma);
    p_.expect(Punct::RBrace);
    return;
  }
  list(ty, off, true, nullptr, false);
  p_.expect(Punct::RBrace, "at end of initializer");
}

// The elements of aggregate `ty`. Braced: up to the closing brace (which the
// caller consumes). Unbraced (elided braces, or the rest of a designator
// chain when `designated`): until the aggregate is full or the next
// initializer belongs to the enclosing list.
void InitParser::list(Type* ty, int64_t off, bool braced, Node* pending, bool designated) {
  if (is_record(ty) && !ty->rec->complete) {
    p_.error(p_.tok().loc, "variable has incomplete type " + p_.tname(ty));
    return;
  }
  Cursor cur;
  if (is_record(ty)) cur.member = first_member(ty);
  bool first = true;
  for (;;) {
    if (!first) {
      // Between elements: a comma, unless this (unbraced) list is complete.
      if (braced) {
        if (!p_.accept(Punct::Comma)) return;
        if (p_.is(Punct::RBrace)) return;
      } else {
        if (at_end(ty, cur) || !p_.is(Punct::Comma)) return;
        const CTok& after = p_.peek(1);
        if (after.is(Punct::RBrace) || after.is(Punct::LBracket) || after.is(Punct::Dot) ||
            (after.kind == TokKind::Ident && p_.peek(2).is(Punct::Colon)))
          return;
        p_.advance();
      }
    }
    if (braced && p_.is(Punct::RBrace)) return;
    if (!pending && is_designator()) {
      if (!braced && !(first && designated)) return;  // it belongs to an enclosing list
      if (!designation(ty, off, cur)) skip_element(p_);
      first = false;
      continue;
    }
    first = false;
    if (at_end(ty, cur)) {
      if (!braced) return;
      p_.warning(Warn::ExcessInitializers, p_.tok().loc,
                 std::string("excess elements in ") + (is_array(ty) ? "array" : ty->kind == TypeKind::Struct ? "struct" : "union") + " initializer");
      if (pending) pending = nullptr;
      else skip_initializer();
      continue;
    }
    int64_t eoff = off;
    Type* ety = element_type(ty, cur, eoff);
    if (is_array(ty) && top_unknown_ && ty == var_->ty && cur.index + 1 > top_len_) top_len_ = cur.index + 1;
    if (is_array(ety) && ety->array_len < 0) {
      // A flexible array member, initialized (GNU): only in static storage.
      if (!static_) p_.error(p_.tok().loc, "non-static initialization of a flexible array member");
      Type* saved = ety;
      (void)saved;
      int64_t len = 0;
      if (pending || !p_.is(Punct::LBrace)) {
        Node* e = pending ? pending : p_.tok().kind == TokKind::String ? p_.string_literal() : p_.assign();
        pending = nullptr;
        if (e->kind == NodeKind::Str) {
          len = e->str->size / e->str->elem_size;
          string_into(p_.types().array_of(ety->base, len), eoff, e);
        } else {
          p_.error(e->loc, "initialization of flexible array member in a nested context");
        }
      } else {
        // Count the elements by parsing into a sized array type step by step.
        p_.advance();  // {
        int64_t i = 0;
        while (!p_.is(Punct::RBrace)) {
          if (p_.tok().kind == TokKind::Eof) p_.fatal(p_.tok().loc, "expected '}' at end of input");
          item(ety->base, eoff + i * type_size(ety->base), nullptr);
          ++i;
          if (!p_.accept(Punct::Comma)) break;
        }
        p_.expect(Punct::RBrace);
        len = i;
      }
      note_extent(eoff + len * type_size(ety->base));
      next_element(ty, cur);
      continue;
    }
    if (ty->kind == TypeKind::Union) {
      // A union initializer names the member it initializes.
      Node* z = nullptr;
      (void)z;
    }
    Member* bf = is_record(ty) && cur.member->is_bitfield ? cur.member : nullptr;
    item(ety, eoff, pending, bf);
    pending = nullptr;
    if (ty->kind == TypeKind::Union) {
      // remember which member, for the union's later designators
    }
    next_element(ty, cur);
  }
}

// One designator at the current level (tok() is at it): moves the cursor
// and initializes the designated element with the rest of the chain.
// Returns false after an error that leaves the list unusable.
bool InitParser::designation(Type* ty, int64_t off, Cursor& cur) {
  Loc loc = p_.tok().loc;
  int64_t lo = 0, hi = 0;
  Member* path[64];
  int depth = 0;
  if (p_.is_ident() && p_.peek(1).is(Punct::Colon)) {
    // name: value (obsolete GNU syntax) is .name = value
    StrId name = p_.tok().ident;
    p_.advance();
    p_.advance();
    if (!is_record(ty)) {
      p_.error(loc, "field name not in record or union initializer");
      return false;
    }
    struct Finder {
      StrId name;
      Member** path;
      int& depth;
      bool find(Record* r) {
        for (Member* m = r->members; m; m = m->next) {
          if (m->name == name) return path[depth++] = m, true;
          if (!m->name && is_record(m->ty) && depth < 63) {
            path[depth++] = m;
            if (find(m->ty->rec)) return true;
            --depth;
          }
        }
        return false;
      }
    } f{name, path, depth};
    if (!f.find(ty->rec)) {
      p_.error(loc, "unknown field '" + std::string(p_.name_of(name)) + "' specified in initializer");
      return false;
    }
    cur.member = path[0];
    cur.done = false;
    int64_t eoff = off + path[0]->offset;
    Type* ety = path[0]->ty;
    for (int i = 1; i < depth; ++i) {
      eoff += path[i]->offset;
      ety = path[i]->ty;
    }
    Member* last = path[depth - 1];
    item(ety, eoff, nullptr, last->is_bitfield ? last : nullptr);
    next_element(ty, cur);
    return true;
  }
  if (p_.accept(Punct::LBracket)) {
    if (!is_array(ty)) {
      p_.error(loc, "array index in non-array initializer");
      return false;
    }
    lo = p_.const_int(p_.conditional());
    hi = lo;
    if (p_.accept(Punct::Ellipsis)) hi = p_.const_int(p_.conditional());
    p_.expect(Punct::RBracket, "after array designator");
    if (lo < 0 || hi < lo || (ty->array_len >= 0 && hi >= ty->array_len)) {
      p_.error(loc, "array index in initializer exceeds array bounds");
      return false;
    }
    cur.index = lo;
  } else {
    p_.expect(Punct::Dot);
    Loc nloc = p_.tok().loc;
    StrId name = p_.expect_ident("field name");
    if (!is_record(ty)) {
      p_.error(loc, "field name not in record or union initializer");
      return false;
    }
    struct Finder {
      StrId name;
      Member** path;
      int& depth;
      bool find(Record* r) {
        for (Member* m = r->members; m; m = m->next) {
          if (m->name == name) return path[depth++] = m, true;
          if (!m->name && is_record(m->ty) && depth < 63) {
            path[depth++] = m;
            if (find(m->ty->rec)) return true;
            --depth;
          }
        }
        return false;
      }
    } f{name, path, depth};
    if (!f.find(ty->rec)) {
      p_.error(nloc, "unknown field '" + std::string(p_.name_of(name)) + "' specified in initializer");
      return false;
    }
    cur.member = path[0];
    cur.done = false;
  }
  // The designated element, and (for a member of an anonymous member) the
  // path down to the named one.
  auto init_one = [&](Type* ety, int64_t eoff) {
    if (depth > 1) {
      // .x where x is inside anonymous members: descend without braces.
      for (int i = 1; i < depth; ++i) {
        eoff += path[i]->offset;
        ety = path[i]->ty;
      }
    }
    if (p_.is(Punct::LBracket) || p_.is(Punct::Dot)) {
      if (!is_array(ety) && !is_record(ety)) {
        p_.error(p_.tok().loc, is_array(ety) ? "array index in non-array initializer" : "field name not in record or union initializer");
        return;
      }
      list(ety, eoff, false, nullptr, true);
      return;
    }
    if (!p_.accept(Punct::Assign)) {
      // GNU allows `[i] value` without '='
      if (!is_designator()) p_.warning(Warn::Pedantic, p_.tok().loc, "obsolete use of designated initializer without '='");
    }
    Member* bf = is_record(ty) && depth > 0 && path[depth - 1]->is_bitfield ? path[depth - 1] : nullptr;
    item(ety, eoff, nullptr, bf);
  };
  int64_t eoff = off;
  Type* ety = element_type(ty, cur, eoff);
  if (is_array(ty) && top_unknown_ && ty == var_->ty && hi + 1 > top_len_) top_len_ = hi + 1;
  if (hi == lo) {
    init_one(ety, eoff);
  } else {
    // [lo ... hi] = x: initialize lo, then replicate it (x evaluated once per element).
    size_t first_reloc = relocs_.size();
    Node* first_store = cur_;
    init_one(ety, eoff);
    Node* last = cur_;  // the stores of element lo end here
    int64_t esize = type_size(ety);
    for (int64_t i = lo + 1; i <= hi; ++i) {
      int64_t delta = (i - lo) * esize;
      if (static_) {
        if (!grow(eoff + delta + esize)) break;
        std::memmove(bytes_.data() + eoff + delta, bytes_.data() + eoff, static_cast<size_t>(esize));
        size_t n = relocs_.size();
        for (size_t r = first_reloc; r < n; ++r) {
          Reloc c = relocs_[r];
          if (c.offset < eoff || c.offset >= eoff + esize) continue;
          c.offset += delta;
          relocs_.push_back(c);
          if (c.offset + c.size > reloc_end_) reloc_end_ = c.offset + c.size;
        }
        note_extent(eoff + delta + esize);
      } else {
        if (last == first_store) continue;  // nothing was stored
        for (Node* s = first_store->next; s; s = s->next) {
          Node* c = p_.new_node(s->kind, s->loc);
          *c = *s;
          c->next = nullptr;
          c->val += delta;
          add_store(c);
          if (s == last) break;
        }
      }
    }
  }
  cur.index = hi;
  next_element(ty, cur);
  return true;
}

// ---------------------------------------------------------------- sinks

void InitParser::add_store(Node* n) {
  cur_->next = n;
  cur_ = n;
}

void InitParser::string_into(Type* ty, int64_t off, Node* str) {
  int64_t elem = str->str->elem_size;
  int64_t n = str->str->size / elem;  // elements including the terminator
  int64_t len = ty->array_len;
  if (top_unknown_ && ty == var_->ty) {
    top_len_ = n;
    len = n;
  } else if (len >= 0 && n - 1 > len) {
    p_.warning(Warn::Other, str->loc, "initializer-string for array of " + p_.tname(ty->base) + " is too long");
  }
  int64_t count = len < 0 ? n : (n < len ? n : len);
  if (static_) {
    put_bytes(off, reinterpret_cast<const uint8_t*>(str->str->bytes), count * elem);
    note_extent(off + (len < 0 ? n : len) * elem);
    return;
  }
  Node* s = p_.new_node(NodeKind::InitStore, str->loc);
  s->var = var_;
  s->val = off;
  s->lhs = str;
  s->val_hi = count * elem;  // bytes to copy
  s->ty = ty;
  add_store(s);
}

void InitParser::leaf(Type* ty, int64_t off, Node* e, Member* bitfield) {
  if (static_) {
    write_static(ty, off, e, bitfield);
    return;
  }
  Node* s = p_.new_node(NodeKind::InitStore, e->loc);
  s->var = var_;
  s->val = off;
  s->lhs = e;
  s->ty = ty;
  s->member = bitfield;
  add_store(s);
}

void InitParser::whole(Type* ty, int64_t off, Node* e) {
  if (!static_) {
    Node* s = p_.new_node(NodeKind::InitStore, e->loc);
    s->var = var_;
    s->val = off;
    s->lhs = e;
    s->ty = ty;
    add_store(s);
    return;
  }
  // A constant struct value: a compound literal at file scope (GNU).
  Node* inner = e;
  while (inner->kind == NodeKind::Cast) inner = inner->lhs;
  if (inner->kind == NodeKind::Var && inner->var->is_compound_literal && inner->var->data) {
    StaticData* d = inner->var->data;
    put_bytes(off, d->bytes, d->size < type_size(ty) ? d->size : type_size(ty));
    for (uint32_t i = 0; i < d->num_relocs; ++i) {
      Reloc r = d->relocs[i];
      r.offset += off;
      relocs_.push_back(r);
      if (r.offset + r.size > reloc_end_) reloc_end_ = r.offset + r.size;
    }
    note_extent(off + type_size(ty));
    return;
  }
  if (inner->kind == NodeKind::Var && inner->var->is_compound_literal) {
    note_extent(off + type_size(ty));  // all zero
    return;
  }
  p_.error(e->loc, "initializer element is not constant");
}

// kit builds a static initializer's bytes in memory, so it refuses
// objects whose non-zero initializer reaches past 256 MiB (zero-filled ones
// of any size are fine: they need no bytes).
constexpr int64_t kMaxInitializedBytes = int64_t{256} << 20;

bool InitParser::grow(int64_t end) {
  if (end > kMaxInitializedBytes) {
    if (!too_large_)
      p_.error(var_->loc, "kit does not support initializing an object beyond 256 MiB (here " +
                              std::to_string(end) + " bytes); only zero-initialized objects may be larger");
    too_large_ = true;
    return false;
  }
  if (end > static_cast<int64_t>(bytes_.size())) bytes_.resize(static_cast<size_t>(end), 0);
  return true;
}

void InitParser::put_bytes(int64_t off, const uint8_t* b, int64_t n) {
  if (!grow(off + n)) return;
  if (n > 0) std::memcpy(bytes_.data() + off, b, static_cast<size_t>(n));  // n == 0: b may be null
  // A later initializer replaces any address stored there before.
  if (off >= reloc_end_) {
    note_extent(off + n);
    return;
  }
  for (auto it = relocs_.begin(); it != relocs_.end();) {
    if (it->offset < off + n && it->offset + it->size > off) it = relocs_.erase(it);
    else ++it;
  }
  note_extent(off + n);
}

// The value of a complex constant as (real, imag), for static initializers.
static bool complex_parts(Parser& p, Node* e, long double& re, long double& im) {
  if (e->kind == NodeKind::FNum && is_complex(e->ty)) {
    re = e->val ? 0 : e->fval;
    im = e->val ? e->fval : 0;
    return true;
  }
  if (e->kind == NodeKind::Cast && is_complex(e->ty)) {
    if (is_complex(e->lhs->ty)) return complex_parts(p, e->lhs, re, im);
    ConstEval ev(p);
    ConstVal v;
    if (!ev.eval(e->lhs, v)) return false;
    re = v.kind == ConstVal::Float ? v.f : e->lhs->ty->is_unsigned ? static_cast<long double>(static_cast<uint64_t>(v.i)) : static_cast<long double>(v.i);
    im = 0;
    return v.kind != ConstVal::Addr;
  }
  if ((e->kind == NodeKind::Add || e->kind == NodeKind::Sub) && is_complex(e->ty)) {
    long double ar, ai, br, bi;
    if (!complex_parts(p, e->lhs, ar, ai) || !complex_parts(p, e->rhs, br, bi)) return false;
    re = e->kind == NodeKind::Add ? ar + br : ar - br;
    im = e->kind == NodeKind::Add ? ai + bi : ai - bi;
    return true;
  }
  if (e->kind == NodeKind::Mul && is_complex(e->ty)) {
    long double ar, ai, br, bi;
    if (!complex_parts(p, e->lhs, ar, ai) || !complex_parts(p, e->rhs, br, bi)) return false;
    re = ar * br - ai * bi;
    im = ar * bi + ai * br;
    return true;
  }
  if (e->kind == NodeKind::Neg && is_complex(e->ty)) {
    if (!complex_parts(p, e->lhs, re, im)) return false;
    re = -re;
    im = -im;
    return true;
  }
  return false;
}

void InitParser::write_static(Type* ty, int64_t off, Node* e, Member* bitfield) {
  const TargetModel& m = p_.model();
  uint8_t buf[32] = {};
  int64_t size = type_size(ty);
  if (is_complex(ty)) {
    long double re, im;
    if (!complex_parts(p_, e, re, im)) {
      p_.error(e->loc, "initializer element is not constant");
      return;
    }
    int64_t half = size / 2;
    if (is_integer(ty->base)) {  // _Complex int (GNU)
      for (int64_t i = 0; i < half; ++i) {
        buf[i] = static_cast<uint8_t>(static_cast<uint64_t>(static_cast<int64_t>(re)) >> (8 * i));
        buf[half + i] = static_cast<uint8_t>(static_cast<uint64_t>(static_cast<int64_t>(im)) >> (8 * i));
      }
    } else {
      encode_float(re, ty->base, m, buf);
      encode_float(im, ty->base, m, buf + half);
    }
    put_bytes(off, buf, size);
    return;
  }
  ConstEval ev(p_);
  ConstVal v;
  if (!ev.eval(e, v)) {
    p_.error(e->loc, "initializer element is not constant");
    return;
  }
  if (v.kind == ConstVal::Addr) {
    if (!is_pointer(ty) && !(is_integer(ty) && size >= m.pointer_size)) {
      p_.error(e->loc, "initializer element is not computable at load time");
      return;
    }
    if (v.label && !v.obj) {
      p_.error(e->loc, "initializer element is not constant");
      return;
    }
    put_bytes(off, buf, size);  // zero, and drop what was there
    Reloc r{};
    r.offset = off;
    r.addend = v.addend;
    r.target = v.obj;
    r.label = v.label;
    r.size = static_cast<uint8_t>(m.pointer_size);
    relocs_.push_back(r);
    if (off + r.size > reloc_end_) reloc_end_ = off + r.size;
    if (v.obj) v.obj->is_referenced = true;
    return;
  }
  if (is_flonum(ty)) {
    long double f = v.kind == ConstVal::Float ? v.f
                    : e->ty->is_unsigned  ? static_cast<long double>(static_cast<uint64_t>(v.i))
                                          : static_cast<long double>(v.i);
    encode_float(f, ty, m, buf);
    put_bytes(off, buf, size);
    return;
  }
  uint64_t lo = static_cast<uint64_t>(v.i);
  uint64_t hi = static_cast<uint64_t>(v.hi);
  if (v.kind == ConstVal::Float) {
    lo = static_cast<uint64_t>(static_cast<int64_t>(v.f));
    hi = 0;
  }
  if (bitfield) {
    // Read-modify-write the storage unit.
    int64_t uoff = off;
    int us = bitfield->unit_size;
    if (!grow(uoff + us)) return;
    unsigned __int128 unit = 0;
    for (int i = 0; i < us; ++i) unit |= static_cast<unsigned __int128>(bytes_[uoff + i]) << (8 * i);
    unsigned __int128 mask = (bitfield->bit_width >= 128 ? ~static_cast<unsigned __int128>(0)
                                                         : ((static_cast<unsigned __int128>(1) << bitfield->bit_width) - 1));
    unit &= ~(mask << bitfield->bit_offset);
    unit |= (static_cast<unsigned __int128>(lo) & mask) << bitfield->bit_offset;
    for (int i = 0; i < us; ++i) buf[i] = static_cast<uint8_t>(unit >> (8 * i));
    if (m.big_endian) {
      // Bit-fields on big-endian targets: not yet (no such target).
    }
    grow(uoff + us);
    std::memcpy(bytes_.data() + uoff, buf, static_cast<size_t>(us));
    note_extent(uoff + us);
    return;
  }
  for (int64_t i = 0; i < size && i < 16; ++i) {
    uint64_t word = i < 8 ? lo : hi;
    int shift = static_cast<int>((i % 8) * 8);
    buf[m.big_endian ? size - 1 - i : i] = static_cast<uint8_t>(word >> shift);
  }
  put_bytes(off, buf, size);
}

StaticData* InitParser::static_data() {
  int64_t size = type_size(var_->ty);
  if (extent_ > size) size = extent_;  // a flexible array member made it larger
  bool all_zero = relocs_.empty();
  for (uint8_t b : bytes_)
    if (b) {
      all_zero = false;
      break;
    }
  StaticData* d = p_.perm().make<StaticData>();
  d->size = size;
  if (all_zero || !grow(size)) return d;  // bytes null: zero-initialized (or an error)
  d->bytes = static_cast<uint8_t*>(p_.perm().allocate(static_cast<size_t>(size), 8));
  std::memcpy(d->bytes, bytes_.data(), static_cast<size_t>(size));
  d->num_relocs = static_cast<uint32_t>(relocs_.size());
  if (!relocs_.empty()) {
    d->relocs = static_cast<Reloc*>(p_.perm().allocate(sizeof(Reloc) * relocs_.size(), alignof(Reloc)));
    std::memcpy(static_cast<void*>(d->relocs), relocs_.data(), sizeof(Reloc) * relocs_.size());
  }
  return d;
}

// ---------------------------------------------------------------- entry points

void Parser::global_initializer(Obj* var) {
  if (var->is_definition && !var->is_compound_literal) {
    error(tok().loc, "redefinition of '" + std::string(name_of(var->name)) + "'");
  }
  if (var->is_extern) warning(Warn::Other, var->loc, "'" + std::string(name_of(var->name)) + "' initialized and declared 'extern'");
  if (is_array(var->ty) && var->ty->is_vla) error(var->loc, "variable-sized object may not be initialized");
  InitParser ip(*this, var, true);
  ip.run();
  var->data = ip.static_data();
  var->is_definition = true;
  var->is_tentative = false;
}

Node* Parser::local_initializer(Obj* var) {
  InitParser ip(*this, var, false);
  ip.run();
  return ip.local_stores();
}

// (T){ ... } (C17 6.5.2.5): an unnamed object, static at file scope and
// automatic in a function.
Node* Parser::compound_literal(Type* ty, const Loc& loc) {
  if (is_array(ty) && ty->is_vla) error(loc, "compound literal has variable size");
  if (!fn_) {
    Obj* o = new_anonymous_global(ty, loc, "__compound_literal.");
    o->is_compound_literal = true;
    o->is_definition = false;
    global_initializer(o);
    return new_var(o, loc);
  }
  Obj* o = new_local(0, ty, loc);
  o->is_compound_literal = true;
  Node* body = local_initializer(o);
  Node* n = new_node(NodeKind::CompoundLit, loc);
  n->var = o;
  n->body = body;
  n->ty = o->ty;
  return n;
}

}  // namespace kit::c
