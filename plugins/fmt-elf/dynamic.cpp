// The dynamic linking tables of an ELF image (gABI 5 "Dynamic Section",
// "Dynamic Linking"; GNU hash and symbol versioning as glibc reads them).
//
//  - .dynsym/.dynstr: the symbols other modules see: what this image
//    imports (undefined, or given an address by a canonical PLT entry) and
//    what it exports (a shared library's default-visibility definitions; an
//    executable's copy-relocated data, the symbols its shared libraries
//    refer to, and everything with -E).
//  - .gnu.hash (DT_GNU_HASH): undefined symbols first (not hashed, before
//    `symoffset`), then the hashed ones ordered by bucket (hash %
//    nbuckets). Layout: nbuckets, symoffset, bloom words, bloom shift; the
//    Bloom filter (64-bit words; each symbol sets bits h % 64 and
//    (h >> shift) % 64 of word (h / 64) % words); the buckets (first
//    symbol index of each); the chain (hash with bit 0 set on the last
//    symbol of a bucket). Hash: h = h * 33 + c from 5381.
//  - .gnu.version (DT_VERSYM): per dynamic symbol 0 (local), 1 (global) or
//    the index of a version this image needs; .gnu.version_r (DT_VERNEED):
//    per needed library, a Verneed naming its file, then Vernaux entries
//    (ELF hash of the version name, our index, the name). The versions come
//    from the libraries' own definitions, so printf binds to
//    printf@GLIBC_2.2.5 as the library defines it.
//  - .dynamic: DT_NEEDED per library in link order, DT_SONAME,
//    DT_RUNPATH (-rpath), the table addresses, the relocation tables
//    (RELATIVE first, counted in DT_RELACOUNT), DT_FLAGS BIND_NOW and
//    DT_FLAGS_1 NOW (kit binds eagerly: its PLT entries are plain indirect
//    jumps with no lazy-resolution stub), DF_1_PIE for a PIE.
#include <algorithm>
#include <cstring>

#include "link_context.hpp"

