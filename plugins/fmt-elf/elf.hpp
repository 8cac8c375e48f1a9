// ELF structure definitions shared by the fmt-elf reader, object writer and
// linker, written from the System V gABI ("Object Files", chapter 4 and
// "Program Loading and Dynamic Linking", chapter 5) and the GNU extensions
// the Linux toolchains use (symbol versioning, SHF_GNU_RETAIN, STT_GNU_IFUNC).
//
// The file formats, in short:
//
//  - An ELF file starts with the ELF header (gABI 4 "ELF Header"). Its first
//    16 bytes, e_ident, say how to read everything else: EI_CLASS (32- or
//    64-bit fields: ELFCLASS32/ELFCLASS64) and EI_DATA (byte order:
//    ELFDATA2LSB/ELFDATA2MSB). Every multi-byte field after e_ident is in
//    that byte order and, for addresses, offsets and sizes, of that width.
//  - The section header table (gABI 4 "Sections") is at e_shoff with e_shnum
//    entries of e_shentsize bytes. Entry 0 is reserved. When a file has
//    SHN_LORESERVE (0xff00) or more sections, e_shnum is 0 and entry 0's
//    sh_size holds the count; when the section name table's index does not
//    fit, e_shstrndx is SHN_XINDEX and entry 0's sh_link holds it
//    ("Extended Section Indexes"). A symbol whose section index does not fit
//    in st_shndx says SHN_XINDEX and the SHT_SYMTAB_SHNDX section holds the
//    real index at the same position.
//  - The 32- and 64-bit layouts differ in field widths and, for symbols and
//    program headers, in field order (Elf64_Sym puts st_info/st_other/
//    st_shndx before st_value). r_info packs the symbol index and
//    relocation type as (sym << 8 | type) in ELF32 and (sym << 32 | type)
//    in ELF64.
//
// So that one reader and one writer serve all four combinations, code here
// works on "wide" native structures (64-bit fields, host byte order) and
// ElfCodec<Is64, Big> converts between them and file bytes. Only ELF64
// little-endian is exercised today; the others compile and are unit-tested
// for their layouts.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace kit::elf {

// ---------------------------------------------------------------------------
// e_ident (gABI 4 "ELF Identification")
inline constexpr uint8_t kMagic[4] = {0x7f, 'E', 'L', 'F'};
enum : uint8_t {
  EI_MAG0 = 0, EI_CLASS = 4, EI_DATA = 5, EI_VERSION = 6, EI_OSABI = 7, EI_ABIVERSION = 8,
  EI_NIDENT = 16,
};
enum : uint8_t { ELFCLASSNONE = 0, ELFCLASS32 = 1, ELFCLASS64 = 2 };
enum : uint8_t { ELFDATANONE = 0, ELFDATA2LSB = 1, ELFDATA2MSB = 2 };
enum : uint8_t { EV_NONE = 0, EV_CURRENT = 1 };
enum : uint8_t { ELFOSABI_NONE = 0, ELFOSABI_GNU = 3 };

// e_type
enum : uint16_t { ET_NONE = 0, ET_REL = 1, ET_EXEC = 2, ET_DYN = 3, ET_CORE = 4 };

// e_machine (the ones kit knows; others are read as "unknown")
enum : uint16_t {
  EM_NONE = 0, EM_386 = 3, EM_ARM = 40, EM_X86_64 = 62, EM_AARCH64 = 183, EM_RISCV = 243,
};

// RISC-V e_flags (psABI "ELF Object Files": float ABI, RVC)
enum : uint32_t {
  EF_RISCV_RVC = 0x1, EF_RISCV_FLOAT_ABI_SOFT = 0x0, EF_RISCV_FLOAT_ABI_SINGLE = 0x2,
  EF_RISCV_FLOAT_ABI_DOUBLE = 0x4, EF_RISCV_FLOAT_ABI_QUAD = 0x6, EF_RISCV_RVE = 0x8,
  EF_RISCV_TSO = 0x10,
};

