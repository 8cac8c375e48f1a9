// The format-neutral object model: what an arch plugin's code generator
// produces and what a format plugin's reader returns. Sections with bytes
// and relocations, symbols, COMDAT groups. Relocation kinds are numbers the
// arch plugin defines (see RelocKindInfo in kit/plugin.hpp); section and
// symbol attributes are the union of what ELF, PE/COFF and Mach-O need,
// with format_* fields carrying what only one format understands through a
// read/write round trip.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kit/support/interner.hpp"

namespace kit::obj {

enum class SectionKind : uint8_t {
  Text,      // code
  Data,      // initialized writable data
  ReadOnly,  // initialized read-only data
  Bss,       // zero-initialized (no bytes stored)
  TlsData,   // thread-local initialized
  TlsBss,    // thread-local zero-initialized
  Other,     // notes, debug info, metadata: kept as is, not loaded unless kAlloc
};

enum SectionFlags : uint32_t {
  kAlloc = 1 << 0,     // occupies memory at run time
  kWrite = 1 << 1,
  kExec = 1 << 2,
  kMerge = 1 << 3,     // identical entries of entsize bytes may be merged
  kStrings = 1 << 4,   // with kMerge: NUL-terminated strings
  kTls = 1 << 5,
  kRetain = 1 << 6,    // never removed by --gc-sections
  kInitArray = 1 << 7, // function pointers run at startup (.init_array, .CRT$XCU)
  kFiniArray = 1 << 8,
  kNote = 1 << 9,
};

// A relocation: patch `offset` in its section according to arch kind `kind`
// using the address of symbols[symbol] and `addend`.
struct Reloc {
  uint64_t offset = 0;
  uint32_t kind = 0;
  uint32_t symbol = 0;
  int64_t addend = 0;
};

struct Section {
  StrId name = 0;
  SectionKind kind = SectionKind::Other;
  uint32_t flags = 0;          // SectionFlags
  uint32_t align = 1;          // bytes, a power of two
  uint32_t entsize = 0;        // kMerge entry size
  uint32_t group = 0;          // 1-based index into ObjectFile::groups; 0 = none
  std::vector<uint8_t> data;   // empty for Bss/TlsBss
  uint64_t size = 0;           // bytes; equals data.size() unless bss
  std::vector<Reloc> relocs;
  uint32_t format_type = 0;    // format-specific: ELF sh_type, COFF characteristics, ...
  uint64_t format_flags = 0;   // format-specific raw flags, preserved on round trip
  uint32_t link = 0;           // format-specific: e.g. SHF_LINK_ORDER target (1-based)
};

enum class Binding : uint8_t { Local, Global, Weak };
enum class SymbolType : uint8_t { None, Func, Object, Tls, Section, File };
enum class SymbolVisibility : uint8_t { Default, Hidden, Protected, Internal };

enum SymbolFlags : uint8_t {
  kDllImport = 1 << 0,
  kDllExport = 1 << 1,
  kUsedSym = 1 << 2,       // referenced from outside the object model (keep)
  kIndirectFunc = 1 << 3,  // GNU IFUNC: the value is a resolver
  kUniqueGlobal = 1 << 4,  // ELF STB_GNU_UNIQUE: one definition per process, even across dlopen
};

struct Symbol {
  static constexpr uint32_t kUndefined = 0;
  static constexpr uint32_t kAbsolute = 0xfffffff1;
  static constexpr uint32_t kCommon = 0xfffffff2;

  StrId name = 0;
  uint32_t section = kUndefined;  // 1-based index into sections, or a special value
  uint64_t value = 0;             // offset in section; absolute value; common: alignment
  uint64_t size = 0;
  Binding binding = Binding::Global;
  SymbolType type = SymbolType::None;
  SymbolVisibility visibility = SymbolVisibility::Default;
  uint8_t flags = 0;  // SymbolFlags

  bool defined() const { return section != kUndefined && section != kCommon; }
};

struct Group {
  StrId signature = 0;             // the COMDAT key (a symbol name)
  std::vector<uint32_t> sections;  // 1-based section indices
};

class ObjectFile {
 public:
  std::string name;      // for messages: path, or "archive.a(member.o)"
  std::string arch;      // "x86_64", "aarch64", "riscv64"
  uint64_t format_flags = 0;  // e.g. ELF e_flags (RISC-V float ABI)
  StringInterner names;
  std::vector<Section> sections;  // referenced 1-based by Symbol::section and Reloc users
  std::vector<Symbol> symbols;
  std::vector<Group> groups;

  StrId intern(std::string_view s) { return names.intern(s); }
  std::string_view str(StrId id) const { return names.str(id); }
  // Adds a section; returns its 1-based index.
  uint32_t add_section(std::string_view name, SectionKind kind, uint32_t flags, uint32_t align);
  Section& section(uint32_t index1) { return sections[index1 - 1]; }
  const Section& section(uint32_t index1) const { return sections[index1 - 1]; }
  // Adds a symbol; returns its index.
  uint32_t add_symbol(const Symbol& s);
  // The index of a non-local symbol with this name, or -1.
  int64_t find_symbol(std::string_view name) const;
};

}  // namespace kit::obj