namespace kit::elf {

namespace {
uint64_t pow2_ceil(uint64_t v) {
  uint64_t p = 1;
  while (p < v) p <<= 1;
  return p;
}
}  // namespace

uint32_t ElfLinker::dynstr_add(const std::string& s) {
  if (s.empty()) return 0;
  auto it = dynstr_index.find(s);
  if (it != dynstr_index.end()) return it->second;
  uint32_t off = static_cast<uint32_t>(dynstr.size());
  dynstr += s;
  dynstr.push_back('\0');
  dynstr_index.emplace(s, off);
  return off;
}

void ElfLinker::build_dynamic_symbols() {
  dynstr.assign(1, '\0');
  for (uint32_t i = 0; i < core.shared.size(); ++i) {
    const auto& s = core.shared[i];
    if (!s.needed) continue;
    needed.push_back(s.lib->soname);
    needed_lib.push_back(i);
    dynstr_add(s.lib->soname);
  }
  if (shared_out && !opt.soname.empty()) dynstr_add(opt.soname);
  if (!opt.rpaths.empty()) {
    std::string rp;
    for (const auto& r : opt.rpaths) rp += (rp.empty() ? "" : ":") + r;
    dynstr_add(rp);
  }

  dynsyms.clear();
  dynsyms.push_back({0, false});
  std::vector<SymId> undefined, hashed;
  for (SymId id = 1; id < core.symbols.size(); ++id) {
    const link::GlobalSymbol& g = core.symbols[id];
    const SymAux& a = aux[id];
    uint16_t nb = need[id].load(std::memory_order_relaxed);
    bool defined_here = g.state == link::SymState::Defined || g.state == link::SymState::Absolute;
    if (defined_here && g.state == link::SymState::Defined &&
        !core.defined_live(*core.objects[g.file], g.index))
      defined_here = false;
    bool visible = g.visibility == obj::SymbolVisibility::Default || g.visibility == obj::SymbolVisibility::Protected;
    if (g.state == link::SymState::Shared) {
      if (a.copy || a.canonical_plt) hashed.push_back(id);
      else if (nb || g.referenced) {
        if (nb) undefined.push_back(id);
      }
      continue;
    }
    if ((g.state == link::SymState::Undefined || g.state == link::SymState::Lazy)) {
      if (shared_out && visible && (nb || g.referenced)) undefined.push_back(id);
      continue;
    }
    if (!defined_here || !visible) continue;
    bool exp = shared_out || opt.export_dynamic || g.referenced_by_shared;
    if (exp) hashed.push_back(id);
  }
  for (SymId id : undefined) {
    aux[id].dynsym = static_cast<uint32_t>(dynsyms.size());
    dynsyms.push_back({id, false});
  }
  dynsym_first_hashed = static_cast<uint32_t>(dynsyms.size());
  gnu_nbuckets = std::max<uint32_t>(1, static_cast<uint32_t>(hashed.size() / 4));
  gnu_bloom_words = static_cast<uint32_t>(pow2_ceil(std::max<uint64_t>(1, (hashed.size() * 12 + 63) / 64)));
  gnu_shift = 26;
  std::vector<std::pair<uint32_t, SymId>> keyed;
  keyed.reserve(hashed.size());
  for (SymId id : hashed) keyed.push_back({gnu_hash(core.symbols[id].name), id});
  std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& x, const auto& y) {
    return x.first % gnu_nbuckets < y.first % gnu_nbuckets;
  });
  for (auto [h, id] : keyed) {
    aux[id].dynsym = static_cast<uint32_t>(dynsyms.size());
    aux[id].exported = true;
    DynSym d{id, true};
    d.hash = h;
    dynsyms.push_back(d);
  }
  // Names and versions.
  uint16_t next_version = 2;
  std::vector<int> verneed_of_lib(core.shared.size(), -1);
  for (size_t k = 1; k < dynsyms.size(); ++k) {
    DynSym& d = dynsyms[k];
    const link::GlobalSymbol& g = core.symbols[d.id];
    d.name = dynstr_add(std::string(g.name));
    d.version = VER_NDX_GLOBAL;
    if (g.state != link::SymState::Shared) continue;
    const link::SharedLibrary& lib = *core.shared[g.file].lib;
    uint16_t v = lib.symbols[g.index].version;
    if (!v) continue;
    auto key = std::make_pair(g.file, v);
    auto it = version_index.find(key);
    if (it == version_index.end()) {
      if (verneed_of_lib[g.file] < 0) {
        verneed_of_lib[g.file] = static_cast<int>(verneed.size());
        verneed.push_back({g.file, {}});
      }
      uint16_t ours = next_version++;
      verneed[verneed_of_lib[g.file]].versions.push_back({ours, lib.versions[v]});
      dynstr_add(lib.versions[v]);
      it = version_index.emplace(key, ours).first;
    }
    d.version = it->second;
  }
  // Verneed files in DT_NEEDED order.
  std::stable_sort(verneed.begin(), verneed.end(), [&](const VerneedFile& a, const VerneedFile& b) {
    return a.lib < b.lib;
  });
  for (auto& v : verneed) dynstr_add(core.shared[v.lib].lib->soname);
}

