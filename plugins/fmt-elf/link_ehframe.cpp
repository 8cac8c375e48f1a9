// .eh_frame and .eh_frame_hdr: call-frame information for unwinding.
//
// Format: the LSB ("Exception Frames", .eh_frame) and DWARF 4 section
// 6.4.1. An .eh_frame section is a sequence of records, each a 4-byte
// length (0xffffffff: an 8-byte length follows) and an id: 0 marks a CIE
// (common information: augmentation string such as "zR" or "zPLR", code
// and data alignment, return column, and with 'z' an augmentation data
// block holding the personality routine 'P', the LSDA encoding 'L' and the
// FDE pointer encoding 'R'); anything else is an FDE, whose id is the
// distance back to its CIE, followed by the address of the function it
// covers (pc_begin, in the CIE's 'R' encoding, normally pcrel|sdata4), its
// length, and instructions. A zero length ends the list (crtend.o's
// __FRAME_END__).
//
// Why the linker looks inside: an input's .eh_frame holds one FDE per
// function, and with --gc-sections or COMDAT deduplication some of those
// functions are gone. Their FDEs are dropped (a stale FDE would name a
// bogus address and confuse the unwinder's search), the survivors are
// packed, and each FDE's CIE pointer is rewritten for the new distance.
// For --gc-sections an FDE is not a reason to keep a function alive; it is
// the other way round: a live function keeps its FDE's LSDA
// (.gcc_except_table) alive, and the CIEs keep the personality routines.
//
// .eh_frame_hdr (LSB, "The .eh_frame_hdr section"), found by the unwinder
// through PT_GNU_EH_FRAME: version 1, the encodings of eh_frame_ptr
// (pcrel|sdata4), fde_count (udata4) and the table (datarel|sdata4, relative
// to the header's start), then the table of (initial location, FDE address)
// pairs sorted by location for a binary search.
#include <algorithm>
#include <cstring>

#include "link_context.hpp"

