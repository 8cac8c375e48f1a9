// The ELF linker's state, shared by its files:
//   link.cpp          the driver (elf_link), the link core's hooks, linker-defined symbols
//   link_scan.cpp     what each relocation needs: GOT/PLT/copy/TLS slots, dynamic relocations
//   link_layout.cpp   output sections, their order, addresses, segments
//   link_reloc.cpp    applying relocations (through the arch plugin), in parallel
//   link_ehframe.cpp  .eh_frame records (dead FDEs dropped) and .eh_frame_hdr
//   dynamic.cpp       .dynsym/.dynstr/.gnu.hash/.gnu.version*/.dynamic
//   write_image.cpp   the file: headers, synthetic sections, .symtab, build-id
//   shared.cpp        reading shared libraries; script.cpp GNU ld scripts
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "elf.hpp"
#include "kit/arch.hpp"
#include "kit/diag.hpp"
#include "kit/link/linker.hpp"
#include "kit/target.hpp"
#include "read.hpp"

namespace kit::elf {

using link::SymId;
constexpr uint32_t kNone = 0xffffffff;

// The ELF symbol type an image's .symtab and .dynsym give a symbol.
inline uint8_t image_symbol_type(obj::SymbolType t, bool ifunc) {
  if (ifunc) return STT_GNU_IFUNC;
  switch (t) {
    case obj::SymbolType::Func: return STT_FUNC;
    case obj::SymbolType::Object: return STT_OBJECT;
    case obj::SymbolType::Tls: return STT_TLS;
    default: return STT_NOTYPE;
  }
}

// GNU ld script subset (script.cpp).
void parse_linker_script(std::string_view text, const std::string& path,
                         std::vector<link::Input>& inputs, std::vector<std::string>& search_dirs);
// ELF shared library -> its exported symbols, soname, versions (shared.cpp).
std::unique_ptr<link::SharedLibrary> read_shared_library(std::shared_ptr<const link::FileBuffer> file,
                                                         const std::string& name, uint16_t machine);

// Hashes for --build-id (link_hash.cpp).
void sha1(const uint8_t* data, size_t n, uint8_t out[20]);
void md5(const uint8_t* data, size_t n, uint8_t out[16]);

// What the output needs for one global symbol, decided by the scan.
enum NeedBits : uint16_t {
  kNeedGot = 1 << 0,        // a GOT slot (GotEntry)
  kNeedPlt = 1 << 1,        // a PLT entry (call to a preemptible function)
  kNeedIplt = 1 << 2,       // an IFUNC that binds here: PLT entry + IRELATIVE slot
  kNeedCopy = 1 << 3,       // a copy relocation (non-PIC data reference to shared data)
  kNeedCanonPlt = 1 << 4,   // the PLT entry is the function's address (address taken in non-PIC code)
  kNeedTlsIe = 1 << 5,      // a TP-offset GOT slot
  kNeedTlsGd = 1 << 6,      // a module/offset GOT pair
  kNeedDynsym = 1 << 7,     // named by a dynamic relocation
};

struct SymAux {
  uint32_t got = kNone;     // GOT slot index (.got)
  uint32_t plt = kNone;     // PLT entry index (.plt), its .got.plt slot is 3 + plt
  uint32_t iplt = kNone;    // IPLT entry index (.iplt); slot in .got.plt after the PLT slots
  uint32_t tls_ie = kNone;  // .got slot
  uint32_t tls_gd = kNone;  // first of two .got slots
  uint32_t dynsym = 0;      // index in .dynsym
  uint64_t copy_addr = 0;   // copy relocation: where the data lives in this image
  bool copy = false;
  bool canonical_plt = false;
  bool exported = false;    // a definition in .dynsym
};

// One record of an input .eh_frame (a CIE or an FDE).
struct EhRecord {
  uint32_t in_off = 0, size = 0;  // including the length field
  uint32_t cie = kNone;           // FDE: index of its CIE in the same section's records
  bool is_cie = false;
  bool live = true;
  uint64_t out_off = 0;           // offset within the output .eh_frame
  uint32_t first_reloc = 0, num_relocs = 0;  // its relocations (section relocs sorted by offset)
};
struct EhSection {
  uint32_t section = 0;  // 1-based section index in the object
  std::vector<EhRecord> records;
  std::vector<uint32_t> reloc_order;  // section reloc indices sorted by offset
};

// Local-symbol needs per object (rare: GOT loads of static symbols, local IFUNCs).
struct LocalNeeds {
  std::vector<uint32_t> got;   // symbol indices needing a GOT slot
  std::vector<uint32_t> iplt;  // local IFUNC symbol indices
  std::vector<uint32_t> tls_gd;  // shared output: GD for local TLS symbols
  std::vector<uint32_t> tls_ie;
  std::unordered_map<uint32_t, uint32_t> got_slot, iplt_slot, gd_slot, ie_slot;
};

struct DynReloc {
  uint64_t offset;
  uint32_t type;
  uint32_t sym;  // dynsym index
  int64_t addend;
};

// Per output section: what the format needs beyond link::OutputSection.
enum class Synth : uint8_t {
  None, Interp, BuildId, GnuHash, DynSym, DynStr, VerSym, VerNeed, RelaDyn, RelaPlt, RelaIplt,
  Plt, Iplt, Got, GotPlt, Dynamic, EhFrame, EhFrameHdr, Common, Copy,
};
enum class SegClass : uint8_t { Headers, ReadOnly, Exec, Relro, Write, NonAlloc };

struct OutInfo {
  Synth synth = Synth::None;
  SegClass cls = SegClass::NonAlloc;
  int rank = 0;
  uint32_t order = 0;        // creation order (ties)
  uint32_t link = 0, info = 0;  // sh_link/sh_info, resolved at write
  uint64_t entsize = 0;
  bool nobits = false;
  bool tbss = false;
};

struct Segment {
  uint32_t type = 0, flags = 0;
  uint64_t offset = 0, vaddr = 0, filesz = 0, memsz = 0, align = 0;
};

class ElfLinker final : public link::FormatHooks {
 public:
  ElfLinker(const link::Options& o, const TargetSpec& t, const ArchPlugin& a, Diagnostics& d);
  bool run();

