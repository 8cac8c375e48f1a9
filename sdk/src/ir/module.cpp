// kit IR module: type interning, constants, globals, initializers.
#include <cstring>
#include <iterator>

#include "kit/diag.hpp"
#include "kit/ir/ir.hpp"

namespace kit::ir {

namespace {
const char* const kOpNames[] = {
#define KIT_IR_NAME(name, text) text,
    KIT_IR_OPCODES(KIT_IR_NAME)
#undef KIT_IR_NAME
};
const char* const kPredNames[] = {"eq",  "ne",  "slt", "sle", "sgt", "sge", "ult", "ule",
                                  "ugt", "uge", "oeq", "one", "olt", "ole", "ogt", "oge",
                                  "ueq", "une", "ult", "ule", "ugt", "uge", "ord", "uno"};

// Keys for the simple-type map: kind in the top byte.
uint64_t key(TypeKind k, uint64_t a, uint64_t b = 0) {
  return (uint64_t(k) << 56) ^ (a << 24) ^ b;
}
}  // namespace

std::string_view op_name(Op op) {
  size_t i = static_cast<size_t>(op);
  return i < std::size(kOpNames) ? kOpNames[i] : "?";
}

bool has_type(Op op) {
  switch (op) {
    case Op::Store:
    case Op::MemCopy:
    case Op::MemSet:
    case Op::StackRestore:
    case Op::Fence:
    case Op::VaStart:
    case Op::VaEnd:
    case Op::VaCopy:
    case Op::Trap:
      return false;
    default:
      return !is_terminator(op);
  }
}

std::string_view ordering_name(Ordering o) {
  static const char* const kNames[] = {"not_atomic", "relaxed", "acquire",
                                       "release",    "acq_rel", "seq_cst"};
  size_t i = static_cast<size_t>(o);
  return i < std::size(kNames) ? kNames[i] : "?";
}

std::string_view rmw_name(RMWOp op) {
  static const char* const kNames[] = {"xchg", "add", "sub", "and", "or", "xor", "nand"};
  size_t i = static_cast<size_t>(op);
  return i < std::size(kNames) ? kNames[i] : "?";
}

bool is_terminator(Op op) {
  switch (op) {
    case Op::Br:
    case Op::CondBr:
    case Op::Switch:
    case Op::IndirectBr:
    case Op::Ret:
    case Op::Unreachable:
      return true;
    default:
      return false;
  }
}

std::string_view pred_name(Pred p) {
  size_t i = static_cast<size_t>(p);
  return i < std::size(kPredNames) ? kPredNames[i] : "?";
}

Module::Module(std::string target, DataLayout layout)
    : target_(std::move(target)), layout_(layout) {
  types_.push_back(TypeInfo{});  // 0 = void
  TypeInfo p;
  p.kind = TypeKind::Ptr;
  p.bits = layout_.pointer_bits;
  p.size = layout_.pointer_bits / 8;
  p.align = static_cast<uint32_t>(p.size);
  types_.push_back(p);
  ptr_type_ = 1;
}

TypeId Module::int_type(unsigned bits) {
  if (bits == 0 || (bits > 64 && bits != 128)) throw Error("invalid integer width i" + std::to_string(bits));
  auto k = key(TypeKind::Int, bits);
  if (auto it = simple_types_.find(k); it != simple_types_.end()) return it->second;
  TypeInfo t;
  t.kind = TypeKind::Int;
  t.bits = static_cast<uint16_t>(bits);
  t.size = bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : bits <= 64 ? 8 : 16;
  t.align = bits == 128 ? layout_.i128_align : static_cast<uint32_t>(std::min<uint64_t>(t.size, layout_.max_int_align));
  types_.push_back(t);
  return simple_types_[k] = static_cast<TypeId>(types_.size() - 1);
}

TypeId Module::float_type(unsigned bits) {
  if (bits != 32 && bits != 64 && bits != 80 && bits != 128)
    throw Error("invalid float width f" + std::to_string(bits));
  auto k = key(TypeKind::Float, bits);
  if (auto it = simple_types_.find(k); it != simple_types_.end()) return it->second;
  TypeInfo t;
  t.kind = TypeKind::Float;
  t.bits = static_cast<uint16_t>(bits);
  if (bits == 80) {
    t.size = layout_.f80_size;
    t.align = layout_.f80_align;
  } else if (bits == 128) {
    t.size = 16;
    t.align = layout_.f128_align;
  } else {
    t.size = bits / 8;
    t.align = static_cast<uint32_t>(t.size);
  }
  types_.push_back(t);
  return simple_types_[k] = static_cast<TypeId>(types_.size() - 1);
}

TypeId Module::array_type(TypeId elem, uint64_t count) {
  auto k = key(TypeKind::Array, elem, count * 0x9e3779b97f4a7c15ull);
  if (auto it = simple_types_.find(k); it != simple_types_.end()) {
    const TypeInfo& t = types_[it->second];
    if (t.elem == elem && t.count == count) return it->second;
  }
  TypeInfo t;
  t.kind = TypeKind::Array;
  t.elem = elem;
  t.count = count;
  t.size = types_[elem].size * count;
  t.align = types_[elem].align;
  types_.push_back(t);
  TypeId id = static_cast<TypeId>(types_.size() - 1);
  simple_types_.emplace(k, id);
  return id;
}

TypeId Module::func_type(TypeId ret, std::span<const TypeId> params, bool variadic) {
  std::string sig;
  sig.resize((params.size() + 2) * sizeof(TypeId));
  TypeId head[2] = {ret, variadic ? 1u : 0u};
  std::memcpy(sig.data(), head, sizeof head);
  if (!params.empty()) std::memcpy(sig.data() + sizeof head, params.data(), params.size() * sizeof(TypeId));
  if (auto it = func_types_.find(sig); it != func_types_.end()) return it->second;
  TypeInfo t;
  t.kind = TypeKind::Func;
  t.elem = ret;
  t.variadic = variadic;
  t.first = static_cast<uint32_t>(type_lists_.size());
  t.num = static_cast<uint32_t>(params.size());
  type_lists_.insert(type_lists_.end(), params.begin(), params.end());
  types_.push_back(t);
  return func_types_[sig] = static_cast<TypeId>(types_.size() - 1);
}

TypeId Module::record_type(std::string_view name, std::span<const Field> fields, uint64_t size,
                           uint32_t align, bool is_union, bool is_complex) {
  TypeInfo t;
  t.kind = TypeKind::Record;
  t.is_union = is_union;
  t.is_complex = is_complex;
  t.size = size;
  t.align = align ? align : 1;
  t.first = static_cast<uint32_t>(fields_.size());
  t.num = static_cast<uint32_t>(fields.size());
  t.name = name.empty() ? 0 : intern(name);
  fields_.insert(fields_.end(), fields.begin(), fields.end());
  types_.push_back(t);
  return static_cast<TypeId>(types_.size() - 1);
}

std::span<const Field> Module::fields(TypeId record) const {
  const TypeInfo& t = types_[record];
  return {fields_.data() + t.first, t.num};
}

std::span<const TypeId> Module::params(TypeId func) const {
  const TypeInfo& t = types_[func];
  return {type_lists_.data() + t.first, t.num};
}

TypeId Module::find_record(std::string_view name) const {
  StrId id = names_.find(name);
  if (!id) return 0;
  for (TypeId i = 0; i < types_.size(); ++i)
    if (types_[i].kind == TypeKind::Record && types_[i].name == id) return i;
  return 0;
}

Value Module::add_constant(Constant c) {
  ConstKey k{c.lo, c.hi, c.type, c.kind};
  auto [it, inserted] = const_ids_.try_emplace(k, static_cast<uint32_t>(constants_.size()));
  if (inserted) constants_.push_back(c);
  return Value(Value::Const, it->second);
}

Value Module::int_const(TypeId type, uint64_t lo, uint64_t hi) {
  unsigned bits = types_[type].bits;
  if (types_[type].kind == TypeKind::Ptr) bits = layout_.pointer_bits;
  // Canonical form: truncated to the width, so equal values share one entry.
  if (bits < 64) {
    lo &= (uint64_t{1} << bits) - 1;
    hi = 0;
  } else if (bits == 64) {
    hi = 0;
  }
  return add_constant(Constant{Constant::Int, type, lo, hi});
}

Value Module::float_const(TypeId type, uint64_t lo, uint64_t hi) {
  return add_constant(Constant{Constant::Float, type, lo, hi});
}

Value Module::f64_const(double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, 8);
  return float_const(float_type(64), bits);
}

