#include "kit/ir/builder.hpp"

#include "kit/diag.hpp"

namespace kit::ir {

uint32_t Builder::create_block(std::string_view name) {
  Block b;
  b.name = name.empty() ? 0 : m_.intern(name);
  f_.blocks.push_back(std::move(b));
  return static_cast<uint32_t>(f_.blocks.size() - 1);
}

bool Builder::terminated() const {
  const Block& b = f_.blocks[block_];
  return !b.insts.empty() && is_terminator(f_.insts[b.insts.back()].op);
}

Value Builder::slot(uint64_t size, uint32_t align, std::string_view name) {
  f_.slots.push_back(StackSlot{size, align ? align : 1, name.empty() ? 0 : m_.intern(name)});
  return Value(Value::Slot, static_cast<uint32_t>(f_.slots.size() - 1));
}

Value Builder::emit(Op op, TypeId type, std::span<const Value> operands, uint16_t aux,
                    uint8_t flags, std::string_view name) {
  if (f_.blocks.empty()) throw Error("IR builder: no block to emit into");
  Inst i;
  i.op = op;
  i.flags = flags;
  i.aux = aux;
  i.type = type;
  i.first_op = static_cast<uint32_t>(f_.operands.size());
  i.num_ops = static_cast<uint32_t>(operands.size());
  f_.operands.insert(f_.operands.end(), operands.begin(), operands.end());
  uint32_t idx = static_cast<uint32_t>(f_.insts.size());
  if (idx > Value::kMaxIndex) throw Error("IR builder: function too large");
  f_.insts.push_back(i);
  f_.inst_names.push_back(name.empty() ? 0 : m_.intern(name));
  if (!f_.inst_lines.empty()) f_.inst_lines.push_back(0);
  f_.blocks[block_].insts.push_back(idx);
  return Value(Value::Inst, idx);
}

Value Builder::binop(Op op, Value a, Value b) { return emit(op, m_.type_of(&f_, a), {a, b}); }
Value Builder::unop(Op op, Value a) { return emit(op, m_.type_of(&f_, a), {a}); }

Value Builder::icmp(Pred p, Value a, Value b, TypeId result) {
  return emit(Op::ICmp, result, {a, b}, static_cast<uint16_t>(p));
}

Value Builder::fcmp(Pred p, Value a, Value b, TypeId result) {
  return emit(Op::FCmp, result, {a, b}, static_cast<uint16_t>(p));
}

Value Builder::convert(Op op, Value v, TypeId to) { return emit(op, to, {v}); }

Value Builder::select(Value cond, Value a, Value b) {
  return emit(Op::Select, m_.type_of(&f_, a), {cond, a, b});
}

Value Builder::ptradd(Value ptr, Value offset) { return emit(Op::PtrAdd, m_.ptr_type(), {ptr, offset}); }

static uint16_t align_aux(uint32_t align) {
  if (align > 0x8000) throw Error("IR builder: alignment too large");
  return static_cast<uint16_t>(align);
}

Value Builder::load(TypeId type, Value ptr, uint32_t align, bool is_volatile) {
  return emit(Op::Load, type, {ptr}, align_aux(align), is_volatile ? kVolatile : 0);
}

void Builder::store(Value v, Value ptr, uint32_t align, bool is_volatile) {
  emit(Op::Store, m_.void_type(), {v, ptr}, align_aux(align), is_volatile ? kVolatile : 0);
}

void Builder::mem_copy(Value dst, Value src, Value size, uint32_t align, bool is_volatile) {
  emit(Op::MemCopy, m_.void_type(), {dst, src, size}, align_aux(align), is_volatile ? kVolatile : 0);
}

void Builder::mem_set(Value dst, Value byte, Value size, uint32_t align, bool is_volatile) {
  emit(Op::MemSet, m_.void_type(), {dst, byte, size}, align_aux(align), is_volatile ? kVolatile : 0);
}

Value Builder::dyn_alloca(Value size, uint32_t align) {
  return emit(Op::Alloca, m_.ptr_type(), {size}, align_aux(align));
}

Value Builder::call(TypeId func_type, Value callee, std::span<const Value> args, bool tail) {
  std::vector<Value> ops;
  ops.reserve(args.size() + 1);
  ops.push_back(callee);
  ops.insert(ops.end(), args.begin(), args.end());
  return emit(Op::Call, func_type, ops, 0, tail ? kTail : 0);
}

Value Builder::phi(TypeId type, std::span<const std::pair<uint32_t, Value>> incoming) {
  std::vector<Value> ops;
  for (const auto& [block, v] : incoming) {
    ops.push_back(block_ref(block));
    ops.push_back(v);
  }
  return emit(Op::Phi, type, ops);
}

Value Builder::atomic_load(TypeId type, Value ptr, uint32_t align, Ordering order, bool is_volatile) {
  return emit(Op::Load, type, {ptr}, align_aux(align),
              uint8_t((is_volatile ? kVolatile : 0) | ordering_flags(order)));
}

void Builder::atomic_store(Value v, Value ptr, uint32_t align, Ordering order, bool is_volatile) {
  emit(Op::Store, m_.void_type(), {v, ptr}, align_aux(align),
       uint8_t((is_volatile ? kVolatile : 0) | ordering_flags(order)));
}

Value Builder::atomic_rmw(RMWOp op, Value ptr, Value v, Ordering order) {
  return emit(Op::AtomicRMW, m_.type_of(&f_, v), {ptr, v},
              static_cast<uint16_t>(unsigned(order) | (unsigned(op) << 8)));
}

Value Builder::cmpxchg(Value ptr, Value expected, Value desired, Ordering success, Ordering failure) {
  return emit(Op::CmpXchg, m_.type_of(&f_, expected), {ptr, expected, desired},
              static_cast<uint16_t>(unsigned(success) | (unsigned(failure) << 8)));
}

void Builder::fence(Ordering order) {
  emit(Op::Fence, m_.void_type(), std::span<const Value>{}, static_cast<uint16_t>(order));
}

void Builder::va_start_(Value ap) { emit(Op::VaStart, m_.void_type(), {ap}); }
Value Builder::va_arg_(TypeId type, Value ap) { return emit(Op::VaArg, type, {ap}); }
void Builder::va_end_(Value ap) { emit(Op::VaEnd, m_.void_type(), {ap}); }
void Builder::va_copy_(Value dst, Value src) { emit(Op::VaCopy, m_.void_type(), {dst, src}); }

Value Builder::stack_save() { return emit(Op::StackSave, m_.ptr_type(), std::span<const Value>{}); }
void Builder::stack_restore(Value sp) { emit(Op::StackRestore, m_.void_type(), {sp}); }
Value Builder::frame_address(uint16_t level) {
  return emit(Op::FrameAddr, m_.ptr_type(), std::span<const Value>{}, level);
}
Value Builder::return_address(uint16_t level) {
  return emit(Op::ReturnAddr, m_.ptr_type(), std::span<const Value>{}, level);
}
void Builder::trap() { emit(Op::Trap, m_.void_type(), std::span<const Value>{}); }

void Builder::indirectbr(Value addr, std::span<const uint32_t> blocks) {
  std::vector<Value> ops{addr};
  for (uint32_t b : blocks) ops.push_back(block_ref(b));
  emit(Op::IndirectBr, 0, ops);
}

void Builder::br(uint32_t block) { emit(Op::Br, 0, {block_ref(block)}); }

void Builder::condbr(Value cond, uint32_t t, uint32_t f) {
  emit(Op::CondBr, 0, {cond, block_ref(t), block_ref(f)});
}

void Builder::switch_(Value v, uint32_t default_block,
                      std::span<const std::pair<Value, uint32_t>> cases) {
  std::vector<Value> ops{v, block_ref(default_block)};
  for (const auto& [c, b] : cases) {
    ops.push_back(c);
    ops.push_back(block_ref(b));
  }
  emit(Op::Switch, 0, ops);
}

void Builder::ret(Value v) { emit(Op::Ret, 0, {v}); }
void Builder::ret_void() { emit(Op::Ret, 0, std::span<const Value>{}); }
void Builder::unreachable() { emit(Op::Unreachable, 0, std::span<const Value>{}); }

}  // namespace kit::ir
