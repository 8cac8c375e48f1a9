// Reading ELF files: relocatable objects into kit's object model, and any
// ELF file (objects, executables, shared libraries) for the listing tools.
//
// What the gABI (chapter 4, "Object Files") asks of a reader, and what
// this one checks before trusting a byte:
//
//  - ELF header ("ELF Header", "ELF Identification"): the magic, EI_CLASS
//    and EI_DATA select the field widths and byte order (elf.hpp's
//    ElfCodec); EI_VERSION is EV_CURRENT; e_type says relocatable (ET_REL)
//    or image (ET_EXEC, ET_DYN).
//  - Section header table ("Sections"): e_shentsize must be the size of
//    this class's Elf_Shdr; the table lies inside the file and not over the
//    ELF header. Extended numbering ("Extended Section Indexes"): e_shnum 0
//    means entry 0's sh_size is the count, e_shstrndx SHN_XINDEX means entry
//    0's sh_link is the name table's index, and st_shndx SHN_XINDEX means
//    the symbol's section index is in SHT_SYMTAB_SHNDX at the symbol's
//    position.
//  - Every section but SHT_NOBITS occupies [sh_offset, sh_offset+sh_size)
//    of the file; in an object no two of them overlap, nor do they overlap
//    the headers. sh_addralign is 0 or a power of two.
//  - String tables ("String Table"): an index is a byte offset into the
//    table; the table's last byte is NUL, so every string ends inside it.
//  - Symbol tables ("Symbol Table"): entries of this class's Elf_Sym size;
//    sh_link is the string table, sh_info one past the last local. st_shndx
//    is a section index or SHN_UNDEF, SHN_ABS, SHN_COMMON (then st_value is
//    the alignment), SHN_XINDEX. STB_GNU_UNIQUE reads as global, STT_COMMON
//    as an object, STT_GNU_IFUNC as a function flagged kIndirectFunc.
//  - Relocation sections ("Relocation"): SHT_RELA entries carry the addend,
//    SHT_REL ones leave it in the patched field; sh_link is the symbol
//    table, sh_info the section patched. Each r_sym indexes the symbol
//    table; each r_offset lies inside the patched section. The type is the
//    psABI's number, mapped to the arch plugin's kind (RelocMap).
//  - Section groups ("Section Groups"): SHT_GROUP holds a flag word
//    (GRP_COMDAT) and member section indices; sh_link is the symbol table
//    and sh_info the signature symbol. A section belongs to one group.
//  - SHF_LINK_ORDER: sh_link names the section this one follows.
//
// A malformed file gets one kit::Error naming the file, the table entry and
// the numbers that disagree; nothing is read past the buffer. Names are
// interned straight from the string tables (no string per symbol).
#include "read.hpp"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "elf.hpp"
#include "kit/diag.hpp"
#include "kit/plugin.hpp"

namespace kit::elf {

// ---------------------------------------------------------------------------
RelocMap::RelocMap(std::span<const RelocKindInfo> kinds) : kinds_(kinds) {
  uint32_t max_type = 0;
  for (const auto& k : kinds) max_type = std::max(max_type, k.elf_type);
  if (max_type > (1u << 16)) max_type = 1u << 16;  // psABI numbers are small
  by_type_.assign(max_type + 1, 0);
  for (size_t i = 0; i < kinds.size(); ++i) {
    uint32_t t = kinds[i].elf_type;
    // elf_type 0 means "no ELF encoding"; keep the first row for a type.
    if (t == 0 || t > max_type || by_type_[t]) continue;
    by_type_[t] = static_cast<uint32_t>(i + 1);
  }
  // R_*_NONE is ELF type 0 in every psABI; a row {kind 0, elf_type 0} is
  // that one (other rows with elf_type 0 have no ELF encoding).
  for (size_t i = 0; i < kinds.size(); ++i)
    if (kinds[i].elf_type == 0 && kinds[i].kind == 0) {
      by_type_[0] = static_cast<uint32_t>(i + 1);
      break;
    }
}

RelocMap RelocMap::for_arch(const ArchPlugin& arch) {
  try {
    auto kinds = arch.reloc_kinds();
    if (!kinds.empty()) return RelocMap(kinds);
  } catch (const Unsupported&) {
  }
  return RelocMap();
}

bool RelocMap::kind_of(uint32_t elf_type, uint32_t& kind) const {
  if (identity()) {
    kind = elf_type;
    return true;
  }
  if (const RelocKindInfo* r = info_of(elf_type)) {
    kind = r->kind;
    return true;
  }
  // Type 0 is R_*_NONE everywhere; without a row it keeps kind 0.
  if (elf_type == 0) {
    kind = 0;
    return true;
  }
  return false;
}

const RelocKindInfo* RelocMap::info_of(uint32_t elf_type) const {
  if (elf_type >= by_type_.size() || !by_type_[elf_type]) return nullptr;
  return &kinds_[by_type_[elf_type] - 1];
}

// ---------------------------------------------------------------------------
bool is_elf(std::span<const uint8_t> b) {
  return b.size() >= 4 && std::memcmp(b.data(), kMagic, 4) == 0;
}

bool is_elf_object(std::span<const uint8_t> b) {
  if (b.size() < 52 || !is_elf(b)) return false;
  uint8_t cls = b[EI_CLASS], data = b[EI_DATA];
  if ((cls != ELFCLASS32 && cls != ELFCLASS64) || (data != ELFDATA2LSB && data != ELFDATA2MSB))
    return false;
  uint16_t type = data == ELFDATA2LSB ? ByteOrder<false>::get16(b.data() + 16)
                                      : ByteOrder<true>::get16(b.data() + 16);
  return type == ET_REL;
}

namespace {

std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
  return buf;
}

const char* type_name(uint16_t t) {
  switch (t) {
    case ET_NONE: return "ET_NONE";
    case ET_REL: return "a relocatable object";
    case ET_EXEC: return "an executable";
    case ET_DYN: return "a shared object";
    case ET_CORE: return "a core file";
  }
  return "of an unknown type";
}

// Checks the identification bytes common to every reader entry point.
void check_ident(std::span<const uint8_t> f, const std::string& name) {
  auto fail = [&](std::string m) { throw Error(SourceLoc{name}, std::move(m)); };
  if (!is_elf(f)) fail("not an ELF file (bad magic number)");
  if (f.size() < EI_NIDENT)
    fail("file is truncated: " + std::to_string(f.size()) + " bytes, shorter than e_ident");
  uint8_t cls = f[EI_CLASS], data = f[EI_DATA];
  if (cls != ELFCLASS32 && cls != ELFCLASS64)
    fail("invalid ELF class " + std::to_string(cls) + " in e_ident[EI_CLASS]");
  if (data != ELFDATA2LSB && data != ELFDATA2MSB)
    fail("invalid byte order " + std::to_string(data) + " in e_ident[EI_DATA]");
  if (f[EI_VERSION] != EV_CURRENT)
    fail("unsupported ELF version " + std::to_string(f[EI_VERSION]) + " in e_ident[EI_VERSION]");
  size_t need = cls == ELFCLASS64 ? 64 : 52;
  if (f.size() < need)
    fail("file is truncated: " + std::to_string(f.size()) + " bytes, an ELF header needs " +
         std::to_string(need));
}

enum class Mode { Object, Listing };

template <class C>
class Reader {
 public:
  Reader(std::span<const uint8_t> file, const std::string& name, Mode mode, const RelocMap* relocs,
         uint32_t list_flags, FileListing* listing)
      : f_(file), name_(name), mode_(mode), relocs_(relocs), list_flags_(list_flags),
        listing_(listing) {}

