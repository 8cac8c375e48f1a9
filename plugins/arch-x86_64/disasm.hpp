// The x86-64 disassembler: machine code -> GNU objdump-style AT&T text.
//
// One entry point, used by the plugin's ArchPlugin::disassemble_one (for
// kit objdump -d and kit cc -S) and by the unit tests and the fuzz target.
// The instruction format and the decoder's tables are described at the top
// of disasm.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace kit::x86_64 {

// Decodes the instruction at the start of `code`, which sits at `address`
// (64-bit mode). On success returns its length (1..15) and sets `text` to the
// GNU objdump AT&T rendering without a trailing newline: the mnemonic (with
// any prefixes objdump prints, e.g. "lock ", "rep ", "data16 ") padded to 6
// columns plus one space, then the operands, e.g.
//   "mov    %rsp,%rbp"          "call   0x401020"
//   "lea    0x10(%rip),%rax        # 0x401030"
// Branch targets are absolute addresses ("0x..."); RIP-relative operands are
// shown as "disp(%rip)" followed by a "        # 0x<target>" comment, as
// objdump does. Returns 0 and sets text to "(bad)" when the bytes are not a
// valid instruction this decoder knows, or to "(truncated)" when `code` ends
// inside an instruction (except that a leading prefix byte is then shown on
// its own, length 1, as objdump shows it). Never reads outside `code`.
size_t disassemble(std::span<const uint8_t> code, uint64_t address, std::string& text);

}  // namespace kit::x86_64