// ---------------------------------------------------------------------------
// Sections (gABI 4 "Sections")
enum : uint32_t {
  SHN_UNDEF = 0,
  SHN_LORESERVE = 0xff00,
  SHN_LOPROC = 0xff00,
  SHN_X86_64_LCOMMON = 0xff02,  // x86-64 psABI: large common
  SHN_HIPROC = 0xff1f,
  SHN_ABS = 0xfff1,
  SHN_COMMON = 0xfff2,
  SHN_XINDEX = 0xffff,
};

enum : uint32_t {
  SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4, SHT_HASH = 5,
  SHT_DYNAMIC = 6, SHT_NOTE = 7, SHT_NOBITS = 8, SHT_REL = 9, SHT_SHLIB = 10, SHT_DYNSYM = 11,
  SHT_INIT_ARRAY = 14, SHT_FINI_ARRAY = 15, SHT_PREINIT_ARRAY = 16, SHT_GROUP = 17,
  SHT_SYMTAB_SHNDX = 18, SHT_RELR = 19,
  SHT_LOOS = 0x60000000,
  SHT_LLVM_ADDRSIG = 0x6fff4c03,
  SHT_GNU_ATTRIBUTES = 0x6ffffff5, SHT_GNU_HASH = 0x6ffffff6, SHT_GNU_LIBLIST = 0x6ffffff7,
  SHT_GNU_verdef = 0x6ffffffd, SHT_GNU_verneed = 0x6ffffffe, SHT_GNU_versym = 0x6fffffff,
  SHT_LOPROC = 0x70000000,
  SHT_X86_64_UNWIND = 0x70000001,
  SHT_AARCH64_ATTRIBUTES = 0x70000003,
  SHT_RISCV_ATTRIBUTES = 0x70000003,
  SHT_HIPROC = 0x7fffffff,
};

enum : uint64_t {
  SHF_WRITE = 0x1, SHF_ALLOC = 0x2, SHF_EXECINSTR = 0x4, SHF_MERGE = 0x10, SHF_STRINGS = 0x20,
  SHF_INFO_LINK = 0x40, SHF_LINK_ORDER = 0x80, SHF_OS_NONCONFORMING = 0x100, SHF_GROUP = 0x200,
  SHF_TLS = 0x400, SHF_COMPRESSED = 0x800,
  SHF_MASKOS = 0x0ff00000, SHF_GNU_RETAIN = 0x200000,
  SHF_MASKPROC = 0xf0000000, SHF_X86_64_LARGE = 0x10000000, SHF_EXCLUDE = 0x80000000,
};

// Section groups (gABI 4 "Section Groups"): the first word of a SHT_GROUP.
enum : uint32_t { GRP_COMDAT = 0x1, GRP_MASKOS = 0x0ff00000, GRP_MASKPROC = 0xf0000000 };

// ---------------------------------------------------------------------------
// Symbols (gABI 4 "Symbol Table")
enum : uint8_t {
  STB_LOCAL = 0, STB_GLOBAL = 1, STB_WEAK = 2, STB_GNU_UNIQUE = 10, STB_LOPROC = 13,
};
enum : uint8_t {
  STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4, STT_COMMON = 5,
  STT_TLS = 6, STT_GNU_IFUNC = 10,
};
enum : uint8_t { STV_DEFAULT = 0, STV_INTERNAL = 1, STV_HIDDEN = 2, STV_PROTECTED = 3 };

// ---------------------------------------------------------------------------
// Program headers and the dynamic section (gABI 5)
enum : uint32_t {
  PT_NULL = 0, PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_NOTE = 4, PT_SHLIB = 5,
  PT_PHDR = 6, PT_TLS = 7,
  PT_GNU_EH_FRAME = 0x6474e550, PT_GNU_STACK = 0x6474e551, PT_GNU_RELRO = 0x6474e552,
  PT_GNU_PROPERTY = 0x6474e553,
  PT_RISCV_ATTRIBUTES = 0x70000003,
};
enum : uint32_t { PF_X = 0x1, PF_W = 0x2, PF_R = 0x4 };