  // link::FormatHooks
  link::FileKind classify(std::span<const uint8_t> bytes) const override;
  std::unique_ptr<obj::ObjectFile> read_object(std::span<const uint8_t> bytes,
                                               const std::string& name) const override;
  std::unique_ptr<link::SharedLibrary> read_shared(std::shared_ptr<const link::FileBuffer> file,
                                                   const std::string& name) const override;
  void read_script(std::string_view text, const std::string& path, std::vector<link::Input>& inputs,
                   std::vector<std::string>& search_dirs) const override;
  bool gc_root(const link::InputObject& f, uint32_t section) const override;
  bool gc_follows_relocs(const link::InputObject& f, uint32_t section) const override;
  void gc_dependents(const link::InputObject& f, uint32_t section,
                     std::vector<link::SectionRef>& out) const override;

  // ---- shared state --------------------------------------------------------
  const link::Options& opt;
  const TargetSpec& target;
  const ArchPlugin& arch;
  Diagnostics& diags;
  RelocMap reloc_map;
  std::span<const RelocKindInfo> kinds;
  std::vector<const RelocKindInfo*> kind_info;  // by kind number
  const MachineInfo* machine = nullptr;
  link::Linker core;

  bool shared_out = false;  // -shared
  bool pie = false;         // position-independent executable
  bool pic = false;         // shared_out || pie: addresses need RELATIVE relocations
  bool is_static = false;   // no dynamic linker at run time
  bool dynamic = false;     // has .dynamic
  uint64_t page = 0x1000;
  uint64_t base = 0;
  uint8_t code_fill = 0;

  // Dynamic relocation types (ELF numbers) from the arch's table by role.
  uint32_t r_relative = 0, r_globdat = 0, r_jumpslot = 0, r_copy = 0, r_abs = 0, r_irelative = 0,
           r_dtpmod = 0, r_dtpoff = 0, r_tpoff = 0;

  // Symbols
  std::vector<SymAux> aux;                       // by SymId
  std::unique_ptr<std::atomic<uint16_t>[]> need;  // by SymId (scan)
  std::vector<LocalNeeds> local;                 // by object
  std::vector<SymId> got_syms, plt_syms, iplt_syms, ie_syms, gd_syms, copy_syms;
  struct LocalSlot {
    uint32_t file, sym;
  };
  std::vector<LocalSlot> local_got, local_iplt, local_gd, local_ie;
  uint32_t got_count = 0;   // .got slots
  uint32_t tls_ld_slot = kNone;
  bool need_got_base = false;
  bool has_textrel = false;
  bool static_tls = false;  // DF_STATIC_TLS (IE in a shared library)
  uint64_t relative_count = 0;          // RELATIVE entries at the front of .rela.dyn
  std::vector<uint32_t> dynrel_count;   // by object: dynamic relocations its sections make
  std::vector<uint64_t> dynrel_start;   // by object: first index in the object part of .rela.dyn
  uint64_t dynrel_objects = 0;          // total of dynrel_count

  // Linker-defined symbols (SymId -> how to compute)
  enum class Defined : uint8_t {
    EhdrStart, ExecStart, Got, Dynamic, InitStart, InitEnd, FiniStart, FiniEnd, PreinitStart,
    PreinitEnd, End, Edata, BssStart, Etext, RelaIpltStart, RelaIpltEnd, SectionStart,
    SectionStop, EhFrameHdr, TlsModuleBase, DsoHandle,
  };
  struct LinkerSym {
    SymId id;
    Defined how;
    std::string section;  // SectionStart/Stop
  };
  std::vector<LinkerSym> linker_syms;

  // eh_frame
  std::vector<std::vector<EhSection>> eh;  // by object
  std::vector<std::unordered_map<uint32_t, std::vector<std::pair<uint32_t, uint32_t>>>> fdes_of;  // object: text section -> (eh section idx, record idx)
  uint64_t eh_frame_size = 0;
  uint32_t eh_fde_count = 0;

