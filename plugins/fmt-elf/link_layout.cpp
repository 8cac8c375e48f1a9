// Output sections and the address space of an ELF image.
//
// Input sections are gathered into output sections by name, the way GNU
// ld's default script and lld do (.text.foo -> .text, .rodata.str1.1 ->
// .rodata, .data.rel.ro.x -> .data.rel.ro, .init_array.00100 ->
// .init_array sorted by priority, ...). Output sections are ordered into
// four runs, each its own PT_LOAD with one set of permissions (gABI 5
// "Program Header", "Segment Permissions"):
//
//   R   ELF header and program headers, .interp, notes, dynamic symbol and
//       relocation tables, read-only data, .eh_frame_hdr, .eh_frame
//   RX  .init, .plt, .text, .fini
//   RW  RELRO: .tdata/.tbss, init/fini arrays, .data.rel.ro, .dynamic, .got,
//       .got.plt (kit binds eagerly, so all of the GOT can be read-only
//       after relocation); PT_GNU_RELRO covers it, padded to a page end
//   RW  .data, .bss (commons and copy-relocated data at the end)
//
// Addresses and file offsets stay congruent modulo the page size (the
// loader maps whole pages), so a new segment starts on a new page in the
// address space but the file is not padded: the first page of a segment
// may also hold the tail of the previous one, mapped twice.
//
// TLS (PT_TLS): .tdata then .tbss, the block aligned to its largest
// alignment. .tbss takes no address space in its PT_LOAD (the loader makes
// one copy per thread elsewhere), so the sections after it overlap it.
// Thread-pointer offsets: variant II (x86-64) puts the block just below the
// thread pointer (offset = address - end of the aligned block); variant I
// (AArch64: after a 16-byte TCB; RISC-V: at the pointer) above it.
#include <algorithm>
#include <cstring>

#include "link_context.hpp"

