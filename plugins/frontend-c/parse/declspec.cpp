// Declaration specifiers (C17 6.7.1-6.7.5): storage classes, type
// specifiers and qualifiers, function specifiers, _Alignas, GNU
// attributes, typeof; and whether a token can start a type name.
//
// Type specifier keywords are counted (long twice for long long) and the
// combination is checked against C17 6.7.2p2's list at the end, the way
// chibicc does it.
#include <cstring>

#include "parse/parser.hpp"

namespace kit::c {

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
        // _Complex alone is _Complex double; `_Complex unsigned` and
        // `_Complex signed` are GNU complex integers (of int).
        k = complex && !(counter & (kSigned | kUnsigned)) ? TypeKind::Double : TypeKind::Int;
        if (complex && k == TypeKind::Double) warning(Warn::Pedantic, spec.loc, "'_Complex' alone means '_Complex double'");
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

}  // namespace kit::c
