// TargetModel: the target's C ABI facts (sizes, signedness, long double,
// wchar_t, va_list, bit-field layout), read from the TargetSpec once.
// TypeTable: makes and caches the Types of one compilation.
#pragma once

#include <string>

#include "ast/arena.hpp"
#include "kit/target.hpp"
#include "types/type.hpp"

namespace kit::c {

enum class LongDoubleFormat : uint8_t { X87, Binary128, Binary64 };
enum class VaListShape : uint8_t { Pointer, Record, ArrayOfRecord };

struct TargetModel {
  unsigned pointer_size = 8;
  unsigned long_size = 8;
  bool char_signed = true;
  bool big_endian = false;
  bool has_int128 = true;
  bool ms_bitfields = false;
  bool windows = false;  // mingw: some GNU attribute defaults differ
  LongDoubleFormat long_double = LongDoubleFormat::X87;
  unsigned long_double_size = 16, long_double_align = 16;
  TypeKind wchar_kind = TypeKind::Int;
  TypeKind size_kind = TypeKind::ULong;     // size_t
  TypeKind ptrdiff_kind = TypeKind::Long;   // ptrdiff_t, intptr_t
  VaListShape va_list = VaListShape::ArrayOfRecord;
  unsigned va_list_size = 24, va_list_align = 8;

  static TargetModel from(const TargetSpec& spec);
};

class TypeTable {
 public:
  TypeTable(const TargetModel& model, Arena& arena);

  const TargetModel& model() const { return model_; }
  Arena& arena() { return arena_; }

  Type* basic(TypeKind k) const { return basic_[static_cast<size_t>(k)]; }
  Type* void_type() const { return basic(TypeKind::Void); }
  Type* bool_type() const { return basic(TypeKind::Bool); }
  Type* char_type() const { return basic(TypeKind::Char); }
  Type* int_type() const { return basic(TypeKind::Int); }
  Type* uint_type() const { return basic(TypeKind::UInt); }
  Type* long_type() const { return basic(TypeKind::Long); }
  Type* ulong_type() const { return basic(TypeKind::ULong); }
  Type* llong_type() const { return basic(TypeKind::LLong); }
  Type* double_type() const { return basic(TypeKind::Double); }
  Type* size_type() const { return basic(model_.size_kind); }
  Type* ptrdiff_type() const { return basic(model_.ptrdiff_kind); }
  Type* wchar_type() const { return basic(model_.wchar_kind); }
  Type* va_list_type() const { return va_list_; }

  Type* pointer_to(Type* base);
  Type* array_of(Type* elem, int64_t len);  // len -1: incomplete
  Type* vla_of(Type* elem, Node* len);
  Type* func_type(Type* ret, Param* params, bool variadic, bool has_proto);
  Type* complex_of(Type* component);
  // t with `quals` added (an array's qualifiers go to its element, C17 6.7.3p10).
  Type* qualified(Type* t, uint8_t quals);
  Type* unqualified(Type* t) { return t->unqual; }
  // A fresh, incomplete struct/union/enum type.
  Type* new_record(bool is_union, StrId tag, Loc loc);
  Type* new_enum(StrId tag, Loc loc);
  // A distinct copy of t with its own alignment (typedef T __attribute__((aligned(N))))
  Type* with_alignment(Type* t, uint32_t align);
  // The integer type of `size` bytes and signedness (for mode attributes, IR widths).
  Type* int_of_size(unsigned size, bool is_unsigned);

 private:
  Type* make(TypeKind k, int64_t size, uint32_t align, bool is_unsigned = false);

  const TargetModel& model_;
  Arena& arena_;
  Type* basic_[static_cast<size_t>(TypeKind::Union) + 1] = {};
  Type* va_list_ = nullptr;
};

// C17 6.2.7 compatibility (qualifiers must match at the top level).
bool compatible(const Type* a, const Type* b);
// Compatibility ignoring top-level qualifiers.
bool compatible_unqual(const Type* a, const Type* b);

// The type as C spells it, for messages: "const char *", "int (*)(int)".
std::string type_name(const Type* t, const StringInterner& names);

// Integer conversion rank (C17 6.3.1.1).
int int_rank(const Type* t);

}  // namespace kit::c
