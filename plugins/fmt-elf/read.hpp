// fmt-elf reading: relocatable objects into the object model (for links),
// and any ELF file for the listing tools. See read.cpp for the rules.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "kit/arch.hpp"
#include "kit/format.hpp"
#include "kit/obj/object.hpp"

namespace kit::elf {

// ELF relocation type -> the arch plugin's kind. The x86-64, AArch64 and
// RISC-V plugins number their kinds by the psABI, so without a table (an
// arch plugin that does not relocate yet) the mapping is the identity.
class RelocMap {
 public:
  RelocMap() = default;  // identity
  explicit RelocMap(std::span<const RelocKindInfo> kinds);
  // From the arch plugin's table when it has one, else the identity.
  static RelocMap for_arch(const ArchPlugin& arch);

  bool identity() const { return kinds_.empty(); }
  // The kind for an ELF type, or false if the table has none.
  bool kind_of(uint32_t elf_type, uint32_t& kind) const;
  // The row for an ELF type (nullptr with the identity map or if unknown).
  const RelocKindInfo* info_of(uint32_t elf_type) const;

 private:
  std::span<const RelocKindInfo> kinds_;
  std::vector<uint32_t> by_type_;  // elf_type -> row index + 1, 0 = none
};

// True when bytes hold an ELF header of any class/byte order with e_type ET_REL.
bool is_elf_object(std::span<const uint8_t> bytes);
// True when bytes start with the ELF magic.
bool is_elf(std::span<const uint8_t> bytes);

// A relocatable object for a link. Throws kit::Error located at name.
//  - sections: every section with content or meaning (not the symbol,
//    string, relocation, group and SHT_SYMTAB_SHNDX tables, nor
//    .llvm_addrsig), in file order;
//  - symbols[i] is ELF symbol i, so symbols[0] is the null symbol (empty
//    name, undefined, local): relocations without a symbol refer to it;
//  - relocations with explicit addends (REL addends are read from the
//    patched bytes when the arch table gives the field size);
//  - COMDAT groups (non-COMDAT SHT_GROUPs do not constrain a link and are
//    dropped).
std::unique_ptr<obj::ObjectFile> read_object(std::span<const uint8_t> bytes,
                                             const std::string& name, const RelocMap& relocs);

// Any ELF file for kit nm/size/objdump (see FormatPlugin::list_file).
std::unique_ptr<obj::ObjectFile> list_file(std::span<const uint8_t> bytes,
                                           const std::string& name, uint32_t flags,
                                           FileListing& listing);

}  // namespace kit::elf