Value Module::f32_const(float v) {
  uint32_t bits;
  std::memcpy(&bits, &v, 4);
  return float_const(float_type(32), bits);
}

Value Module::undef(TypeId type) { return add_constant(Constant{Constant::Undef, type, 0, 0}); }
Value Module::zero(TypeId type) { return add_constant(Constant{Constant::Zero, type, 0, 0}); }

static uint32_t add_global(std::vector<Global>& globals, std::unordered_map<StrId, uint32_t>& ids,
                           Global g, std::string_view name) {
  if (ids.count(g.name)) throw Error("duplicate global '" + std::string(name) + "'");
  globals.push_back(std::move(g));
  uint32_t idx = static_cast<uint32_t>(globals.size() - 1);
  ids.emplace(globals.back().name, idx);
  return idx;
}

uint32_t Module::add_data(std::string_view name, TypeId type, Linkage linkage) {
  Global g;
  g.name = intern(name);
  g.kind = GlobalKind::Data;
  g.linkage = linkage;
  g.type = type;
  return add_global(globals_, global_ids_, std::move(g), name);
}

uint32_t Module::add_function(std::string_view name, TypeId func_type, Linkage linkage) {
  Global g;
  g.name = intern(name);
  g.kind = GlobalKind::Function;
  g.linkage = linkage;
  g.type = func_type;
  return add_global(globals_, global_ids_, std::move(g), name);
}