  std::unique_ptr<obj::ObjectFile> run();

 private:
  [[noreturn]] void fail(std::string msg) const { throw Error(SourceLoc{name_}, std::move(msg)); }

  // "section 5 '.text'" (or "section 5" when its name is unreadable).
  std::string sec_label(uint32_t i) const {
    std::string s = "section " + std::to_string(i);
    if (i < names_.size() && !names_[i].empty()) s += " '" + std::string(names_[i]) + "'";
    return s;
  }
  std::string sym_label(uint32_t i, std::string_view n) const {
    std::string s = "symbol " + std::to_string(i);
    if (!n.empty()) s += " '" + std::string(n) + "'";
    return s;
  }

  void read_header();
  void read_section_headers();
  void read_section_names();
  void check_section_ranges();
  void check_overlaps();
  uint32_t find_symtab(uint32_t type);
  std::span<const uint8_t> contents(uint32_t i) const {
    const Shdr& s = sh_[i];
    if (s.type == SHT_NOBITS || s.type == SHT_NULL) return {};
    return f_.subspan(s.offset, s.size);
  }
  // A string table section, checked to end in NUL.
  std::span<const uint8_t> string_table(uint32_t i, const char* what);
  static std::string_view string_at(std::span<const uint8_t> tab, uint32_t off) {
    const char* p = reinterpret_cast<const char*>(tab.data()) + off;
    return std::string_view(p, std::strlen(p));  // NUL-terminated: checked by string_table()
  }
  bool keep_in_object(uint32_t i) const;
  obj::SectionKind kind_of(const Shdr& s, std::string_view name) const;
  void make_sections();
  void read_symbols();
  void read_groups();
  void read_relocations();
  void read_link_order();
  void list_versions();

  std::span<const uint8_t> f_;
  const std::string& name_;
  Mode mode_;
  const RelocMap* relocs_;
  uint32_t list_flags_;
  FileListing* listing_;

