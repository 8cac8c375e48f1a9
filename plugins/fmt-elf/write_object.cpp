// Writing relocatable ELF objects (ET_REL) from kit's object model.
//
// The rules followed, from the gABI (chapter 4, "Object Files"):
//
//  - Section 0 is the null entry. A SHT_GROUP section precedes its members
//    in the section header table ("Section Groups"), so the group tables
//    come first; each member carries SHF_GROUP, and a member's relocation
//    section is a member too (a linker that discards the group must
//    discard its relocations).
//  - Each section with relocations is followed by its SHT_RELA table
//    (".rela" + name, sh_link = .symtab, sh_info = the section, SHF_INFO_LINK),
//    the encoding the x86-64, AArch64 and RISC-V psABIs use for objects.
//  - The symbol table ("Symbol Table") starts with the null symbol, then
//    the STB_LOCAL symbols (STT_FILE ones first), then the rest; sh_info is
//    one past the last local. A common symbol has st_shndx SHN_COMMON and its
//    alignment in st_value. Section symbols have no name of their own.
//  - When there are SHN_LORESERVE (0xff00) or more sections, e_shnum is 0
//    and section 0's sh_size holds the count, e_shstrndx is SHN_XINDEX with
//    the index in section 0's sh_link, and symbols in such sections say
//    SHN_XINDEX with the real index in .symtab_shndx ("Extended Section
//    Indexes").
//  - .note.GNU-stack (empty, no flags) says the code needs no executable
//    stack; it is added unless the model has one (GNU ld's convention, and
//    the one linkers warn about when missing).
//  - e_machine comes from the arch, e_flags from ObjectFile::format_flags,
//    EI_OSABI is ELFOSABI_GNU when GNU extensions (STT_GNU_IFUNC,
//    STB_GNU_UNIQUE, SHF_GNU_RETAIN) are used.
//
// Deterministic: the layout depends only on the model. Sections appear in
// model order, string tables are built by sorting the distinct names (with
// suffixes shared, ".rela.text" serving ".text"), padding is zero.
#include "write_object.hpp"

#include <algorithm>
#include <deque>
#include <string>
#include <unordered_map>

#include "elf.hpp"
#include "kit/diag.hpp"

namespace kit::elf {

namespace {

// A string table: index 0 is the empty string; a string that is a suffix
// of another shares its bytes.
class StrtabBuilder {
 public:
  void add(std::string_view s) {
    if (!s.empty()) ids_.emplace(s, 0);
  }
  void finish() {
    std::vector<std::string_view> v;
    v.reserve(ids_.size());
    for (auto& [s, _] : ids_) v.push_back(s);
    // Descending order of the reversed strings puts every string right
    // after the longer strings it ends.
    std::sort(v.begin(), v.end(), [](std::string_view a, std::string_view b) {
      return std::lexicographical_compare(b.rbegin(), b.rend(), a.rbegin(), a.rend());
    });
    bytes_.assign(1, 0);
    std::string_view prev;
    uint32_t prev_off = 0;
    for (std::string_view s : v) {
      uint32_t off;
      if (prev.size() >= s.size() && prev.compare(prev.size() - s.size(), s.size(), s) == 0) {
        off = prev_off + static_cast<uint32_t>(prev.size() - s.size());
      } else {
        off = static_cast<uint32_t>(bytes_.size());
        bytes_.insert(bytes_.end(), s.begin(), s.end());
        bytes_.push_back(0);
        prev = s;
        prev_off = off;
      }
      ids_[s] = off;
    }
  }
  uint32_t offset(std::string_view s) const { return s.empty() ? 0 : ids_.at(s); }
  const std::vector<uint8_t>& bytes() const { return bytes_; }

 private:
  std::unordered_map<std::string_view, uint32_t> ids_;
  std::vector<uint8_t> bytes_;
};

struct OutSection {
  Shdr h;
  std::string_view name;
  const uint8_t* data = nullptr;  // h.size bytes unless NOBITS
  std::vector<uint8_t> own;       // generated contents
};

bool power_of_two(uint64_t v) { return v && !(v & (v - 1)); }

template <class C>
class ObjectWriter {
 public:
  ObjectWriter(const obj::ObjectFile& o, const MachineInfo& m, std::span<const RelocKindInfo> kinds)
      : o_(o), m_(m) {
    for (const auto& k : kinds) kind_to_elf_.emplace(k.kind, k);
    identity_ = kinds.empty();
  }