uint32_t Module::add_alias(std::string_view name, TypeId type, uint32_t aliasee, Linkage linkage) {
  Global g;
  g.name = intern(name);
  g.kind = GlobalKind::Alias;
  g.linkage = linkage;
  g.type = type;
  g.aliasee = aliasee;
  g.defined = true;
  return add_global(globals_, global_ids_, std::move(g), name);
}

Function& Module::define_function(uint32_t gi) {
  Global& g = globals_[gi];
  if (g.kind != GlobalKind::Function) throw Error("'" + std::string(str(g.name)) + "' is not a function");
  if (g.defined) throw Error("function '" + std::string(str(g.name)) + "' is already defined");
  g.defined = true;
  g.function = static_cast<uint32_t>(functions_.size());
  functions_.emplace_back();
  Function& f = functions_.back();
  f.global = gi;
  f.param_names.resize(params(g.type).size());
  return f;
}

int64_t Module::find_global(std::string_view name) const {
  StrId id = names_.find(name);
  if (!id && !name.empty()) return -1;
  auto it = global_ids_.find(id);
  return it == global_ids_.end() ? int64_t{-1} : int64_t{it->second};
}

void Module::init_zero(uint32_t g, uint64_t count) {
  if (!count) {
    globals_[g].defined = true;
    return;
  }
  auto& init = globals_[g].init;
  if (!init.empty() && init.back().kind == InitItem::Zero) {
    init.back().count += count;
  } else {
    InitItem it;
    it.kind = InitItem::Zero;
    it.count = count;
    init.push_back(it);
  }
  globals_[g].defined = true;
}

void Module::init_bytes(uint32_t g, std::string_view bytes) {
  InitItem it;
  it.kind = InitItem::Bytes;
  it.value = bytes_.size();
  it.count = bytes.size();
  bytes_.append(bytes);
  globals_[g].init.push_back(it);
  globals_[g].defined = true;
}

void Module::init_int(uint32_t g, unsigned size, uint64_t lo, uint64_t hi) {
  if (size != 1 && size != 2 && size != 4 && size != 8 && size != 16)
    throw Error("invalid initializer integer size " + std::to_string(size));
  InitItem it;
  it.kind = InitItem::Int;
  it.size = static_cast<uint8_t>(size);
  it.value = size < 8 ? lo & ((uint64_t{1} << (size * 8)) - 1) : lo;
  it.hi = size == 16 ? hi : 0;
  globals_[g].init.push_back(it);
  globals_[g].defined = true;
}

void Module::init_addr(uint32_t g, unsigned size, uint32_t target, int64_t addend) {
  InitItem it;
  it.kind = InitItem::Addr;
  it.size = static_cast<uint8_t>(size);
  it.global = target;
  it.addend = addend;
  globals_[g].init.push_back(it);
  globals_[g].defined = true;
}

void Module::init_block_addr(uint32_t g, unsigned size, uint32_t fn, uint32_t block) {
  InitItem it;
  it.kind = InitItem::BlockAddr;
  it.size = static_cast<uint8_t>(size);
  it.global = fn;
  it.value = block;
  globals_[g].init.push_back(it);
  globals_[g].defined = true;
}

std::string_view Module::bytes(const InitItem& item) const {
  return std::string_view(bytes_).substr(item.value, item.count);
}

uint64_t Module::init_size(const Global& g) const {
  uint64_t n = 0;
  for (const InitItem& it : g.init) n += (it.kind == InitItem::Zero || it.kind == InitItem::Bytes) ? it.count : it.size;
  return n;
}

TypeId Module::type_of(const Function* f, Value v) const {
  switch (v.tag()) {
    case Value::Inst: {
      const Inst& i = f->insts[v.index()];
      if (i.op == Op::VaArg && is_aggregate(i.type)) return ptr_type();  // read into memory
      if (i.op != Op::Call) return i.type;
      TypeId r = types_[i.type].elem;
      return is_aggregate(r) ? ptr_type() : r;  // aggregate results live in memory
    }
    case Value::Arg: {
      const Global& g = globals_[f->global];
      TypeId p = params(g.type)[v.index()];
      return is_aggregate(p) ? ptr_type() : p;  // aggregates arrive by address
    }
    case Value::Const:
      return constants_[v.index()].type;
    case Value::Global:
    case Value::Slot:
    case Value::BlockAddr:
      return ptr_type();
    default:
      return 0;
  }
}

}  // namespace kit::ir
