// The interface of arch plugins: one instruction set.
//
//  - Code generation (KIT_CAP_CODEGEN): kit IR -> the format-neutral object
//    model, including ABI lowering (argument passing, aggregates, varargs)
//    for the target's OS and environment.
//  - Relocation (KIT_CAP_RELOCATE): the table of the ISA's relocation kinds
//    (numbers this plugin defines; the format plugins map them to their own
//    encodings through the table) and applying one to bytes in a link, plus
//    the stub code a linker places (PLT entries, import thunks).
//  - Disassembly (KIT_CAP_DISASSEMBLE) for kit objdump and cc -S.
// Nothing here is specific to one ISA or one object format.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "kit/plugin.hpp"

namespace kit {

namespace ir {
class Module;
}
namespace obj {
class ObjectFile;
}

struct CodegenOptions {
  int opt_level = 0;
  bool pic = false;               // position-independent code (shared libraries)
  bool pie = false;               // position-independent executable: local symbols bind locally
  bool function_sections = false; // each function in its own section
  bool data_sections = false;
  bool omit_frame_pointer = false;
};

// What a relocation kind means to a linker; one row per kind.
struct RelocKindInfo {
  uint32_t kind;          // this plugin's number
  const char* name;       // e.g. "R_X86_64_PC32"
  uint8_t size;           // bytes patched (0 = none, e.g. relaxation markers)
  bool pc_relative;
  // The role of the kind in a link, so format code can act without knowing
  // the ISA: whether it needs a GOT slot or PLT entry, which TLS model, and
  // which kinds are used for dynamic relocations.
  enum Role : uint8_t {
    Plain,        // S + A (absolute or pc-relative per pc_relative)
    GotEntry,     // refers to the symbol's GOT slot
    GotBase,      // relative to the GOT base (_GLOBAL_OFFSET_TABLE_)
    PltCall,      // call through the PLT when the symbol is not local
    TlsGd, TlsLd, TlsDtpOff, TlsIe, TlsLe, TlsDesc,
    DynRelative, DynGlobDat, DynJumpSlot, DynCopy, DynAbs, DynIRelative,
    DynDtpMod, DynDtpOff, DynTpOff,
    Marker,       // no bytes (RELAX, ALIGN hints, ...)
    ImageRel,     // COFF: relative to the image base (ADDR32NB)
    SectionRel,   // COFF: offset within its section (SECREL)
    SectionIndex, // COFF: section index (SECTION)
  };
  Role role;
  uint32_t elf_type;    // the ELF psABI number, 0 = none
  uint32_t coff_type;   // IMAGE_REL_* number, 0xffffffff = none
  uint32_t macho_type;  // Mach-O relocation type, 0xffffffff = none
};

// The addresses a relocation needs, computed by the linker.
struct RelocValues {
  uint64_t P = 0;     // address of the place being patched
  uint64_t S = 0;     // symbol address (PLT entry if the call goes through one)
  int64_t A = 0;      // addend
  uint64_t G = 0;     // address of the symbol's GOT slot (GotEntry, TLS IE/GD)
  uint64_t GOT = 0;   // GOT base
  uint64_t TP = 0;    // for TLS LE/IE: S's offset from the thread pointer
  uint64_t DTP = 0;   // for TLS LD/DTPOFF: S's offset within its module's TLS block
  uint64_t image_base = 0;
  bool symbol_is_local = false;   // defined in the image being linked and not preemptible
  bool static_link = false;       // no dynamic linker: TLS and GOT may be relaxed
};

class ArchPlugin : public Plugin {
 public:
  ~ArchPlugin() override;
  PluginKind kind() const final { return PluginKind::Arch; }

  // KIT_CAP_CODEGEN: compiles every function and data object of m into out.
  // Errors (unsupported constructs) go to diags; returns false if any.
  virtual bool compile(const ir::Module& m, const TargetSpec& target, const CodegenOptions& opts,
                       obj::ObjectFile& out, Diagnostics& diags);

  // KIT_CAP_RELOCATE
  virtual std::span<const RelocKindInfo> reloc_kinds() const;
  // Patches loc (which holds the original bytes) for a kind; throws
  // kit::Error naming the kind when the value does not fit.
  virtual void apply_reloc(uint32_t kind, uint8_t* loc, const RelocValues& v) const;
  // Stubs a linker emits. plt: an indirect jump through `slot` placed at
  // `address`; the header (may be empty) precedes lazy-binding PLTs.
  virtual size_t plt_entry_size() const;
  virtual void write_plt_entry(uint8_t* out, uint64_t address, uint64_t slot) const;

  // KIT_CAP_DISASSEMBLE: decodes one instruction at the start of `code`
  // (which sits at `address`) into GNU-syntax text without a trailing
  // newline, e.g. "mov    %rsp,%rbp" or "call   0x401020". Returns the
  // instruction's length, or 0 when the bytes are not a valid instruction
  // (text then describes the problem, e.g. "(bad)"). Drivers (objdump -d,
  // cc -S) add addresses, bytes, labels and relocation annotations.
  virtual size_t disassemble_one(std::span<const uint8_t> code, uint64_t address,
                                 const TargetSpec& target, std::string& text) const;
};

const RelocKindInfo* find_reloc_kind(std::span<const RelocKindInfo> table, uint32_t kind);

}  // namespace kit