  std::vector<uint8_t> run();

 private:
  [[noreturn]] void fail(std::string msg) const { throw Error(SourceLoc{o_.name}, std::move(msg)); }
  std::string sec_label(uint32_t k) const {
    return "section " + std::to_string(k) + " '" + std::string(o_.str(o_.sections[k - 1].name)) + "'";
  }
  uint32_t elf_type_of(uint32_t kind) const {
    if (identity_) return kind;
    auto it = kind_to_elf_.find(kind);
    if (it == kind_to_elf_.end())
      fail("relocation kind " + std::to_string(kind) + " is not in the arch plugin's table");
    if (it->second.elf_type == 0 && kind != 0)
      fail(std::string("relocation kind ") + it->second.name + " has no ELF encoding");
    return it->second.elf_type;
  }
  void validate();
  void plan_symbols();
  uint32_t add_rela_name(std::string_view section_name) {
    names_.push_back((m_.rela ? ".rela" : ".rel") + std::string(section_name));
    return static_cast<uint32_t>(names_.size() - 1);
  }

  const obj::ObjectFile& o_;
  const MachineInfo& m_;
  bool identity_ = true;
  std::unordered_map<uint32_t, RelocKindInfo> kind_to_elf_;

  // Section numbering.
  std::vector<uint32_t> group_index_;  // per model group (0: skipped, no members)
  std::vector<uint32_t> sec_index_;    // per model section (1-based model index)
  std::vector<uint32_t> rela_index_;
  uint32_t note_index_ = 0, symtab_index_ = 0, shndx_index_ = 0, strtab_index_ = 0,
           shstrtab_index_ = 0, total_ = 0;

