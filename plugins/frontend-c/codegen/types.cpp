// C types to IR types. Scalars map to the integer, float or ptr type of
// their size (_Bool and char are i8; signedness lives in the operations,
// not the type); long double follows the target (f80, f128 or f64);
// structs and unions become IR records with every member's offset --
// bit-fields as their storage unit with bit offset and width -- so the
// arch plugin can classify them for its ABI; _Complex T is a record of
// two T.
#include "codegen/codegen.hpp"
#include "sema/float_bits.hpp"

namespace kit::c {

Codegen::TypeId Codegen::scalar_irt(Type* t) {
  switch (t->kind) {
    case TypeKind::Void: return m_.void_type();
    case TypeKind::Ptr: return m_.ptr_type();
    case TypeKind::Float:
    case TypeKind::Double:
    case TypeKind::LDouble:
    case TypeKind::Float128: return m_.float_type(float_ir_bits(t, model_));
    case TypeKind::Enum: return m_.int_type(static_cast<unsigned>(type_size(t->base) * 8));
    default:
      if (is_integer(t)) return m_.int_type(static_cast<unsigned>(type_size(t) * 8));
      return irt(t);
  }
}

Codegen::TypeId Codegen::irt(Type* t) {
  switch (t->kind) {
    case TypeKind::Array: {
      int64_t n = t->array_len < 0 ? 0 : t->array_len;
      return m_.array_type(irt(t->base), static_cast<uint64_t>(n));
    }
    case TypeKind::Struct:
    case TypeKind::Union: return record_irt(t);
    case TypeKind::Complex: return complex_irt(t);
    case TypeKind::Func: return func_irt(t);
    default: return scalar_irt(t);
  }
}

std::string Codegen::unique_record_name(const std::string& base) {
  std::string name = base;
  for (int i = 1; record_names_.count(name); ++i) name = base + "." + std::to_string(i);
  record_names_[name] = true;
  return name;
}

Codegen::TypeId Codegen::record_irt(Type* t) {
  Record* r = t->rec;
  if (r->ir_type) return r->ir_type;
  if (!r->complete) {
    // An incomplete struct used by value cannot reach codegen; give an
    // opaque byte for pointers' sake.
    return m_.int_type(8);
  }
  std::vector<ir::Field> fields;
  fields.reserve(r->num_members);
  for (Member* m = r->members; m; m = m->next) {
    ir::Field f;
    f.offset = static_cast<uint64_t>(m->offset);
    if (m->is_bitfield) {
      if (m->bit_width == 0 || !m->name) continue;  // padding
      f.type = m_.int_type(m->unit_size * 8u);
      f.bit_offset = m->bit_offset;
      f.bit_width = m->bit_width;
    } else {
      f.type = irt(m->ty);
    }
    fields.push_back(f);
  }
  std::string base = std::string(r->is_union ? "union." : "struct.") +
                     (r->tag ? std::string(parser_->name_of(r->tag)) : std::string("anon"));
  TypeId id = m_.record_type(unique_record_name(base), fields, static_cast<uint64_t>(r->size),
                             r->align, r->is_union);
  r->ir_type = id;
  return id;
}

Codegen::TypeId Codegen::complex_irt(Type* t) {
  Type* base = t->base->kind == TypeKind::Enum ? t->base->base : t->base;
  size_t k = static_cast<size_t>(base->kind);
  if (complex_types_[k]) return complex_types_[k];
  TypeId ft = scalar_irt(base);
  uint64_t size = static_cast<uint64_t>(type_size(base));
  ir::Field fields[2];
  fields[0].offset = 0;
  fields[0].type = ft;
  fields[1].offset = size;
  fields[1].type = ft;
  std::string name = "complex." + kit::c::type_name(base, parser_->names());
  for (char& c : name)
    if (c == ' ') c = '_';
  complex_types_[k] = m_.record_type(unique_record_name(name), fields, 2 * size, type_align(base), false, true);
  return complex_types_[k];
}

// The IR signature of a C function type, as its definition sees it (a K&R
// definition's parameters are already the promoted types). Calls through
// a type without a prototype use another signature, see gen_call.
Codegen::TypeId Codegen::func_irt(Type* ft) {
  TypeId ret = is_void(ft->base) ? m_.void_type() : irt(ft->base);
  std::vector<TypeId> params;
  for (Param* p = ft->params; p; p = p->next) {
    // A transparent union is passed as its first member (the call converts
    // the argument to it: parse/decl.cpp, transparent_union_arg).
    Type* u = p->ty->unqual;
    if (u->kind == TypeKind::Union && u->rec->transparent) params.push_back(irt(u->rec->members->ty));
    else params.push_back(irt(p->ty));
  }
  return m_.func_type(ret, params, ft->is_variadic);
}

}  // namespace kit::c