enum : int64_t {
  DT_NULL = 0, DT_NEEDED = 1, DT_PLTRELSZ = 2, DT_PLTGOT = 3, DT_HASH = 4, DT_STRTAB = 5,
  DT_SYMTAB = 6, DT_RELA = 7, DT_RELASZ = 8, DT_RELAENT = 9, DT_STRSZ = 10, DT_SYMENT = 11,
  DT_INIT = 12, DT_FINI = 13, DT_SONAME = 14, DT_RPATH = 15, DT_SYMBOLIC = 16, DT_REL = 17,
  DT_RELSZ = 18, DT_RELENT = 19, DT_PLTREL = 20, DT_DEBUG = 21, DT_TEXTREL = 22,
  DT_JMPREL = 23, DT_BIND_NOW = 24, DT_INIT_ARRAY = 25, DT_FINI_ARRAY = 26,
  DT_INIT_ARRAYSZ = 27, DT_FINI_ARRAYSZ = 28, DT_RUNPATH = 29, DT_FLAGS = 30,
  DT_PREINIT_ARRAY = 32, DT_PREINIT_ARRAYSZ = 33, DT_SYMTAB_SHNDX = 34,
  DT_GNU_HASH = 0x6ffffef5, DT_VERSYM = 0x6ffffff0, DT_RELACOUNT = 0x6ffffff9,
  DT_RELCOUNT = 0x6ffffffa, DT_FLAGS_1 = 0x6ffffffb, DT_VERDEF = 0x6ffffffc,
  DT_VERDEFNUM = 0x6ffffffd, DT_VERNEED = 0x6ffffffe, DT_VERNEEDNUM = 0x6fffffff,
};
enum : uint64_t { DF_ORIGIN = 0x1, DF_SYMBOLIC = 0x2, DF_TEXTREL = 0x4, DF_BIND_NOW = 0x8,
                  DF_STATIC_TLS = 0x10 };
enum : uint64_t { DF_1_NOW = 0x1, DF_1_PIE = 0x08000000 };

// Symbol versioning (the GNU extension documented in the LSB, "Symbol
// Versioning"): .gnu.version holds one Elf_Half per dynamic symbol.
enum : uint16_t {
  VER_NDX_LOCAL = 0, VER_NDX_GLOBAL = 1, VERSYM_HIDDEN = 0x8000, VERSYM_VERSION = 0x7fff,
};
enum : uint16_t { VER_DEF_CURRENT = 1, VER_NEED_CURRENT = 1, VER_FLG_BASE = 0x1,
                  VER_FLG_WEAK = 0x2 };

// Notes (gABI 5 "Note Section")
enum : uint32_t { NT_GNU_BUILD_ID = 3, NT_GNU_PROPERTY_TYPE_0 = 5 };

// Compressed sections (gABI 4 "Compressed Sections")
enum : uint32_t { ELFCOMPRESS_ZLIB = 1 };

// ---------------------------------------------------------------------------
// Wide native structures: one type for both classes and both byte orders.
struct Ehdr {
  uint8_t ident[EI_NIDENT] = {};
  uint16_t type = 0, machine = 0;
  uint32_t version = 0;
  uint64_t entry = 0, phoff = 0, shoff = 0;
  uint32_t flags = 0;
  uint16_t ehsize = 0, phentsize = 0, phnum = 0, shentsize = 0, shnum = 0, shstrndx = 0;
};

struct Shdr {
  uint32_t name = 0, type = 0;
  uint64_t flags = 0, addr = 0, offset = 0, size = 0;
  uint32_t link = 0, info = 0;
  uint64_t addralign = 0, entsize = 0;
};

struct Sym {
  uint32_t name = 0;
  uint8_t info = 0, other = 0;
  uint16_t shndx = 0;
  uint64_t value = 0, size = 0;

  uint8_t bind() const { return info >> 4; }
  uint8_t type() const { return info & 0xf; }
  uint8_t visibility() const { return other & 0x3; }
  static uint8_t make_info(uint8_t bind, uint8_t type) {
    return static_cast<uint8_t>((bind << 4) | (type & 0xf));
  }
};

// Rel entries are Rela entries with addend 0 and has_addend false.
struct Rela {
  uint64_t offset = 0;
  uint32_t sym = 0;
  uint32_t type = 0;
  int64_t addend = 0;
};

