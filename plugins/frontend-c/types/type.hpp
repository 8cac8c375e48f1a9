// C types (C17 6.2.5) as the compiler sees them.
//
// Every Type lives in the compilation's type arena and is compared by
// pointer where C says "same type": each basic type exists once per
// TypeTable, pointer types are cached on their pointee, and a qualified
// type (const int) is a separate Type whose `unqual` points at the
// unqualified one. Struct and union types share one Record between all
// their qualified variants, so completing `struct S` after `const struct S *`
// was formed completes both.
//
// Sizes come from the target (TargetModel), never from the host.
#pragma once

#include <cstdint>

#include "kit/support/interner.hpp"
#include "source/ctoken.hpp"

namespace kit::c {

struct Node;
struct Obj;
struct Type;

enum class TypeKind : uint8_t {
  Void,
  Bool,
  Char,  // plain char: signed or not per target, but a type of its own
  SChar,
  UChar,
  Short,
  UShort,
  Int,
  UInt,
  Long,
  ULong,
  LLong,
  ULLong,
  Int128,
  UInt128,
  Float,
  Double,
  LDouble,
  Float128,  // _Float128 / __float128: IEEE binary128 even where long double is not
  Enum,
  Complex,   // _Complex of `base` (a floating type)
  Ptr,
  Array,
  Func,
  Struct,
  Union,
};

enum Qual : uint8_t {
  kConst = 1 << 0,
  kVolatile = 1 << 1,
  kRestrict = 1 << 2,
  kAtomic = 1 << 3,
};

// A struct or union member. Members form a list in declaration order.
struct Member {
  Member* next;
  Type* ty;
  StrId name;  // 0: unnamed (anonymous struct/union member, or unnamed bit-field)
  Loc loc;
  int64_t offset;  // bytes; for bit-fields, the start of the storage unit
  uint32_t align;  // before layout: the declared alignment (_Alignas, aligned), 0 if none
  bool is_packed;  // __attribute__((packed)) on this member
  uint32_t index;  // position among the record's members (IR field index)
  // Bit-fields: the storage unit is `unit_size` bytes at `offset`; the
  // field is bits [bit_offset, bit_offset + bit_width) of it.
  bool is_bitfield;
  uint8_t unit_size;
  uint16_t bit_offset;
  uint16_t bit_width;
};

// The layout shared by all qualified variants of a struct or union.
struct Record {
  Member* members;
  int64_t size;
  uint32_t align;
  uint32_t num_members;
  StrId tag;
  Loc loc;
  bool is_union;
  bool complete;
  bool flexible;   // ends in a flexible array member (C17 6.7.2.1p18)
  bool packed;     // __attribute__((packed))
  bool transparent;  // a union with __attribute__((transparent_union)): passed as its first member
  bool has_const_member;  // some member (recursively) is const-qualified
  uint32_t ir_type;  // the IR record type, made on first use (0: not yet)
};

// A function parameter in a function type.
struct Param {
  Param* next;
  Type* ty;
  StrId name;
  Loc loc;
};

struct Type {
  TypeKind kind;
  uint8_t quals;      // Qual bits
  bool is_unsigned;   // integer types (and Enum by its underlying type)
  bool is_variadic;   // Func: (..., ...)
  bool has_proto;     // Func: false for `T f()` and K&R definitions
  bool is_vla;        // Array: the length is only known at run time
  bool is_incomplete_enum;
  int64_t size;       // bytes; -1 while incomplete (not used for Struct/Union: see Record)
  uint32_t align;     // bytes (the declared alignment if larger, for typedefs with aligned)
  Type* base;         // Ptr: pointee; Array: element; Func: return type;
                      // Complex: component; Enum: the underlying integer type
  int64_t array_len;  // Array: element count; -1 if unknown ([] or VLA)
  Node* vla_len;      // VLA: the length expression
  Obj* vla_size;      // VLA: the local holding sizeof(this type) at run time
  Record* rec;        // Struct / Union
  Param* params;      // Func
  Type* unqual;       // this type without qualifiers (itself when quals == 0)
  Type* variants;     // unqualified type: its qualified variants, linked by next_variant
  Type* next_variant;
  Type* pointer_cache;  // the type "pointer to this", made once
  StrId enum_tag;       // Enum: its tag, for messages
  StrId typedef_name;   // set on copies made for typedef names (for messages)
  Loc loc;

  bool is_const() const { return quals & kConst; }
  bool is_volatile() const { return quals & kVolatile; }
  bool is_atomic() const { return quals & kAtomic; }
};

// Classification (C17 6.2.5).
inline bool is_integer(const Type* t) {
  return (t->kind >= TypeKind::Bool && t->kind <= TypeKind::UInt128) || t->kind == TypeKind::Enum;
}
inline bool is_flonum(const Type* t) {
  return t->kind >= TypeKind::Float && t->kind <= TypeKind::Float128;
}
inline bool is_complex(const Type* t) { return t->kind == TypeKind::Complex; }
inline bool is_arith(const Type* t) { return is_integer(t) || is_flonum(t) || is_complex(t); }
inline bool is_pointer(const Type* t) { return t->kind == TypeKind::Ptr; }
inline bool is_scalar(const Type* t) { return is_arith(t) || is_pointer(t); }
inline bool is_array(const Type* t) { return t->kind == TypeKind::Array; }
inline bool is_func(const Type* t) { return t->kind == TypeKind::Func; }
inline bool is_record(const Type* t) {
  return t->kind == TypeKind::Struct || t->kind == TypeKind::Union;
}
inline bool is_void(const Type* t) { return t->kind == TypeKind::Void; }
// Values of these live in memory; expressions of these types yield addresses.
inline bool is_aggregate(const Type* t) { return is_record(t) || is_array(t) || is_complex(t); }

// Size and alignment in bytes; -1 size for incomplete types.
inline int64_t type_size(const Type* t) {
  return is_record(t) ? (t->rec->complete ? t->rec->size : -1) : t->size;
}
inline uint32_t type_align(const Type* t) {
  return is_record(t) ? (t->align > t->rec->align ? t->align : t->rec->align) : t->align;
}
inline bool is_complete(const Type* t) {
  if (is_record(t)) return t->rec->complete;
  if (is_array(t)) return t->array_len >= 0 || t->is_vla;
  return t->kind != TypeKind::Void && t->size >= 0;
}

}  // namespace kit::c
