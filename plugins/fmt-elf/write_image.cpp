// Writing an ELF image: the file header, program headers, section contents
// (input sections copied and relocated in parallel, synthetic ones built
// here), the static symbol table, section headers, and the build id.
//
// gABI 4 "ELF Header", "Sections", "Symbol Table"; gABI 5 "Program Header".
//  - e_type is ET_EXEC for a fixed-address executable, ET_DYN for a PIE or
//    a shared library; e_entry the entry symbol (0 for a library without
//    -e).
//  - .symtab lists local symbols first (sh_info: index of the first
//    global). Symbols with hidden or internal visibility become local in
//    the output, as the gABI requires of a linked image. A TLS symbol's
//    value is its offset in the TLS segment.
//  - The build id note (NT_GNU_BUILD_ID, owner "GNU") holds a digest of
//    the whole file computed with the note's descriptor zeroed, so equal
//    inputs give an equal id; "uuid" is derived from that digest too
//    (kit's outputs are deterministic, so a random one would break that).
//    The digest is computed over 1 MiB chunks whose hashes are hashed
//    again: the same bytes for any thread count.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "kit/atomic_file.hpp"
#include "link_context.hpp"

namespace kit::elf {

namespace {
uint64_t align_up(uint64_t v, uint64_t a) { return a <= 1 ? v : (v + a - 1) & ~(a - 1); }
uint8_t elf_visibility(obj::SymbolVisibility v) {
  switch (v) {
    case obj::SymbolVisibility::Hidden: return STV_HIDDEN;
    case obj::SymbolVisibility::Protected: return STV_PROTECTED;
    case obj::SymbolVisibility::Internal: return STV_INTERNAL;
    default: return STV_DEFAULT;
  }
}
}  // namespace

void ElfLinker::write_symtab(std::vector<uint8_t>& symtab, std::string& strtab, uint32_t& first_global) {
  std::vector<Sym> syms(1);
  strtab.assign(1, '\0');
  auto add_name = [&](std::string_view n) {
    uint32_t off = static_cast<uint32_t>(strtab.size());
    strtab.append(n);
    strtab.push_back('\0');
    return off;
  };
  uint32_t eo = out_of(Synth::EhFrame);
  auto shndx_of = [&](const link::InputObject& f, uint32_t sec) -> uint16_t {
    if (sec <= f.out.size() && f.out[sec - 1] != link::kNoOutput) return static_cast<uint16_t>(outs[f.out[sec - 1]].index);
    if (eo != kNone && f.section_name(sec) == ".eh_frame") return static_cast<uint16_t>(outs[eo].index);
    return 0;
  };
  // Locals of every object, in input order.
  for (const auto& fp : core.objects) {
    const link::InputObject& f = *fp;
    for (uint32_t i = 1; i < f.obj->symbols.size(); ++i) {
      const obj::Symbol& s = f.obj->symbols[i];
      if (s.binding != obj::Binding::Local || s.type == obj::SymbolType::Section || s.type == obj::SymbolType::File)
        continue;
      std::string_view n = f.obj->str(s.name);
      if (n.empty() || !s.defined()) continue;
      Sym e;
      if (s.section == obj::Symbol::kAbsolute) {
        e.shndx = SHN_ABS;
        e.value = s.value;
      } else {
        if (s.section > f.live.size() || !f.live[s.section - 1]) continue;
        e.shndx = shndx_of(f, s.section);
        if (!e.shndx) continue;
        e.value = local_value(f, i);
        if (s.type == obj::SymbolType::Tls) e.value -= tls_start;
      }
      e.name = add_name(n);
      e.info = Sym::make_info(STB_LOCAL, image_symbol_type(s.type, s.flags & obj::kIndirectFunc));
      e.size = s.size;
      syms.push_back(e);
    }
  }
  std::vector<Sym> globals;
  auto global_entry = [&](SymId id, Sym& e) -> bool {
    const link::GlobalSymbol& g = core.symbols[id];
    const SymAux& a = aux[id];
    e.other = elf_visibility(g.visibility);
    switch (g.state) {
      case link::SymState::Defined: {
        const link::InputObject& f = *core.objects[g.file];
        const obj::Symbol& s = f.obj->symbols[g.index];
        if (s.section == obj::Symbol::kAbsolute) {
          e.shndx = SHN_ABS;
        } else {
          if (!core.defined_live(f, g.index)) return false;
          e.shndx = shndx_of(f, s.section);
          if (!e.shndx) return false;
        }
        e.value = g.address;
        if (g.type == obj::SymbolType::Tls) e.value -= tls_start;
        e.size = g.size;
        e.info = Sym::make_info(g.weak ? STB_WEAK : STB_GLOBAL, image_symbol_type(g.type, g.flags & obj::kIndirectFunc));
        return true;
      }
      case link::SymState::Synthetic:
      case link::SymState::Absolute: {
        e.value = g.address;
        e.shndx = SHN_ABS;
        for (uint32_t o : sorted)
          if ((outs[o].format_flags & SHF_ALLOC) && !oinfo[o].tbss && outs[o].address <= g.address &&
              g.address <= outs[o].address + outs[o].size) {
            e.shndx = static_cast<uint16_t>(outs[o].index);
            if (g.address < outs[o].address + outs[o].size) break;
          }
        if (g.state == link::SymState::Absolute) e.shndx = SHN_ABS;
        e.info = Sym::make_info(STB_GLOBAL, STT_NOTYPE);
        return true;
      }
      case link::SymState::Shared: {
        const link::SharedSymbol& ss = core.shared[g.file].lib->symbols[g.index];
        e.info = Sym::make_info(g.weak ? STB_WEAK : STB_GLOBAL, image_symbol_type(ss.type, false));
        if (a.copy) {
          e.value = a.copy_addr;
          e.size = ss.size;
          for (uint32_t o : sorted)
            if ((outs[o].format_flags & SHF_ALLOC) && outs[o].address <= a.copy_addr &&
                a.copy_addr < outs[o].address + outs[o].size && !oinfo[o].tbss) {
              e.shndx = static_cast<uint16_t>(outs[o].index);
              break;
            }
        } else if (a.canonical_plt) {
          e.value = plt_addr(a.plt);
        }
        return g.referenced || a.copy;
      }
      case link::SymState::Undefined:
      case link::SymState::Lazy:
        if (!g.referenced) return false;
        e.info = Sym::make_info(g.strong_ref ? STB_GLOBAL : STB_WEAK, STT_NOTYPE);
        return true;
      default:
        return false;
    }
  };
  for (SymId id = 1; id < core.symbols.size(); ++id) {
    Sym e;
    if (!global_entry(id, e)) continue;
    const link::GlobalSymbol& g = core.symbols[id];
    e.name = add_name(g.name);
    bool hidden = g.visibility == obj::SymbolVisibility::Hidden || g.visibility == obj::SymbolVisibility::Internal;
    if (hidden && e.shndx != SHN_UNDEF) {
      e.info = Sym::make_info(STB_LOCAL, e.info & 0xf);
      syms.push_back(e);
    } else {
      globals.push_back(e);
    }
  }
  first_global = static_cast<uint32_t>(syms.size());
  syms.insert(syms.end(), globals.begin(), globals.end());
  symtab.resize(24 * syms.size());
  for (size_t i = 0; i < syms.size(); ++i) Elf64LE::put_sym(symtab.data() + 24 * i, syms[i]);
}

bool ElfLinker::write_image() {
  // Section numbers: address order, then the non-allocated sections.
  uint32_t idx = 1;
  for (uint32_t o : sorted) outs[o].index = idx++;
  uint32_t symtab_index = 0, strtab_index = 0;
  std::vector<uint8_t> symtab;
  std::string strtab;
  uint32_t first_global = 0;
  if (!opt.strip_all) {
    symtab_index = idx++;
    strtab_index = idx++;
    write_symtab(symtab, strtab, first_global);
  }
  uint32_t shstrtab_index = idx++;
  shnum = idx;

  std::string shstrtab(1, '\0');
  std::vector<uint32_t> name_off(outs.size());
  std::unordered_map<std::string, uint32_t> seen;
  auto shname = [&](const std::string& n) {
    auto it = seen.find(n);
    if (it != seen.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(shstrtab.size());
    shstrtab += n;
    shstrtab.push_back('\0');
    seen.emplace(n, off);
    return off;
  };
  for (uint32_t o : sorted) name_off[o] = shname(outs[o].name);
  uint32_t symtab_name = symtab_index ? shname(".symtab") : 0;
  uint32_t strtab_name = strtab_index ? shname(".strtab") : 0;
  uint32_t shstrtab_name = shname(".shstrtab");

  // Non-allocated sections follow the loaded part.
  uint64_t off = alloc_end_offset;
  for (uint32_t o : sorted) {
    if (oinfo[o].cls != SegClass::NonAlloc) continue;
    off = align_up(off, outs[o].align);
    outs[o].file_offset = off;
    outs[o].address = 0;
    if (!oinfo[o].nobits) off += outs[o].size;
  }
  uint64_t symtab_off = 0, strtab_off = 0;
  if (symtab_index) {
    off = align_up(off, 8);
    symtab_off = off;
    off += symtab.size();
    strtab_off = off;
    off += strtab.size();
  }
  uint64_t shstrtab_off = off;
  off += shstrtab.size();
  shoff = align_up(off, 8);
  file_size = shoff + 64ull * shnum;
  image.assign(file_size, 0);

  // Input sections: fill the code sections' gaps, then copy the members.
  for (uint32_t o : sorted) {
    const auto& os = outs[o];
    if (os.synthetic || oinfo[o].nobits) continue;
    if ((os.format_flags & SHF_EXECINSTR) && code_fill) std::memset(image.data() + os.file_offset, code_fill, os.size);
  }
  link::parallel_for(core.objects.size(), core.threads(), [&](size_t fi) {
    const link::InputObject& f = *core.objects[fi];
    for (uint32_t s = 1; s <= f.obj->sections.size(); ++s) {
      uint32_t o = f.out[s - 1];
      if (o == link::kNoOutput || !f.live[s - 1] || oinfo[o].nobits) continue;
      const obj::Section& sec = f.section(s);
      if (sec.data.empty()) continue;
      std::memcpy(image.data() + outs[o].file_offset + f.offset[s - 1], sec.data.data(), sec.data.size());
    }
  });
  write_eh_frame();

  // Relocations.
  synth_dyn_relocs(true);
  std::vector<std::vector<std::string>> errors(core.objects.size());
  link::parallel_for(core.objects.size(), core.threads(), [&](size_t fi) {
    try {
      apply_object_relocs(*core.objects[fi], errors[fi]);
    } catch (const Error& e) {
      errors[fi].push_back(e.what());
    }
  });
  unsigned shown = 0;
  for (const auto& v : errors)
    for (const auto& e : v) {
      if (++shown <= 20) diags.error({}, e);
    }
  if (shown > 20) diags.error({}, std::to_string(shown - 20) + " more relocation errors");
  if (shown) return false;

  using B = ByteOrder<false>;
  // .rela.dyn: synthetic entries first, then the objects' (already written);
  // RELATIVE ones are moved to the front for DT_RELACOUNT.
  if (uint32_t ro = out_of(Synth::RelaDyn); ro != kNone) {
    uint8_t* p = image.data() + outs[ro].file_offset;
    for (size_t k = 0; k < rela_dyn_synth.size(); ++k) {
      const DynReloc& d = rela_dyn_synth[k];
      B::put64(p + 24 * k, d.offset);
      B::put64(p + 24 * k + 8, (uint64_t{d.sym} << 32) | d.type);
      B::put64(p + 24 * k + 16, static_cast<uint64_t>(d.addend));
    }
    size_t n = outs[ro].size / 24;
    std::vector<uint8_t> rel, other;
    rel.reserve(n * 24);
    for (size_t k = 0; k < n; ++k) {
      uint32_t type = static_cast<uint32_t>(B::get64(p + 24 * k + 8));
      (type == r_relative ? rel : other).insert((type == r_relative ? rel : other).end(), p + 24 * k, p + 24 * k + 24);
    }
    relative_count = rel.size() / 24;
    std::memcpy(p, rel.data(), rel.size());
    if (!other.empty()) std::memcpy(p + rel.size(), other.data(), other.size());
  }

  // GOT
  bool exe = !shared_out;
  if (uint32_t go = out_of(Synth::Got); go != kNone) {
    uint8_t* p = image.data() + outs[go].file_offset;
    for (SymId id : got_syms)
      if (!preemptible(id)) B::put64(p + 8ull * aux[id].got, global_value(id));
    for (const auto& l : local_got)
      B::put64(p + 8ull * local[l.file].got_slot.at(l.sym), local_value(*core.objects[l.file], l.sym));
    for (SymId id : ie_syms)
      if (exe && !preemptible(id)) B::put64(p + 8ull * aux[id].tls_ie, tp_offset(core.symbols[id].address));
    for (SymId id : gd_syms)
      if (!preemptible(id)) B::put64(p + 8ull * aux[id].tls_gd + 8, dtp_offset(core.symbols[id].address));
    for (const auto& l : local_gd)
      B::put64(p + 8ull * local[l.file].gd_slot.at(l.sym) + 8, dtp_offset(local_value(*core.objects[l.file], l.sym)));
  }
  size_t niplt = iplt_syms.size() + local_iplt.size();
  auto resolver = [&](size_t k) -> uint64_t {
    if (k < iplt_syms.size()) return core.symbols[iplt_syms[k]].address;
    const LocalSlot& l = local_iplt[k - iplt_syms.size()];
    const link::InputObject& f = *core.objects[l.file];
    const obj::Symbol& s = f.obj->symbols[l.sym];
    return outs[f.out[s.section - 1]].address + f.offset[s.section - 1] + s.value;
  };
  if (uint32_t gp = out_of(Synth::GotPlt); gp != kNone) {
    uint8_t* p = image.data() + outs[gp].file_offset;
    B::put64(p, synth_addr(Synth::Dynamic));
    for (size_t k = 0; k < niplt; ++k) B::put64(p + 8 * (3 + plt_syms.size() + k), resolver(k));
  }
  if (uint32_t po = out_of(Synth::Plt); po != kNone) {
    uint8_t* p = image.data() + outs[po].file_offset;
    size_t es = arch.plt_entry_size();
    for (size_t i = 0; i < plt_syms.size(); ++i) arch.write_plt_entry(p + es * i, plt_addr(static_cast<uint32_t>(i)), gotplt_addr(3 + i));
    for (size_t k = 0; k < niplt; ++k)
      arch.write_plt_entry(p + es * (plt_syms.size() + k), iplt_addr(static_cast<uint32_t>(k)), iplt_slot_addr(static_cast<uint32_t>(k)));
  }
  auto put_rela = [&](uint8_t* p, uint64_t o, uint32_t type, uint32_t sym, int64_t a) {
    B::put64(p, o);
    B::put64(p + 8, (uint64_t{sym} << 32) | type);
    B::put64(p + 16, static_cast<uint64_t>(a));
  };
  if (uint32_t rp = out_of(Synth::RelaPlt); rp != kNone) {
    uint8_t* p = image.data() + outs[rp].file_offset;
    for (size_t i = 0; i < plt_syms.size(); ++i) put_rela(p + 24 * i, gotplt_addr(3 + i), r_jumpslot, aux[plt_syms[i]].dynsym, 0);
    for (size_t k = 0; k < niplt; ++k)
      put_rela(p + 24 * (plt_syms.size() + k), iplt_slot_addr(static_cast<uint32_t>(k)), r_irelative, 0,
               static_cast<int64_t>(resolver(k)));
  }
  if (uint32_t ri = out_of(Synth::RelaIplt); ri != kNone) {
    uint8_t* p = image.data() + outs[ri].file_offset;
    for (size_t k = 0; k < niplt; ++k)
      put_rela(p + 24 * k, iplt_slot_addr(static_cast<uint32_t>(k)), r_irelative, 0, static_cast<int64_t>(resolver(k)));
  }
  if (dynamic) {
    build_dynamic_entries();
    write_dynamic_sections();
  }
  write_eh_frame_hdr();

  // Build-id note header (the digest comes last).
  uint32_t bo = out_of(Synth::BuildId);
  size_t id_size = 0;
  if (bo != kNone) {
    uint8_t* p = image.data() + outs[bo].file_offset;
    id_size = outs[bo].size - 16;
    if (opt.build_id.rfind("0x", 0) == 0) id_size = (opt.build_id.size() - 2) / 2;
    B::put32(p, 4);
    B::put32(p + 4, static_cast<uint32_t>(id_size));
    B::put32(p + 8, NT_GNU_BUILD_ID);
    std::memcpy(p + 12, "GNU", 4);
  }

  // Headers.
  Ehdr eh;
  std::memcpy(eh.ident, kMagic, 4);
  eh.ident[EI_CLASS] = ELFCLASS64;
  eh.ident[EI_DATA] = ELFDATA2LSB;
  eh.ident[EI_VERSION] = EV_CURRENT;
  eh.ident[EI_OSABI] = niplt ? ELFOSABI_GNU : ELFOSABI_NONE;
  eh.type = pic ? ET_DYN : ET_EXEC;
  eh.machine = machine->machine;
  eh.version = EV_CURRENT;
  if (core.entry) eh.entry = global_value(core.entry);
  eh.phoff = 64;
  eh.shoff = shoff;
  for (const auto& fp : core.objects)
    if (fp->obj->format_flags) {
      eh.flags = static_cast<uint32_t>(fp->obj->format_flags);
      break;
    }
  eh.ehsize = 64;
  eh.phentsize = 56;
  eh.phnum = static_cast<uint16_t>(phdrs.size());
  eh.shentsize = 64;
  eh.shnum = static_cast<uint16_t>(shnum);
  eh.shstrndx = static_cast<uint16_t>(shstrtab_index);
  Elf64LE::put_ehdr(image.data(), eh);
  for (size_t i = 0; i < phdrs.size(); ++i) {
    Phdr ph;
    ph.type = phdrs[i].type;
    ph.flags = phdrs[i].flags;
    ph.offset = phdrs[i].offset;
    ph.vaddr = ph.paddr = phdrs[i].vaddr;
    ph.filesz = phdrs[i].filesz;
    ph.memsz = phdrs[i].memsz;
    ph.align = phdrs[i].align;
    Elf64LE::put_phdr(image.data() + 64 + 56 * i, ph);
  }
  auto index_of = [&](Synth s) -> uint32_t {
    uint32_t o = out_of(s);
    return o == kNone ? 0 : outs[o].index;
  };
  for (uint32_t o : sorted) {
    const auto& os = outs[o];
    Shdr sh;
    sh.name = name_off[o];
    sh.type = os.format_type;
    sh.flags = os.format_flags;
    if ((sh.flags & SHF_MERGE) && !os.entsize) sh.flags &= ~uint64_t{SHF_MERGE | SHF_STRINGS};
    sh.addr = os.address;
    sh.offset = os.file_offset;
    sh.size = os.size;
    sh.addralign = os.align;
    sh.entsize = oinfo[o].entsize ? oinfo[o].entsize : ((os.format_flags & SHF_MERGE) ? os.entsize : 0);
    switch (oinfo[o].synth) {
      case Synth::DynSym: sh.link = index_of(Synth::DynStr); sh.info = dynsym_first_hashed ? 1 : 0; break;
      case Synth::GnuHash: sh.link = index_of(Synth::DynSym); break;
      case Synth::VerSym: sh.link = index_of(Synth::DynSym); sh.entsize = 2; break;
      case Synth::VerNeed: sh.link = index_of(Synth::DynStr); sh.info = static_cast<uint32_t>(verneed.size()); break;
      case Synth::RelaDyn: sh.link = index_of(Synth::DynSym); break;
      case Synth::RelaPlt: sh.link = index_of(Synth::DynSym); sh.info = index_of(Synth::GotPlt); break;
      case Synth::RelaIplt: sh.link = symtab_index; sh.info = index_of(Synth::GotPlt); break;
      case Synth::Dynamic: sh.link = index_of(Synth::DynStr); break;
      default: break;
    }
    Elf64LE::put_shdr(image.data() + shoff + 64ull * os.index, sh);
  }
  if (symtab_index) {
    std::memcpy(image.data() + symtab_off, symtab.data(), symtab.size());
    std::memcpy(image.data() + strtab_off, strtab.data(), strtab.size());
    Shdr s;
    s.name = symtab_name;
    s.type = SHT_SYMTAB;
    s.offset = symtab_off;
    s.size = symtab.size();
    s.link = strtab_index;
    s.info = first_global;
    s.addralign = 8;
    s.entsize = 24;
    Elf64LE::put_shdr(image.data() + shoff + 64ull * symtab_index, s);
    Shdr t;
    t.name = strtab_name;
    t.type = SHT_STRTAB;
    t.offset = strtab_off;
    t.size = strtab.size();
    t.addralign = 1;
    Elf64LE::put_shdr(image.data() + shoff + 64ull * strtab_index, t);
  }
  std::memcpy(image.data() + shstrtab_off, shstrtab.data(), shstrtab.size());
  Shdr ss;
  ss.name = shstrtab_name;
  ss.type = SHT_STRTAB;
  ss.offset = shstrtab_off;
  ss.size = shstrtab.size();
  ss.addralign = 1;
  Elf64LE::put_shdr(image.data() + shoff + 64ull * shstrtab_index, ss);

  // Build id: a digest of the file (descriptor still zero).
  if (bo != kNone && id_size) {
    uint8_t* desc = image.data() + outs[bo].file_offset + 16;
    if (opt.build_id.rfind("0x", 0) == 0) {
      for (size_t i = 0; i < id_size; ++i) desc[i] = static_cast<uint8_t>(std::stoul(opt.build_id.substr(2 + 2 * i, 2), nullptr, 16));
    } else {
      const size_t chunk = 1 << 20;
      size_t nchunks = (image.size() + chunk - 1) / chunk;
      bool use_md5 = opt.build_id == "md5";
      size_t hl = use_md5 ? 16 : 20;
      std::vector<uint8_t> hashes(nchunks * hl);
      link::parallel_for(nchunks, core.threads(), [&](size_t c) {
        size_t b = c * chunk, n = std::min(chunk, image.size() - b);
        if (use_md5) md5(image.data() + b, n, hashes.data() + c * hl);
        else sha1(image.data() + b, n, hashes.data() + c * hl);
      });
      uint8_t digest[20];
      if (use_md5) md5(hashes.data(), hashes.size(), digest);
      else sha1(hashes.data(), hashes.size(), digest);
      if (opt.build_id == "uuid") {
        digest[6] = static_cast<uint8_t>((digest[6] & 0x0f) | 0x40);  // version 4 layout
        digest[8] = static_cast<uint8_t>((digest[8] & 0x3f) | 0x80);  // RFC 4122 variant
      }
      std::memcpy(desc, digest, std::min<size_t>(id_size, 20));
    }
  }
  return true;
}

bool ElfLinker::write_output_file() {
  std::error_code ec;
  auto st = std::filesystem::status(opt.output, ec);
  if (!ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st)) {
    // A device or pipe (-o /dev/null): written in place; renaming a
    // temporary over it would replace the device with a file.
    std::FILE* f = std::fopen(opt.output.c_str(), "wb");
    if (!f || std::fwrite(image.data(), 1, image.size(), f) != image.size()) {
      if (f) std::fclose(f);
      diags.error(SourceLoc{opt.output}, "cannot write the output");
      return false;
    }
    std::fclose(f);
  } else {
    AtomicFile out(opt.output);
    out.write(image);
    out.set_executable(true);
    out.commit();
  }
  if (!opt.map_file.empty()) {
    std::vector<link::OutputSection> ordered;
    ordered.reserve(sorted.size());
    for (uint32_t o : sorted) ordered.push_back(outs[o]);
    std::string extra = "\nDynamic relocations: " + std::to_string(relative_count) + " relative, " +
                        std::to_string(outs.empty() || out_of(Synth::RelaDyn) == kNone
                                           ? 0
                                           : outs[out_of(Synth::RelaDyn)].size / 24 - relative_count) +
                        " other; PLT entries: " + std::to_string(plt_syms.size()) +
                        "; IPLT entries: " + std::to_string(iplt_syms.size() + local_iplt.size()) +
                        "; GOT slots: " + std::to_string(got_count) + "\n";
    core.write_map(opt.map_file, ordered, extra);
  }
  return true;
}

}  // namespace kit::elf
