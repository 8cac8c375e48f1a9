// Builder: the API frontends use to emit instructions into one function.
// It appends to the current block, computes result types where the opcode
// determines them, and never reorders anything. Stack slots are not
// instructions: slot() may be called at any point and names a fixed frame
// object (the C frontend's locals); alloca() is for dynamic sizes (VLAs).
#pragma once

#include <initializer_list>
#include <span>

#include "kit/ir/ir.hpp"

namespace kit::ir {

class Builder {
 public:
  Builder(Module& m, Function& f) : m_(m), f_(f) {}

  Module& module() { return m_; }
  Function& function() { return f_; }

  // Blocks
  uint32_t create_block(std::string_view name = {});
  void set_block(uint32_t block) { block_ = block; }
  uint32_t current_block() const { return block_; }
  // True when the current block already ends with a terminator.
  bool terminated() const;
  Value block_ref(uint32_t block) const { return Value(Value::Block, block); }

  // Frame
  Value slot(uint64_t size, uint32_t align, std::string_view name = {});
  Value arg(uint32_t index) const { return Value(Value::Arg, index); }

  // Constants (forwarded to the module)
  Value iconst(TypeId t, int64_t v) { return m_.int_const(t, static_cast<uint64_t>(v), v < 0 ? ~0ull : 0); }
  Value uconst(TypeId t, uint64_t v) { return m_.int_const(t, v); }

  // Generic emission: any opcode, explicit result type and operands.
  Value emit(Op op, TypeId type, std::span<const Value> operands, uint16_t aux = 0,
             uint8_t flags = 0, std::string_view name = {});
  Value emit(Op op, TypeId type, std::initializer_list<Value> operands, uint16_t aux = 0,
             uint8_t flags = 0, std::string_view name = {}) {
    return emit(op, type, std::span<const Value>(operands.begin(), operands.size()), aux, flags,
                name);
  }

  // Typed helpers. Binary operations take their type from `a`.
  Value binop(Op op, Value a, Value b);
  Value unop(Op op, Value a);
  Value icmp(Pred p, Value a, Value b, TypeId result);
  Value fcmp(Pred p, Value a, Value b, TypeId result);
  Value convert(Op op, Value v, TypeId to);
  Value select(Value cond, Value a, Value b);
  Value ptradd(Value ptr, Value offset);
  Value load(TypeId type, Value ptr, uint32_t align, bool is_volatile = false);
  void store(Value v, Value ptr, uint32_t align, bool is_volatile = false);
  void mem_copy(Value dst, Value src, Value size, uint32_t align, bool is_volatile = false);
  void mem_set(Value dst, Value byte, Value size, uint32_t align, bool is_volatile = false);
  Value dyn_alloca(Value size, uint32_t align);
  // callee: a Global (direct) or a pointer value (indirect). For aggregate
  // parameters/results of func_type, pass/receive pointers to the memory.
  Value call(TypeId func_type, Value callee, std::span<const Value> args, bool tail = false);
  Value phi(TypeId type, std::span<const std::pair<uint32_t, Value>> incoming);

  // Atomics. Alignment of atomicrmw/cmpxchg is the type's natural one.
  Value atomic_load(TypeId type, Value ptr, uint32_t align, Ordering order, bool is_volatile = false);
  void atomic_store(Value v, Value ptr, uint32_t align, Ordering order, bool is_volatile = false);
  Value atomic_rmw(RMWOp op, Value ptr, Value v, Ordering order);
  // The old value; failure NotAtomic = derived from success.
  Value cmpxchg(Value ptr, Value expected, Value desired, Ordering success,
                Ordering failure = Ordering::NotAtomic);
  void fence(Ordering order);

  // Variadic arguments; ap points at the va_list object. va_arg of an
  // aggregate type gives the address of a copy (like an aggregate result).
  // (Trailing underscores: <cstdarg> defines va_start etc. as macros.)
  void va_start_(Value ap);
  Value va_arg_(TypeId type, Value ap);
  void va_end_(Value ap);
  void va_copy_(Value dst, Value src);

  // Machine queries and the dynamic stack.
  Value stack_save();
  void stack_restore(Value sp);
  Value frame_address(uint16_t level);
  Value return_address(uint16_t level);
  void trap();
  Value block_addr(uint32_t block) const { return Value(Value::BlockAddr, block); }

  // Terminators
  void br(uint32_t block);
  void condbr(Value cond, uint32_t if_true, uint32_t if_false);
  void switch_(Value v, uint32_t default_block,
               std::span<const std::pair<Value, uint32_t>> cases);
  void indirectbr(Value addr, std::span<const uint32_t> blocks);
  void ret(Value v);
  void ret_void();
  void unreachable();

 private:
  Module& m_;
  Function& f_;
  uint32_t block_ = 0;
};

}  // namespace kit::ir