  // Symbols in output order: model index, or ~k for synthetic group signature k.
  struct OutSym {
    uint32_t model;      // UINT32_MAX: synthetic
    uint32_t group = 0;  // synthetic: the group (0-based) it names
  };
  std::vector<OutSym> syms_;             // excluding the null symbol
  std::vector<uint32_t> elf_sym_;        // model index -> ELF index (0: the null symbol)
  std::vector<uint32_t> group_sig_;      // per model group: ELF symbol index of the signature
  uint32_t first_global_ = 1;
  std::deque<std::string> names_;        // generated section names
};

template <class C>
void ObjectWriter<C>::validate() {
  const size_t nsec = o_.sections.size();
  for (size_t k = 1; k <= nsec; ++k) {
    const obj::Section& s = o_.sections[k - 1];
    if (s.align > 1 && !power_of_two(s.align))
      fail(sec_label(k) + " has alignment " + std::to_string(s.align) + ", not a power of two");
    if (s.group > o_.groups.size())
      fail(sec_label(k) + " names group " + std::to_string(s.group) + ", but the object has " +
           std::to_string(o_.groups.size()));
    if (s.link > nsec)
      fail(sec_label(k) + " links to section " + std::to_string(s.link) + ", but the object has " +
           std::to_string(nsec));
    switch (s.format_type) {
      case SHT_SYMTAB: case SHT_STRTAB: case SHT_RELA: case SHT_REL: case SHT_GROUP:
      case SHT_SYMTAB_SHNDX: case SHT_DYNSYM: case SHT_DYNAMIC: case SHT_HASH:
        if (s.format_type != SHT_STRTAB)
          fail(sec_label(k) + " has ELF type " + std::to_string(s.format_type) +
               ", a table the object writer builds itself");
    }
    const bool nobits = s.format_type == SHT_NOBITS ||
                        (s.format_type == 0 && (s.kind == obj::SectionKind::Bss ||
                                                s.kind == obj::SectionKind::TlsBss));
    if (nobits && !s.data.empty())
      fail(sec_label(k) + " is zero-initialized (SHT_NOBITS) but has " +
           std::to_string(s.data.size()) + " bytes of data");
    if (nobits && !s.relocs.empty()) fail(sec_label(k) + " has no bytes but has relocations");
    uint64_t size = nobits ? s.size : s.data.size();
    for (size_t r = 0; r < s.relocs.size(); ++r) {
      const obj::Reloc& rel = s.relocs[r];
      if (rel.symbol >= o_.symbols.size())
        fail("relocation " + std::to_string(r) + " of " + sec_label(k) + " refers to symbol " +
             std::to_string(rel.symbol) + ", but the object has " +
             std::to_string(o_.symbols.size()) + " symbols");
      if (rel.offset > size)
        fail("relocation " + std::to_string(r) + " of " + sec_label(k) + " is at offset " +
             std::to_string(rel.offset) + ", past the section's " + std::to_string(size) + " bytes");
    }
  }
  for (size_t i = 0; i < o_.symbols.size(); ++i) {
    const obj::Symbol& s = o_.symbols[i];
    if (s.section != obj::Symbol::kUndefined && s.section != obj::Symbol::kAbsolute &&
        s.section != obj::Symbol::kCommon && s.section > nsec)
      fail("symbol " + std::to_string(i) + " '" + std::string(o_.str(s.name)) +
           "' is in section " + std::to_string(s.section) + ", but the object has " +
           std::to_string(nsec));
  }
  for (size_t g = 0; g < o_.groups.size(); ++g)
    for (uint32_t m : o_.groups[g].sections)
      if (m == 0 || m > nsec)
        fail("group " + std::to_string(g + 1) + " '" + std::string(o_.str(o_.groups[g].signature)) +
             "' lists section " + std::to_string(m) + ", but the object has " + std::to_string(nsec));
}

template <class C>
void ObjectWriter<C>::plan_symbols() {
  const size_t n = o_.symbols.size();
  auto is_null = [&](const obj::Symbol& s) {
    return s.name == 0 && s.section == obj::Symbol::kUndefined &&
           s.binding == obj::Binding::Local && s.type == obj::SymbolType::None && s.value == 0 &&
           s.size == 0;
  };
  // Group signatures: an existing symbol of that name, the first non-local
  // one in output order, else the first local one (never the null symbol,
  // a section or a file symbol); without one, a local symbol at the start
  // of the group's first member. Choosing by output order, not model
  // order, makes writing what was read give the same bytes again.
  group_sig_.assign(o_.groups.size(), 0);
  auto candidate = [&](const obj::Symbol& s) {
    return s.type != obj::SymbolType::Section && s.type != obj::SymbolType::File && !is_null(s);
  };
  std::unordered_map<StrId, std::pair<int64_t, int64_t>> by_name;  // first global, first local
  for (size_t g = 0; g < o_.groups.size(); ++g) by_name.emplace(o_.groups[g].signature, std::pair{-1, -1});
  std::vector<OutSym> files, locals, globals;
  for (size_t i = 0; i < n; ++i) {
    const obj::Symbol& s = o_.symbols[i];
    if (is_null(s)) continue;
    if (s.binding == obj::Binding::Local)
      (s.type == obj::SymbolType::File ? files : locals).push_back({static_cast<uint32_t>(i)});
    else
      globals.push_back({static_cast<uint32_t>(i)});
  }
  if (!by_name.empty())
    for (const auto* list : {&files, &locals, &globals})
      for (const OutSym& os : *list) {
        const obj::Symbol& sym = o_.symbols[os.model];
        auto it = by_name.find(sym.name);
        if (it == by_name.end() || !candidate(sym)) continue;
        int64_t& slot = sym.binding == obj::Binding::Local ? it->second.second : it->second.first;
        if (slot < 0) slot = os.model;
      }
  std::vector<int64_t> sig_model(o_.groups.size(), -1);
  for (size_t g = 0; g < o_.groups.size(); ++g) {
    auto [global, local] = by_name[o_.groups[g].signature];
    sig_model[g] = global >= 0 ? global : local;
    if (sig_model[g] < 0 && group_index_[g]) locals.push_back({UINT32_MAX, static_cast<uint32_t>(g)});
  }
  syms_.clear();
  syms_.insert(syms_.end(), files.begin(), files.end());
  syms_.insert(syms_.end(), locals.begin(), locals.end());
  first_global_ = static_cast<uint32_t>(syms_.size() + 1);
  syms_.insert(syms_.end(), globals.begin(), globals.end());
  elf_sym_.assign(n, 0);
  for (size_t k = 0; k < syms_.size(); ++k) {
    const OutSym& os = syms_[k];
    if (os.model == UINT32_MAX) group_sig_[os.group] = static_cast<uint32_t>(k + 1);
    else elf_sym_[os.model] = static_cast<uint32_t>(k + 1);
  }
  for (size_t g = 0; g < o_.groups.size(); ++g)
    if (sig_model[g] >= 0) group_sig_[g] = elf_sym_[sig_model[g]];
  if (syms_.size() + 1 > C::kMaxSymIndex) fail("too many symbols for this ELF class");
}

template <class C>
std::vector<uint8_t> ObjectWriter<C>::run() {
  validate();
  const size_t nsec = o_.sections.size();

  // Section numbering: null, groups, (section, its relocations)..., the
  // stack note, .symtab, .symtab_shndx, .strtab, .shstrtab.
  uint32_t next = 1;
  group_index_.assign(o_.groups.size(), 0);
  for (size_t g = 0; g < o_.groups.size(); ++g)
    if (!o_.groups[g].sections.empty()) group_index_[g] = next++;
  sec_index_.assign(nsec + 1, 0);
  rela_index_.assign(nsec + 1, 0);
  bool has_stack_note = false;
  for (size_t k = 1; k <= nsec; ++k) {
    sec_index_[k] = next++;
    if (!o_.sections[k - 1].relocs.empty()) rela_index_[k] = next++;
    if (o_.str(o_.sections[k - 1].name) == ".note.GNU-stack") has_stack_note = true;
  }
  if (!has_stack_note) note_index_ = next++;
  symtab_index_ = next++;
  plan_symbols();
  bool need_xindex = false;
  for (const OutSym& os : syms_) {
    uint32_t sec = os.model == UINT32_MAX ? o_.groups[os.group].sections[0]
                                          : o_.symbols[os.model].section;
    if (sec != obj::Symbol::kUndefined && sec <= nsec && sec_index_[sec] >= SHN_LORESERVE)
      need_xindex = true;
  }
  if (need_xindex) shndx_index_ = next++;
  strtab_index_ = next++;
  shstrtab_index_ = next++;
  total_ = next;

  std::vector<OutSection> out(total_);
  bool gnu_osabi = false;

  // Names.
  StrtabBuilder shstr, str;
  std::vector<uint32_t> rela_name(nsec + 1, 0);
  for (size_t k = 1; k <= nsec; ++k) {
    const obj::Section& s = o_.sections[k - 1];
    out[sec_index_[k]].name = o_.str(s.name);
    if (rela_index_[k]) {
      uint32_t id = add_rela_name(o_.str(s.name));
      out[rela_index_[k]].name = names_[id];
    }
  }
  for (size_t g = 0; g < o_.groups.size(); ++g)
    if (group_index_[g]) out[group_index_[g]].name = ".group";
  if (note_index_) out[note_index_].name = ".note.GNU-stack";
  out[symtab_index_].name = ".symtab";
  if (shndx_index_) out[shndx_index_].name = ".symtab_shndx";
  out[strtab_index_].name = ".strtab";
  out[shstrtab_index_].name = ".shstrtab";
  for (uint32_t i = 1; i < total_; ++i) shstr.add(out[i].name);
  shstr.finish();

  // Model sections.
  for (size_t k = 1; k <= nsec; ++k) {
    const obj::Section& s = o_.sections[k - 1];
    OutSection& os = out[sec_index_[k]];
    using K = obj::SectionKind;
    uint64_t f = 0;
    switch (s.kind) {
      case K::Text: f |= SHF_ALLOC | SHF_EXECINSTR; break;
      case K::Data: case K::Bss: f |= SHF_ALLOC | SHF_WRITE; break;
      case K::ReadOnly: f |= SHF_ALLOC; break;
      case K::TlsData: case K::TlsBss: f |= SHF_ALLOC | SHF_WRITE | SHF_TLS; break;
      case K::Other: break;
    }
    if (s.flags & obj::kAlloc) f |= SHF_ALLOC;
    if (s.flags & obj::kWrite) f |= SHF_WRITE;
    if (s.flags & obj::kExec) f |= SHF_EXECINSTR;
    if (s.flags & obj::kMerge) f |= SHF_MERGE;
    if (s.flags & obj::kStrings) f |= SHF_STRINGS;
    if (s.flags & obj::kTls) f |= SHF_TLS;
    if (s.flags & obj::kRetain) f |= SHF_GNU_RETAIN, gnu_osabi = true;
    // Raw flags the model has no word for (SHF_EXCLUDE, SHF_COMPRESSED,
    // processor bits) survive a read/write round trip.
    constexpr uint64_t kDerived = SHF_WRITE | SHF_ALLOC | SHF_EXECINSTR | SHF_MERGE | SHF_STRINGS |
                                  SHF_INFO_LINK | SHF_LINK_ORDER | SHF_GROUP | SHF_TLS |
                                  SHF_GNU_RETAIN;
    f |= s.format_flags & ~kDerived;
    if (s.group && group_index_[s.group - 1]) f |= SHF_GROUP;
    uint32_t type = s.format_type;
    if (!type) {
      if (s.kind == K::Bss || s.kind == K::TlsBss) type = SHT_NOBITS;
      else if (s.flags & obj::kInitArray) type = SHT_INIT_ARRAY;
      else if (s.flags & obj::kFiniArray) type = SHT_FINI_ARRAY;
      else if (s.flags & obj::kNote) type = SHT_NOTE;
      else type = SHT_PROGBITS;
    }
    os.h.type = type;
    os.h.flags = f;
    if (s.link) {
      os.h.flags |= SHF_LINK_ORDER;
      os.h.link = sec_index_[s.link];
    }
    os.h.addralign = s.align ? s.align : 1;
    os.h.entsize = s.entsize;
    if (type == SHT_NOBITS) {
      os.h.size = s.size;
    } else {
      os.h.size = s.data.size();
      os.data = s.data.data();
    }
    if (rela_index_[k]) {
      OutSection& rs = out[rela_index_[k]];
      rs.h.type = m_.rela ? SHT_RELA : SHT_REL;
      rs.h.flags = SHF_INFO_LINK | (f & SHF_GROUP);
      rs.h.link = symtab_index_;
      rs.h.info = sec_index_[k];
      rs.h.addralign = C::kWord;
      const size_t esize = m_.rela ? C::kRelaSize : C::kRelSize;
      rs.h.entsize = esize;
      if (!m_.rela)
        fail(std::string("writing SHT_REL relocations (") + m_.arch + ") is not supported yet");
      rs.own.resize(s.relocs.size() * esize);
      for (size_t r = 0; r < s.relocs.size(); ++r) {
        const obj::Reloc& rel = s.relocs[r];
        Rela e;
        e.offset = rel.offset;
        e.sym = elf_sym_[rel.symbol];
        e.type = elf_type_of(rel.kind);
        e.addend = rel.addend;
        C::put_rel(rs.own.data() + r * esize, e, true);
      }
      rs.h.size = rs.own.size();
    }
  }

  // Groups.
  for (size_t g = 0; g < o_.groups.size(); ++g) {
    if (!group_index_[g]) continue;
    OutSection& gs = out[group_index_[g]];
    gs.h.type = SHT_GROUP;
    gs.h.link = symtab_index_;
    gs.h.info = group_sig_[g];
    gs.h.addralign = 4;
    gs.h.entsize = 4;
    std::vector<uint32_t> members;
    for (uint32_t m : o_.groups[g].sections) {
      members.push_back(sec_index_[m]);
      if (rela_index_[m]) members.push_back(rela_index_[m]);
    }
    gs.own.resize(4 * (members.size() + 1));
    C::put32(gs.own.data(), GRP_COMDAT);
    for (size_t i = 0; i < members.size(); ++i) C::put32(gs.own.data() + 4 * (i + 1), members[i]);
    gs.h.size = gs.own.size();
  }
  // Every group member says SHF_GROUP, even one the model forgot to mark.
  for (size_t g = 0; g < o_.groups.size(); ++g)
    for (uint32_t m : o_.groups[g].sections) {
      out[sec_index_[m]].h.flags |= SHF_GROUP;
      if (rela_index_[m]) out[rela_index_[m]].h.flags |= SHF_GROUP;
    }

  if (note_index_) {
    out[note_index_].h.type = SHT_PROGBITS;
    out[note_index_].h.addralign = 1;
  }

  // Symbols.
  for (const OutSym& os : syms_) {
    if (os.model == UINT32_MAX) str.add(o_.str(o_.groups[os.group].signature));
    else if (o_.symbols[os.model].type != obj::SymbolType::Section)
      str.add(o_.str(o_.symbols[os.model].name));
  }
  str.finish();
  {
    OutSection& st = out[symtab_index_];
    st.h.type = SHT_SYMTAB;
    st.h.link = strtab_index_;
    st.h.info = first_global_;
    st.h.addralign = C::kWord;
    st.h.entsize = C::kSymSize;
    st.own.assign((syms_.size() + 1) * C::kSymSize, 0);
    std::vector<uint8_t> xindex;
    if (shndx_index_) xindex.assign((syms_.size() + 1) * 4, 0);
    for (size_t k = 0; k < syms_.size(); ++k) {
      const OutSym& os = syms_[k];
      Sym e;
      uint32_t section;
      if (os.model == UINT32_MAX) {
        const obj::Group& g = o_.groups[os.group];
        e.name = str.offset(o_.str(g.signature));
        e.info = Sym::make_info(STB_LOCAL, STT_NOTYPE);
        section = g.sections[0];
      } else {
        const obj::Symbol& s = o_.symbols[os.model];
        uint8_t bind = s.binding == obj::Binding::Local ? STB_LOCAL
                       : s.binding == obj::Binding::Weak ? STB_WEAK
                                                         : STB_GLOBAL;
        if (s.binding == obj::Binding::Global && (s.flags & obj::kUniqueGlobal))
          bind = STB_GNU_UNIQUE, gnu_osabi = true;
        uint8_t type = STT_NOTYPE;
        switch (s.type) {
          case obj::SymbolType::None: type = STT_NOTYPE; break;
          case obj::SymbolType::Func: type = STT_FUNC; break;
          case obj::SymbolType::Object: type = STT_OBJECT; break;
          case obj::SymbolType::Tls: type = STT_TLS; break;
          case obj::SymbolType::Section: type = STT_SECTION; break;
          case obj::SymbolType::File: type = STT_FILE; break;
        }
        if (s.flags & obj::kIndirectFunc) type = STT_GNU_IFUNC, gnu_osabi = true;
        if (s.section == obj::Symbol::kCommon && type == STT_NOTYPE) type = STT_OBJECT;
        e.name = s.type == obj::SymbolType::Section ? 0 : str.offset(o_.str(s.name));
        e.info = Sym::make_info(bind, type);
        switch (s.visibility) {
          case obj::SymbolVisibility::Default: e.other = STV_DEFAULT; break;
          case obj::SymbolVisibility::Hidden: e.other = STV_HIDDEN; break;
          case obj::SymbolVisibility::Protected: e.other = STV_PROTECTED; break;
          case obj::SymbolVisibility::Internal: e.other = STV_INTERNAL; break;
        }
        e.value = s.value;
        e.size = s.size;
        section = s.section;
      }
      if (section == obj::Symbol::kUndefined) e.shndx = SHN_UNDEF;
      else if (section == obj::Symbol::kAbsolute) e.shndx = SHN_ABS;
      else if (section == obj::Symbol::kCommon) e.shndx = SHN_COMMON;
      else {
        uint32_t idx = sec_index_[section];
        if (idx >= SHN_LORESERVE) {
          e.shndx = SHN_XINDEX;
          C::put32(xindex.data() + (k + 1) * 4, idx);
        } else {
          e.shndx = static_cast<uint16_t>(idx);
        }
      }
      C::put_sym(st.own.data() + (k + 1) * C::kSymSize, e);
    }
    st.h.size = st.own.size();
    if (shndx_index_) {
      OutSection& xs = out[shndx_index_];
      xs.h.type = SHT_SYMTAB_SHNDX;
      xs.h.link = symtab_index_;
      xs.h.addralign = 4;
      xs.h.entsize = 4;
      xs.own = std::move(xindex);
      xs.h.size = xs.own.size();
    }
  }
  out[strtab_index_].h.type = SHT_STRTAB;
  out[strtab_index_].h.addralign = 1;
  out[strtab_index_].data = str.bytes().data();
  out[strtab_index_].h.size = str.bytes().size();
  out[shstrtab_index_].h.type = SHT_STRTAB;
  out[shstrtab_index_].h.addralign = 1;
  out[shstrtab_index_].data = shstr.bytes().data();
  out[shstrtab_index_].h.size = shstr.bytes().size();

  // Layout: the ELF header, section contents in index order, each at its
  // alignment, then the section header table. sh_addralign constrains
  // addresses, not file offsets, in a relocatable file (gABI), so the
  // offset's alignment stops at a page: a 1 GiB alignment must not write
  // 1 GiB of padding.
  uint64_t off = C::kEhdrSize;
  for (uint32_t i = 1; i < total_; ++i) {
    OutSection& os = out[i];
    os.h.name = shstr.offset(os.name);
    if (!os.own.empty() && !os.data) os.data = os.own.data();
    uint64_t a = std::min<uint64_t>(os.h.addralign ? os.h.addralign : 1, 4096);
    off = (off + a - 1) & ~(a - 1);
    os.h.offset = off;
    if (os.h.type != SHT_NOBITS) off += os.h.size;
  }
  const uint64_t shoff = (off + C::kWord - 1) & ~uint64_t{C::kWord - 1};
  std::vector<uint8_t> bytes(shoff + uint64_t{total_} * C::kShdrSize, 0);
  for (uint32_t i = 1; i < total_; ++i) {
    const OutSection& os = out[i];
    if (os.h.type != SHT_NOBITS && os.h.size)
      std::copy(os.data, os.data + os.h.size, bytes.begin() + static_cast<ptrdiff_t>(os.h.offset));
  }
  Shdr null;
  if (total_ >= SHN_LORESERVE) null.size = total_;
  if (shstrtab_index_ >= SHN_LORESERVE) null.link = shstrtab_index_;
  C::put_shdr(bytes.data() + shoff, null);
  for (uint32_t i = 1; i < total_; ++i) C::put_shdr(bytes.data() + shoff + i * C::kShdrSize, out[i].h);

  Ehdr eh;
  std::copy(std::begin(kMagic), std::end(kMagic), eh.ident);
  eh.ident[EI_CLASS] = C::kClass;
  eh.ident[EI_DATA] = C::kData;
  eh.ident[EI_VERSION] = EV_CURRENT;
  eh.ident[EI_OSABI] = gnu_osabi ? ELFOSABI_GNU : ELFOSABI_NONE;
  eh.type = ET_REL;
  eh.machine = m_.machine;
  eh.version = EV_CURRENT;
  eh.shoff = shoff;
  eh.flags = static_cast<uint32_t>(o_.format_flags);
  eh.ehsize = C::kEhdrSize;
  eh.shentsize = C::kShdrSize;
  eh.shnum = total_ >= SHN_LORESERVE ? 0 : static_cast<uint16_t>(total_);
  eh.shstrndx = shstrtab_index_ >= SHN_LORESERVE ? static_cast<uint16_t>(SHN_XINDEX)
                                                 : static_cast<uint16_t>(shstrtab_index_);
  C::put_ehdr(bytes.data(), eh);
  return bytes;
}

}  // namespace

std::vector<uint8_t> write_object(const obj::ObjectFile& object, std::string_view arch,
                                  Endian endian, std::span<const RelocKindInfo> kinds) {
  const MachineInfo* m = machine_by_arch(arch);
  if (!m)
    throw Error(SourceLoc{object.name}, "ELF has no machine number for arch '" + std::string(arch) + "'");
  const bool big = endian == Endian::Big;
  if (m->elf_class == ELFCLASS64)
    return big ? ObjectWriter<Elf64BE>(object, *m, kinds).run()
               : ObjectWriter<Elf64LE>(object, *m, kinds).run();
  return big ? ObjectWriter<Elf32BE>(object, *m, kinds).run()
             : ObjectWriter<Elf32LE>(object, *m, kinds).run();
}

}  // namespace kit::elf
