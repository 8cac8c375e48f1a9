// The ABI-lowering interface: how one calling convention places arguments
// and results, which registers survive a call, and how variadic arguments
// are reached. Instruction selection (isel.cpp) asks an Abi for a
// CallLayout and moves values where it says, so a second convention
// (Windows x64, abi_win64.cpp) is a second implementation of this class and
// no change to isel.
//
// A CallLayout describes each argument as
//   kRegs      parts in registers and/or stack slots, each part a byte range
//              of the value (a scalar is one part, an i128 two, an aggregate
//              one per eightbyte);
//   kStack     the whole value copied into the outgoing argument area
//              (SysV MEMORY class; x87 long double; i128 without registers);
//   kIndirect  a pointer to a caller-made copy, passed like a pointer
//              argument in parts[0] (Windows x64 aggregates that are not
//              1, 2, 4 or 8 bytes);
//   kIgnore    nothing is passed (empty aggregates in C);
// and the result as kRegs (rax/rdx/xmm0/xmm1 parts), kX87 (st(0)), kX87Pair
// (st(0) real, st(1) imaginary: long double _Complex), kSret
// (memory the caller provides, its address passed in sret_reg and returned
// in rax) or kIgnore (void).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "kit/ir/ir.hpp"
#include "mir.hpp"
#include "regs.hpp"

namespace kit {
struct TargetSpec;
}

namespace kit::x86_64 {

struct ArgPart {
  enum Where : uint8_t { kGpr, kXmm, kStack };
  Where where = kGpr;
  uint8_t reg = kNoReg;    // kGpr / kXmm
  uint8_t size = 8;        // bytes of the value this part carries (1..8)
  uint32_t offset = 0;     // byte offset of the part within the value
  uint32_t stack = 0;      // kStack: offset within the outgoing argument area
};

struct ArgLoc {
  enum Kind : uint8_t { kRegs, kStack, kIndirect, kIgnore, kX87, kSret, kX87Pair };
  Kind kind = kIgnore;
  std::vector<ArgPart> parts;
  uint32_t stack = 0;  // kStack: offset within the argument area
  uint64_t size = 0;   // bytes of the value
  uint32_t align = 1;
};

struct CallLayout {
  std::vector<ArgLoc> args;  // one per actual argument
  ArgLoc ret;
  uint8_t sret_reg = kNoReg;      // ret.kind == kSret: register of the hidden pointer
  uint32_t stack_size = 0;        // bytes of outgoing argument area, a multiple of 8
  int al = -1;                    // SysV variadic call: value for %al; -1: leave %al alone
  // For va_start in a variadic function: what the named parameters used.
  uint32_t named_gprs = 0, named_xmms = 0, named_stack = 0;
};

class MBuilder;

class Abi {
 public:
  virtual ~Abi() = default;

  // Layout of a call to / the parameters of a function of type fn_type.
  // arg_types: the IR types of the actual arguments (for a variadic
  // function, the fixed parameters then the types of the extra values).
  virtual CallLayout layout(const ir::Module& m, ir::TypeId fn_type,
                            std::span<const ir::TypeId> arg_types) const = 0;

  // Register sets, as masks of bits 1 << Reg.
  virtual uint32_t caller_saved() const = 0;
  virtual uint32_t callee_saved() const = 0;
  // Allocation order (caller-saved first, so values that do not cross
  // calls leave callee-saved registers free).
  virtual std::span<const Reg> allocation_order(RegClass c) const = 0;

  // ---- variadic functions. The builder emits at its current block.
  // Prologue of a variadic function: save what va_arg will read (the
  // register save area); returns the frame object of the save area.
  virtual uint32_t save_varargs(MBuilder& b, const CallLayout& own) const = 0;
  // va_start(ap): ap is a GPR holding the address of the va_list object.
  virtual void va_start(MBuilder& b, const CallLayout& own, uint32_t save_area, uint32_t ap) const = 0;
  // va_arg(ap, type): returns the value: for scalars in `out` registers
  // (out[1] for the high half of an i128), for f80 and aggregates a frame
  // object holding the value in `out_frame`.
  struct VaArgResult {
    uint32_t out[2] = {0, 0};
    uint32_t out_frame = ~0u;
  };
  virtual VaArgResult va_arg(MBuilder& b, const ir::Module& m, ir::TypeId type, uint32_t ap) const = 0;
  virtual void va_copy(MBuilder& b, uint32_t dst, uint32_t src) const = 0;
};

// The System V AMD64 ABI (abi_sysv.cpp).
std::unique_ptr<Abi> make_sysv_abi();

// SysV classification, exposed for tests: the class of each eightbyte of
// a type as an argument, or {Memory} when it goes to memory.
enum class ArgClass : uint8_t { NoClass, Integer, Sse, SseUp, X87, X87Up, ComplexX87, Memory };
std::vector<ArgClass> sysv_classify(const ir::Module& m, ir::TypeId t);

}  // namespace kit::x86_64
