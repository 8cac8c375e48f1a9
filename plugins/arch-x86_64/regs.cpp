#include "regs.hpp"

namespace kit::x86_64 {

namespace {
constexpr std::string_view kNames64[16] = {"%rax", "%rcx", "%rdx", "%rbx", "%rsp", "%rbp",
                                           "%rsi", "%rdi", "%r8",  "%r9",  "%r10", "%r11",
                                           "%r12", "%r13", "%r14", "%r15"};
constexpr std::string_view kNames32[16] = {"%eax",  "%ecx",  "%edx",  "%ebx", "%esp",  "%ebp",
                                           "%esi",  "%edi",  "%r8d",  "%r9d", "%r10d", "%r11d",
                                           "%r12d", "%r13d", "%r14d", "%r15d"};
constexpr std::string_view kNames16[16] = {"%ax",   "%cx",   "%dx",   "%bx",  "%sp",   "%bp",
                                           "%si",   "%di",   "%r8w",  "%r9w", "%r10w", "%r11w",
                                           "%r12w", "%r13w", "%r14w", "%r15w"};
constexpr std::string_view kNames8[16] = {"%al",   "%cl",   "%dl",   "%bl",  "%spl",  "%bpl",
                                          "%sil",  "%dil",  "%r8b",  "%r9b", "%r10b", "%r11b",
                                          "%r12b", "%r13b", "%r14b", "%r15b"};
constexpr std::string_view kNamesXmm[16] = {
    "%xmm0", "%xmm1", "%xmm2",  "%xmm3",  "%xmm4",  "%xmm5",  "%xmm6",  "%xmm7",
    "%xmm8", "%xmm9", "%xmm10", "%xmm11", "%xmm12", "%xmm13", "%xmm14", "%xmm15"};
}  // namespace

std::string_view reg_name(uint32_t r, unsigned size) {
  if (r == kRip) return "%rip";
  if (is_xmm(r)) return kNamesXmm[r - 16];
  if (!is_gpr(r)) return "%?";
  switch (size) {
    case 1: return kNames8[r];
    case 2: return kNames16[r];
    case 4: return kNames32[r];
    default: return kNames64[r];
  }
}

}  // namespace kit::x86_64