struct Phdr {
  uint32_t type = 0, flags = 0;
  uint64_t offset = 0, vaddr = 0, paddr = 0, filesz = 0, memsz = 0, align = 0;
};

struct Dyn {
  int64_t tag = 0;
  uint64_t val = 0;
};

// Same layout in both classes (all fields are Elf_Word/Elf_Half).
struct Nhdr {
  uint32_t namesz = 0, descsz = 0, type = 0;
};
struct Verdef {
  uint16_t version = 0, flags = 0, ndx = 0, cnt = 0;
  uint32_t hash = 0, aux = 0, next = 0;
};
struct Verdaux {
  uint32_t name = 0, next = 0;
};
struct Verneed {
  uint16_t version = 0, cnt = 0;
  uint32_t file = 0, aux = 0, next = 0;
};
struct Vernaux {
  uint32_t hash = 0;
  uint16_t flags = 0, other = 0;
  uint32_t name = 0, next = 0;
};
inline constexpr size_t kNhdrSize = 12, kVerdefSize = 20, kVerdauxSize = 8, kVerneedSize = 16,
                        kVernauxSize = 16;

// ---------------------------------------------------------------------------
// Byte-order primitives.
template <bool Big>
struct ByteOrder {
  static uint16_t get16(const uint8_t* p) {
    return Big ? static_cast<uint16_t>(p[0] << 8 | p[1]) : static_cast<uint16_t>(p[1] << 8 | p[0]);
  }
  static uint32_t get32(const uint8_t* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return swap_if(v);
  }
  static uint64_t get64(const uint8_t* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return swap_if(v);
  }
  static void put16(uint8_t* p, uint16_t v) {
    if (Big) { p[0] = static_cast<uint8_t>(v >> 8); p[1] = static_cast<uint8_t>(v); }
    else { p[0] = static_cast<uint8_t>(v); p[1] = static_cast<uint8_t>(v >> 8); }
  }
  static void put32(uint8_t* p, uint32_t v) {
    v = swap_if(v);
    std::memcpy(p, &v, 4);
  }
  static void put64(uint8_t* p, uint64_t v) {
    v = swap_if(v);
    std::memcpy(p, &v, 8);
  }

 private:
  static constexpr bool kHostBig = __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__;
  static uint32_t swap_if(uint32_t v) { return Big != kHostBig ? __builtin_bswap32(v) : v; }
  static uint64_t swap_if(uint64_t v) { return Big != kHostBig ? __builtin_bswap64(v) : v; }
};

// ElfCodec<Is64, Big>: sizes of the on-disk structures and conversion
// between them and the wide structures. Callers check bounds first: every
// get* reads exactly k*Size bytes at p.
template <bool Is64, bool Big>
struct ElfCodec : ByteOrder<Big> {
  using B = ByteOrder<Big>;
  static constexpr bool kIs64 = Is64;
  static constexpr bool kBig = Big;
  static constexpr uint8_t kClass = Is64 ? ELFCLASS64 : ELFCLASS32;
  static constexpr uint8_t kData = Big ? ELFDATA2MSB : ELFDATA2LSB;
  static constexpr size_t kWord = Is64 ? 8 : 4;  // Elf_Addr, Elf_Off, Elf64_Xword
  static constexpr size_t kEhdrSize = Is64 ? 64 : 52;
  static constexpr size_t kShdrSize = Is64 ? 64 : 40;
  static constexpr size_t kPhdrSize = Is64 ? 56 : 32;
  static constexpr size_t kSymSize = Is64 ? 24 : 16;
  static constexpr size_t kRelaSize = Is64 ? 24 : 12;
  static constexpr size_t kRelSize = Is64 ? 16 : 8;
  static constexpr size_t kDynSize = Is64 ? 16 : 8;
  static constexpr uint64_t kMaxSymIndex = Is64 ? 0xffffffffu : 0xffffffu;

  static uint64_t get_word(const uint8_t* p) { return Is64 ? B::get64(p) : B::get32(p); }
  static void put_word(uint8_t* p, uint64_t v) {
    if constexpr (Is64) B::put64(p, v);
    else B::put32(p, static_cast<uint32_t>(v));
  }

