// Structure, union and enumeration specifiers (C17 6.7.2.1-6.7.2.3).
//
// A tag names one type per scope: `struct S;` or a first `struct S` makes
// an incomplete type, and the later `struct S { ... }` in the same scope
// completes that very Type (through its shared Record), so pointers formed
// earlier see the members. The layout itself is types/layout.cpp.
#include "parse/parser.hpp"

namespace kit::c {

Type* Parser::record_spec(bool is_union, DeclSpec& spec) {
  (void)spec;
  Attrs attrs{};
  attributes(attrs);
  Loc loc = tok().loc;
  StrId tag = 0;
  if (is_ident()) {
    tag = tok().ident;
    advance();
  } else if (!is(Punct::LBrace)) {
    fatal(tok().loc, std::string("expected '{' or a tag name after '") + (is_union ? "union" : "struct") + "'");
  }
  TypeKind kind = is_union ? TypeKind::Union : TypeKind::Struct;
  auto wrong_kind = [&](Binding* b) {
    if (b->type->kind != kind) {
      error(loc, "'" + std::string(name_of(tag)) + "' defined as wrong kind of tag");
      return true;
    }
    return false;
  };
  if (tag && !is(Punct::LBrace)) {
    Binding* b = find_tag(tag);
    // `struct S;` alone declares a new type in this scope (6.7.2.3p7).
    bool forward_decl = is(Punct::Semi);
    if (b && (!forward_decl || b->depth == depth_)) {
      if (!wrong_kind(b)) return b->type;
    }
    Type* t = types_.new_record(is_union, tag, loc);
    bind_tag(tag, t);
    return t;
  }
  Type* ty = nullptr;
  if (tag) {
    Binding* b = find_tag(tag);
    if (b && b->depth == depth_ && !wrong_kind(b)) {
      if (b->type->rec->complete) {
        error(loc, std::string("redefinition of '") + (is_union ? "union " : "struct ") + std::string(name_of(tag)) + "'");
      } else {
        ty = b->type;
      }
    }
  }
  if (!ty) {
    ty = types_.new_record(is_union, tag, loc);
    if (tag) bind_tag(tag, ty);
  }
  record_body(ty, attrs);
  return ty;
}

// { member-declarations } [attributes], then the layout.
void Parser::record_body(Type* ty, Attrs& attrs) {
  Record* rec = ty->rec;
  advance();  // {
  Member head{};
  Member* cur = &head;
  bool is_struct = !rec->is_union;
  while (!accept(Punct::RBrace)) {
    if (tok().kind == TokKind::Eof) fatal(tok().loc, "expected '}' at end of input");
    if (is_kw(pp::kw__Static_assert)) {
      static_assert_decl();
      continue;
    }
    if (accept(Punct::Semi)) continue;
    if (accept_kw(pp::kw___extension__)) continue;
    DeclSpec spec;
    if (!is_typename()) fatal(tok().loc, "expected specifier-qualifier-list before " + describe_tok(tok()));
    declspec(spec, false);
    if (!spec.ty) fatal(spec.loc, "'__auto_type' is not allowed here");
    // An anonymous struct or union member (C11 6.7.2.1p13).
    if (is_record(spec.ty) && is(Punct::Semi)) {
      advance();
      Member* m = perm_.make<Member>();
      m->ty = spec.ty;
      m->loc = spec.loc;
      m->align = spec.align > spec.attrs.aligned ? spec.align : spec.attrs.aligned;
      m->is_packed = spec.attrs.packed;
      if (spec.ty->rec->has_const_member || spec.ty->is_const()) rec->has_const_member = true;
      cur = cur->next = m;
      continue;
    }
    for (;;) {
      Declarator d{};
      Type* mty = spec.ty;
      Loc mloc = tok().loc;
      if (!is(Punct::Colon)) {
        mty = declarator(spec.ty, d, false);
        mloc = d.loc;
      }
      attributes(d.attrs);
      Member* m = perm_.make<Member>();
      m->ty = mty;
      m->name = d.name;
      m->loc = mloc;
      if (accept(Punct::Colon)) {
        Node* w = conditional();
        bool ok = true;
        int64_t width = const_int(w, &ok);
        Type* bt = mty->kind == TypeKind::Enum ? mty->base : mty;
        if (!is_integer(mty)) {
          error(mloc, "bit-field '" + std::string(name_of(d.name)) + "' has invalid type");
          m->ty = mty = types_.int_type();
          bt = mty;
        }
        int64_t bits = type_size(bt) * 8;
        if (bt->kind == TypeKind::Bool) bits = 1;
        if (width < 0) {
          error(w->loc, "negative width in bit-field '" + std::string(name_of(d.name)) + "'");
          width = 1;
        } else if (width > bits) {
          error(w->loc, "width of '" + std::string(name_of(d.name)) + "' exceeds its type");
          width = bits;
        } else if (width == 0 && d.name) {
          error(w->loc, "zero width for bit-field '" + std::string(name_of(d.name)) + "'");
          width = 1;
        }
        m->is_bitfield = true;
        m->bit_width = static_cast<uint16_t>(width);
        attributes(d.attrs);
      }
      m->align = spec.align;
      uint32_t a = d.attrs.aligned ? d.attrs.aligned : spec.attrs.aligned;
      if (a > m->align) m->align = a;
      m->is_packed = d.attrs.packed || spec.attrs.packed;
      if (is_func(mty)) error(mloc, "field '" + std::string(name_of(d.name)) + "' declared as a function");
      else if (!is_complete(mty) && !(is_array(mty) && mty->array_len < 0 && !mty->is_vla))
        error(mloc, "field '" + std::string(name_of(d.name)) + "' has incomplete type");
      if (is_array(mty) && mty->is_vla) error(mloc, "a member of a structure or union cannot have a variably modified type");
      if (mty->is_const() || (is_record(mty) && mty->rec->has_const_member)) rec->has_const_member = true;
      cur = cur->next = m;
      if (accept(Punct::Comma)) continue;
      expect(Punct::Semi, "at end of member declaration");
      break;
    }
  }
  Attrs after{};
  attributes(after);
  // Flexible array member: the last member, an array of unknown size.
  for (Member* m = head.next; m; m = m->next) {
    if (is_array(m->ty) && m->ty->array_len < 0 && !m->ty->is_vla) {
      if (m->next) {
        error(m->loc, "flexible array member not at end of struct");
      } else if (!is_struct) {
        // GNU accepts it in unions as a zero-length array.
      } else {
        rec->flexible = true;
      }
      if (m == head.next && !m->next && is_struct)
        error(m->loc, "flexible array member in a struct with no named members");
    }
  }
  rec->members = head.next;
  rec->packed = attrs.packed || after.packed;
  bool want_transparent = attrs.transparent_union || after.transparent_union;
  LayoutOptions lo;
  lo.ms_bitfields = model().ms_bitfields;
  if (attrs.ms_struct || after.ms_struct) lo.ms_bitfields = true;
  if (attrs.gcc_struct || after.gcc_struct) lo.ms_bitfields = false;
  lo.max_align = pack_;
  lo.declared_align = attrs.aligned > after.aligned ? attrs.aligned : after.aligned;
  if (attrs.aligned_max || after.aligned_max) lo.declared_align = 16;
  layout_record(rec, lo);
  rec->ir_type = 0;
  if (want_transparent) mark_transparent_union(ty, after.transparent_union ? tok().loc : ty->rec->loc);
}

// enum [tag] { A, B = 3, ... } (C17 6.7.2.2). The enumeration constants
// have type int when their value fits (6.7.2.2p2, with gcc's extension to
// wider values); the enumerated type's underlying integer type is
// unsigned int when no value is negative, else int, widened as needed --
// or the smallest type that fits with __attribute__((packed)).
Type* Parser::enum_spec(DeclSpec& spec) {
  (void)spec;
  Attrs attrs{};
  attributes(attrs);
  Loc loc = tok().loc;
  StrId tag = 0;
  if (is_ident()) {
    tag = tok().ident;
    advance();
  } else if (!is(Punct::LBrace)) {
    fatal(tok().loc, "expected '{' or a tag name after 'enum'");
  }
  if (tag && !is(Punct::LBrace)) {
    Binding* b = find_tag(tag);
    if (b) {
      if (b->type->kind != TypeKind::Enum) error(loc, "'" + std::string(name_of(tag)) + "' defined as wrong kind of tag");
      else return b->type;
    }
    // A forward reference to an enum (a GNU extension).
    Type* t = types_.new_enum(tag, loc);
    bind_tag(tag, t);
    return t;
  }
  Type* ty = nullptr;
  if (tag) {
    Binding* b = find_tag(tag);
    if (b && b->depth == depth_ && b->type->kind == TypeKind::Enum && b->type->is_incomplete_enum)
      ty = b->type;
    else if (b && b->depth == depth_)
      error(loc, "redeclaration of 'enum " + std::string(name_of(tag)) + "'");
  }
  if (!ty) {
    ty = types_.new_enum(tag, loc);
    if (tag) bind_tag(tag, ty);
  }
  advance();  // {
  int64_t next = 0;
  bool next_overflow = false;
  bool any_negative = false;
  int64_t min = 0, max = 0;
  bool first = true;
  bool big_unsigned = false;  // a value above INT64_MAX (from an unsigned constant)
  std::vector<Binding*> consts;
  while (!is(Punct::RBrace)) {
    Loc cloc = tok().loc;
    StrId name = expect_ident("identifier");
    Attrs cattrs{};
    attributes(cattrs);
    int64_t value = next;
    if (accept(Punct::Assign)) {
      Node* e = conditional();
      bool ok = true;
      value = const_int(e, &ok);
      if (e->ty->is_unsigned && value < 0 && type_size(e->ty) == 8) big_unsigned = true;
      next_overflow = false;
    } else if (next_overflow) {
      error(cloc, "overflow in enumeration values");
    }
    Binding* old = find_ordinary(name);
    if (old && old->depth == depth_)
      error(cloc, "redeclaration of '" + std::string(name_of(name)) + "'");
    Binding* b = bind_ordinary(name);
    b->is_enum_const = true;
    b->value = value;
    b->type = (value >= INT32_MIN && value <= INT32_MAX) ? types_.int_type()
              : big_unsigned                             ? types_.basic(TypeKind::ULong)
                                                         : types_.basic(model().long_size == 8 ? TypeKind::Long : TypeKind::LLong);
    consts.push_back(b);
    if (first || value < min) min = value;
    if (first || value > max) max = value;
    first = false;
    if (value < 0) any_negative = true;
    next_overflow = value == INT64_MAX;
    next = value + (next_overflow ? 0 : 1);
    if (!accept(Punct::Comma)) break;
  }
  expect(Punct::RBrace, "at end of enumerator list");
  Attrs after{};
  attributes(after);
  bool packed = attrs.packed || after.packed;
  Type* base;
  if (any_negative && !big_unsigned) {
    if (packed && min >= INT8_MIN && max <= INT8_MAX) base = types_.basic(TypeKind::SChar);
    else if (packed && min >= INT16_MIN && max <= INT16_MAX) base = types_.basic(TypeKind::Short);
    else if (min >= INT32_MIN && max <= INT32_MAX) base = types_.int_type();
    else base = types_.int_of_size(8, false);
  } else {
    uint64_t umax = static_cast<uint64_t>(max);
    if (packed && umax <= UINT8_MAX) base = types_.basic(TypeKind::UChar);
    else if (packed && umax <= UINT16_MAX) base = types_.basic(TypeKind::UShort);
    else if (umax <= UINT32_MAX) base = types_.uint_type();
    else base = types_.int_of_size(8, true);
  }
  uint8_t mode = attrs.mode ? attrs.mode : after.mode;
  if (mode) base = types_.int_of_size(mode, base->is_unsigned);
  ty->base = base;
  ty->size = type_size(base);
  ty->align = base->align;
  ty->is_unsigned = base->is_unsigned;
  ty->is_incomplete_enum = false;
  // Pointers to the enum formed before (forward references) share this Type.
  return ty;
}

}  // namespace kit::c
