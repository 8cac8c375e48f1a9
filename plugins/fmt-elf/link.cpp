// The ELF linker: drives the SDK's link core and the ELF-specific steps.
//
// What kind of image (gABI 5 "Program Loading"):
//   -static (no -pie)   ET_EXEC at 0x400000, no dynamic linker; IFUNCs go
//                       through .iplt slots with IRELATIVE relocations in
//                       .rela.iplt, which the C library's startup applies
//                       (it finds them through __rela_iplt_start/_end).
//   default / -no-pie   ET_EXEC; dynamic (PT_INTERP, .dynamic) when a shared
//                       library is linked.
//   -pie                ET_DYN based at 0; every absolute address in data is
//                       a R_*_RELATIVE dynamic relocation.
//   -shared             ET_DYN; default-visibility definitions are exported
//                       and preemptible (reached through GOT/PLT).
//
// Order of work: read and resolve (link core) -> linker-defined symbols ->
// --gc-sections -> undefined-symbol check -> relocation scan (GOT, PLT,
// copy relocations, TLS slots, dynamic relocation counts) -> output
// sections -> dynamic symbol table -> addresses -> contents and relocations
// -> one atomic write. Nothing is written unless every step succeeded.
#include "link.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "kit/atomic_file.hpp"
#include "kit/plugin.hpp"
#include "link_context.hpp"