  static Ehdr get_ehdr(const uint8_t* p) {
    Ehdr h;
    std::memcpy(h.ident, p, EI_NIDENT);
    h.type = B::get16(p + 16);
    h.machine = B::get16(p + 18);
    h.version = B::get32(p + 20);
    const uint8_t* q = p + 24;
    h.entry = get_word(q); q += kWord;
    h.phoff = get_word(q); q += kWord;
    h.shoff = get_word(q); q += kWord;
    h.flags = B::get32(q);
    h.ehsize = B::get16(q + 4);
    h.phentsize = B::get16(q + 6);
    h.phnum = B::get16(q + 8);
    h.shentsize = B::get16(q + 10);
    h.shnum = B::get16(q + 12);
    h.shstrndx = B::get16(q + 14);
    return h;
  }
  static void put_ehdr(uint8_t* p, const Ehdr& h) {
    std::memcpy(p, h.ident, EI_NIDENT);
    B::put16(p + 16, h.type);
    B::put16(p + 18, h.machine);
    B::put32(p + 20, h.version);
    uint8_t* q = p + 24;
    put_word(q, h.entry); q += kWord;
    put_word(q, h.phoff); q += kWord;
    put_word(q, h.shoff); q += kWord;
    B::put32(q, h.flags);
    B::put16(q + 4, h.ehsize);
    B::put16(q + 6, h.phentsize);
    B::put16(q + 8, h.phnum);
    B::put16(q + 10, h.shentsize);
    B::put16(q + 12, h.shnum);
    B::put16(q + 14, h.shstrndx);
  }

  static Shdr get_shdr(const uint8_t* p) {
    Shdr s;
    s.name = B::get32(p);
    s.type = B::get32(p + 4);
    const uint8_t* q = p + 8;
    s.flags = get_word(q); q += kWord;
    s.addr = get_word(q); q += kWord;
    s.offset = get_word(q); q += kWord;
    s.size = get_word(q); q += kWord;
    s.link = B::get32(q);
    s.info = B::get32(q + 4);
    q += 8;
    s.addralign = get_word(q); q += kWord;
    s.entsize = get_word(q);
    return s;
  }
  static void put_shdr(uint8_t* p, const Shdr& s) {
    B::put32(p, s.name);
    B::put32(p + 4, s.type);
    uint8_t* q = p + 8;
    put_word(q, s.flags); q += kWord;
    put_word(q, s.addr); q += kWord;
    put_word(q, s.offset); q += kWord;
    put_word(q, s.size); q += kWord;
    B::put32(q, s.link);
    B::put32(q + 4, s.info);
    q += 8;
    put_word(q, s.addralign); q += kWord;
    put_word(q, s.entsize);
  }

  static Sym get_sym(const uint8_t* p) {
    Sym s;
    s.name = B::get32(p);
    if constexpr (Is64) {
      s.info = p[4];
      s.other = p[5];
      s.shndx = B::get16(p + 6);
      s.value = B::get64(p + 8);
      s.size = B::get64(p + 16);
    } else {
      s.value = B::get32(p + 4);
      s.size = B::get32(p + 8);
      s.info = p[12];
      s.other = p[13];
      s.shndx = B::get16(p + 14);
    }
    return s;
  }
  static void put_sym(uint8_t* p, const Sym& s) {
    B::put32(p, s.name);
    if constexpr (Is64) {
      p[4] = s.info;
      p[5] = s.other;
      B::put16(p + 6, s.shndx);
      B::put64(p + 8, s.value);
      B::put64(p + 16, s.size);
    } else {
      B::put32(p + 4, static_cast<uint32_t>(s.value));
      B::put32(p + 8, static_cast<uint32_t>(s.size));
      p[12] = s.info;
      p[13] = s.other;
      B::put16(p + 14, s.shndx);
    }
  }