namespace kit::elf {

namespace {

uint32_t rd32(const uint8_t* p) { return ByteOrder<false>::get32(p); }
uint64_t rd64(const uint8_t* p) { return ByteOrder<false>::get64(p); }

uint64_t uleb(const uint8_t*& p, const uint8_t* end) {
  uint64_t v = 0;
  int shift = 0;
  while (p < end) {
    uint8_t b = *p++;
    if (shift < 64) v |= uint64_t{b & 0x7fu} << shift;
    shift += 7;
    if (!(b & 0x80)) break;
  }
  return v;
}

// DW_EH_PE_* value formats (the low nibble).
size_t encoded_size(uint8_t enc) {
  switch (enc & 0x0f) {
    case 0x00: return 8;  // absptr (64-bit targets)
    case 0x02: case 0x0a: return 2;
    case 0x03: case 0x0b: return 4;
    case 0x04: case 0x0c: return 8;
    default: return 0;
  }
}

// The FDE pointer encoding of a CIE ('R' in the augmentation); absptr if none.
uint8_t cie_fde_encoding(const uint8_t* cie, size_t size) {
  const uint8_t* end = cie + size;
  const uint8_t* p = cie + 8;  // length, id
  if (p >= end) return 0;
  uint8_t version = *p++;
  const char* aug = reinterpret_cast<const char*>(p);
  size_t alen = strnlen(aug, static_cast<size_t>(end - p));
  p += alen + 1;
  if (alen && aug[0] != 'z') return 0;
  uleb(p, end);  // code alignment
  uleb(p, end);  // data alignment (sleb, same length)
  if (version == 1) ++p;
  else uleb(p, end);
  if (!alen) return 0;
  uleb(p, end);  // augmentation data length
  for (size_t i = 1; i < alen && p < end; ++i) {
    switch (aug[i]) {
      case 'P': {
        uint8_t e = *p++;
        p += encoded_size(e);
        break;
      }
      case 'L': ++p; break;
      case 'R': return *p;
      case 'S': case 'B': break;
      default: return 0;
    }
  }
  return 0;
}

}  // namespace

void ElfLinker::parse_eh_frames() {
  eh.assign(core.objects.size(), {});
  fdes_of.assign(core.objects.size(), {});
  std::vector<std::string> errors(core.objects.size());
  link::parallel_for(core.objects.size(), core.threads(), [&](size_t fi) {
    link::InputObject& f = *core.objects[fi];
    for (uint32_t s = 1; s <= f.obj->sections.size(); ++s) {
      if (!f.is_live(s) || f.section_name(s) != ".eh_frame") continue;
      const obj::Section& sec = f.section(s);
      if (!(sec.flags & obj::kAlloc)) continue;
      EhSection es;
      es.section = s;
      es.reloc_order.resize(sec.relocs.size());
      for (uint32_t k = 0; k < sec.relocs.size(); ++k) es.reloc_order[k] = k;
      std::stable_sort(es.reloc_order.begin(), es.reloc_order.end(),
                       [&](uint32_t a, uint32_t b) { return sec.relocs[a].offset < sec.relocs[b].offset; });
      const uint8_t* d = sec.data.data();
      uint64_t size = sec.data.size(), off = 0;
      size_t ri = 0;
      std::unordered_map<uint64_t, uint32_t> at;
      while (off + 4 <= size) {
        uint64_t len = rd32(d + off), hdr = 4;
        if (len == 0xffffffff) {
          if (off + 12 > size) break;
          len = rd64(d + off + 4);
          hdr = 12;
        }
        EhRecord r;
        r.in_off = static_cast<uint32_t>(off);
        if (len == 0) {  // terminator
          r.size = 4;
          r.is_cie = true;
          r.first_reloc = static_cast<uint32_t>(ri);
          es.records.push_back(r);
          break;
        }
        if (len > size - off - hdr || len < 4) {
          errors[fi] = describe(f, s, off) + ": malformed .eh_frame record (length " + std::to_string(len) + ")";
          return;
        }
        r.size = static_cast<uint32_t>(hdr + len);
        uint32_t id = rd32(d + off + hdr);
        r.is_cie = id == 0;
        if (!r.is_cie) {
          uint64_t cie_at = off + hdr - id;
          auto it = at.find(cie_at);
          if (id > off + hdr || it == at.end()) {
            errors[fi] = describe(f, s, off) + ": FDE names no CIE of its section";
            return;
          }
          r.cie = it->second;
        }
        while (ri < es.reloc_order.size() && sec.relocs[es.reloc_order[ri]].offset < off) ++ri;
        r.first_reloc = static_cast<uint32_t>(ri);
        while (ri < es.reloc_order.size() && sec.relocs[es.reloc_order[ri]].offset < off + r.size) ++ri;
        r.num_relocs = static_cast<uint32_t>(ri - r.first_reloc);
        at[off] = static_cast<uint32_t>(es.records.size());
        es.records.push_back(r);
        off += r.size;
      }
      uint32_t ei = static_cast<uint32_t>(eh[fi].size());
      for (uint32_t k = 0; k < es.records.size(); ++k) {
        const EhRecord& r = es.records[k];
        if (r.is_cie || !r.num_relocs) continue;
        const obj::Reloc& pc = sec.relocs[es.reloc_order[r.first_reloc]];
        if (pc.symbol >= f.sym.size() || f.sym[pc.symbol]) continue;
        const obj::Symbol& t = f.obj->symbols[pc.symbol];
        if (t.defined() && t.section != obj::Symbol::kAbsolute) fdes_of[fi][t.section].push_back({ei, k});
      }
      eh[fi].push_back(std::move(es));
    }
  });
  for (const auto& e : errors)
    if (!e.empty()) throw Error(e);
}

void ElfLinker::mark_dead_fdes() {
  eh_frame_size = 0;
  eh_fde_count = 0;
  for (size_t fi = 0; fi < eh.size(); ++fi) {
    const link::InputObject& f = *core.objects[fi];
    for (EhSection& es : eh[fi]) {
      const obj::Section& sec = f.section(es.section);
      if (!f.is_live(es.section)) {
        for (auto& r : es.records) r.live = false;
        continue;
      }
      for (EhRecord& r : es.records) {
        if (r.is_cie) continue;
        if (!r.num_relocs) continue;  // absolute pc_begin: keep
        const obj::Reloc& pc = sec.relocs[es.reloc_order[r.first_reloc]];
        if (pc.symbol >= f.sym.size()) continue;
        if (SymId id = f.sym[pc.symbol]) {
          const link::GlobalSymbol& g = core.symbols[id];
          if (g.state == link::SymState::Defined) {
            const obj::Symbol& d = core.objects[g.file]->obj->symbols[g.index];
            r.live = core.defined_live(*core.objects[g.file], g.index) || d.section == obj::Symbol::kAbsolute;
          } else {
            r.live = g.state != link::SymState::Undefined && g.state != link::SymState::Lazy;
          }
        } else {
          r.live = core.defined_live(f, pc.symbol);
        }
      }
      for (EhRecord& r : es.records) {
        if (!r.live) continue;
        r.out_off = eh_frame_size;
        eh_frame_size += r.size;
        if (!r.is_cie) ++eh_fde_count;
      }
    }
  }
}

void ElfLinker::write_eh_frame() {
  uint32_t o = out_of(Synth::EhFrame);
  if (o == kNone) return;
  const link::OutputSection& os = outs[o];
  uint8_t* base_ptr = image.data() + os.file_offset;
  link::parallel_for(eh.size(), core.threads(), [&](size_t fi) {
    link::InputObject& f = *core.objects[fi];
    for (const EhSection& es : eh[fi]) {
      const obj::Section& sec = f.section(es.section);
      for (const EhRecord& r : es.records) {
        if (!r.live) continue;
        std::memcpy(base_ptr + r.out_off, sec.data.data() + r.in_off, r.size);
        if (!r.is_cie) {
          const EhRecord& c = es.records[r.cie];
          uint32_t hdr = rd32(sec.data.data() + r.in_off) == 0xffffffff ? 12 : 4;
          ByteOrder<false>::put32(base_ptr + r.out_off + hdr,
                                  static_cast<uint32_t>(r.out_off + hdr - c.out_off));
        }
      }
    }
  });
}

void ElfLinker::write_eh_frame_hdr() {
  uint32_t ho = out_of(Synth::EhFrameHdr), eo = out_of(Synth::EhFrame);
  if (ho == kNone || eo == kNone) return;
  const link::OutputSection& hs = outs[ho];
  const link::OutputSection& es = outs[eo];
  const uint8_t* ef = image.data() + es.file_offset;
  struct Entry {
    int64_t pc;
    int64_t fde;
  };
  std::vector<Entry> table;
  table.reserve(eh_fde_count);
  uint64_t off = 0;
  std::unordered_map<uint64_t, uint8_t> enc_of;  // CIE offset -> FDE encoding
  while (off + 4 <= es.size) {
    uint64_t len = rd32(ef + off), hdr = 4;
    if (len == 0) break;
    if (len == 0xffffffff) {
      len = rd64(ef + off + 4);
      hdr = 12;
    }
    uint64_t size = hdr + len;
    if (off + size > es.size) break;
    uint32_t id = rd32(ef + off + hdr);
    if (id == 0) {
      enc_of[off] = cie_fde_encoding(ef + off + (hdr - 4), size - (hdr - 4));
    } else {
      uint64_t cie = off + hdr - id;
      uint8_t enc = enc_of.count(cie) ? enc_of[cie] : 0;
      const uint8_t* p = ef + off + hdr + 4;
      uint64_t field_addr = es.address + off + hdr + 4;
      int64_t v = 0;
      switch (enc & 0x0f) {
        case 0x00: case 0x04: case 0x0c: v = static_cast<int64_t>(rd64(p)); break;
        case 0x03: v = rd32(p); break;
        case 0x0b: v = static_cast<int32_t>(rd32(p)); break;
        case 0x02: v = ByteOrder<false>::get16(p); break;
        case 0x0a: v = static_cast<int16_t>(ByteOrder<false>::get16(p)); break;
      }
      if ((enc & 0x70) == 0x10) v += static_cast<int64_t>(field_addr);
      table.push_back({v - static_cast<int64_t>(hs.address), static_cast<int64_t>(es.address + off - hs.address)});
    }
    off += size;
  }
  std::stable_sort(table.begin(), table.end(), [](const Entry& a, const Entry& b) { return a.pc < b.pc; });
  uint8_t* h = image.data() + hs.file_offset;
  h[0] = 1;     // version
  h[1] = 0x1b;  // eh_frame_ptr: pcrel | sdata4
  h[2] = 0x03;  // fde_count: udata4
  h[3] = 0x3b;  // table: datarel | sdata4
  ByteOrder<false>::put32(h + 4, static_cast<uint32_t>(es.address - (hs.address + 4)));
  ByteOrder<false>::put32(h + 8, static_cast<uint32_t>(table.size()));
  for (size_t i = 0; i < table.size() && 12 + 8 * i + 8 <= hs.size; ++i) {
    ByteOrder<false>::put32(h + 12 + 8 * i, static_cast<uint32_t>(table[i].pc));
    ByteOrder<false>::put32(h + 16 + 8 * i, static_cast<uint32_t>(table[i].fde));
  }
}

}  // namespace kit::elf