size_t ElfLinker::synth_dyn_relocs(bool emit) {
  std::vector<DynReloc> out;
  auto add = [&](uint64_t off, uint32_t type, uint32_t sym, int64_t addend) {
    out.push_back({off, type, sym, addend});
  };
  auto absolute_value = [&](SymId id) {
    const link::GlobalSymbol& g = core.symbols[id];
    if (g.state == link::SymState::Absolute) return true;
    if (g.state == link::SymState::Undefined || g.state == link::SymState::Lazy) return true;  // weak: 0
    if (g.state == link::SymState::Defined)
      return core.objects[g.file]->obj->symbols[g.index].section == obj::Symbol::kAbsolute;
    return false;
  };
  for (SymId id : got_syms) {
    uint64_t slot = got_addr(aux[id].got);
    if (preemptible(id)) add(slot, r_globdat, aux[id].dynsym, 0);
    else if (pic && !absolute_value(id)) add(slot, r_relative, 0, static_cast<int64_t>(global_value(id)));
  }
  for (const auto& l : local_got) {
    const link::InputObject& f = *core.objects[l.file];
    if (pic && f.obj->symbols[l.sym].section != obj::Symbol::kAbsolute)
      add(got_addr(local[l.file].got_slot.at(l.sym)), r_relative, 0, static_cast<int64_t>(local_value(f, l.sym)));
  }
  for (SymId id : ie_syms) {
    uint64_t slot = got_addr(aux[id].tls_ie);
    if (preemptible(id)) add(slot, r_tpoff, aux[id].dynsym, 0);
    else if (shared_out) add(slot, r_tpoff, 0, static_cast<int64_t>(dtp_offset(core.symbols[id].address)));
  }
  for (const auto& l : local_ie)
    add(got_addr(local[l.file].ie_slot.at(l.sym)), r_tpoff, 0,
        static_cast<int64_t>(dtp_offset(local_value(*core.objects[l.file], l.sym))));
  for (SymId id : gd_syms) {
    uint64_t slot = got_addr(aux[id].tls_gd);
    if (preemptible(id)) {
      add(slot, r_dtpmod, aux[id].dynsym, 0);
      add(slot + 8, r_dtpoff, aux[id].dynsym, 0);
    } else {
      add(slot, r_dtpmod, 0, 0);
    }
  }
  for (const auto& l : local_gd) add(got_addr(local[l.file].gd_slot.at(l.sym)), r_dtpmod, 0, 0);
  if (tls_ld_slot != kNone) add(got_addr(tls_ld_slot), r_dtpmod, 0, 0);
  for (SymId id : copy_syms) add(aux[id].copy_addr, r_copy, aux[id].dynsym, 0);
  size_t n = out.size();
  if (emit) rela_dyn_synth = std::move(out);
  else rela_dyn_synth.assign(n, DynReloc{});
  return n;
}

void ElfLinker::build_dynamic_entries() {
  auto find_out = [&](const char* name) -> const link::OutputSection* {
    for (const auto& os : outs)
      if (os.name == name && (os.format_flags & SHF_ALLOC)) return &os;
    return nullptr;
  };
  std::vector<Dyn> d;
  auto add = [&](int64_t tag, uint64_t val) { d.push_back({tag, val}); };
  for (const auto& n : needed) add(DT_NEEDED, dynstr_index.at(n));
  if (shared_out && !opt.soname.empty()) add(DT_SONAME, dynstr_index.at(opt.soname));
  if (!opt.rpaths.empty()) {
    std::string rp;
    for (const auto& r : opt.rpaths) rp += (rp.empty() ? "" : ":") + r;
    add(DT_RUNPATH, dynstr_index.at(rp));
  }
  auto defined_here = [&](const char* name) -> uint64_t {
    SymId id = core.symbols.find(name);
    if (!id) return 0;
    const link::GlobalSymbol& g = core.symbols[id];
    if (g.state != link::SymState::Defined || !core.defined_live(*core.objects[g.file], g.index)) return 0;
    return g.address ? g.address : 1;
  };
  if (defined_here("_init")) add(DT_INIT, core.symbols[core.symbols.find("_init")].address);
  if (defined_here("_fini")) add(DT_FINI, core.symbols[core.symbols.find("_fini")].address);
  if (!shared_out)
    if (auto* os = find_out(".preinit_array")) {
      add(DT_PREINIT_ARRAY, os->address);
      add(DT_PREINIT_ARRAYSZ, os->size);
    }
  if (auto* os = find_out(".init_array")) {
    add(DT_INIT_ARRAY, os->address);
    add(DT_INIT_ARRAYSZ, os->size);
  }
  if (auto* os = find_out(".fini_array")) {
    add(DT_FINI_ARRAY, os->address);
    add(DT_FINI_ARRAYSZ, os->size);
  }
  add(DT_GNU_HASH, synth_addr(Synth::GnuHash));
  add(DT_STRTAB, synth_addr(Synth::DynStr));
  add(DT_SYMTAB, synth_addr(Synth::DynSym));
  add(DT_STRSZ, dynstr.size());
  add(DT_SYMENT, 24);
  if (!shared_out && !is_static) add(DT_DEBUG, 0);
  uint32_t rd = out_of(Synth::RelaDyn);
  if (rd != kNone && rela_dyn_synth.size() + dynrel_objects) {
    add(DT_RELA, outs[rd].address);
    add(DT_RELASZ, 24 * (rela_dyn_synth.size() + dynrel_objects));
    add(DT_RELAENT, 24);
    add(DT_RELACOUNT, relative_count);
  }
  uint32_t rp = out_of(Synth::RelaPlt);
  if (out_of(Synth::GotPlt) != kNone) add(DT_PLTGOT, synth_addr(Synth::GotPlt));
  if (rp != kNone) {
    add(DT_PLTRELSZ, 24 * (plt_syms.size() + iplt_syms.size() + local_iplt.size()));
    add(DT_PLTREL, DT_RELA);
    add(DT_JMPREL, outs[rp].address);
  }
  if (!verneed.empty()) {
    add(DT_VERSYM, synth_addr(Synth::VerSym));
    add(DT_VERNEED, synth_addr(Synth::VerNeed));
    add(DT_VERNEEDNUM, verneed.size());
  }
  uint64_t flags = DF_BIND_NOW;
  if (static_tls) flags |= DF_STATIC_TLS;
  add(DT_FLAGS, flags);
  add(DT_FLAGS_1, DF_1_NOW | (pie ? uint64_t{DF_1_PIE} : uint64_t{0}));
  add(DT_NULL, 0);
  dynamic_entries = std::move(d);
}

