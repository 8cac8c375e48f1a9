// libFuzzer target: the x86-64 disassembler (plugins/arch-x86_64/disasm.cpp).
//
// Input: arbitrary bytes. The first 8 bytes (when present) give the address;
// the rest is decoded the way objdump walks a section: one instruction at
// a time, skipping one byte after anything that is not an instruction.
// Checked: no crash, no read outside the input (ASan: the data libFuzzer
// passes is exactly `size` bytes), lengths within the input and within
// 15 bytes, a non-empty text, and the same result for the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>

#include "disasm.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  uint64_t address = 0;
  if (size >= 8) {
    std::memcpy(&address, data, 8);
    data += 8;
    size -= 8;
  }
  std::span<const uint8_t> code(data, size);
  std::string text, again;
  size_t off = 0;
  while (off < code.size()) {
    std::span<const uint8_t> rest = code.subspan(off);
    size_t n = kit::x86_64::disassemble(rest, address + off, text);
    if (n > rest.size() || n > 15 || text.empty()) std::abort();
    if (kit::x86_64::disassemble(rest, address + off, again) != n || again != text) std::abort();
    off += n ? n : 1;
  }
  return 0;
}
