// kit IR: the typed, function-level intermediate representation that every
// frontend produces and every arch plugin consumes.
//
// Shape (see docs/IR.md for the textual form and the full semantics):
//   Module    target triple, interned names, types, constants, globals
//   Global    a named data object, function or alias, with linkage,
//             visibility, section, alignment, thread-local/dll flags and,
//             for data, an initializer that may hold symbol addresses
//   Function  blocks of instructions in SSA form (phi allowed), stack
//             slots, parameter values
//   Inst      16 bytes: opcode, flags, aux, result type, operand range
//   Value     32 bits: a tag and an index (instruction result, parameter,
//             constant, global address, stack slot, block)
//
// Scalars only flow as values: integers i1..i64 and i128, f32, f64, f80
// (x87 extended), f128 (IEEE quad), ptr. Aggregates (records, arrays) live
// in memory; where a call passes or returns one by value, the IR operand is
// a pointer to the aggregate and the call's function type names the
// aggregate type. The arch plugin lowers that to registers or memory per
// its ABI; frontends never do ABI work.
//
// Everything is index-based and allocated in a few vectors per function,
// so building, copying and walking the IR costs no allocation per
// instruction and no string per lookup.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kit/support/interner.hpp"

namespace kit::ir {

// ---------------------------------------------------------------- types

using TypeId = uint32_t;

enum class TypeKind : uint8_t {
  Void,
  Int,     // bits 1..64, 128
  Float,   // bits 32, 64, 80 (x87 extended, stored in 16 bytes), 128 (IEEE quad)
  Ptr,     // the target's pointer size; opaque (no pointee type)
  Record,  // struct or union: explicit field offsets (fields may overlap), size, align
  Array,   // elem x count
  Func,    // return type, parameter types, variadic flag
};

struct Field {
  uint64_t offset;  // bytes from the start of the record
  TypeId type;
  uint16_t bit_offset = 0;  // bit-field: first bit within the storage unit `type`
  uint16_t bit_width = 0;   // bit-field: width; 0 = not a bit-field
};

struct TypeInfo {
  TypeKind kind = TypeKind::Void;
  bool variadic = false;  // Func
  bool is_union = false;  // Record (informational; offsets say everything)
  bool is_complex = false;  // Record: a C _Complex value {real, imaginary}, which some
                            // ABIs pass apart from a struct of the same shape
  uint16_t bits = 0;      // Int, Float: value bits; Ptr: pointer bits
  uint32_t align = 1;     // bytes
  uint64_t size = 0;      // bytes (Float 80: the target's storage size)
  TypeId elem = 0;        // Array: element; Func: return type
  uint64_t count = 0;     // Array: length
  uint32_t first = 0;     // Record: index into fields; Func: index into params
  uint32_t num = 0;       // Record: field count; Func: parameter count
  StrId name = 0;         // Record: its name for printing (%name), may be 0
};

// Alignment and storage size of scalar types on the module's target.
struct DataLayout {
  uint16_t pointer_bits = 64;
  uint32_t i128_align = 16;
  uint32_t f80_size = 16, f80_align = 16;    // x86-64 SysV and mingw
  uint32_t f128_align = 16;
  uint32_t max_int_align = 8;                // i64 alignment (8 everywhere we target)
};

// ---------------------------------------------------------------- values

// A value is a tag and an index. Which table the index points into depends
// on the tag; all but Const and Global are function-local.
class Value {
 public:
  enum Tag : uint32_t {
    None = 0,
    Inst = 1,       // result of instruction #index of the function
    Arg = 2,        // parameter #index
    Const = 3,      // Module::constants[index]
    Global = 4,     // address of Module::globals[index]
    Slot = 5,       // address of stack slot #index
    Block = 6,      // basic block #index (branch targets, switch cases)
    BlockAddr = 7,  // address of block #index (computed goto)
  };
  static constexpr uint32_t kIndexBits = 28;
  static constexpr uint32_t kMaxIndex = (1u << kIndexBits) - 1;

  constexpr Value() = default;
  constexpr Value(Tag tag, uint32_t index) : bits_((uint32_t(tag) << kIndexBits) | index) {}
  constexpr Tag tag() const { return Tag(bits_ >> kIndexBits); }
  constexpr uint32_t index() const { return bits_ & kMaxIndex; }
  constexpr bool valid() const { return bits_ != 0; }
  constexpr uint32_t raw() const { return bits_; }
  static constexpr Value from_raw(uint32_t bits) {
    Value v;
    v.bits_ = bits;
    return v;
  }
  friend constexpr bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }

 private:
  uint32_t bits_ = 0;
};

struct Constant {
  enum Kind : uint8_t { Int, Float, Undef, Zero /* null pointer, zero of any scalar */ };
  Kind kind = Int;
  TypeId type = 0;
  uint64_t lo = 0;  // Int: value (two's complement, truncated to the width);
                    // Float: IEEE bits (f80: low 64 bits of the 80)
  uint64_t hi = 0;  // i128 / f80 / f128: the upper bits
};

// ---------------------------------------------------------------- opcodes

// The opcode list, one line each: name, and the text used in .kir files.
// docs/IR.md gives the operands and typing rules of each.
#define KIT_IR_OPCODES(X)                                                      \
  /* integer arithmetic: a, b of the result type */                           \
  X(Add, "add") X(Sub, "sub") X(Mul, "mul") X(SDiv, "sdiv") X(UDiv, "udiv")   \
  X(SRem, "srem") X(URem, "urem") X(And, "and") X(Or, "or") X(Xor, "xor")     \
  X(Shl, "shl") X(LShr, "lshr") X(AShr, "ashr") X(Neg, "neg") X(Not, "not")   \
  /* floating point */                                                        \
  X(FAdd, "fadd") X(FSub, "fsub") X(FMul, "fmul") X(FDiv, "fdiv")             \
  X(FNeg, "fneg")                                                             \
  /* comparisons: aux = predicate; result is any integer type, 0 or 1 */      \
  X(ICmp, "icmp") X(FCmp, "fcmp")                                             \
  /* conversions: one operand, result type is the target type */            \
  X(Trunc, "trunc") X(ZExt, "zext") X(SExt, "sext") X(FPTrunc, "fptrunc")     \
  X(FPExt, "fpext") X(FPToSI, "fptosi") X(FPToUI, "fptoui")                   \
  X(SIToFP, "sitofp") X(UIToFP, "uitofp") X(PtrToInt, "ptrtoint")             \
  X(IntToPtr, "inttoptr") X(Bitcast, "bitcast")                               \
  /* other value operations */                                                \
  X(Copy, "copy")     /* a */                                                 \
  X(Select, "select") /* cond, a, b */                                        \
  X(PtrAdd, "ptradd") /* ptr, offset (integer, sign-extended) */              \
  X(Phi, "phi")       /* block0, value0, block1, value1, ... */               \
  /* memory: aux = alignment in bytes; flags Volatile, atomic ordering */     \
  X(Load, "load")     /* ptr */                                               \
  X(Store, "store")   /* value, ptr */                                        \
  X(MemCopy, "memcpy") /* dst, src, size (integer); aux = alignment */        \
  X(MemSet, "memset")  /* dst, byte (i8), size; aux = alignment */            \
  X(Alloca, "alloca")  /* size (integer); aux = alignment: dynamic stack */   \
  X(StackSave, "stacksave") X(StackRestore, "stackrestore")                   \
  /* atomics: aux = ordering (and rmw operation in the upper byte) */         \
  X(AtomicRMW, "atomicrmw") /* ptr, value -> old value */                     \
  X(CmpXchg, "cmpxchg")     /* ptr, expected, desired -> old value */         \
  X(Fence, "fence")                                                           \
  /* calls: type = the callee's function type; operands callee, args... */   \
  X(Call, "call")                                                             \
  /* variadic arguments: ptr points at a va_list object */                    \
  X(VaStart, "va_start") X(VaArg, "va_arg") X(VaEnd, "va_end")                \
  X(VaCopy, "va_copy")                                                        \
  /* bit operations and machine queries */                                   \
  X(BSwap, "bswap") X(Clz, "clz") X(Ctz, "ctz") X(Popcount, "popcount")      \
  X(FrameAddr, "frameaddr") X(ReturnAddr, "retaddr") X(Trap, "trap")          \
  /* terminators */                                                           \
  X(Br, "br")             /* block */                                         \
  X(CondBr, "condbr")     /* cond (integer, non-zero = true), block, block */ \
  X(Switch, "switch")     /* value, default block, (const, block)... */       \
  X(IndirectBr, "indirectbr") /* ptr, possible blocks... */                   \
  X(Ret, "ret")           /* [value] */                                       \
  X(Unreachable, "unreachable")