void ElfLinker::write_dynamic_sections() {
  using B = ByteOrder<false>;
  auto at = [&](Synth s) -> uint8_t* {
    uint32_t o = out_of(s);
    return o == kNone ? nullptr : image.data() + outs[o].file_offset;
  };
  if (uint8_t* p = at(Synth::Interp)) std::memcpy(p, opt.dynamic_linker.c_str(), opt.dynamic_linker.size() + 1);
  if (uint8_t* p = at(Synth::DynStr)) std::memcpy(p, dynstr.data(), dynstr.size());
  if (uint8_t* p = at(Synth::DynSym)) {
    for (size_t k = 1; k < dynsyms.size(); ++k) {
      const DynSym& d = dynsyms[k];
      const link::GlobalSymbol& g = core.symbols[d.id];
      const SymAux& a = aux[d.id];
      Sym s;
      s.name = d.name;
      // A definition keeps its binding; an import is weak only when every
      // reference to it is.
      bool defined_here = g.state == link::SymState::Defined || g.state == link::SymState::Absolute ||
                          g.state == link::SymState::Synthetic;
      uint8_t bind = defined_here ? (g.weak ? STB_WEAK : STB_GLOBAL) : (g.strong_ref || a.copy ? STB_GLOBAL : STB_WEAK);
      bool ifunc = g.state == link::SymState::Defined && (g.flags & obj::kIndirectFunc);
      s.other = g.visibility == obj::SymbolVisibility::Protected ? STV_PROTECTED : STV_DEFAULT;
      if (g.state == link::SymState::Shared) {
        const link::SharedSymbol& ss = core.shared[g.file].lib->symbols[g.index];
        s.info = Sym::make_info(bind, image_symbol_type(ss.type, false));
        if (a.copy) {
          s.value = a.copy_addr;
          s.size = ss.size;
          link::InputObject& in = *core.objects[internal_file];
          (void)in;
          for (uint32_t o : sorted)
            if (outs[o].address <= a.copy_addr && a.copy_addr < outs[o].address + outs[o].size &&
                (outs[o].format_flags & SHF_ALLOC) && !oinfo[o].tbss) {
              s.shndx = static_cast<uint16_t>(outs[o].index);
              break;
            }
          s.info = Sym::make_info(STB_GLOBAL, STT_OBJECT);
        } else if (a.canonical_plt) {
          s.value = plt_addr(a.plt);
          s.size = ss.size;
        }
      } else if (d.defined) {
        s.info = Sym::make_info(bind, image_symbol_type(g.type, ifunc));
        s.value = g.address;
        s.size = g.size;
        s.shndx = SHN_ABS;
        if (g.state == link::SymState::Defined) {
          const link::InputObject& f = *core.objects[g.file];
          const obj::Symbol& os = f.obj->symbols[g.index];
          if (os.section != obj::Symbol::kAbsolute && section_in_output(f, os.section))
            s.shndx = static_cast<uint16_t>(outs[f.out[os.section - 1]].index);
          if (g.type == obj::SymbolType::Tls) s.value = g.address - tls_start;
        }
      } else {
        s.info = Sym::make_info(bind, image_symbol_type(g.type, false));
      }
      Elf64LE::put_sym(p + 24 * k, s);
    }
  }
  if (uint8_t* p = at(Synth::VerSym))
    for (size_t k = 0; k < dynsyms.size(); ++k) B::put16(p + 2 * k, k ? dynsyms[k].version : 0);
  if (uint8_t* p = at(Synth::VerNeed)) {
    size_t off = 0;
    for (size_t i = 0; i < verneed.size(); ++i) {
      const VerneedFile& v = verneed[i];
      Verneed vn;
      vn.version = VER_NEED_CURRENT;
      vn.cnt = static_cast<uint16_t>(v.versions.size());
      vn.file = dynstr_index.at(core.shared[v.lib].lib->soname);
      vn.aux = 16;
      vn.next = i + 1 < verneed.size() ? static_cast<uint32_t>(16 + 16 * v.versions.size()) : 0;
      Elf64LE::put_verneed(p + off, vn);
      for (size_t k = 0; k < v.versions.size(); ++k) {
        Vernaux va;
        va.hash = sysv_hash(v.versions[k].second);
        va.other = v.versions[k].first;
        va.name = dynstr_index.at(v.versions[k].second);
        va.next = k + 1 < v.versions.size() ? 16 : 0;
        Elf64LE::put_vernaux(p + off + 16 + 16 * k, va);
      }
      off += 16 + 16 * v.versions.size();
    }
  }
  if (uint8_t* p = at(Synth::GnuHash)) {
    uint32_t nhashed = static_cast<uint32_t>(dynsyms.size() - dynsym_first_hashed);
    B::put32(p, gnu_nbuckets);
    B::put32(p + 4, dynsym_first_hashed);
    B::put32(p + 8, gnu_bloom_words);
    B::put32(p + 12, gnu_shift);
    uint8_t* bloom = p + 16;
    uint8_t* buckets = bloom + 8 * gnu_bloom_words;
    uint8_t* chain = buckets + 4 * gnu_nbuckets;
    std::vector<uint64_t> words(gnu_bloom_words, 0);
    std::vector<uint32_t> bucket(gnu_nbuckets, 0);
    for (uint32_t k = 0; k < nhashed; ++k) {
      uint32_t idx = dynsym_first_hashed + k;
      uint32_t h = dynsyms[idx].hash;
      words[(h / 64) % gnu_bloom_words] |= (uint64_t{1} << (h % 64)) | (uint64_t{1} << ((h >> gnu_shift) % 64));
      uint32_t b = h % gnu_nbuckets;
      if (!bucket[b]) bucket[b] = idx;
      bool last = k + 1 == nhashed || dynsyms[idx + 1].hash % gnu_nbuckets != b;
      B::put32(chain + 4 * k, last ? (h | 1) : (h & ~1u));
    }
    for (uint32_t i = 0; i < gnu_bloom_words; ++i) B::put64(bloom + 8 * i, words[i]);
    for (uint32_t i = 0; i < gnu_nbuckets; ++i) B::put32(buckets + 4 * i, bucket[i]);
  }
  if (uint8_t* p = at(Synth::Dynamic))
    for (size_t k = 0; k < dynamic_entries.size(); ++k) Elf64LE::put_dyn(p + 16 * k, dynamic_entries[k]);
}

}  // namespace kit::elf