  static uint64_t make_r_info(uint32_t sym, uint32_t type) {
    if constexpr (Is64) return (uint64_t{sym} << 32) | type;
    else return (uint64_t{sym} << 8) | (type & 0xff);
  }
  // has_addend: a Rela entry (else Rel: the addend is in the patched bytes).
  static Rela get_rel(const uint8_t* p, bool has_addend) {
    Rela r;
    r.offset = get_word(p);
    uint64_t info = get_word(p + kWord);
    if constexpr (Is64) {
      r.sym = static_cast<uint32_t>(info >> 32);
      r.type = static_cast<uint32_t>(info);
    } else {
      r.sym = static_cast<uint32_t>(info >> 8);
      r.type = static_cast<uint32_t>(info & 0xff);
    }
    if (has_addend) {
      uint64_t a = get_word(p + 2 * kWord);
      r.addend = Is64 ? static_cast<int64_t>(a) : static_cast<int64_t>(static_cast<int32_t>(a));
    }
    return r;
  }
  static void put_rel(uint8_t* p, const Rela& r, bool has_addend) {
    put_word(p, r.offset);
    put_word(p + kWord, make_r_info(r.sym, r.type));
    if (has_addend) put_word(p + 2 * kWord, static_cast<uint64_t>(r.addend));
  }

  static Phdr get_phdr(const uint8_t* p) {
    Phdr h;
    h.type = B::get32(p);
    if constexpr (Is64) {
      h.flags = B::get32(p + 4);
      h.offset = B::get64(p + 8);
      h.vaddr = B::get64(p + 16);
      h.paddr = B::get64(p + 24);
      h.filesz = B::get64(p + 32);
      h.memsz = B::get64(p + 40);
      h.align = B::get64(p + 48);
    } else {
      h.offset = B::get32(p + 4);
      h.vaddr = B::get32(p + 8);
      h.paddr = B::get32(p + 12);
      h.filesz = B::get32(p + 16);
      h.memsz = B::get32(p + 20);
      h.flags = B::get32(p + 24);
      h.align = B::get32(p + 28);
    }
    return h;
  }
  static void put_phdr(uint8_t* p, const Phdr& h) {
    B::put32(p, h.type);
    if constexpr (Is64) {
      B::put32(p + 4, h.flags);
      B::put64(p + 8, h.offset);
      B::put64(p + 16, h.vaddr);
      B::put64(p + 24, h.paddr);
      B::put64(p + 32, h.filesz);
      B::put64(p + 40, h.memsz);
      B::put64(p + 48, h.align);
    } else {
      B::put32(p + 4, static_cast<uint32_t>(h.offset));
      B::put32(p + 8, static_cast<uint32_t>(h.vaddr));
      B::put32(p + 12, static_cast<uint32_t>(h.paddr));
      B::put32(p + 16, static_cast<uint32_t>(h.filesz));
      B::put32(p + 20, static_cast<uint32_t>(h.memsz));
      B::put32(p + 24, h.flags);
      B::put32(p + 28, static_cast<uint32_t>(h.align));
    }
  }

  static Dyn get_dyn(const uint8_t* p) {
    Dyn d;
    uint64_t tag = get_word(p);
    d.tag = Is64 ? static_cast<int64_t>(tag) : static_cast<int64_t>(static_cast<int32_t>(tag));
    d.val = get_word(p + kWord);
    return d;
  }
  static void put_dyn(uint8_t* p, const Dyn& d) {
    put_word(p, static_cast<uint64_t>(d.tag));
    put_word(p + kWord, d.val);
  }

