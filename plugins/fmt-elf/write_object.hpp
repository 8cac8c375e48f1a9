// fmt-elf writing of relocatable objects. See write_object.cpp.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "kit/arch.hpp"
#include "kit/obj/object.hpp"
#include "kit/target.hpp"

namespace kit::elf {

// ObjectFile -> ET_REL bytes for `arch` (the object's own arch, or the
// target's when the object names none) in the target's byte order.
// kinds: the arch plugin's relocation table; empty means kinds are ELF
// types already (the psABI numbering). Throws kit::Error located at the
// object's name when the model cannot be written (a kind without an ELF
// encoding, an index out of range).
std::vector<uint8_t> write_object(const obj::ObjectFile& object, std::string_view arch,
                                  Endian endian, std::span<const RelocKindInfo> kinds);

}  // namespace kit::elf