enum class Op : uint8_t {
#define KIT_IR_ENUM(name, text) name,
  KIT_IR_OPCODES(KIT_IR_ENUM)
#undef KIT_IR_ENUM
      Count
};

std::string_view op_name(Op op);
bool is_terminator(Op op);
// True for the opcodes whose Inst::type is part of the instruction (the
// result type; Call: the function type). The others (store, memcpy, memset,
// stackrestore, fence, va_start, va_end, va_copy, trap and the terminators)
// have Inst::type = void.
bool has_type(Op op);

// ICmp / FCmp predicates (Inst::aux).
enum class Pred : uint8_t {
  // integer
  Eq, Ne, SLt, SLe, SGt, SGe, ULt, ULe, UGt, UGe,
  // float: ordered (false if either is NaN) and unordered (true if either is NaN)
  OEq, ONe, OLt, OLe, OGt, OGe, UEq, UNe, ULtF, ULeF, UGtF, UGeF, Ord, Uno,
};
std::string_view pred_name(Pred p);

// Predicates valid for ICmp (Eq..UGe) and for FCmp (OEq..Uno).
constexpr bool is_int_pred(Pred p) { return p <= Pred::UGe; }
constexpr bool is_float_pred(Pred p) { return p >= Pred::OEq && p <= Pred::Uno; }

// Atomic ordering. Where it lives:
//   Load, Store   Inst::flags bits 2..4 (kOrderingShift); NotAtomic = a plain access
//   AtomicRMW     Inst::aux low byte; the RMWOp in the high byte
//   CmpXchg       Inst::aux low byte = success ordering; high byte = failure
//                 ordering, NotAtomic meaning "derived from the success ordering"
//   Fence         Inst::aux
enum class Ordering : uint8_t { NotAtomic, Relaxed, Acquire, Release, AcqRel, SeqCst };
enum class RMWOp : uint8_t { Xchg, Add, Sub, And, Or, Xor, Nand };
std::string_view ordering_name(Ordering o);  // "relaxed", ..., "seq_cst"
std::string_view rmw_name(RMWOp op);         // "xchg", "add", ...

// Inst::flags
enum InstFlags : uint8_t {
  kVolatile = 1 << 0,  // Load, Store, MemCopy, MemSet
  kTail = 1 << 1,      // Call: a tail call (must be in tail position)
};
constexpr unsigned kOrderingShift = 2;                     // Load, Store: Ordering in bits 2..4
constexpr uint8_t kOrderingMask = uint8_t(7u << kOrderingShift);

// Inst::aux by opcode (0 where not listed):
//   ICmp, FCmp                          Pred
//   Load, Store, MemCopy, MemSet, Alloca alignment in bytes (a power of two)
//   AtomicRMW, CmpXchg, Fence           Ordering (see Ordering above)
//   FrameAddr, ReturnAddr               the frame level (0 = this function)
struct Inst {
  Op op = Op::Unreachable;
  uint8_t flags = 0;
  uint16_t aux = 0;       // predicate, alignment, ordering, ...
  TypeId type = 0;        // result type (void if none); Call: function type
  uint32_t first_op = 0;  // operands are Function::operands[first_op, first_op + num_ops)
  uint32_t num_ops = 0;
};

// Load, Store: the atomic ordering kept in Inst::flags.
inline Ordering access_ordering(const Inst& i) {
  return Ordering((i.flags & kOrderingMask) >> kOrderingShift);
}
inline uint8_t ordering_flags(Ordering o) { return uint8_t(unsigned(o) << kOrderingShift); }

struct Block {
  StrId name = 0;
  std::vector<uint32_t> insts;  // instruction indices, in order; the last is a terminator
  uint32_t line = 0;            // source line of its label when parsed, 0 = unknown
};

struct StackSlot {
  uint64_t size = 0;
  uint32_t align = 1;
  StrId name = 0;
};

// ---------------------------------------------------------------- globals

enum class Linkage : uint8_t {
  External,  // visible to other objects; a declaration if not defined
  Internal,  // local to this module (C static)
  Weak,      // weak definition, or weak reference if not defined
  Common,    // tentative definition (C -fcommon); size and align from the type
  LinkOnce,  // may be defined in many objects; the linker keeps one (COMDAT any)
};
enum class Visibility : uint8_t { Default, Hidden, Protected };

