#include "types/types.hpp"

namespace kit::c {

TargetModel TargetModel::from(const TargetSpec& spec) {
  TargetModel m;
  m.pointer_size = spec.pointer_size();
  m.long_size = spec.long_size();
  m.char_signed = spec.char_signed;
  m.big_endian = spec.endian == Endian::Big;
  m.has_int128 = m.pointer_size == 8;
  m.ms_bitfields = spec.bitfield_layout == "ms";
  m.windows = spec.os == "windows";
  if (spec.long_double == "binary128") {
    m.long_double = LongDoubleFormat::Binary128;
    m.long_double_size = m.long_double_align = 16;
  } else if (spec.long_double == "binary64") {
    m.long_double = LongDoubleFormat::Binary64;
    m.long_double_size = m.long_double_align = 8;
  } else {
    m.long_double = LongDoubleFormat::X87;
    m.long_double_size = m.pointer_size == 8 ? 16 : 12;
    m.long_double_align = m.pointer_size == 8 ? 16 : 4;
  }
  if (spec.wchar_type == "unsigned short") m.wchar_kind = TypeKind::UShort;
  else if (spec.wchar_type == "unsigned int") m.wchar_kind = TypeKind::UInt;
  else if (spec.wchar_type == "short") m.wchar_kind = TypeKind::Short;
  else m.wchar_kind = TypeKind::Int;
  if (m.pointer_size == 4) {
    m.size_kind = TypeKind::UInt;
    m.ptrdiff_kind = TypeKind::Int;
  } else if (m.long_size == 4) {  // LLP64
    m.size_kind = TypeKind::ULLong;
    m.ptrdiff_kind = TypeKind::LLong;
  }
  if (spec.va_list == "pointer") m.va_list = VaListShape::Pointer;
  else if (spec.va_list == "record") m.va_list = VaListShape::Record;
  else m.va_list = VaListShape::ArrayOfRecord;
  m.va_list_size = spec.va_list_size ? spec.va_list_size : m.pointer_size;
  m.va_list_align = spec.va_list_align ? spec.va_list_align : m.pointer_size;
  return m;
}

Type* TypeTable::make(TypeKind k, int64_t size, uint32_t align, bool is_unsigned) {
  Type* t = arena_.make<Type>();
  t->kind = k;
  t->size = size;
  t->align = align;
  t->is_unsigned = is_unsigned;
  t->has_proto = true;
  t->unqual = t;
  return t;
}

TypeTable::TypeTable(const TargetModel& model, Arena& arena) : model_(model), arena_(arena) {
  auto set = [&](TypeKind k, int64_t size, uint32_t align, bool u) {
    basic_[static_cast<size_t>(k)] = make(k, size, align, u);
  };
  unsigned L = model.long_size;
  set(TypeKind::Void, 1, 1, false);  // sizeof(void) is 1 in GNU C
  set(TypeKind::Bool, 1, 1, true);
  set(TypeKind::Char, 1, 1, !model.char_signed);
  set(TypeKind::SChar, 1, 1, false);
  set(TypeKind::UChar, 1, 1, true);
  set(TypeKind::Short, 2, 2, false);
  set(TypeKind::UShort, 2, 2, true);
  set(TypeKind::Int, 4, 4, false);
  set(TypeKind::UInt, 4, 4, true);
  set(TypeKind::Long, L, L, false);
  set(TypeKind::ULong, L, L, true);
  set(TypeKind::LLong, 8, model.pointer_size == 4 ? 4 : 8, false);
  set(TypeKind::ULLong, 8, model.pointer_size == 4 ? 4 : 8, true);
  set(TypeKind::Int128, 16, 16, false);
  set(TypeKind::UInt128, 16, 16, true);
  set(TypeKind::Float, 4, 4, false);
  set(TypeKind::Double, 8, model.pointer_size == 4 ? 4 : 8, false);
  set(TypeKind::LDouble, model.long_double_size, model.long_double_align, false);
  set(TypeKind::Float128, 16, 16, false);
  basic(TypeKind::Void)->size = -1;  // incomplete; sizeof handles the GNU rule

  // __builtin_va_list in the target's shape.
  switch (model.va_list) {
    case VaListShape::Pointer:
      va_list_ = pointer_to(basic(TypeKind::Char));
      break;
    case VaListShape::Record:
    case VaListShape::ArrayOfRecord: {
      Type* r = new_record(false, 0, Loc{});
      Record* rec = r->rec;
      // Pointer-sized words: what matters to the ABI is size and alignment.
      Type* word = int_of_size(model.va_list_align >= 8 ? 8 : 4, true);
      int64_t n = model.va_list_size / type_size(word);
      Member** tail = &rec->members;
      for (int64_t i = 0; i < n; ++i) {
        Member* mem = arena_.make<Member>();
        mem->ty = word;
        mem->offset = i * type_size(word);
        mem->align = word->align;
        mem->index = static_cast<uint32_t>(i);
        *tail = mem;
        tail = &mem->next;
      }
      rec->num_members = static_cast<uint32_t>(n);
      rec->size = model.va_list_size;
      rec->align = model.va_list_align;
      rec->complete = true;
      va_list_ = model.va_list == VaListShape::Record ? r : array_of(r, 1);
      break;
    }
  }
}

Type* TypeTable::pointer_to(Type* base) {
  if (base->pointer_cache) return base->pointer_cache;
  Type* t = make(TypeKind::Ptr, model_.pointer_size, model_.pointer_size, true);
  t->base = base;
  base->pointer_cache = t;
  return t;
}

Type* TypeTable::array_of(Type* elem, int64_t len) {
  int64_t esize = type_size(elem);
  Type* t = make(TypeKind::Array, len >= 0 && esize >= 0 ? esize * len : -1, type_align(elem));
  t->base = elem;
  t->array_len = len;
  return t;
}

Type* TypeTable::vla_of(Type* elem, Node* len) {
  Type* t = make(TypeKind::Array, -1, type_align(elem));
  t->base = elem;
  t->array_len = -1;
  t->is_vla = true;
  t->vla_len = len;
  return t;
}

Type* TypeTable::func_type(Type* ret, Param* params, bool variadic, bool has_proto) {
  Type* t = make(TypeKind::Func, 1, 1);
  t->base = ret;
  t->params = params;
  t->is_variadic = variadic;
  t->has_proto = has_proto;
  return t;
}

Type* TypeTable::complex_of(Type* component) {
  Type* c = component->unqual;
  Type* t = make(TypeKind::Complex, 2 * c->size, c->align);
  t->base = c;
  return t;
}

Type* TypeTable::qualified(Type* t, uint8_t quals) {
  if (!quals) return t;
  if (t->kind == TypeKind::Array && !(quals & kAtomic)) {
    // C17 6.7.3p10: qualifiers of an array type apply to its elements.
    Type* elem = qualified(t->base, quals);
    if (elem == t->base) return t;
    Type* a = arena_.make<Type>(*t);
    a->base = elem;
    a->unqual = a;
    a->variants = a->next_variant = a->pointer_cache = nullptr;
    return a;
  }
  uint8_t want = static_cast<uint8_t>(t->quals | quals);
  if (want == t->quals) return t;
  Type* u = t->unqual;
  for (Type* v = u->variants; v; v = v->next_variant)
    if (v->quals == want) return v;
  Type* q = arena_.make<Type>(*u);
  q->quals = want;
  q->unqual = u;
  q->variants = nullptr;
  q->pointer_cache = nullptr;
  q->next_variant = u->variants;
  u->variants = q;
  return q;
}

Type* TypeTable::new_record(bool is_union, StrId tag, Loc loc) {
  Type* t = make(is_union ? TypeKind::Union : TypeKind::Struct, -1, 0);
  Record* r = arena_.make<Record>();
  r->is_union = is_union;
  r->tag = tag;
  r->loc = loc;
  r->size = -1;
  r->align = 1;
  t->rec = r;
  t->loc = loc;
  return t;
}

Type* TypeTable::new_enum(StrId tag, Loc loc) {
  Type* t = make(TypeKind::Enum, 4, 4, false);
  t->base = int_type();
  t->enum_tag = tag;
  t->loc = loc;
  t->is_incomplete_enum = true;
  return t;
}

Type* TypeTable::with_alignment(Type* t, uint32_t align) {
  Type* c = arena_.make<Type>(*t);
  c->align = align;
  c->unqual = c;
  c->variants = c->next_variant = c->pointer_cache = nullptr;
  if (t->quals) {
    // Keep qualifiers but make the copy its own unqualified root.
    c->quals = t->quals;
  }
  return c;
}

Type* TypeTable::int_of_size(unsigned size, bool is_unsigned) {
  switch (size) {
    case 1: return basic(is_unsigned ? TypeKind::UChar : TypeKind::SChar);
    case 2: return basic(is_unsigned ? TypeKind::UShort : TypeKind::Short);
    case 4: return basic(is_unsigned ? TypeKind::UInt : TypeKind::Int);
    case 8:
      return basic(model_.long_size == 8 ? (is_unsigned ? TypeKind::ULong : TypeKind::Long)
                                         : (is_unsigned ? TypeKind::ULLong : TypeKind::LLong));
    default: return basic(is_unsigned ? TypeKind::UInt128 : TypeKind::Int128);
  }
}

// ---------------------------------------------------------------- compatibility

static bool same_kind_integer(const Type* a, const Type* b) {
  // An enumerated type is compatible with its underlying type (6.7.2.2p4).
  if (a->kind == TypeKind::Enum && b->kind != TypeKind::Enum) return a->base->kind == b->kind;
  if (b->kind == TypeKind::Enum && a->kind != TypeKind::Enum) return b->base->kind == a->kind;
  return false;
}

bool compatible_unqual(const Type* a, const Type* b) {
  a = a->unqual;
  b = b->unqual;
  if (a == b) return true;
  if (a->kind != b->kind) return same_kind_integer(a, b);
  switch (a->kind) {
    case TypeKind::Ptr:
      return compatible(a->base, b->base);
    case TypeKind::Array:
      if (!compatible(a->base, b->base)) return false;
      return a->array_len < 0 || b->array_len < 0 || a->is_vla || b->is_vla ||
             a->array_len == b->array_len;
    case TypeKind::Func: {
      if (!compatible(a->base, b->base)) return false;
      if (!a->has_proto || !b->has_proto) return true;
      if (a->is_variadic != b->is_variadic) return false;
      const Param* p = a->params;
      const Param* q = b->params;
      for (; p && q; p = p->next, q = q->next)
        if (!compatible_unqual(p->ty, q->ty)) return false;
      return !p && !q;
    }
    case TypeKind::Struct:
    case TypeKind::Union:
      return a->rec == b->rec;
    case TypeKind::Enum:
      return false;  // distinct enum types (a == b handled above)
    case TypeKind::Complex:
      return a->base->kind == b->base->kind;
    default:
      return true;  // the same basic type kind (with_alignment copies included)
  }
}

bool compatible(const Type* a, const Type* b) {
  if ((a->quals & ~kRestrict) != (b->quals & ~kRestrict)) return false;
  return compatible_unqual(a, b);
}

int int_rank(const Type* t) {
  switch (t->kind) {
    case TypeKind::Bool: return 0;
    case TypeKind::Char:
    case TypeKind::SChar:
    case TypeKind::UChar: return 1;
    case TypeKind::Short:
    case TypeKind::UShort: return 2;
    case TypeKind::Int:
    case TypeKind::UInt: return 3;
    case TypeKind::Long:
    case TypeKind::ULong: return 4;
    case TypeKind::LLong:
    case TypeKind::ULLong: return 5;
    case TypeKind::Int128:
    case TypeKind::UInt128: return 6;
    case TypeKind::Enum: return int_rank(t->base);
    default: return 3;
  }
}

// ---------------------------------------------------------------- names

static const char* basic_name(TypeKind k) {
  switch (k) {
    case TypeKind::Void: return "void";
    case TypeKind::Bool: return "_Bool";
    case TypeKind::Char: return "char";
    case TypeKind::SChar: return "signed char";
    case TypeKind::UChar: return "unsigned char";
    case TypeKind::Short: return "short";
    case TypeKind::UShort: return "unsigned short";
    case TypeKind::Int: return "int";
    case TypeKind::UInt: return "unsigned int";
    case TypeKind::Long: return "long";
    case TypeKind::ULong: return "unsigned long";
    case TypeKind::LLong: return "long long";
    case TypeKind::ULLong: return "unsigned long long";
    case TypeKind::Int128: return "__int128";
    case TypeKind::UInt128: return "unsigned __int128";
    case TypeKind::Float: return "float";
    case TypeKind::Double: return "double";
    case TypeKind::LDouble: return "long double";
    case TypeKind::Float128: return "_Float128";
    default: return "";
  }
}

static std::string quals_prefix(uint8_t q) {
  std::string s;
  if (q & kConst) s += "const ";
  if (q & kVolatile) s += "volatile ";
  if (q & kAtomic) s += "_Atomic ";
  return s;
}

// C declarator syntax inside out: `inner` is what the declarator has built
// so far ("*", "(*)[3]", ...).
static std::string spell(const Type* t, const StringInterner& names, std::string inner) {
  switch (t->kind) {
    case TypeKind::Ptr: {
      std::string q;
      if (t->quals & kConst) q += " const";
      if (t->quals & kVolatile) q += " volatile";
      if (t->quals & kRestrict) q += " restrict";
      std::string s = "*" + (q.empty() ? "" : q.substr(1) + (inner.empty() ? "" : " ")) + inner;
      if (is_array(t->base) || is_func(t->base)) s = "(" + s + ")";
      return spell(t->base, names, s);
    }
    case TypeKind::Array: {
      std::string dim = t->is_vla ? "[*]" : t->array_len < 0 ? "[]" : "[" + std::to_string(t->array_len) + "]";
      return spell(t->base, names, inner + dim);
    }
    case TypeKind::Func: {
      std::string params = "(";
      for (const Param* p = t->params; p; p = p->next) {
        if (p != t->params) params += ", ";
        params += type_name(p->ty, names);
      }
      if (t->is_variadic) params += t->params ? ", ..." : "...";
      else if (!t->params && t->has_proto) params += "void";
      params += ")";
      return spell(t->base, names, inner + params);
    }
    default: {
      std::string base;
      if (t->typedef_name) {
        base = std::string(names.str(t->typedef_name));
      } else if (is_record(t)) {
        base = t->kind == TypeKind::Struct ? "struct " : "union ";
        base += t->rec->tag ? std::string(names.str(t->rec->tag)) : "<anonymous>";
      } else if (t->kind == TypeKind::Enum) {
        base = "enum ";
        base += t->enum_tag ? std::string(names.str(t->enum_tag)) : "<anonymous>";
      } else if (t->kind == TypeKind::Complex) {
        base = std::string("_Complex ") + basic_name(t->base->kind);
      } else {
        base = basic_name(t->kind);
      }
      base = quals_prefix(t->quals) + base;
      return inner.empty() ? base : base + " " + inner;
    }
  }
}

std::string type_name(const Type* t, const StringInterner& names) { return spell(t, names, ""); }

}  // namespace kit::c
