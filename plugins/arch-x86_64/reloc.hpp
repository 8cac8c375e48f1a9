// The relocation half of arch-x86_64 (reloc.cpp): the table of kinds, their
// application with overflow checks and code relaxations, and PLT entries.
// The plugin class (plugin.cpp / target.cpp) forwards its ArchPlugin
// overrides here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "kit/arch.hpp"

namespace kit::x86_64 {

std::span<const RelocKindInfo> reloc_kind_table();
void apply_relocation(uint32_t kind, uint8_t* loc, const RelocValues& v);
constexpr size_t kPltEntrySize = 16;
void write_plt(uint8_t* out, uint64_t address, uint64_t slot);

}  // namespace kit::x86_64