enum GlobalFlags : uint16_t {
  kThreadLocal = 1 << 0,
  kReadOnly = 1 << 1,   // constant data (.rodata)
  kDllImport = 1 << 2,
  kDllExport = 1 << 3,
  kUsed = 1 << 4,       // keep even if unreferenced (__attribute__((used)))
  kNoReturn = 1 << 5,   // function attributes
  kNoInline = 1 << 6,
  kAlwaysInline = 1 << 7,
  kStrings = 1 << 8,    // data is NUL-terminated strings (mergeable)
};

// One piece of a data initializer. Items are laid out back to back.
struct InitItem {
  enum Kind : uint8_t {
    Zero,       // count zero bytes
    Bytes,      // count bytes from Module::bytes starting at value
    Int,        // an integer of size bytes (1, 2, 4, 8, 16): value (hi for 16)
    Addr,       // the address of globals[global] + addend, size bytes (4 or 8)
    BlockAddr,  // the address of block `value` of function globals[global]
  };
  Kind kind = Zero;
  uint8_t size = 0;
  uint32_t global = 0;
  uint64_t value = 0;  // Int: low bits; Bytes: offset into Module::bytes; BlockAddr: block
  uint64_t hi = 0;     // Int 16: high bits
  uint64_t count = 0;  // Zero, Bytes: length
  int64_t addend = 0;  // Addr
};

enum class GlobalKind : uint8_t { Data, Function, Alias };

struct Global {
  StrId name = 0;
  GlobalKind kind = GlobalKind::Data;
  Linkage linkage = Linkage::External;
  Visibility visibility = Visibility::Default;
  bool defined = false;  // Data: has an initializer (possibly all zero); Function: has a body
  uint16_t flags = 0;    // GlobalFlags
  uint32_t align = 0;    // 0: the type's natural alignment
  StrId section = 0;     // 0: the format's default for this kind of global
  TypeId type = 0;       // Data: the object's type; Function: its function type
  uint32_t function = 0; // Function && defined: index into Module::functions
  uint32_t aliasee = 0;  // Alias: the global it names
  int64_t alias_offset = 0;     // Alias: byte offset into the aliasee
  std::vector<InitItem> init;   // Data: the initializer, items back to back
  uint32_t line = 0;            // source line of its definition when parsed, 0 = unknown
};

struct Function {
  uint32_t global = 0;  // its entry in Module::globals
  std::vector<StrId> param_names;
  std::vector<Block> blocks;  // blocks[0] is the entry
  std::vector<Inst> insts;
  std::vector<Value> operands;
  std::vector<StrId> inst_names;  // parallel to insts; 0 = unnamed
  std::vector<uint32_t> inst_lines;  // parallel to insts when known: source line, 0 = unknown
  std::vector<StackSlot> slots;
};

// ---------------------------------------------------------------- module

class Module {
 public:
  explicit Module(std::string target = {}, DataLayout layout = {});

  const std::string& target() const { return target_; }
  void set_target(std::string t) { target_ = std::move(t); }
  const DataLayout& layout() const { return layout_; }
  StringInterner& names() { return names_; }
  const StringInterner& names() const { return names_; }
  StrId intern(std::string_view s) { return names_.intern(s); }
  std::string_view str(StrId id) const { return names_.str(id); }

  // Types. Scalars, pointers, arrays and function types are unique (the same
  // arguments give the same id); every record_type call makes a new type.
  TypeId void_type() const { return 0; }
  TypeId int_type(unsigned bits);
  TypeId float_type(unsigned bits);
  TypeId ptr_type() const { return ptr_type_; }  // created with the module
  TypeId array_type(TypeId elem, uint64_t count);
  TypeId func_type(TypeId ret, std::span<const TypeId> params, bool variadic);
  TypeId record_type(std::string_view name, std::span<const Field> fields, uint64_t size,
                     uint32_t align, bool is_union = false, bool is_complex = false);
  const TypeInfo& type(TypeId t) const { return types_[t]; }
  size_t type_count() const { return types_.size(); }
  std::span<const Field> fields(TypeId record) const;
  std::span<const TypeId> params(TypeId func) const;
  bool is_int(TypeId t) const { return types_[t].kind == TypeKind::Int; }
  bool is_float(TypeId t) const { return types_[t].kind == TypeKind::Float; }
  bool is_ptr(TypeId t) const { return types_[t].kind == TypeKind::Ptr; }
  bool is_aggregate(TypeId t) const {
    return types_[t].kind == TypeKind::Record || types_[t].kind == TypeKind::Array;
  }
  // The record type named `name`, or 0.
  TypeId find_record(std::string_view name) const;