  static Nhdr get_nhdr(const uint8_t* p) { return {B::get32(p), B::get32(p + 4), B::get32(p + 8)}; }
  static void put_nhdr(uint8_t* p, const Nhdr& n) {
    B::put32(p, n.namesz);
    B::put32(p + 4, n.descsz);
    B::put32(p + 8, n.type);
  }
  static Verdef get_verdef(const uint8_t* p) {
    return {B::get16(p), B::get16(p + 2), B::get16(p + 4), B::get16(p + 6),
            B::get32(p + 8), B::get32(p + 12), B::get32(p + 16)};
  }
  static void put_verdef(uint8_t* p, const Verdef& v) {
    B::put16(p, v.version); B::put16(p + 2, v.flags); B::put16(p + 4, v.ndx);
    B::put16(p + 6, v.cnt); B::put32(p + 8, v.hash); B::put32(p + 12, v.aux);
    B::put32(p + 16, v.next);
  }
  static Verdaux get_verdaux(const uint8_t* p) { return {B::get32(p), B::get32(p + 4)}; }
  static void put_verdaux(uint8_t* p, const Verdaux& v) {
    B::put32(p, v.name); B::put32(p + 4, v.next);
  }
  static Verneed get_verneed(const uint8_t* p) {
    return {B::get16(p), B::get16(p + 2), B::get32(p + 4), B::get32(p + 8), B::get32(p + 12)};
  }
  static void put_verneed(uint8_t* p, const Verneed& v) {
    B::put16(p, v.version); B::put16(p + 2, v.cnt); B::put32(p + 4, v.file);
    B::put32(p + 8, v.aux); B::put32(p + 12, v.next);
  }
  static Vernaux get_vernaux(const uint8_t* p) {
    return {B::get32(p), B::get16(p + 4), B::get16(p + 6), B::get32(p + 8), B::get32(p + 12)};
  }
  static void put_vernaux(uint8_t* p, const Vernaux& v) {
    B::put32(p, v.hash); B::put16(p + 4, v.flags); B::put16(p + 6, v.other);
    B::put32(p + 8, v.name); B::put32(p + 12, v.next);
  }
};

using Elf64LE = ElfCodec<true, false>;
using Elf64BE = ElfCodec<true, true>;
using Elf32LE = ElfCodec<false, false>;
using Elf32BE = ElfCodec<false, true>;

// Calls f(ElfCodec<...>{}) for the class and byte order of a file's e_ident
// (callers have checked both values); returns what f returns.
template <class F>
decltype(auto) dispatch_codec(uint8_t ei_class, uint8_t ei_data, F&& f) {
  if (ei_class == ELFCLASS64)
    return ei_data == ELFDATA2MSB ? f(Elf64BE{}) : f(Elf64LE{});
  return ei_data == ELFDATA2MSB ? f(Elf32BE{}) : f(Elf32LE{});
}

// ---------------------------------------------------------------------------
// Machines: kit's arch names and their ELF spelling. The relocation
// encoding (RELA or REL) is what each psABI prescribes for relocatable
// objects.
struct MachineInfo {
  const char* arch;       // kit arch name (TargetSpec::arch)
  uint16_t machine;       // e_machine
  uint8_t elf_class;      // ELFCLASS32/64
  bool rela;              // relocatable objects use SHT_RELA
  const char* bfd_name;   // the target name GNU tools print, without "elf64-"/"elf32-"
};

inline constexpr MachineInfo kMachines[] = {
    {"x86_64", EM_X86_64, ELFCLASS64, true, "x86-64"},
    {"aarch64", EM_AARCH64, ELFCLASS64, true, "littleaarch64"},
    {"riscv64", EM_RISCV, ELFCLASS64, true, "littleriscv"},
    {"riscv32", EM_RISCV, ELFCLASS32, true, "littleriscv"},
    {"i386", EM_386, ELFCLASS32, false, "i386"},
    {"arm", EM_ARM, ELFCLASS32, false, "littlearm"},
};

inline const MachineInfo* machine_by_arch(std::string_view arch) {
  for (const auto& m : kMachines)
    if (arch == m.arch) return &m;
  return nullptr;
}
inline const MachineInfo* machine_by_number(uint16_t machine, uint8_t elf_class) {
  for (const auto& m : kMachines)
    if (m.machine == machine && m.elf_class == elf_class) return &m;
  return nullptr;
}

// ---------------------------------------------------------------------------
// Hash functions of the dynamic symbol tables.
// gABI 5 "Hash Table Section" (DT_HASH).
inline uint32_t sysv_hash(std::string_view name) {
  uint32_t h = 0;
  for (unsigned char c : name) {
    h = (h << 4) + c;
    uint32_t g = h & 0xf0000000u;
    if (g) h ^= g >> 24;
    h &= ~g;
  }
  return h;
}
// DT_GNU_HASH: Bernstein's hash, h = h * 33 + c, starting at 5381.
inline uint32_t gnu_hash(std::string_view name) {
  uint32_t h = 5381;
  for (unsigned char c : name) h = h * 33 + c;
  return h;
}

}  // namespace kit::elf