namespace kit::elf {

namespace {

uint64_t align_up(uint64_t v, uint64_t a) { return a <= 1 ? v : (v + a - 1) & ~(a - 1); }
bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string output_name(std::string_view n) {
  static const char* const prefixes[] = {
      ".text", ".rodata", ".data.rel.ro", ".data", ".bss", ".tdata", ".tbss", ".init_array",
      ".fini_array", ".preinit_array", ".gcc_except_table", ".ctors", ".dtors", ".lrodata",
      ".ldata", ".lbss", ".sdata", ".sbss", ".tm_clone_table"};
  for (const char* p : prefixes) {
    std::string_view pv(p);
    if (n == pv || (starts_with(n, pv) && n.size() > pv.size() && n[pv.size()] == '.')) return std::string(pv);
  }
  return std::string(n);
}

// .init_array.NNNNN / .ctors.NNNNN priority (lower runs first); plain: after all.
uint32_t init_priority(std::string_view n) {
  size_t dot = n.rfind('.');
  if (dot == 0 || dot == std::string_view::npos) return 65536;
  std::string_view num = n.substr(dot + 1);
  if (num.empty() || num.size() > 5) return 65536;
  uint32_t v = 0;
  for (char c : num) {
    if (c < '0' || c > '9') return 65536;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  return v;
}

}  // namespace

uint64_t ElfLinker::plt_addr(uint32_t idx) const {
  return synth_addr(Synth::Plt) + arch.plt_entry_size() * idx;
}
uint64_t ElfLinker::iplt_addr(uint32_t idx) const {
  return synth_addr(Synth::Plt) + arch.plt_entry_size() * (plt_syms.size() + idx);
}
uint64_t ElfLinker::iplt_slot_addr(uint32_t idx) const { return gotplt_addr(3 + plt_syms.size() + idx); }

uint64_t ElfLinker::global_value(SymId id) const {
  const SymAux& a = aux[id];
  if (a.iplt != kNone) return iplt_addr(a.iplt);
  return core.symbols[id].address;
}

uint64_t ElfLinker::local_value(const link::InputObject& f, uint32_t sym) const {
  const obj::Symbol& s = f.obj->symbols[sym];
  if (s.section == obj::Symbol::kAbsolute) return s.value;
  if (!s.defined() || s.section > f.out.size()) return 0;
  if (f.out[s.section - 1] != link::kNoOutput) return outs[f.out[s.section - 1]].address + f.offset[s.section - 1] + s.value;
  // A symbol inside an .eh_frame section (crtbegin's __EH_FRAME_BEGIN__):
  // the address of the record it points into.
  uint32_t eo = out_of(Synth::EhFrame);
  if (eo != kNone && f.id < eh.size())
    for (const EhSection& es : eh[f.id]) {
      if (es.section != s.section) continue;
      for (const EhRecord& r : es.records)
        if (s.value >= r.in_off && s.value < r.in_off + r.size && r.live) return outs[eo].address + r.out_off + (s.value - r.in_off);
      return outs[eo].address + eh_frame_size;
    }
  return 0;
}

uint64_t ElfLinker::tp_offset(uint64_t addr) const {
  if (target.arch == "x86_64") return addr - tls_start - align_up(tls_memsz, tls_align);
  if (target.arch == "aarch64") return addr - tls_start + align_up(16, tls_align);
  return addr - tls_start;
}

void ElfLinker::create_output_sections() {
  std::unordered_map<std::string, uint32_t> by_name;
  auto classify = [&](uint32_t o) {
    link::OutputSection& os = outs[o];
    OutInfo& in = oinfo[o];
    const std::string& n = os.name;
    uint64_t fl = os.format_flags;
    bool alloc = fl & SHF_ALLOC, write = fl & SHF_WRITE, exec = fl & SHF_EXECINSTR, tls = fl & SHF_TLS;
    in.nobits = os.format_type == SHT_NOBITS;
    SegClass relro = opt.relro ? SegClass::Relro : SegClass::Write;
    if (!alloc) {
      in.cls = SegClass::NonAlloc;
      in.rank = 100;
    } else if (tls) {
      in.cls = relro;
      in.rank = in.nobits ? 31 : 30;
      in.tbss = in.nobits;
    } else if (exec) {
      in.cls = SegClass::Exec;
      in.rank = n == ".init" ? 20 : n == ".plt" ? 21 : n == ".text" ? 22 : n == ".fini" ? 25 : 23;
    } else if (write) {
      if (n == ".preinit_array") in.cls = relro, in.rank = 32;
      else if (n == ".init_array") in.cls = relro, in.rank = 33;
      else if (n == ".fini_array") in.cls = relro, in.rank = 34;
      else if (n == ".ctors" || n == ".dtors" || n == ".jcr") in.cls = relro, in.rank = 35;
      else if (n == ".data.rel.ro") in.cls = relro, in.rank = 37;
      else if (n == ".dynamic") in.cls = relro, in.rank = 39;
      else if (n == ".got") in.cls = relro, in.rank = 40;
      else if (n == ".got.plt") in.cls = relro, in.rank = 41;
      else if (in.nobits) in.cls = SegClass::Write, in.rank = n == ".bss" ? 60 : 61;
      else in.cls = SegClass::Write, in.rank = n == ".data" ? 50 : 51;
    } else {
      in.cls = SegClass::ReadOnly;
      if (n == ".interp") in.rank = 0;
      else if (os.format_type == SHT_NOTE) in.rank = 1;
      else if (n == ".gnu.hash") in.rank = 2;
      else if (n == ".dynsym") in.rank = 3;
      else if (n == ".dynstr") in.rank = 4;
      else if (n == ".gnu.version") in.rank = 5;
      else if (n == ".gnu.version_r") in.rank = 6;
      else if (n == ".rela.dyn") in.rank = 7;
      else if (n == ".rela.plt" || n == ".rela.iplt") in.rank = 8;
      else if (n == ".rodata") in.rank = 10;
      else if (n == ".eh_frame_hdr") in.rank = 12;
      else if (n == ".eh_frame") in.rank = 13;
      else if (n == ".gcc_except_table") in.rank = 14;
      else in.rank = 11;
    }
  };
  auto add_out = [&](const std::string& name, uint32_t type, uint64_t flags, uint64_t align) {
    uint32_t o = static_cast<uint32_t>(outs.size());
    link::OutputSection os;
    os.name = name;
    os.format_type = type;
    os.format_flags = flags;
    os.align = std::max<uint64_t>(1, align);
    outs.push_back(std::move(os));
    OutInfo in;
    in.order = o;
    oinfo.push_back(in);
    return o;
  };
  auto synth = [&](Synth kind, const std::string& name, uint32_t type, uint64_t flags, uint64_t align,
                   uint64_t entsize = 0) {
    uint32_t o = add_out(name, type, flags, align);
    outs[o].synthetic = true;
    oinfo[o].synth = kind;
    oinfo[o].entsize = entsize;
    synth_out[kind] = o;
    classify(o);
    return o;
  };

  bool strip_debug = opt.strip_all;
  for (auto& fp : core.objects) {
    link::InputObject& f = *fp;
    for (uint32_t s = 1; s <= f.obj->sections.size(); ++s) {
      if (!f.is_live(s)) continue;
      const obj::Section& sec = f.section(s);
      std::string_view n = f.section_name(s);
      if (sec.format_flags & SHF_EXCLUDE) continue;
      if (n == ".eh_frame" && (sec.flags & obj::kAlloc)) continue;  // synthetic, from records
      if (n == ".note.GNU-stack" || n == ".note.gnu.property") continue;
      if (sec.format_type == SHT_NULL || sec.format_type == SHT_GNU_versym ||
          sec.format_type == SHT_GNU_verdef || sec.format_type == SHT_GNU_verneed ||
          sec.format_type == SHT_DYNAMIC || sec.format_type == SHT_DYNSYM || sec.format_type == SHT_HASH ||
          sec.format_type == SHT_GNU_HASH)
        continue;
      if (strip_debug && !(sec.flags & obj::kAlloc) && starts_with(n, ".debug")) continue;
      if (!(sec.flags & obj::kAlloc) && (sec.format_type == SHT_STRTAB || sec.format_type == SHT_SYMTAB)) continue;
      std::string name = output_name(n);
      uint64_t flags = sec.format_flags & (SHF_WRITE | SHF_ALLOC | SHF_EXECINSTR | SHF_TLS | SHF_MERGE | SHF_STRINGS);
      auto it = by_name.find(name);
      uint32_t o;
      if (it == by_name.end()) {
        uint32_t type = sec.format_type;
        if (type == SHT_X86_64_UNWIND) type = SHT_PROGBITS;
        o = add_out(name, type, flags, sec.align);
        outs[o].entsize = sec.entsize;
        by_name.emplace(name, o);
      } else {
        o = it->second;
        link::OutputSection& os = outs[o];
        if (os.format_type == SHT_NOBITS && sec.format_type != SHT_NOBITS) os.format_type = SHT_PROGBITS;
        if ((os.format_flags & SHF_MERGE) && (os.entsize != sec.entsize || !(flags & SHF_MERGE))) os.entsize = 0;
        os.format_flags = (os.format_flags & ~(SHF_MERGE | SHF_STRINGS)) | (flags & os.format_flags & (SHF_MERGE | SHF_STRINGS)) |
                          (flags & (SHF_WRITE | SHF_ALLOC | SHF_EXECINSTR | SHF_TLS));
      }
      outs[o].members.push_back({f.id, s});
    }
  }
  for (uint32_t o = 0; o < outs.size(); ++o) {
    classify(o);
    const std::string& n = outs[o].name;
    if (n == ".init_array" || n == ".fini_array" || n == ".preinit_array" || n == ".ctors" || n == ".dtors") {
      auto& m = outs[o].members;
      std::stable_sort(m.begin(), m.end(), [&](const link::SectionRef& a, const link::SectionRef& b) {
        return init_priority(core.objects[a.file]->section_name(a.section)) <
               init_priority(core.objects[b.file]->section_name(b.section));
      });
    }
  }

  // Synthetic sections.
  const uint64_t A = SHF_ALLOC;
  bool interp = dynamic && !is_static && !shared_out && !opt.dynamic_linker.empty();
  if (interp) synth(Synth::Interp, ".interp", SHT_PROGBITS, A, 1);
  if (!opt.build_id.empty()) synth(Synth::BuildId, ".note.gnu.build-id", SHT_NOTE, A, 4);
  size_t niplt = iplt_syms.size() + local_iplt.size();
  if (dynamic) {
    synth(Synth::GnuHash, ".gnu.hash", SHT_GNU_HASH, A, 8);
    synth(Synth::DynSym, ".dynsym", SHT_DYNSYM, A, 8, 24);
    synth(Synth::DynStr, ".dynstr", SHT_STRTAB, A, 1);
    if (!verneed.empty()) {
      synth(Synth::VerSym, ".gnu.version", SHT_GNU_versym, A, 2, 2);
      synth(Synth::VerNeed, ".gnu.version_r", SHT_GNU_verneed, A, 8);
    }
    synth(Synth::RelaDyn, ".rela.dyn", SHT_RELA, A, 8, 24);
    if (!plt_syms.empty() || niplt) synth(Synth::RelaPlt, ".rela.plt", SHT_RELA, A | SHF_INFO_LINK, 8, 24);
    synth(Synth::Dynamic, ".dynamic", SHT_DYNAMIC, A | SHF_WRITE, 8, 16);
  } else if (niplt) {
    synth(Synth::RelaIplt, ".rela.iplt", SHT_RELA, A | SHF_INFO_LINK, 8, 24);
  }
  if (!plt_syms.empty() || niplt) synth(Synth::Plt, ".plt", SHT_PROGBITS, A | SHF_EXECINSTR, 16, arch.plt_entry_size());
  if (got_count) synth(Synth::Got, ".got", SHT_PROGBITS, A | SHF_WRITE, 8, 8);
  if (dynamic || !plt_syms.empty() || niplt || need_got_base)
    synth(Synth::GotPlt, ".got.plt", SHT_PROGBITS, A | SHF_WRITE, 8, 8);
  if (eh_frame_size) {
    synth(Synth::EhFrame, ".eh_frame", SHT_PROGBITS, A, 8);
    if (opt.eh_frame_hdr && eh_fde_count) synth(Synth::EhFrameHdr, ".eh_frame_hdr", SHT_PROGBITS, A, 4);
  }
}

void ElfLinker::size_synthetic() {
  size_t niplt = iplt_syms.size() + local_iplt.size();
  for (uint32_t o = 0; o < outs.size(); ++o) {
    link::OutputSection& os = outs[o];
    switch (oinfo[o].synth) {
      case Synth::Interp: os.size = opt.dynamic_linker.size() + 1; break;
      case Synth::BuildId: {
        size_t n = 20;
        if (opt.build_id == "md5" || opt.build_id == "uuid") n = 16;
        else if (opt.build_id == "fast") n = 8;
        else if (opt.build_id.rfind("0x", 0) == 0) n = (opt.build_id.size() - 2) / 2;
        os.size = 16 + align_up(n, 4);
        break;
      }
      case Synth::GnuHash:
        os.size = 16 + 8ull * gnu_bloom_words + 4ull * gnu_nbuckets + 4ull * (dynsyms.size() - dynsym_first_hashed);
        break;
      case Synth::DynSym: os.size = 24 * dynsyms.size(); break;
      case Synth::DynStr: os.size = dynstr.size(); break;
      case Synth::VerSym: os.size = 2 * dynsyms.size(); break;
      case Synth::VerNeed: {
        uint64_t n = 0;
        for (const auto& v : verneed) n += 16 + 16 * v.versions.size();
        os.size = n;
        break;
      }
      case Synth::RelaDyn: os.size = 24 * (rela_dyn_synth.size() + dynrel_objects); break;
      case Synth::RelaPlt: os.size = 24 * (plt_syms.size() + niplt); break;
      case Synth::RelaIplt: os.size = 24 * niplt; break;
      case Synth::Plt: os.size = arch.plt_entry_size() * (plt_syms.size() + niplt); break;
      case Synth::Got: os.size = 8ull * got_count; break;
      case Synth::GotPlt: os.size = 8 * (3 + plt_syms.size() + niplt); break;
      case Synth::Dynamic: os.size = 16 * dynamic_entries.size(); break;
      case Synth::EhFrame: os.size = eh_frame_size; break;
      case Synth::EhFrameHdr: os.size = 12 + 8ull * eh_fde_count; break;
      default: break;
    }
  }
  if (dynamic && out_of(Synth::RelaDyn) != kNone && outs[out_of(Synth::RelaDyn)].size == 0) {
    // Keep the section (DT_RELA may still be wanted by tools) but empty.
  }
}

void ElfLinker::layout() {
  // Regular output sections: place their members.
  for (uint32_t o = 0; o < outs.size(); ++o)
    if (!outs[o].synthetic) core.place_members(outs[o], o);
  // The TLS block starts at its strictest alignment.
  uint64_t tls_max = 1;
  for (uint32_t o = 0; o < outs.size(); ++o)
    if (outs[o].format_flags & SHF_TLS) tls_max = std::max(tls_max, outs[o].align);
  for (uint32_t o = 0; o < outs.size(); ++o)
    if (outs[o].format_flags & SHF_TLS) outs[o].align = tls_max;

  sorted.resize(outs.size());
  for (uint32_t i = 0; i < outs.size(); ++i) sorted[i] = i;
  std::stable_sort(sorted.begin(), sorted.end(), [&](uint32_t a, uint32_t b) {
    const OutInfo& x = oinfo[a];
    const OutInfo& y = oinfo[b];
    if (x.cls != y.cls) return x.cls < y.cls;
    if (x.rank != y.rank) return x.rank < y.rank;
    return x.order < y.order;
  });

  // Program headers: decided from which sections exist.
  bool has[6] = {};
  for (uint32_t o : sorted) has[static_cast<int>(oinfo[o].cls)] = true;
  bool interp = out_of(Synth::Interp) != kNone;
  bool tls = false;
  size_t notes = 0;
  for (uint32_t o : sorted) {
    if (outs[o].format_flags & SHF_TLS) tls = true;
    if (oinfo[o].cls != SegClass::NonAlloc && outs[o].format_type == SHT_NOTE) ++notes;
  }
  phdrs.clear();
  auto add = [&](uint32_t type, uint32_t flags) {
    Segment s;
    s.type = type;
    s.flags = flags;
    phdrs.push_back(s);
    return phdrs.size() - 1;
  };
  size_t ph_phdr = interp ? add(PT_PHDR, PF_R) : kNone;
  size_t ph_interp = interp ? add(PT_INTERP, PF_R) : kNone;
  size_t ph_load[5] = {kNone, kNone, kNone, kNone, kNone};
  ph_load[1] = add(PT_LOAD, PF_R);
  if (has[2]) ph_load[2] = add(PT_LOAD, PF_R | PF_X);
  if (has[3]) ph_load[3] = add(PT_LOAD, PF_R | PF_W);
  if (has[4]) ph_load[4] = add(PT_LOAD, PF_R | PF_W);
  size_t ph_dynamic = out_of(Synth::Dynamic) != kNone ? add(PT_DYNAMIC, PF_R | PF_W) : kNone;
  std::vector<size_t> ph_notes;
  for (size_t i = 0; i < notes; ++i) ph_notes.push_back(add(PT_NOTE, PF_R));
  size_t ph_tls = tls ? add(PT_TLS, PF_R) : kNone;
  size_t ph_eh = out_of(Synth::EhFrameHdr) != kNone ? add(PT_GNU_EH_FRAME, PF_R) : kNone;
  size_t ph_stack = add(PT_GNU_STACK, PF_R | PF_W | (opt.exec_stack ? uint32_t{PF_X} : 0u));
  size_t ph_relro = (opt.relro && has[3]) ? add(PT_GNU_RELRO, PF_R) : kNone;

  const uint64_t hdr = 64 + 56 * phdrs.size();
  uint64_t off = hdr, va = base + hdr;
  int cur = 1;
  Segment* seg = &phdrs[ph_load[1]];
  seg->offset = 0;
  seg->vaddr = base;
  uint64_t seg_file_end = hdr;
  uint64_t relro_start = 0, relro_off = 0, relro_end = 0;
  tls_start = 0;
  tls_memsz = 0;
  tls_align = tls_max;
  uint64_t tls_file_off = 0, tls_filesz = 0;
  bool tls_seen = false;
  // The RELRO part ends on a page boundary (the loader protects whole
  // pages, rounding the end down): zero bytes in the file up to it.
  auto pad_relro = [&] {
    relro_end = align_up(va, page);
    off += relro_end - va;
    va = relro_end;
    seg_file_end = off;
  };
  auto close = [&] {
    seg->filesz = seg_file_end - seg->offset;
    seg->memsz = va - seg->vaddr;
    seg->align = page;
  };
  for (uint32_t o : sorted) {
    OutInfo& in = oinfo[o];
    if (in.cls == SegClass::NonAlloc) continue;
    int c = static_cast<int>(in.cls);
    link::OutputSection& os = outs[o];
    if (c != cur) {
      if (cur == 3) pad_relro();
      close();
      cur = c;
      seg = &phdrs[ph_load[c]];
      va = align_up(va, page) + (off & (page - 1));
      seg->offset = off;
      seg->vaddr = va;
      seg_file_end = off;
      if (c == 3) {
        relro_start = va;
        relro_off = off;
      }
    }
    if (in.tbss) {
      uint64_t a = align_up(va, os.align);
      os.address = a;
      os.file_offset = off;
      if (!tls_seen) {
        tls_start = a;
        tls_file_off = off;
        tls_seen = true;
      }
      tls_memsz = a + os.size - tls_start;
      continue;
    }
    uint64_t nva = align_up(va, os.align);
    // NOBITS sections come last in their segment and occupy no file bytes;
    // their nominal offset is where the file part ends.
    if (!in.nobits) off += nva - va;
    va = nva;
    os.address = va;
    os.file_offset = off;
    if (os.format_flags & SHF_TLS) {
      if (!tls_seen) {
        tls_start = va;
        tls_file_off = off;
        tls_seen = true;
      }
      tls_memsz = va + os.size - tls_start;
      tls_filesz = off + os.size - tls_file_off;
    }
    va += os.size;
    if (!in.nobits) {
      off += os.size;
      seg_file_end = off;
    }
  }
  if (cur == 3) pad_relro();
  close();
  alloc_end_offset = off;

  // Fill in the other program headers.
  auto cover = [&](size_t ph, uint32_t o) {
    Segment& s = phdrs[ph];
    s.offset = outs[o].file_offset;
    s.vaddr = outs[o].address;
    s.filesz = oinfo[o].nobits ? 0 : outs[o].size;
    s.memsz = outs[o].size;
    s.align = outs[o].align;
  };
  if (ph_phdr != kNone) {
    Segment& s = phdrs[ph_phdr];
    s.offset = 64;
    s.vaddr = base + 64;
    s.filesz = s.memsz = 56 * phdrs.size();
    s.align = 8;
  }
  if (ph_interp != kNone) cover(ph_interp, out_of(Synth::Interp));
  if (ph_dynamic != kNone) cover(ph_dynamic, out_of(Synth::Dynamic));
  size_t ni = 0;
  for (uint32_t o : sorted)
    if (oinfo[o].cls != SegClass::NonAlloc && outs[o].format_type == SHT_NOTE) cover(ph_notes[ni++], o);
  if (ph_tls != kNone) {
    Segment& s = phdrs[ph_tls];
    s.offset = tls_file_off;
    s.vaddr = tls_start;
    s.filesz = tls_filesz;
    s.memsz = tls_memsz;
    s.align = tls_align;
  }
  if (ph_eh != kNone) cover(ph_eh, out_of(Synth::EhFrameHdr));
  phdrs[ph_stack].align = 16;
  if (ph_relro != kNone) {
    Segment& s = phdrs[ph_relro];
    s.offset = relro_off;
    s.vaddr = relro_start;
    s.filesz = s.memsz = relro_end - relro_start;
    s.align = 1;
  }
}

void ElfLinker::assign_symbol_addresses() {
  // Copy-relocated data: the internal object's sections.
  link::InputObject& in = *core.objects[internal_file];
  for (SymId id = 1; id < core.symbols.size(); ++id) {
    SymAux& a = aux[id];
    if (a.copy) {
      uint32_t sec = static_cast<uint32_t>(a.copy_addr);
      a.copy_addr = outs[in.out[sec - 1]].address + in.offset[sec - 1];
    }
  }
  auto out_bounds = [&](const std::string& name, bool end) -> uint64_t {
    for (const auto& os : outs)
      if (os.name == name && (os.format_flags & SHF_ALLOC)) return end ? os.address + os.size : os.address;
    return base;
  };
  uint64_t end = base, edata = base, etext = base, bss = 0;
  for (uint32_t o : sorted) {
    const auto& os = outs[o];
    if (!(os.format_flags & SHF_ALLOC) || oinfo[o].tbss) continue;
    end = std::max(end, os.address + os.size);
    if (!oinfo[o].nobits) edata = std::max(edata, os.address + os.size);
    if (os.format_flags & SHF_EXECINSTR) etext = std::max(etext, os.address + os.size);
    if (os.name == ".bss" && !bss) bss = os.address;
  }
  if (!bss) bss = edata;

  link::parallel_for(core.symbols.size(), core.threads() > 1 && core.symbols.size() > 65536 ? core.threads() : 1,
                     [&](size_t i) {
    if (!i) return;
    link::GlobalSymbol& g = core.symbols[i];
    SymAux& a = aux[i];
    switch (g.state) {
      case link::SymState::Defined:
        g.address = core.symbol_address(*core.objects[g.file], g.index, outs);
        if (!core.objects[g.file]->out.empty()) {
          const obj::Symbol& s = core.objects[g.file]->obj->symbols[g.index];
          if (s.section != obj::Symbol::kAbsolute && s.defined() && !section_in_output(*core.objects[g.file], s.section))
            g.address = local_value(*core.objects[g.file], g.index);
        }
        break;
      case link::SymState::Absolute:
        g.address = g.value;
        break;
      case link::SymState::Shared:
        g.address = a.copy ? a.copy_addr : (a.canonical_plt ? plt_addr(a.plt) : 0);
        break;
      default:
        g.address = 0;
        break;
    }
  });
  for (const LinkerSym& ls : linker_syms) {
    uint64_t v = 0;
    switch (ls.how) {
      case Defined::EhdrStart:
      case Defined::ExecStart: v = base; break;
      case Defined::Got:
        v = synth_addr(Synth::GotPlt) ? synth_addr(Synth::GotPlt) : synth_addr(Synth::Got);
        if (!v) v = base;
        break;
      case Defined::Dynamic: v = synth_addr(Synth::Dynamic); break;
      case Defined::InitStart: v = out_bounds(".init_array", false); break;
      case Defined::InitEnd: v = out_bounds(".init_array", true); break;
      case Defined::FiniStart: v = out_bounds(".fini_array", false); break;
      case Defined::FiniEnd: v = out_bounds(".fini_array", true); break;
      case Defined::PreinitStart: v = out_bounds(".preinit_array", false); break;
      case Defined::PreinitEnd: v = out_bounds(".preinit_array", true); break;
      case Defined::End: v = end; break;
      case Defined::Edata: v = edata; break;
      case Defined::BssStart: v = bss; break;
      case Defined::Etext: v = etext; break;
      case Defined::RelaIpltStart: v = out_bounds(".rela.iplt", false); break;
      case Defined::RelaIpltEnd: v = out_bounds(".rela.iplt", true); break;
      case Defined::SectionStart: v = out_bounds(ls.section, false); break;
      case Defined::SectionStop: v = out_bounds(ls.section, true); break;
      case Defined::EhFrameHdr: v = synth_addr(Synth::EhFrameHdr); break;
      case Defined::TlsModuleBase: v = tls_start; break;
      case Defined::DsoHandle: v = base; break;
    }
    core.symbols[ls.id].address = v;
  }
  for (const auto& al : core.aliases) core.symbols[al.name].address = global_value(al.target) + al.addend;
}

}  // namespace kit::elf