  // Output
  std::vector<link::OutputSection> outs;
  std::vector<OutInfo> oinfo;
  std::vector<uint32_t> sorted;  // output section indices in address order, then non-alloc
  std::vector<Segment> phdrs;
  uint32_t internal_file = kNone;  // the object holding commons and copy-relocated data
  std::map<Synth, uint32_t> synth_out;  // synthetic kind -> output index
  uint32_t out_of(Synth s) const {
    auto it = synth_out.find(s);
    return it == synth_out.end() ? kNone : it->second;
  }
  uint64_t synth_addr(Synth s) const {
    uint32_t o = out_of(s);
    return o == kNone ? 0 : outs[o].address;
  }
  uint64_t tls_start = 0, tls_memsz = 0, tls_align = 1;
  uint64_t file_size = 0, shoff = 0, alloc_end_offset = 0;
  uint32_t shnum = 0;
  std::vector<std::string> needed;  // DT_NEEDED sonames in order
  std::vector<uint32_t> needed_lib; // shared input index per DT_NEEDED

  // Dynamic symbol table (dynamic.cpp)
  struct DynSym {
    SymId id;
    bool defined;
    uint32_t name = 0;    // .dynstr offset
    uint16_t version = 0; // .gnu.version value
    uint32_t hash = 0;
  };
  std::vector<DynSym> dynsyms;  // [0] is the null symbol
  uint32_t dynsym_first_hashed = 1;
  uint32_t gnu_nbuckets = 1, gnu_bloom_words = 1, gnu_shift = 6;
  std::string dynstr;
  std::unordered_map<std::string, uint32_t> dynstr_index;
  struct VerneedFile {
    uint32_t lib;
    std::vector<std::pair<uint16_t, std::string>> versions;  // (our index, name)
  };
  std::vector<VerneedFile> verneed;
  std::map<std::pair<uint32_t, uint16_t>, uint16_t> version_index;  // (lib, lib's version) -> ours
  std::vector<elf::Dyn> dynamic_entries;
  std::vector<DynReloc> rela_plt_entries, rela_iplt_entries;
  std::vector<DynReloc> rela_dyn_synth;  // from GOT/copy, before the objects' ones

  // Image
  std::vector<uint8_t> image;

  // ---- steps ------------------------------------------------------------------
  void setup_kinds();
  void decide_output();
  void define_linker_symbols();
  void make_internal_object();
  void parse_eh_frames();
  void mark_dead_fdes();
  bool scan_relocations();
  void assign_slots();
  void create_output_sections();
  void build_dynamic_symbols();
  void build_dynamic_entries();
  size_t synth_dyn_relocs(bool emit);
  void size_synthetic();
  void layout();
  void assign_symbol_addresses();
  bool write_image();
  bool write_output_file();

  // ---- helpers ---------------------------------------------------------------
  const RelocKindInfo* info_of_kind(uint32_t kind) const {
    return kind < kind_info.size() ? kind_info[kind] : nullptr;
  }
  bool preemptible(SymId id) const;
  // Every live reference to `id` is the call of a GD/LD TLS sequence that
  // an executable relaxes away (so __tls_get_addr need not exist: static
  // glibc has none).
  bool only_relaxed_tls_calls(SymId id) const;
  bool is_ifunc_here(SymId id) const;  // an IFUNC defined in this image and bound here
  bool undefined_weak(SymId id) const;
  uint64_t got_addr(uint32_t slot) const { return synth_addr(Synth::Got) + 8ull * slot; }
  uint64_t gotplt_addr(uint32_t slot) const { return synth_addr(Synth::GotPlt) + 8ull * slot; }
  uint64_t plt_addr(uint32_t idx) const;
  uint64_t iplt_addr(uint32_t idx) const;
  uint64_t iplt_slot_addr(uint32_t idx) const;
  // The address references to a global symbol use (PLT entry for a
  // canonical PLT or a local IFUNC).
  uint64_t global_value(SymId id) const;
  uint64_t local_value(const link::InputObject& f, uint32_t sym) const;
  uint64_t tp_offset(uint64_t addr) const;   // variant II (x86-64) or I
  uint64_t dtp_offset(uint64_t addr) const { return addr - tls_start; }
  std::string sym_name(const link::InputObject& f, uint32_t sym) const;
  bool section_in_output(const link::InputObject& f, uint32_t sec) const {
    return sec >= 1 && sec <= f.out.size() && f.out[sec - 1] != link::kNoOutput;
  }
  uint32_t dynstr_add(const std::string& s);
  void apply_object_relocs(link::InputObject& f, std::vector<std::string>& errors);
  void write_eh_frame();
  void write_eh_frame_hdr();
  void write_dynamic_sections();
  void write_symtab(std::vector<uint8_t>& symtab, std::string& strtab, uint32_t& first_global);
  std::string describe(const link::InputObject& f, uint32_t sec, uint64_t off) const {
    return core.describe(f, sec, off);
  }
};

}  // namespace kit::elf