  // Constants (deduplicated).
  Value int_const(TypeId type, uint64_t lo, uint64_t hi = 0);
  Value float_const(TypeId type, uint64_t lo, uint64_t hi = 0);  // IEEE bits
  Value f64_const(double v);
  Value f32_const(float v);
  Value undef(TypeId type);
  Value zero(TypeId type);  // null pointer, 0, +0.0
  const Constant& constant(Value v) const { return constants_[v.index()]; }
  size_t constant_count() const { return constants_.size(); }

  // Globals. add_* create a new global and return its index; the name must
  // be unique in the module (find_global first to reuse a declaration).
  uint32_t add_data(std::string_view name, TypeId type, Linkage linkage);
  uint32_t add_function(std::string_view name, TypeId func_type, Linkage linkage);
  uint32_t add_alias(std::string_view name, TypeId type, uint32_t aliasee, Linkage linkage);
  // Gives a function global a body (once); returns its Function.
  Function& define_function(uint32_t global);
  // Index of the global with this name, or -1.
  int64_t find_global(std::string_view name) const;
  Global& global(uint32_t i) { return globals_[i]; }
  const Global& global(uint32_t i) const { return globals_[i]; }
  size_t global_count() const { return globals_.size(); }
  Function& function(uint32_t i) { return functions_[i]; }
  const Function& function(uint32_t i) const { return functions_[i]; }
  size_t function_count() const { return functions_.size(); }
  Value global_ref(uint32_t g) const { return Value(Value::Global, g); }

  // Data initializers: append items to the global (defines it).
  void init_zero(uint32_t g, uint64_t count);
  void init_bytes(uint32_t g, std::string_view bytes);
  void init_int(uint32_t g, unsigned size, uint64_t lo, uint64_t hi = 0);
  void init_addr(uint32_t g, unsigned size, uint32_t target_global, int64_t addend = 0);
  void init_block_addr(uint32_t g, unsigned size, uint32_t function_global, uint32_t block);
  std::string_view bytes(const InitItem& item) const;
  // Size of the pool Bytes items point into (an item is valid when
  // value + count <= bytes_size()).
  size_t bytes_size() const { return bytes_.size(); }
  // Total size in bytes of the initializer.
  uint64_t init_size(const Global& g) const;

  // Static constructors and destructors, run before / after main.
  struct Ctor {
    uint32_t function_global;
    int priority;  // 65535 = default (last)
  };
  std::vector<Ctor> ctors, dtors;

  // The type of a value within function f (f may be null for Const/Global).
  // Aggregate parameters and aggregate call results are pointers to memory.
  TypeId type_of(const Function* f, Value v) const;

 private:
  std::string target_;
  DataLayout layout_;
  StringInterner names_;
  std::vector<TypeInfo> types_;
  std::vector<Field> fields_;
  std::vector<TypeId> type_lists_;
  std::unordered_map<uint64_t, TypeId> simple_types_;  // int/float/ptr/array keys
  std::unordered_map<std::string, TypeId> func_types_; // keyed by a packed signature
  std::vector<Constant> constants_;
  struct ConstKey {
    uint64_t lo, hi;
    TypeId type;
    uint8_t kind;
    bool operator==(const ConstKey&) const = default;
  };
  struct ConstKeyHash {
    size_t operator()(const ConstKey& k) const noexcept {
      uint64_t h = k.lo * 0x9e3779b97f4a7c15ull ^ (k.hi + 0x632be59bd9b4e019ull) * 0xbf58476d1ce4e5b9ull;
      h ^= (uint64_t(k.type) << 8 | k.kind) * 0x94d049bb133111ebull;
      return size_t(h ^ (h >> 31));
    }
  };
  std::unordered_map<ConstKey, uint32_t, ConstKeyHash> const_ids_;
  Value add_constant(Constant c);
  std::vector<Global> globals_;
  std::unordered_map<StrId, uint32_t> global_ids_;
  std::vector<Function> functions_;
  std::string bytes_;
  TypeId ptr_type_ = 0;
};

}  // namespace kit::ir