namespace kit::elf {

bool elf_link(const link::Options& options, const TargetSpec& target, const ArchPlugin& arch,
              Diagnostics& diags) {
  try {
    ElfLinker L(options, target, arch, diags);
    return L.run();
  } catch (const Error& e) {
    diags.error({}, e.what());
  } catch (const Unsupported& e) {
    diags.error({}, e.what());
  } catch (const std::bad_alloc&) {
    diags.error({}, "out of memory");
  }
  return false;
}

ElfLinker::ElfLinker(const link::Options& o, const TargetSpec& t, const ArchPlugin& a, Diagnostics& d)
    : opt(o), target(t), arch(a), diags(d), reloc_map(RelocMap::for_arch(a)), core(o, *this, d) {}

// ---------------------------------------------------------------------------
// Hooks for the link core.

link::FileKind ElfLinker::classify(std::span<const uint8_t> b) const {
  if (!is_elf(b)) return link::FileKind::Script;
  if (b.size() < 18) return link::FileKind::Unknown;
  uint16_t type = b[EI_DATA] == ELFDATA2MSB ? ByteOrder<true>::get16(b.data() + 16)
                                            : ByteOrder<false>::get16(b.data() + 16);
  if (type == ET_REL) return link::FileKind::Object;
  if (type == ET_DYN) return link::FileKind::SharedLibrary;
  return link::FileKind::Unknown;
}

namespace {
// st_other visibility from the file itself. obj::SymbolVisibility numbers
// its values Default, Hidden, Protected, Internal, unlike ELF's STV_DEFAULT,
// STV_INTERNAL, STV_HIDDEN, STV_PROTECTED; the symbol table is read again
// here so the linker sees each symbol's real visibility whatever order the
// reader assumed. (symbols[i] is ELF symbol i: read.hpp.)
void fix_visibility(std::span<const uint8_t> b, obj::ObjectFile& o) {
  if (b.size() < 64 || b[EI_CLASS] != ELFCLASS64 || b[EI_DATA] != ELFDATA2LSB) return;
  Ehdr eh = Elf64LE::get_ehdr(b.data());
  if (!eh.shoff || eh.shentsize != 64 || eh.shoff > b.size()) return;
  uint64_t n = eh.shnum;
  if (n > (b.size() - eh.shoff) / 64) return;
  for (uint64_t i = 1; i < n; ++i) {
    Shdr sh = Elf64LE::get_shdr(b.data() + eh.shoff + 64 * i);
    if (sh.type != SHT_SYMTAB) continue;
    if (sh.offset > b.size() || sh.size > b.size() - sh.offset) return;
    uint64_t count = std::min<uint64_t>(sh.size / 24, o.symbols.size());
    for (uint64_t k = 0; k < count; ++k) {
      switch (b[sh.offset + 24 * k + 5] & 3) {
        case STV_DEFAULT: o.symbols[k].visibility = obj::SymbolVisibility::Default; break;
        case STV_INTERNAL: o.symbols[k].visibility = obj::SymbolVisibility::Internal; break;
        case STV_HIDDEN: o.symbols[k].visibility = obj::SymbolVisibility::Hidden; break;
        case STV_PROTECTED: o.symbols[k].visibility = obj::SymbolVisibility::Protected; break;
      }
    }
    return;
  }
}
}  // namespace

std::unique_ptr<obj::ObjectFile> ElfLinker::read_object(std::span<const uint8_t> bytes,
                                                        const std::string& name) const {
  auto o = elf::read_object(bytes, name, reloc_map);
  fix_visibility(bytes, *o);
  if (o->arch != target.arch)
    throw Error(SourceLoc{name}, "object is for " + o->arch + ", but the target is " + target.arch +
                                     " (" + target.name + ")");
  return o;
}

std::unique_ptr<link::SharedLibrary> ElfLinker::read_shared(std::shared_ptr<const link::FileBuffer> file,
                                                            const std::string& name) const {
  return read_shared_library(std::move(file), name, machine ? machine->machine : 0);
}

void ElfLinker::read_script(std::string_view text, const std::string& path,
                            std::vector<link::Input>& inputs, std::vector<std::string>& dirs) const {
  parse_linker_script(text, path, inputs, dirs);
}

namespace {
bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool c_identifier(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}
}  // namespace

bool ElfLinker::gc_root(const link::InputObject& f, uint32_t section) const {
  std::string_view n = f.section_name(section);
  if (n == ".init" || n == ".fini" || n == ".eh_frame" || n == ".jcr" || starts_with(n, ".ctors") ||
      starts_with(n, ".dtors") || starts_with(n, ".init_array") || starts_with(n, ".fini_array") ||
      starts_with(n, ".preinit_array") || starts_with(n, ".note"))
    return true;
  if (c_identifier(n)) {
    // Sections reached through __start_NAME/__stop_NAME (glibc's
    // __libc_atexit, __libc_subfreeres, ...) are kept when those are used.
    std::string start = "__start_" + std::string(n), stop = "__stop_" + std::string(n);
    SymId a = core.symbols.find(start), b = core.symbols.find(stop);
    if ((a && core.symbols[a].referenced) || (b && core.symbols[b].referenced)) return true;
  }
  return false;
}

bool ElfLinker::gc_follows_relocs(const link::InputObject& f, uint32_t section) const {
  return f.section_name(section) != ".eh_frame";
}

void ElfLinker::gc_dependents(const link::InputObject& f, uint32_t section,
                              std::vector<link::SectionRef>& out) const {
  auto target_of = [&](uint32_t sym) {
    if (sym >= f.sym.size()) return;
    if (SymId id = f.sym[sym]) {
      const link::GlobalSymbol& g = core.symbols[id];
      if (g.state != link::SymState::Defined) return;
      const obj::Symbol& d = core.objects[g.file]->obj->symbols[g.index];
      if (d.defined() && d.section != obj::Symbol::kAbsolute) out.push_back({g.file, d.section});
    } else {
      const obj::Symbol& s = f.obj->symbols[sym];
      if (s.defined() && s.section != obj::Symbol::kAbsolute) out.push_back({f.id, s.section});
    }
  };
  const auto& relocs_of = [&](uint32_t sec) -> const std::vector<obj::Reloc>& { return f.section(sec).relocs; };
  if (f.id < eh.size()) {
    // An .eh_frame section keeps its CIEs' targets (personality routines).
    for (const EhSection& es : eh[f.id]) {
      if (es.section != section) continue;
      for (const EhRecord& r : es.records)
        if (r.is_cie)
          for (uint32_t k = 0; k < r.num_relocs; ++k) target_of(relocs_of(section)[es.reloc_order[r.first_reloc + k]].symbol);
    }
    // A function keeps what its FDE refers to besides itself (its LSDA).
    if (f.id < fdes_of.size()) {
      auto it = fdes_of[f.id].find(section);
      if (it != fdes_of[f.id].end())
        for (auto [ei, ri] : it->second) {
          const EhSection& es = eh[f.id][ei];
          const EhRecord& r = es.records[ri];
          for (uint32_t k = 1; k < r.num_relocs; ++k) target_of(relocs_of(es.section)[es.reloc_order[r.first_reloc + k]].symbol);
        }
    }
  }
  // SHF_LINK_ORDER sections follow the section they name.
  for (uint32_t s = 1; s <= f.obj->sections.size(); ++s)
    if (f.section(s).link == section && (f.section(s).format_flags & SHF_LINK_ORDER)) out.push_back({f.id, s});
}

// ---------------------------------------------------------------------------

void ElfLinker::setup_kinds() {
  try {
    kinds = arch.reloc_kinds();
  } catch (const Unsupported&) {
    throw Error("arch plugin " + target.arch_plugin + " cannot apply relocations yet");
  }
  uint32_t max_kind = 0;
  for (const auto& k : kinds) max_kind = std::max(max_kind, k.kind);
  kind_info.assign(max_kind + 1, nullptr);
  for (const auto& k : kinds)
    if (!kind_info[k.kind]) kind_info[k.kind] = &k;
  auto first = [&](RelocKindInfo::Role role, uint32_t size) -> uint32_t {
    for (const auto& k : kinds)
      if (k.role == role && k.elf_type && (size == 0 || k.size == size)) return k.elf_type;
    return 0;
  };
  r_relative = first(RelocKindInfo::DynRelative, 0);
  r_globdat = first(RelocKindInfo::DynGlobDat, 0);
  r_jumpslot = first(RelocKindInfo::DynJumpSlot, 0);
  r_copy = first(RelocKindInfo::DynCopy, 0);
  r_irelative = first(RelocKindInfo::DynIRelative, 0);
  r_dtpmod = first(RelocKindInfo::DynDtpMod, 0);
  r_dtpoff = first(RelocKindInfo::DynDtpOff, 0);
  r_tpoff = first(RelocKindInfo::DynTpOff, 0);
  // The symbolic absolute relocation: a Plain, absolute, pointer-sized kind.
  for (const auto& k : kinds)
    if (k.role == RelocKindInfo::Plain && !k.pc_relative && k.size == target.pointer_size() && k.elf_type) {
      r_abs = k.elf_type;
      break;
    }
}

void ElfLinker::decide_output() {
  machine = machine_by_arch(target.arch);
  if (!machine) throw Error("kit's ELF linker does not know the machine '" + target.arch + "'");
  if (machine->elf_class != ELFCLASS64 || target.endian != Endian::Little)
    throw Error("kit's ELF linker writes 64-bit little-endian images only (target " + target.name + ")");
  shared_out = opt.kind == link::OutputKind::SharedLibrary;
  pie = opt.kind == link::OutputKind::PieExecutable;
  is_static = opt.is_static && !shared_out;
  pic = shared_out || pie;
  page = target.arch == "aarch64" ? 0x10000 : 0x1000;
  base = opt.image_base ? opt.image_base : (pic ? 0 : (target.arch == "x86_64" ? 0x400000 : 0x10000));
  code_fill = target.arch == "x86_64" ? 0xcc : 0;
}

bool ElfLinker::preemptible(SymId id) const {
  const link::GlobalSymbol& g = core.symbols[id];
  switch (g.state) {
    case link::SymState::Shared:
      return true;
    case link::SymState::Undefined:
    case link::SymState::Lazy:
      return shared_out && g.visibility == obj::SymbolVisibility::Default;
    case link::SymState::Defined:
    case link::SymState::Common:
      return shared_out && g.visibility == obj::SymbolVisibility::Default;
    default:
      return false;
  }
}

bool ElfLinker::undefined_weak(SymId id) const {
  const link::GlobalSymbol& g = core.symbols[id];
  return g.state == link::SymState::Undefined || g.state == link::SymState::Lazy;
}

bool ElfLinker::is_ifunc_here(SymId id) const {
  const link::GlobalSymbol& g = core.symbols[id];
  return g.state == link::SymState::Defined && (g.flags & obj::kIndirectFunc) && !preemptible(id);
}

std::string ElfLinker::sym_name(const link::InputObject& f, uint32_t sym) const {
  const obj::Symbol& s = f.obj->symbols[sym];
  if (s.type == obj::SymbolType::Section && s.section >= 1 && s.section <= f.obj->sections.size())
    return std::string(f.section_name(s.section));
  return std::string(f.obj->str(s.name));
}

void ElfLinker::define_linker_symbols() {
  using D = Defined;
  static const std::pair<const char*, D> fixed[] = {
      {"__ehdr_start", D::EhdrStart}, {"__executable_start", D::ExecStart},
      {"_GLOBAL_OFFSET_TABLE_", D::Got}, {"_DYNAMIC", D::Dynamic},
      {"__init_array_start", D::InitStart}, {"__init_array_end", D::InitEnd},
      {"__fini_array_start", D::FiniStart}, {"__fini_array_end", D::FiniEnd},
      {"__preinit_array_start", D::PreinitStart}, {"__preinit_array_end", D::PreinitEnd},
      {"_end", D::End}, {"end", D::End}, {"_edata", D::Edata}, {"edata", D::Edata},
      {"__bss_start", D::BssStart}, {"_etext", D::Etext}, {"etext", D::Etext}, {"__etext", D::Etext},
      {"__rela_iplt_start", D::RelaIpltStart}, {"__rela_iplt_end", D::RelaIpltEnd},
      {"__GNU_EH_FRAME_HDR", D::EhFrameHdr}, {"_TLS_MODULE_BASE_", D::TlsModuleBase},
  };
  // Names of input sections, for __start_/__stop_.
  std::vector<std::string_view> names;
  for (SymId id = 1; id < core.symbols.size(); ++id) {
    link::GlobalSymbol& g = core.symbols[id];
    if (g.state != link::SymState::Undefined && g.state != link::SymState::Lazy) continue;
    if (!g.referenced) continue;
    std::string_view n = g.name;
    bool found = false;
    for (const auto& [name, how] : fixed) {
      if (n != name) continue;
      if (how == D::Dynamic && !dynamic) break;
      linker_syms.push_back({id, how, {}});
      found = true;
      break;
    }
    if (!found && (starts_with(n, "__start_") || starts_with(n, "__stop_"))) {
      bool start = starts_with(n, "__start_");
      std::string_view sec = n.substr(start ? 8 : 7);
      bool exists = false;
      for (const auto& fp : core.objects) {
        for (uint32_t s = 1; s <= fp->obj->sections.size() && !exists; ++s)
          exists = fp->is_live(s) && fp->section_name(s) == sec;
        if (exists) break;
      }
      if (exists) {
        linker_syms.push_back({id, start ? D::SectionStart : D::SectionStop, std::string(sec)});
        found = true;
      }
    }
    if (found) {
      g.state = link::SymState::Synthetic;
      g.weak = false;
      if (g.visibility == obj::SymbolVisibility::Default) g.visibility = obj::SymbolVisibility::Hidden;
    }
  }
}

void ElfLinker::make_internal_object() {
  auto f = std::make_unique<link::InputObject>();
  f->obj = std::make_unique<obj::ObjectFile>();
  f->obj->name = f->name = "<internal>";
  f->obj->arch = target.arch;
  f->id = static_cast<uint32_t>(core.objects.size());
  internal_file = f->id;
  for (SymId id : core.commons) {
    link::GlobalSymbol& g = core.symbols[id];
    const obj::Symbol* def = core.definition(id);
    bool tls = def && def->type == obj::SymbolType::Tls;
    uint64_t align = std::max<uint64_t>(1, g.value);
    uint32_t sec = f->obj->add_section(tls ? ".tbss" : ".bss", tls ? obj::SectionKind::TlsBss : obj::SectionKind::Bss,
                                       obj::kAlloc | obj::kWrite | (tls ? uint32_t{obj::kTls} : 0u),
                                       static_cast<uint32_t>(std::min<uint64_t>(align, 1u << 30)));
    f->obj->section(sec).size = g.size;
    f->obj->section(sec).format_type = SHT_NOBITS;
    f->obj->section(sec).format_flags = SHF_ALLOC | SHF_WRITE | (tls ? uint64_t{SHF_TLS} : uint64_t{0});
    obj::Symbol s;
    s.name = f->obj->intern(g.name);
    s.section = sec;
    s.size = g.size;
    s.binding = obj::Binding::Global;
    s.type = tls ? obj::SymbolType::Tls : obj::SymbolType::Object;
    s.visibility = g.visibility;
    uint32_t si = f->obj->add_symbol(s);
    g.state = link::SymState::Defined;
    g.file = f->id;
    g.index = si;
    g.type = s.type;
  }
  size_t n = f->obj->sections.size();
  f->live.assign(n, 1);
  f->out.assign(n, link::kNoOutput);
  f->offset.assign(n, 0);
  f->sym.assign(f->obj->symbols.size(), 0);
  for (size_t i = 0; i < f->obj->symbols.size(); ++i) f->sym[i] = core.symbols.find(f->obj->str(f->obj->symbols[i].name));
  core.objects.push_back(std::move(f));
}

namespace {
// KIT_LINK_TIMES=1 prints how long each step took (stderr); nothing else
// changes.
struct PhaseTimer {
  bool on = std::getenv("KIT_LINK_TIMES") != nullptr;
  std::chrono::steady_clock::time_point t0 = std::chrono::steady_clock::now(), last = t0;
  void operator()(const char* what) {
    if (!on) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "kit ld: %-28s %8.1f ms\n", what,
                 std::chrono::duration<double, std::milli>(now - last).count());
    last = now;
  }
  ~PhaseTimer() {
    if (on)
      std::fprintf(stderr, "kit ld: %-28s %8.1f ms\n", "total",
                   std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
};
}  // namespace

bool ElfLinker::run() {
  PhaseTimer phase;
  decide_output();
  setup_kinds();
  unsigned errors = diags.error_count();
  std::string default_entry = shared_out ? "" : "_start";
  if (!core.load(default_entry)) return false;
  phase("read and resolve");

  is_static = opt.is_static && !shared_out;
  dynamic = !is_static ? (pic || !core.shared.empty()) : pie;  // static-pie relocates itself
  aux.assign(core.symbols.size(), SymAux{});

  parse_eh_frames();
  define_linker_symbols();
  if (opt.gc_sections) {
    std::vector<SymId> roots;
    for (SymId id = 1; id < core.symbols.size(); ++id) {
      const link::GlobalSymbol& g = core.symbols[id];
      if (g.state != link::SymState::Defined) continue;
      bool exported = (shared_out || opt.export_dynamic) && g.visibility == obj::SymbolVisibility::Default;
      if (exported || g.referenced_by_shared || (g.flags & obj::kUsedSym)) roots.push_back(id);
    }
    core.gc_sections(roots);
  }
  mark_dead_fdes();
  phase("eh_frame, gc");

  bool allow_undefined = shared_out && opt.allow_undefined_in_shared;
  SymId tls_get_addr = core.symbols.find("__tls_get_addr");
  core.report_undefined([&](SymId id) {
    return allow_undefined || (id == tls_get_addr && only_relaxed_tls_calls(id));
  });
  if (diags.error_count() != errors) return false;
  if (core.entry && !shared_out) {
    auto st = core.symbols[core.entry].state;
    if (st != link::SymState::Defined && st != link::SymState::Absolute && st != link::SymState::Synthetic)
      diags.warning({}, "cannot find entry symbol '" + std::string(core.symbols[core.entry].name) +
                            "'; the entry address will be 0");
  }

  phase("undefined check");
  make_internal_object();
  aux.resize(core.symbols.size());
  if (!scan_relocations()) return false;
  phase("scan relocations");
  assign_slots();
  if (dynamic) build_dynamic_symbols();
  create_output_sections();
  synth_dyn_relocs(false);
  if (dynamic) build_dynamic_entries();
  size_synthetic();
  layout();
  assign_symbol_addresses();
  phase("sections and layout");
  if (!write_image()) return false;
  phase("write image");
  if (diags.error_count() != errors) return false;
  bool ok = write_output_file();
  phase("write file");
  return ok;
}

}  // namespace kit::elf
