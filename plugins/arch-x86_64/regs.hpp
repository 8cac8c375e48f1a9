// x86-64 registers as data: numbering, names, and the register sets the
// allocator and the ABIs use.
//
// Physical registers are numbered 0..31: the 16 general-purpose registers in
// their hardware encoding order (so the low 3 bits go into ModRM/SIB and bit
// 3 into REX), then xmm0..xmm15 as 16..31. Machine IR (mir.hpp) numbers
// virtual registers from kFirstVReg up, so one uint32_t names either.
#pragma once

#include <cstdint>
#include <string_view>

namespace kit::x86_64 {

enum Reg : uint8_t {
  RAX = 0, RCX, RDX, RBX, RSP, RBP, RSI, RDI,
  R8, R9, R10, R11, R12, R13, R14, R15,
  XMM0 = 16, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
  XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15,
  kNumPhysRegs = 32,
  kRip = 0xfe,    // base of a RIP-relative address
  kNoReg = 0xff,
};

constexpr uint32_t kFirstVReg = 64;

constexpr bool is_gpr(uint32_t r) { return r < 16; }
constexpr bool is_xmm(uint32_t r) { return r >= 16 && r < 32; }
constexpr bool is_phys(uint32_t r) { return r < kNumPhysRegs; }
constexpr bool is_vreg(uint32_t r) { return r >= kFirstVReg; }
// The 4-bit hardware number (REX extension bit + 3 ModRM bits).
constexpr uint8_t hw(uint32_t r) { return static_cast<uint8_t>(r & 15); }
constexpr uint32_t bit(uint32_t r) { return 1u << r; }

// AT&T name of a register at an operand size (1, 2, 4, 8 bytes for GPRs;
// ignored for xmm registers), e.g. "%eax", "%r8b", "%xmm3".
std::string_view reg_name(uint32_t r, unsigned size = 8);

// Register classes of virtual registers.
enum class RegClass : uint8_t { Gpr, Xmm };

// Registers the allocator never hands out: the stack and frame pointers,
// and the scratch registers the spill rewriter and pseudo-instruction
// expansion use (r10, r11, xmm14, xmm15). See regalloc.cpp.
constexpr Reg kScratchGpr0 = R11;
constexpr Reg kScratchGpr1 = R10;
constexpr Reg kScratchXmm0 = XMM15;
constexpr Reg kScratchXmm1 = XMM14;

}  // namespace kit::x86_64
