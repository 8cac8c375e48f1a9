// Listings of machine code: `kit objdump -d` / `-dr` and `kit cc -S`.
//
// Both are built from the format-neutral object model and the arch plugin's
// one-instruction decoder (ArchPlugin::disassemble_one); nothing here knows
// an instruction set or an object format. See docs/OBJDUMP.md.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "kit/arch.hpp"
#include "kit/format.hpp"
#include "kit/obj/object.hpp"
#include "kit/target.hpp"

namespace kit::host::listing {

// The name of a relocation kind as the object carries it: objects from a
// format reader (FormatPlugin::list_file) hold the format's type numbers,
// objects fresh from a code generator the arch plugin's kind numbers.
using RelocNamer = std::function<std::string(uint32_t kind)>;
// Names arch kinds through the arch plugin's RelocKindInfo table.
RelocNamer arch_reloc_names(const ArchPlugin& arch);

struct DisassemblyOptions {
  bool relocs = false;  // -r with -d: relocation lines after the instruction they patch
  bool zeroes = false;  // -z: disassemble blocks of zeros instead of printing "..."
};

// GNU objdump -d: every executable section with contents, from a label per
// symbol, with addresses, bytes and decoded instructions; branch targets
// and RIP-relative comments get "<symbol+offset>". `listing` gives the
// sections' addresses and which sections are bookkeeping (null: a
// relocatable object at address 0, as a code generator made it).
void disassemble(const obj::ObjectFile& object, const FileListing* listing,
                 const ArchPlugin& arch, const TargetSpec& target, const RelocNamer& names,
                 const DisassemblyOptions& options, std::string& out);

// kit cc -S: the generated object as GNU assembler source (AT&T syntax):
// section directives, symbol directives (.globl, .type, .size), labels,
// one decoded instruction per line with relocated operands written as
// symbol expressions where the relocation is a plain one (and otherwise
// kept numeric with a "# R_... sym+addend" comment), data as .byte/.quad/
// .string/.zero with symbol references. `source` names the input in the
// .file directive.
void assembly(const obj::ObjectFile& object, const ArchPlugin& arch, const TargetSpec& target,
              const std::string& source, std::string& out);

}  // namespace kit::host::listing