  Ehdr eh_;
  uint32_t shnum_ = 0, shstrndx_ = 0;
  std::vector<Shdr> sh_;
  std::vector<std::string_view> names_;
  std::vector<uint32_t> map_;  // ELF section index -> model index (1-based), 0 = none
  uint32_t symtab_ = 0;        // index of the symbol table read (0: none)
  uint32_t nsyms_ = 0;
  std::unique_ptr<obj::ObjectFile> out_;
};

template <class C>
void Reader<C>::read_header() {
  eh_ = C::get_ehdr(f_.data());
  if (mode_ == Mode::Object) {
    if (eh_.type != ET_REL)
      fail(std::string("not a relocatable object: e_type ") + std::to_string(eh_.type) + " (" +
           type_name(eh_.type) + ")");
  } else if (eh_.type != ET_REL && !(list_flags_ & kListImages)) {
    fail(std::string("not a relocatable object: e_type ") + std::to_string(eh_.type) + " (" +
         type_name(eh_.type) + ")");
  }
  if (eh_.ehsize != 0 && eh_.ehsize < C::kEhdrSize && mode_ == Mode::Object)
    fail("e_ehsize is " + std::to_string(eh_.ehsize) + ", smaller than the ELF header (" +
         std::to_string(C::kEhdrSize) + " bytes)");
}

template <class C>
void Reader<C>::read_section_headers() {
  const uint64_t fsize = f_.size();
  if (eh_.shoff == 0) {
    if (eh_.shnum != 0)
      fail("e_shnum is " + std::to_string(eh_.shnum) + " but there is no section header table "
           "(e_shoff is 0)");
    return;
  }
  if (eh_.shentsize != C::kShdrSize)
    fail("section header entry size e_shentsize is " + std::to_string(eh_.shentsize) +
         ", expected " + std::to_string(C::kShdrSize));
  if (eh_.shoff > fsize || fsize - eh_.shoff < C::kShdrSize)
    fail("the section header table (offset " + hex(eh_.shoff) +
         ") extends past the end of the file (size " + hex(fsize) + ")");
  Shdr first = C::get_shdr(f_.data() + eh_.shoff);
  uint64_t count = eh_.shnum ? eh_.shnum : first.size;
  if (count > (fsize - eh_.shoff) / C::kShdrSize)
    fail("the section header table (offset " + hex(eh_.shoff) + ", " + std::to_string(count) +
         " entries of " + std::to_string(C::kShdrSize) +
         " bytes) extends past the end of the file (size " + hex(fsize) + ")");
  if (count && eh_.shoff < C::kEhdrSize)
    fail("the section header table (offset " + hex(eh_.shoff) + ") overlaps the ELF header");
  shnum_ = static_cast<uint32_t>(count);
  sh_.resize(shnum_);
  for (uint32_t i = 0; i < shnum_; ++i) sh_[i] = C::get_shdr(f_.data() + eh_.shoff + i * C::kShdrSize);
  shstrndx_ = eh_.shstrndx == SHN_XINDEX ? (shnum_ ? sh_[0].link : 0) : eh_.shstrndx;
  if (shstrndx_ != 0 && shstrndx_ >= shnum_)
    fail("the section name table index e_shstrndx is " + std::to_string(shstrndx_) +
         ", but the file has " + std::to_string(shnum_) + " sections");
}

template <class C>
std::span<const uint8_t> Reader<C>::string_table(uint32_t i, const char* what) {
  const Shdr& s = sh_[i];
  if (s.type != SHT_STRTAB)
    fail(sec_label(i) + ", the " + what + ", is not a string table (type " + hex(s.type) + ")");
  auto tab = contents(i);
  if (!tab.empty() && tab.back() != 0)
    fail(sec_label(i) + ", the " + what + ", does not end with a NUL byte");
  return tab;
}

template <class C>
void Reader<C>::read_section_names() {
  names_.assign(shnum_, {});
  if (!shstrndx_ || !shnum_) return;
  // The range check for the name table itself comes first.
  const Shdr& t = sh_[shstrndx_];
  if (t.type != SHT_NOBITS && (t.offset > f_.size() || t.size > f_.size() - t.offset))
    fail("section " + std::to_string(shstrndx_) +
         ", the section name table, extends past the end of the file (offset " + hex(t.offset) +
         ", size " + hex(t.size) + ")");
  auto tab = string_table(shstrndx_, "section name table");
  for (uint32_t i = 1; i < shnum_; ++i) {
    uint32_t off = sh_[i].name;
    if (off == 0 && tab.empty()) continue;
    if (off >= tab.size())
      fail("section " + std::to_string(i) + " has a name offset " + hex(off) +
           " outside the section name table (size " + hex(tab.size()) + ")");
    names_[i] = string_at(tab, off);
  }
}

template <class C>
void Reader<C>::check_section_ranges() {
  const uint64_t fsize = f_.size();
  for (uint32_t i = 1; i < shnum_; ++i) {
    const Shdr& s = sh_[i];
    if (s.type == SHT_NOBITS || s.type == SHT_NULL) continue;
    if (s.offset > fsize || s.size > fsize - s.offset)
      fail(sec_label(i) + " extends past the end of the file (offset " + hex(s.offset) +
           ", size " + hex(s.size) + "; the file has " + hex(fsize) + " bytes)");
  }
}

template <class C>
void Reader<C>::check_overlaps() {
  struct Range {
    uint64_t begin, end;
    int64_t who;  // section index, -1 ELF header, -2 section header table
  };
  std::vector<Range> r;
  r.reserve(shnum_ + 2);
  r.push_back({0, C::kEhdrSize, -1});
  if (shnum_) r.push_back({eh_.shoff, eh_.shoff + uint64_t{shnum_} * C::kShdrSize, -2});
  for (uint32_t i = 1; i < shnum_; ++i) {
    const Shdr& s = sh_[i];
    if (s.type == SHT_NOBITS || s.type == SHT_NULL || s.size == 0) continue;
    r.push_back({s.offset, s.offset + s.size, i});
  }
  std::sort(r.begin(), r.end(), [](const Range& a, const Range& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.who < b.who;
  });
  auto label = [&](const Range& x) {
    if (x.who == -1) return std::string("the ELF header");
    if (x.who == -2) return "the section header table (offset " + hex(x.begin) + ")";
    return sec_label(static_cast<uint32_t>(x.who)) + " (offset " + hex(x.begin) + ", size " +
           hex(x.end - x.begin) + ")";
  };
  // After sorting by start, an overlap shows between some range and the
  // one reaching furthest before it.
  size_t reach = 0;
  for (size_t k = 1; k < r.size(); ++k) {
    if (r[k].begin < r[reach].end) {
      const Range& a = r[k].who >= 0 ? r[k] : r[reach];
      const Range& b = r[k].who >= 0 ? r[reach] : r[k];
      fail(label(a) + " overlaps " + label(b));
    }
    if (r[k].end > r[reach].end) reach = k;
  }
}

template <class C>
uint32_t Reader<C>::find_symtab(uint32_t type) {
  uint32_t found = 0;
  for (uint32_t i = 1; i < shnum_; ++i) {
    if (sh_[i].type != type) continue;
    if (found)
      fail("more than one " + std::string(type == SHT_SYMTAB ? "symbol table" : "dynamic symbol table") +
           " (" + sec_label(found) + " and " + sec_label(i) + ")");
    found = i;
  }
  if (!found) return 0;
  const Shdr& s = sh_[found];
  if (s.entsize != C::kSymSize)
    fail(sec_label(found) + " has entry size " + std::to_string(s.entsize) + ", expected " +
         std::to_string(C::kSymSize));
  if (s.size % C::kSymSize)
    fail(sec_label(found) + " has size " + hex(s.size) + ", not a multiple of its entry size " +
         std::to_string(C::kSymSize));
  if (s.link == 0 || s.link >= shnum_)
    fail(sec_label(found) + " names string table section " + std::to_string(s.link) +
         ", but the file has " + std::to_string(shnum_) + " sections");
  uint64_t n = s.size / C::kSymSize;
  if (n > 0xffffffu * 256ull) fail(sec_label(found) + " has too many entries");
  if (s.info > n)
    fail(sec_label(found) + " says its first global symbol is " + std::to_string(s.info) +
         ", but it has " + std::to_string(n) + " entries");
  return found;
}

// Which sections an object's model holds: everything but the tables the
// reader turns into symbols, relocations and groups.
template <class C>
bool Reader<C>::keep_in_object(uint32_t i) const {
  const Shdr& s = sh_[i];
  switch (s.type) {
    case SHT_NULL:
    case SHT_SYMTAB:
    case SHT_SYMTAB_SHNDX:
    case SHT_GROUP:
    case SHT_LLVM_ADDRSIG:  // symbol indices a rewrite would invalidate; only a hint
      return false;
    case SHT_REL:
    case SHT_RELA:
      return false;
    case SHT_STRTAB:
      return i != shstrndx_ && !(symtab_ && i == sh_[symtab_].link);
  }
  return true;
}

template <class C>
obj::SectionKind Reader<C>::kind_of(const Shdr& s, std::string_view name) const {
  using K = obj::SectionKind;
  const bool alloc = s.flags & SHF_ALLOC, write = s.flags & SHF_WRITE,
             exec = s.flags & SHF_EXECINSTR, tls = s.flags & SHF_TLS,
             nobits = s.type == SHT_NOBITS;
  if (!alloc) return K::Other;
  if (tls && write) return nobits ? K::TlsBss : K::TlsData;
  if (nobits) return write ? K::Bss : K::Other;
  if (exec) return K::Text;
  if (s.type == SHT_NOTE || s.type == SHT_X86_64_UNWIND || name == ".eh_frame") return K::Other;
  return write ? K::Data : K::ReadOnly;
}

template <class C>
void Reader<C>::make_sections() {
  map_.assign(shnum_, 0);
  const bool listing = mode_ == Mode::Listing;
  out_->sections.reserve(shnum_);
  for (uint32_t i = 1; i < shnum_; ++i) {
    if (!listing && !keep_in_object(i)) continue;
    const Shdr& s = sh_[i];
    if (!listing && s.addralign > 1 && ((s.addralign & (s.addralign - 1)) || s.addralign > (1ull << 31)))
      fail(sec_label(i) + " has alignment " + std::to_string(s.addralign) +
           ", which is not a power of two below 2^32");
    if (!listing && s.entsize > 0xffffffffu)
      fail(sec_label(i) + " has entry size " + hex(s.entsize) + ", too large");
    obj::Section sec;
    sec.name = out_->intern(names_[i]);
    sec.kind = kind_of(s, names_[i]);
    uint32_t fl = 0;
    if (s.flags & SHF_ALLOC) fl |= obj::kAlloc;
    if (s.flags & SHF_WRITE) fl |= obj::kWrite;
    if (s.flags & SHF_EXECINSTR) fl |= obj::kExec;
    if (s.flags & SHF_MERGE) fl |= obj::kMerge;
    if (s.flags & SHF_STRINGS) fl |= obj::kStrings;
    if (s.flags & SHF_TLS) fl |= obj::kTls;
    if (s.flags & SHF_GNU_RETAIN) fl |= obj::kRetain;
    if (s.type == SHT_INIT_ARRAY) fl |= obj::kInitArray;
    if (s.type == SHT_FINI_ARRAY) fl |= obj::kFiniArray;
    if (s.type == SHT_NOTE) fl |= obj::kNote;
    sec.flags = fl;
    uint64_t align = s.addralign ? s.addralign : 1;
    sec.align = align > (1ull << 31) ? (1u << 31) : static_cast<uint32_t>(align);
    sec.entsize = static_cast<uint32_t>(std::min<uint64_t>(s.entsize, 0xffffffffu));
    sec.size = s.size;
    if (s.type != SHT_NOBITS && s.type != SHT_NULL) {
      auto c = contents(i);
      sec.data.assign(c.begin(), c.end());
    }
    sec.format_type = s.type;
    sec.format_flags = s.flags;
    out_->sections.push_back(std::move(sec));
    map_[i] = static_cast<uint32_t>(out_->sections.size());
  }
}

template <class C>
void Reader<C>::read_symbols() {
  if (!symtab_) return;
  const Shdr& st = sh_[symtab_];
  auto strtab = string_table(st.link, "symbol string table");
  auto data = contents(symtab_);
  nsyms_ = static_cast<uint32_t>(st.size / C::kSymSize);

  // SHT_SYMTAB_SHNDX for this table, when present.
  std::span<const uint8_t> xindex;
  for (uint32_t i = 1; i < shnum_; ++i) {
    if (sh_[i].type != SHT_SYMTAB_SHNDX || sh_[i].link != symtab_) continue;
    xindex = contents(i);
    if (xindex.size() / 4 < nsyms_)
      fail(sec_label(i) + " has " + std::to_string(xindex.size() / 4) +
           " entries, but its symbol table has " + std::to_string(nsyms_));
  }
  const bool listing = mode_ == Mode::Listing;
  const bool x86_64 = eh_.machine == EM_X86_64;
  out_->symbols.resize(nsyms_);
  for (uint32_t i = 0; i < nsyms_; ++i) {
    Sym es = C::get_sym(data.data() + size_t{i} * C::kSymSize);
    obj::Symbol& s = out_->symbols[i];
    std::string_view name;
    if (es.name) {
      if (es.name >= strtab.size())
        fail("symbol " + std::to_string(i) + " has a name offset " + hex(es.name) +
             " outside its string table (" + sec_label(st.link) + ", size " + hex(strtab.size()) + ")");
      name = string_at(strtab, es.name);
    }
    s.name = name.empty() ? 0 : out_->intern(name);
    s.value = es.value;
    s.size = es.size;
    switch (es.bind()) {
      case STB_LOCAL: s.binding = obj::Binding::Local; break;
      case STB_GLOBAL: s.binding = obj::Binding::Global; break;
      case STB_WEAK: s.binding = obj::Binding::Weak; break;
      case STB_GNU_UNIQUE:
        s.binding = obj::Binding::Global;
        s.flags |= obj::kUniqueGlobal;
        break;
      default:
        if (!listing)
          fail(sym_label(i, name) + " has an unknown binding " + std::to_string(es.bind()));
        s.binding = obj::Binding::Global;
    }
    switch (es.type()) {
      case STT_NOTYPE: s.type = obj::SymbolType::None; break;
      case STT_OBJECT:
      case STT_COMMON: s.type = obj::SymbolType::Object; break;
      case STT_FUNC: s.type = obj::SymbolType::Func; break;
      case STT_SECTION: s.type = obj::SymbolType::Section; break;
      case STT_FILE: s.type = obj::SymbolType::File; break;
      case STT_TLS: s.type = obj::SymbolType::Tls; break;
      case STT_GNU_IFUNC:
        s.type = obj::SymbolType::Func;
        s.flags |= obj::kIndirectFunc;
        break;
      default: s.type = obj::SymbolType::None; break;
    }
    switch (es.visibility()) {
      case STV_DEFAULT: s.visibility = obj::SymbolVisibility::Default; break;
      case STV_INTERNAL: s.visibility = obj::SymbolVisibility::Internal; break;
      case STV_HIDDEN: s.visibility = obj::SymbolVisibility::Hidden; break;
      case STV_PROTECTED: s.visibility = obj::SymbolVisibility::Protected; break;
    }
    uint32_t shndx = es.shndx;
    if (shndx == SHN_XINDEX) {
      if (xindex.empty())
        fail(sym_label(i, name) + " has section index SHN_XINDEX, but the file has no "
             "SHT_SYMTAB_SHNDX section for its symbol table");
      shndx = ByteOrder<C::kBig>::get32(xindex.data() + size_t{i} * 4);
      if (shndx == 0 || shndx >= shnum_)
        fail(sym_label(i, name) + " has extended section index " + std::to_string(shndx) +
             ", but the file has " + std::to_string(shnum_) + " sections");
    } else if (shndx == SHN_UNDEF) {
      s.section = obj::Symbol::kUndefined;
      continue;
    } else if (shndx == SHN_ABS) {
      s.section = obj::Symbol::kAbsolute;
      continue;
    } else if (shndx == SHN_COMMON || (x86_64 && shndx == SHN_X86_64_LCOMMON)) {
      s.section = obj::Symbol::kCommon;
      continue;
    } else if (shndx >= SHN_LORESERVE) {
      if (listing) {
        s.section = obj::Symbol::kAbsolute;
        continue;
      }
      fail(sym_label(i, name) + " has an unsupported special section index " + hex(shndx));
    }
    if (shndx >= shnum_)
      fail(sym_label(i, name) + " refers to section " + std::to_string(shndx) +
           ", but the file has " + std::to_string(shnum_) + " sections");
    if (!map_[shndx])
      fail(sym_label(i, name) + " is defined in " + sec_label(shndx) +
           ", which is not a section with contents");
    s.section = map_[shndx];
  }
}

template <class C>
void Reader<C>::read_groups() {
  std::vector<uint32_t> member_of(shnum_, 0);
  for (uint32_t g = 1; g < shnum_; ++g) {
    const Shdr& s = sh_[g];
    if (s.type != SHT_GROUP) continue;
    if (s.size < 4 || s.size % 4)
      fail("group " + sec_label(g) + " has size " + hex(s.size) + ", not a flag word and whole "
           "4-byte section indices");
    if (!symtab_ || s.link != symtab_)
      fail("group " + sec_label(g) + " names symbol table section " + std::to_string(s.link) +
           ", which is not the file's symbol table");
    if (s.info >= nsyms_)
      fail("group " + sec_label(g) + " has signature symbol " + std::to_string(s.info) +
           ", but the symbol table has " + std::to_string(nsyms_) + " entries");
    auto data = contents(g);
    using B = ByteOrder<C::kBig>;
    uint32_t flags = B::get32(data.data());
    const bool comdat = flags & GRP_COMDAT;
    obj::Group grp;
    const obj::Symbol& sig = out_->symbols[s.info];
    if (sig.type == obj::SymbolType::Section && sig.name == 0 && sig.section &&
        sig.section <= out_->sections.size())
      grp.signature = out_->sections[sig.section - 1].name;
    else
      grp.signature = sig.name;
    uint32_t group_index = static_cast<uint32_t>(out_->groups.size() + 1);
    for (size_t k = 4; k < data.size(); k += 4) {
      uint32_t m = B::get32(data.data() + k);
      if (m == 0 || m >= shnum_ || m == g)
        fail("group " + sec_label(g) + " lists section " + std::to_string(m) +
             ", which is not a member it can have (the file has " + std::to_string(shnum_) +
             " sections)");
      if (member_of[m])
        fail(sec_label(m) + " is a member of two groups (sections " +
             std::to_string(member_of[m]) + " and " + std::to_string(g) + ")");
      member_of[m] = g;
      if (!comdat || !map_[m]) continue;  // relocation tables follow their section
      grp.sections.push_back(map_[m]);
      out_->sections[map_[m] - 1].group = group_index;
    }
    if (comdat) out_->groups.push_back(std::move(grp));
  }
}

template <class C>
void Reader<C>::read_relocations() {
  const bool listing = mode_ == Mode::Listing;
  // Images: dynamic relocations are not listed; nor are an object's when
  // its dynamic symbol table was asked for.
  if (listing && (eh_.type != ET_REL || (list_flags_ & kListDynamicSymbols))) return;
  for (uint32_t r = 1; r < shnum_; ++r) {
    const Shdr& s = sh_[r];
    if (s.type != SHT_RELA && s.type != SHT_REL) continue;
    const bool rela = s.type == SHT_RELA;
    const size_t esize = rela ? C::kRelaSize : C::kRelSize;
    if (s.entsize != esize)
      fail(sec_label(r) + " has entry size " + std::to_string(s.entsize) + ", expected " +
           std::to_string(esize));
    if (s.size % esize)
      fail(sec_label(r) + " has size " + hex(s.size) + ", not a multiple of its entry size " +
           std::to_string(esize));
    if (s.info == 0 || s.info >= shnum_)
      fail(sec_label(r) + " applies to section " + std::to_string(s.info) + ", but the file has " +
           std::to_string(shnum_) + " sections");
    if (!symtab_ || s.link != symtab_)
      fail(sec_label(r) + " names symbol table section " + std::to_string(s.link) +
           ", which is not the file's symbol table");
    uint32_t target = map_[s.info];
    if (!target)
      fail(sec_label(r) + " applies to " + sec_label(s.info) + ", which is not a section with contents");
    obj::Section& sec = out_->sections[target - 1];
    if (sh_[s.info].type == SHT_NOBITS && s.size)
      fail(sec_label(r) + " applies to " + sec_label(s.info) + ", which has no bytes (SHT_NOBITS)");
    auto data = contents(r);
    size_t n = data.size() / esize;
    sec.relocs.reserve(sec.relocs.size() + n);
    for (size_t k = 0; k < n; ++k) {
      Rela e = C::get_rel(data.data() + k * esize, rela);
      auto where = [&] {
        return "relocation " + std::to_string(k) + " in " + sec_label(r);
      };
      if (e.sym >= nsyms_)
        fail(where() + " refers to symbol " + std::to_string(e.sym) +
             ", but the symbol table has " + std::to_string(nsyms_) + " entries");
      obj::Reloc out;
      out.offset = e.offset;
      out.symbol = e.sym;
      out.addend = e.addend;
      const RelocKindInfo* info = nullptr;
      if (listing) {
        out.kind = e.type;
      } else {
        if (!relocs_->kind_of(e.type, out.kind)) {
          const MachineInfo* m = machine_by_number(eh_.machine, C::kClass);
          fail(where() + " has type " + std::to_string(e.type) + ", which the " +
               (m ? m->arch : "target") + " arch plugin does not know");
        }
        info = relocs_->info_of(e.type);
      }
      uint64_t width = info ? info->size : 0;
      if (e.offset > sec.size || width > sec.size - e.offset)
        fail(where() + " patches offset " + hex(e.offset) + (width ? "+" + std::to_string(width) : "") +
             ", outside " + sec_label(s.info) + " (size " + hex(sec.size) + ")");
      if (!rela && info && (info->role == RelocKindInfo::Plain) &&
          (width == 1 || width == 2 || width == 4 || width == 8)) {
        // SHT_REL: the addend is the field's current content, sign-extended.
        const uint8_t* p = sec.data.data() + e.offset;
        using B = ByteOrder<C::kBig>;
        switch (width) {
          case 1: out.addend = static_cast<int8_t>(p[0]); break;
          case 2: out.addend = static_cast<int16_t>(B::get16(p)); break;
          case 4: out.addend = static_cast<int32_t>(B::get32(p)); break;
          case 8: out.addend = static_cast<int64_t>(B::get64(p)); break;
        }
      }
      sec.relocs.push_back(out);
    }
  }
}

template <class C>
void Reader<C>::read_link_order() {
  for (uint32_t i = 1; i < shnum_; ++i) {
    const Shdr& s = sh_[i];
    if (!(s.flags & SHF_LINK_ORDER) || !map_[i]) continue;
    if (s.link == 0 || s.link >= shnum_ || !map_[s.link])
      fail(sec_label(i) + " has SHF_LINK_ORDER with link " + std::to_string(s.link) +
           ", which is not a section with contents");
    out_->sections[map_[i] - 1].link = map_[s.link];
  }
}

// Dynamic symbols read for listing carry their version the way GNU nm
// prints them: name@@VER for a version the file defines, as the default,
// name@VER for a hidden (non-default) definition or a version needed from
// another file (SHT_GNU_verneed); a symbol named like its own version
// definition keeps its bare name.
template <class C>
void Reader<C>::list_versions() {
  uint32_t versym = 0, verdef = 0, verneed = 0;
  for (uint32_t i = 1; i < shnum_; ++i) {
    if (sh_[i].link != symtab_) {
      if (sh_[i].type == SHT_GNU_verdef) verdef = i;
      if (sh_[i].type == SHT_GNU_verneed) verneed = i;
      continue;
    }
    if (sh_[i].type == SHT_GNU_versym) versym = i;
  }
  if (!versym) return;
  const uint32_t strtab_index = sh_[symtab_].link;
  auto vs = contents(versym);
  if (vs.size() / 2 < nsyms_) return;  // malformed: list without versions
  auto dynstr = contents(strtab_index);
  // version index -> name offset in dynstr, and whether the file defines it
  std::vector<uint32_t> names;
  std::vector<bool> defined;
  auto set = [&](uint32_t idx, uint32_t name, bool def) {
    if (idx >= 0x8000) return;
    if (names.size() <= idx) names.resize(idx + 1, UINT32_MAX), defined.resize(idx + 1, false);
    names[idx] = name;
    defined[idx] = def;
  };
  auto walk = [&](uint32_t sec, bool def) {
    if (!sec || sh_[sec].link != strtab_index) return;
    auto d = contents(sec);
    uint64_t off = 0;
    for (uint32_t guard = 0; guard < 0x10000; ++guard) {
      if (off > d.size() || d.size() - off < (def ? kVerdefSize : kVerneedSize)) return;
      if (def) {
        Verdef v = C::get_verdef(d.data() + off);
        uint64_t aux = off + v.aux;
        if (v.cnt && aux <= d.size() && d.size() - aux >= kVerdauxSize)
          set(v.ndx, C::get_verdaux(d.data() + aux).name, true);
        if (!v.next) return;
        off += v.next;
      } else {
        Verneed v = C::get_verneed(d.data() + off);
        uint64_t aux = off + v.aux;
        for (uint32_t k = 0; k < v.cnt; ++k) {
          if (aux > d.size() || d.size() - aux < kVernauxSize) break;
          Vernaux a = C::get_vernaux(d.data() + aux);
          set(a.other, a.name, false);
          if (!a.next) break;
          aux += a.next;
        }
        if (!v.next) return;
        off += v.next;
      }
    }
  };
  walk(verdef, true);
  walk(verneed, false);
  std::string buf;
  for (uint32_t i = 1; i < nsyms_; ++i) {
    uint16_t v = ByteOrder<C::kBig>::get16(vs.data() + size_t{i} * 2);
    uint16_t idx = v & VERSYM_VERSION;
    if (idx <= VER_NDX_GLOBAL || idx >= names.size() || names[idx] == UINT32_MAX) continue;
    if (names[idx] >= dynstr.size()) continue;
    obj::Symbol& s = out_->symbols[i];
    if (!s.name) continue;
    std::string_view version = string_at(dynstr, names[idx]);
    if (out_->str(s.name) == version) continue;  // the symbol naming a version definition
    buf.assign(out_->str(s.name));
    // "@@": the default version of a definition; "@": a hidden definition,
    // or a version the file needs from elsewhere.
    const bool default_def = defined[idx] && !(v & VERSYM_HIDDEN) &&
                             s.section != obj::Symbol::kUndefined;
    buf += default_def ? "@@" : "@";
    buf += version;
    s.name = out_->intern(buf);
  }
}

template <class C>
std::unique_ptr<obj::ObjectFile> Reader<C>::run() {
  read_header();
  out_ = std::make_unique<obj::ObjectFile>();
  out_->name = name_;
  const MachineInfo* m = machine_by_number(eh_.machine, C::kClass);
  out_->arch = m ? m->arch : "elf-machine-" + std::to_string(eh_.machine);
  out_->format_flags = eh_.flags;
  read_section_headers();
  read_section_names();
  check_section_ranges();
  if (mode_ == Mode::Object) check_overlaps();

  const bool dynamic = mode_ == Mode::Listing && (list_flags_ & kListDynamicSymbols);
  symtab_ = find_symtab(dynamic ? SHT_DYNSYM : SHT_SYMTAB);
  make_sections();
  read_symbols();
  if (mode_ == Mode::Object) read_groups();
  read_relocations();
  if (mode_ == Mode::Object) read_link_order();

  if (listing_) {
    FileListing& l = *listing_;
    switch (eh_.type) {
      case ET_REL: l.type = FileListing::Type::Relocatable; break;
      case ET_EXEC: l.type = FileListing::Type::Executable; break;
      case ET_DYN: l.type = FileListing::Type::SharedLibrary; break;
      case ET_CORE: l.type = FileListing::Type::Core; break;
      default: l.type = FileListing::Type::Other; break;
    }
    l.format_name = std::string(C::kIs64 ? "elf64-" : "elf32-") +
                    (m ? m->bfd_name : (C::kBig ? "big" : "little"));
    l.entry = eh_.entry;
    l.flags = eh_.flags;
    l.has_symbols = symtab_ != 0 && nsyms_ > 0;
    for (uint32_t i = 1; i < shnum_; ++i)
      if (sh_[i].type == SHT_GNU_versym) l.versioned = true;
    l.sections.assign(out_->sections.size(), {});
    // Which sections GNU tools keep to themselves: an object's symbol and
    // string tables, its relocation tables, and every image's non-loaded
    // symbol tables.
    const uint32_t static_symtab = [&] {
      for (uint32_t i = 1; i < shnum_; ++i)
        if (sh_[i].type == SHT_SYMTAB) return i;
      return 0u;
    }();
    for (uint32_t i = 1; i < shnum_; ++i) {
      if (!map_[i]) continue;
      const Shdr& s = sh_[i];
      auto& p = l.sections[map_[i] - 1];
      p.address = s.addr;
      p.load_address = s.addr;
      p.file_offset = s.offset;
      bool hidden = false;
      if (s.type == SHT_SYMTAB || s.type == SHT_SYMTAB_SHNDX) hidden = true;
      if (s.type == SHT_STRTAB && !(s.flags & SHF_ALLOC) &&
          (i == shstrndx_ || (static_symtab && i == sh_[static_symtab].link)))
        hidden = true;
      if ((s.type == SHT_REL || s.type == SHT_RELA) && !(s.flags & SHF_ALLOC) && s.info != 0 &&
          static_symtab && s.link == static_symtab)
        hidden = true;
      p.hidden = hidden;
      p.exclude = s.flags & SHF_EXCLUDE;
      if (s.type == SHT_GROUP) {
        p.group = true;
        auto d = contents(i);
        p.comdat = d.size() >= 4 && (ByteOrder<C::kBig>::get32(d.data()) & GRP_COMDAT);
      }
    }
    if (dynamic && symtab_) list_versions();
    // Program headers give load addresses (LMA) in images.
    if (eh_.type != ET_REL && eh_.phoff && eh_.phnum && eh_.phentsize == C::kPhdrSize &&
        eh_.phoff <= f_.size() && (f_.size() - eh_.phoff) / C::kPhdrSize >= eh_.phnum) {
      for (uint32_t k = 0; k < eh_.phnum; ++k) {
        Phdr ph = C::get_phdr(f_.data() + eh_.phoff + k * C::kPhdrSize);
        if (ph.type != PT_LOAD) continue;
        for (uint32_t i = 1; i < shnum_; ++i) {
          const Shdr& s = sh_[i];
          if (!map_[i] || !(s.flags & SHF_ALLOC)) continue;
          if (s.addr >= ph.vaddr && s.addr < ph.vaddr + ph.memsz && s.type != SHT_NOBITS &&
              s.offset >= ph.offset && s.offset < ph.offset + std::max(ph.filesz, uint64_t{1}))
            l.sections[map_[i] - 1].load_address = s.addr - ph.vaddr + ph.paddr;
        }
      }
    }
  }
  return std::move(out_);
}

}  // namespace

std::unique_ptr<obj::ObjectFile> read_object(std::span<const uint8_t> bytes,
                                             const std::string& name, const RelocMap& relocs) {
  check_ident(bytes, name);
  return dispatch_codec(bytes[EI_CLASS], bytes[EI_DATA], [&](auto codec) {
    using C = decltype(codec);
    return Reader<C>(bytes, name, Mode::Object, &relocs, 0, nullptr).run();
  });
}

std::unique_ptr<obj::ObjectFile> list_file(std::span<const uint8_t> bytes, const std::string& name,
                                           uint32_t flags, FileListing& listing) {
  if (!is_elf(bytes)) throw Error(SourceLoc{name}, "file format not recognized");
  check_ident(bytes, name);
  return dispatch_codec(bytes[EI_CLASS], bytes[EI_DATA], [&](auto codec) {
    using C = decltype(codec);
    return Reader<C>(bytes, name, Mode::Listing, nullptr, flags, &listing).run();
  });
}

}  // namespace kit::elf
