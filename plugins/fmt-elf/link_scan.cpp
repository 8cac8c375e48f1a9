// What each relocation needs from the image, decided before layout.
//
// The arch plugin's table gives every relocation kind a role (kit/arch.hpp);
// this file turns role + symbol + kind of output into one of
//   Static    the value is known at link time (perhaps through a GOT slot
//             or PLT entry this scan asks for);
//   Relative  a position-independent output: the link-time address plus a
//             R_*_RELATIVE dynamic relocation so the loader adds the base;
//   Symbolic  the symbol is preemptible (lives in, or may be overridden by,
//             another module): a dynamic relocation naming it;
// or an error naming the relocation, the symbol and the fix.
//
// gABI 5 "Dynamic Linking" and the psABI's "Relocation Types"; the choices
// follow what GNU ld and lld do for executables:
//  - a call to a function in a shared library goes through a PLT entry
//    (psABI "Procedure Linkage Table"); kit binds those eagerly (DT_BIND_NOW),
//    so an entry is one indirect jump through its .got.plt slot;
//  - non-PIC code that takes the address of such a function makes the PLT
//    entry the function's address everywhere ("canonical PLT": the dynamic
//    symbol gets that value so other modules agree);
//  - non-PIC (and, on x86-64, PIE) code that reads data of a shared library
//    directly gets a copy of the data in this image and a COPY relocation;
//    the library's own references then bind to the copy;
//  - an IFUNC bound in this image: calls and address-taking go through an
//    .iplt entry whose slot an IRELATIVE relocation fills with the
//    resolver's answer at startup;
//  - TLS in an executable is relaxed (GD/LD -> LE, IE -> LE for local
//    symbols, GD -> IE otherwise); a shared library keeps GD/LD/IE slots
//    with DTPMOD/DTPOFF/TPOFF dynamic relocations.
#include <algorithm>

#include "link_context.hpp"

namespace kit::elf {

namespace {

enum class Action : uint8_t { Static, Relative, Symbolic, Skip, Error };

struct Plan {
  Action action = Action::Static;
  uint16_t needs = 0;   // NeedBits for the global symbol
  uint8_t local = 0;    // 1 got, 2 iplt, 3 tls_gd, 4 tls_ie (local symbol needs)
  bool ld = false;      // the module's LD slot
  bool got_base = false;
  bool static_tls = false;
  std::string error;
};

}  // namespace

// Decides one relocation. Pure: the scan and the writer call it with the
// same facts and get the same answer.
struct Planner {
  const ElfLinker& L;
  Plan operator()(const link::InputObject& f, const obj::Section& sec, const obj::Reloc& r,
                  const RelocKindInfo& info) const {
    using R = RelocKindInfo;
    Plan p;
    SymId gid = r.symbol < f.sym.size() ? f.sym[r.symbol] : 0;
    const obj::Symbol& s = f.obj->symbols[r.symbol];
    const bool writable = sec.flags & obj::kWrite;
    const bool alloc = sec.flags & obj::kAlloc;
    const bool abs_ptr = !info.pc_relative && info.size == L.target.pointer_size();
    const bool exe = !L.shared_out;
    if (!alloc) return p;  // debug info: link-time values only

    const link::GlobalSymbol* g = gid ? &L.core.symbols[gid] : nullptr;
    bool preempt = gid && L.preemptible(gid);
    bool ifunc = gid ? L.is_ifunc_here(gid) : (s.flags & obj::kIndirectFunc) != 0;
    bool undef = gid && L.undefined_weak(gid);
    bool absolute = gid ? (g->state == link::SymState::Absolute ||
                           (g->state == link::SymState::Defined &&
                            L.core.objects[g->file]->obj->symbols[g->index].section == obj::Symbol::kAbsolute))
                        : s.section == obj::Symbol::kAbsolute;
    auto name = [&] { return gid ? std::string(g->name) : L.sym_name(f, r.symbol); };
    auto fail = [&](const std::string& why) {
      p.action = Action::Error;
      p.error = why;
      return p;
    };
    // An address in a position-independent image: a dynamic relocation
    // for pointer-sized absolute fields, an error for narrower ones.
    auto address_in_pic = [&]() -> Plan {
      if (!L.pic || info.pc_relative || absolute || undef) return p;
      if (!abs_ptr)
        return fail(std::string("relocation ") + info.name + " against '" + name() + "' cannot be used when making a " +
                    (L.shared_out ? "shared object" : "PIE executable") + "; recompile with -fPIC");
      if (!writable)
        return fail(std::string("relocation ") + info.name + " against '" + name() + "' in read-only section '" +
                    std::string(f.obj->str(sec.name)) + "' would need a text relocation; recompile with -fPIC");
      p.action = Action::Relative;
      return p;
    };

    switch (info.role) {
      case R::Marker:
        p.action = Action::Skip;
        return p;
      case R::Plain:
        if (ifunc) {
          if (gid) p.needs |= kNeedIplt;
          else p.local = 2;
          return address_in_pic();
        }
        if (preempt) {
          if (abs_ptr && (writable || !exe)) {
            if (!writable)
              return fail(std::string("relocation ") + info.name + " against '" + name() + "' in read-only section '" +
                          std::string(f.obj->str(sec.name)) + "' would need a text relocation; recompile with -fPIC");
            p.action = Action::Symbolic;
            p.needs |= kNeedDynsym;
            return p;
          }
          if (!exe || g->state != link::SymState::Shared)
            return fail(std::string("relocation ") + info.name + " against symbol '" + name() +
                        "' cannot be used when making a shared object; recompile with -fPIC");
          // An executable refers directly to a shared library's symbol.
          if (g->type == obj::SymbolType::Func) p.needs |= kNeedPlt | kNeedCanonPlt;
          else if (g->type == obj::SymbolType::Tls)
            return fail(std::string("relocation ") + info.name + " against TLS symbol '" + name() + "' is not a TLS relocation");
          else p.needs |= kNeedCopy;
          return address_in_pic();
        }
        return address_in_pic();
      case R::PltCall:
        if (preempt) p.needs |= kNeedPlt;
        else if (ifunc) {
          if (gid) p.needs |= kNeedIplt;
          else p.local = 2;
        }
        return p;
      case R::GotEntry:
        if (ifunc) {
          if (gid) p.needs |= kNeedIplt;
          else p.local = 2;
        } else if (gid) {
          p.needs |= kNeedGot;
        } else {
          p.local = 1;
        }
        p.got_base = true;
        return p;
      case R::GotBase:
        p.got_base = true;
        return p;
      case R::TlsGd:
        if (exe) {
          if (preempt) p.needs |= kNeedTlsIe;
        } else if (gid) {
          p.needs |= kNeedTlsGd;
        } else {
          p.local = 3;
        }
        return p;
      case R::TlsLd:
        if (!exe) p.ld = true;
        return p;
      case R::TlsIe:
        if (exe) {
          if (preempt) p.needs |= kNeedTlsIe;
        } else {
          if (gid) p.needs |= kNeedTlsIe;
          else p.local = 4;
          p.static_tls = true;
        }
        return p;
      case R::TlsLe:
        if (!exe)
          return fail(std::string("relocation ") + info.name + " against '" + name() +
                      "' cannot be used when making a shared object; recompile with -fPIC");
        return p;
      case R::TlsDesc:
        if (!exe) return fail(std::string("TLS descriptors (") + info.name + ") in shared libraries are not supported by kit yet");
        if (preempt) p.needs |= kNeedTlsIe;
        return p;
      case R::TlsDtpOff:
      case R::DynDtpOff:
      case R::DynTpOff:
        return p;
      case R::DynDtpMod:
        return fail(std::string("relocation ") + info.name + " cannot appear in an object");
      default:
        return fail(std::string("relocation ") + info.name + " cannot appear in an ELF object");
    }
  }
};

bool ElfLinker::scan_relocations() {
  size_t nsym = core.symbols.size();
  need.reset(new std::atomic<uint16_t>[nsym]);
  for (size_t i = 0; i < nsym; ++i) need[i].store(0, std::memory_order_relaxed);
  local.assign(core.objects.size(), {});
  dynrel_count.assign(core.objects.size(), 0);
  std::vector<std::string> errors(core.objects.size());
  std::vector<uint8_t> ld_flags(core.objects.size(), 0), gotbase(core.objects.size(), 0),
      stls(core.objects.size(), 0);
  Planner plan{*this};
  link::parallel_for(core.objects.size(), core.threads(), [&](size_t fi) {
    const link::InputObject& f = *core.objects[fi];
    LocalNeeds& ln = local[fi];
    uint32_t count = 0;
    for (uint32_t si = 1; si <= f.obj->sections.size(); ++si) {
      if (!f.is_live(si)) continue;
      const obj::Section& sec = f.section(si);
      if (!(sec.flags & obj::kAlloc)) continue;
      bool ehf = f.section_name(si) == ".eh_frame";
      for (const obj::Reloc& r : sec.relocs) {
        const RelocKindInfo* info = info_of_kind(r.kind);
        if (!info) {
          if (errors[fi].empty())
            errors[fi] = describe(f, si, r.offset) + ": unknown relocation kind " + std::to_string(r.kind);
          continue;
        }
        if (r.symbol >= f.obj->symbols.size()) {
          if (errors[fi].empty()) errors[fi] = describe(f, si, r.offset) + ": relocation names a symbol that does not exist";
          continue;
        }
        if (ehf) {
          // Only the live records' relocations count (their targets exist).
          const EhSection* es = nullptr;
          for (const EhSection& e : eh[fi])
            if (e.section == si) es = &e;
          if (!es) continue;
          auto it = std::upper_bound(es->records.begin(), es->records.end(), r.offset,
                                     [](uint64_t off, const EhRecord& rec) { return off < rec.in_off; });
          if (it == es->records.begin()) continue;
          --it;
          if (r.offset >= it->in_off + it->size || !it->live) continue;
        }
        Plan p = plan(f, sec, r, *info);
        switch (p.action) {
          case Action::Error:
            if (errors[fi].empty()) errors[fi] = p.error + " (referenced from " + describe(f, si, r.offset) + ")";
            continue;
          case Action::Relative:
          case Action::Symbolic:
            ++count;
            break;
          default:
            break;
        }
        if (p.needs) need[f.sym[r.symbol]].fetch_or(p.needs, std::memory_order_relaxed);
        switch (p.local) {
          case 1: ln.got.push_back(r.symbol); break;
          case 2: ln.iplt.push_back(r.symbol); break;
          case 3: ln.tls_gd.push_back(r.symbol); break;
          case 4: ln.tls_ie.push_back(r.symbol); break;
        }
        if (p.ld) ld_flags[fi] = 1;
        if (p.got_base) gotbase[fi] = 1;
        if (p.static_tls) stls[fi] = 1;
      }
    }
    dynrel_count[fi] = count;
  });
  bool ok = true;
  for (const auto& e : errors)
    if (!e.empty()) {
      diags.error({}, e);
      ok = false;
    }
  for (size_t i = 0; i < core.objects.size(); ++i) {
    if (ld_flags[i] && tls_ld_slot == kNone) tls_ld_slot = 0;  // assigned later
    if (gotbase[i]) need_got_base = true;
    if (stls[i]) static_tls = true;
  }
  dynrel_start.assign(core.objects.size(), 0);
  dynrel_objects = 0;
  for (size_t i = 0; i < core.objects.size(); ++i) {
    dynrel_start[i] = dynrel_objects;
    dynrel_objects += dynrel_count[i];
  }
  return ok;
}

void ElfLinker::assign_slots() {
  size_t nsym = core.symbols.size();
  bool want_ld = tls_ld_slot != kNone;
  tls_ld_slot = kNone;
  got_count = 0;
  std::vector<SymId> copies;
  for (SymId id = 1; id < nsym; ++id) {
    uint16_t nb = need[id].load(std::memory_order_relaxed);
    if (!nb) continue;
    SymAux& a = aux[id];
    if (nb & kNeedIplt) {
      a.iplt = static_cast<uint32_t>(iplt_syms.size());
      iplt_syms.push_back(id);
    }
    if (nb & kNeedPlt) {
      a.plt = static_cast<uint32_t>(plt_syms.size());
      plt_syms.push_back(id);
      if (nb & kNeedCanonPlt) a.canonical_plt = true;
    }
    if ((nb & kNeedGot) && !(nb & kNeedIplt)) {
      a.got = got_count++;
      got_syms.push_back(id);
    }
    if (nb & kNeedTlsIe) {
      a.tls_ie = got_count++;
      ie_syms.push_back(id);
    }
    if (nb & kNeedTlsGd) {
      a.tls_gd = got_count;
      got_count += 2;
      gd_syms.push_back(id);
    }
    if (nb & kNeedCopy) copies.push_back(id);
  }
  for (size_t fi = 0; fi < local.size(); ++fi) {
    LocalNeeds& ln = local[fi];
    for (uint32_t s : ln.got)
      if (ln.got_slot.try_emplace(s, got_count).second) {
        ++got_count;
        local_got.push_back({static_cast<uint32_t>(fi), s});
      }
    for (uint32_t s : ln.iplt)
      if (ln.iplt_slot.try_emplace(s, static_cast<uint32_t>(iplt_syms.size() + local_iplt.size())).second)
        local_iplt.push_back({static_cast<uint32_t>(fi), s});
    for (uint32_t s : ln.tls_gd)
      if (ln.gd_slot.try_emplace(s, got_count).second) {
        got_count += 2;
        local_gd.push_back({static_cast<uint32_t>(fi), s});
      }
    for (uint32_t s : ln.tls_ie)
      if (ln.ie_slot.try_emplace(s, got_count).second) {
        ++got_count;
        local_ie.push_back({static_cast<uint32_t>(fi), s});
      }
  }
  if (want_ld) {
    tls_ld_slot = got_count;
    got_count += 2;
  }

  // Copy relocations: the data moves into this image's .bss, and every
  // alias of it in the library (same address: environ, __environ) follows.
  if (!copies.empty()) {
    link::InputObject& in = *core.objects[internal_file];
    std::map<std::pair<uint32_t, uint64_t>, std::vector<SymId>> by_value;
    for (SymId id = 1; id < nsym; ++id) {
      const link::GlobalSymbol& g = core.symbols[id];
      if (g.state != link::SymState::Shared) continue;
      const link::SharedSymbol& s = core.shared[g.file].lib->symbols[g.index];
      if (s.type == obj::SymbolType::Object || s.type == obj::SymbolType::None)
        by_value[{g.file, s.value}].push_back(id);
    }
    for (SymId id : copies) {
      if (aux[id].copy) continue;
      const link::GlobalSymbol& g = core.symbols[id];
      const link::SharedSymbol& s = core.shared[g.file].lib->symbols[g.index];
      uint32_t sec = in.obj->add_section(".bss", obj::SectionKind::Bss, obj::kAlloc | obj::kWrite, s.align);
      in.obj->section(sec).size = std::max<uint64_t>(s.size, 1);
      in.obj->section(sec).format_type = SHT_NOBITS;
      in.obj->section(sec).format_flags = SHF_ALLOC | SHF_WRITE;
      in.live.push_back(1);
      in.out.push_back(link::kNoOutput);
      in.offset.push_back(0);
      copy_syms.push_back(id);
      for (SymId alias : by_value[{g.file, s.value}]) {
        aux[alias].copy = true;
        aux[alias].copy_addr = sec;  // section index until layout
        aux[alias].exported = true;
        need[alias].fetch_or(kNeedDynsym, std::memory_order_relaxed);
      }
      aux[id].copy = true;
      aux[id].copy_addr = sec;
      aux[id].exported = true;
    }
  }
}

bool ElfLinker::only_relaxed_tls_calls(SymId id) const {
  if (shared_out) return false;
  for (const auto& fp : core.objects) {
    const link::InputObject& f = *fp;
    for (uint32_t si = 1; si <= f.obj->sections.size(); ++si) {
      const obj::Section& sec = f.section(si);
      if (!f.live[si - 1] || !(sec.flags & obj::kAlloc)) continue;
      uint64_t sequence_end = 0;  // the same window apply_object_relocs skips
      for (const obj::Reloc& r : sec.relocs) {
        const RelocKindInfo* info = info_of_kind(r.kind);
        bool in_sequence = sequence_end && r.offset < sequence_end;
        sequence_end = 0;
        if (r.symbol < f.sym.size() && f.sym[r.symbol] == id && !in_sequence) return false;
        if (info && (info->role == RelocKindInfo::TlsGd || info->role == RelocKindInfo::TlsLd))
          sequence_end = r.offset + 12;
      }
    }
  }
  return true;
}

// Writes the relocations of one object's sections into the image (and its
// dynamic relocations into .rela.dyn's slice for this object).
void ElfLinker::apply_object_relocs(link::InputObject& f, std::vector<std::string>& errors) {
  Planner plan{*this};
  uint32_t ro = out_of(Synth::RelaDyn);
  uint8_t* dyn = ro == kNone ? nullptr
                             : image.data() + outs[ro].file_offset + 24 * (rela_dyn_synth.size() + dynrel_start[f.id]);
  uint32_t written = 0;
  const bool exe = !shared_out;
  SymId tls_get_addr = core.symbols.find("__tls_get_addr");
  uint64_t got_base = synth_addr(Synth::GotPlt) ? synth_addr(Synth::GotPlt) : synth_addr(Synth::Got);

  auto emit = [&](uint64_t off, uint32_t type, uint32_t sym, int64_t addend) {
    if (!dyn || written >= dynrel_count[f.id]) {
      errors.push_back(f.name + ": internal error: more dynamic relocations than counted");
      return;
    }
    uint8_t* p = dyn + 24 * written++;
    ByteOrder<false>::put64(p, off);
    ByteOrder<false>::put64(p + 8, (uint64_t{sym} << 32) | type);
    ByteOrder<false>::put64(p + 16, static_cast<uint64_t>(addend));
  };

  // Relocates one section whose bytes are at `buf` and address `addr`;
  // `map` translates an input offset for .eh_frame (records move).
  auto relocate = [&](uint32_t si, uint8_t* buf, uint64_t addr, const EhSection* es) {
    const obj::Section& sec = f.section(si);
    const bool alloc = sec.flags & obj::kAlloc;
    std::string_view sname = f.section_name(si);
    const bool debug_ranges = sname == ".debug_ranges" || sname == ".debug_loc";
    uint64_t skip_end = 0;  // relaxed TLS sequence: the __tls_get_addr call's relocation
    size_t rec = 0;
    for (uint32_t k = 0; k < sec.relocs.size(); ++k) {
      const obj::Reloc& r = es ? sec.relocs[es->reloc_order[k]] : sec.relocs[k];
      const RelocKindInfo* info = info_of_kind(r.kind);
      if (!info || r.symbol >= f.obj->symbols.size()) continue;  // reported by the scan
      uint8_t* loc;
      uint64_t P;
      if (es) {
        while (rec < es->records.size() && r.offset >= es->records[rec].in_off + es->records[rec].size) ++rec;
        if (rec >= es->records.size()) break;
        const EhRecord& er = es->records[rec];
        if (!er.live || r.offset < er.in_off) continue;
        loc = buf + er.out_off + (r.offset - er.in_off);
        P = addr + er.out_off + (r.offset - er.in_off);
      } else {
        loc = buf + r.offset;
        P = addr + r.offset;
      }
      if (r.offset > sec.size || info->size > sec.size - r.offset) {
        errors.push_back(describe(f, si, r.offset) + ": relocation " + info->name + " extends past the end of its section");
        continue;
      }
      SymId gid = f.sym[r.symbol];
      if (skip_end && r.offset < skip_end && gid && gid == tls_get_addr) continue;
      skip_end = 0;
      Plan p = plan(f, sec, r, *info);
      if (p.action == Action::Skip || p.action == Action::Error) continue;

      RelocValues v;
      v.P = P;
      v.A = r.addend;
      v.GOT = got_base;
      v.image_base = base;
      v.static_link = exe;
      const obj::Symbol& s = f.obj->symbols[r.symbol];
      uint64_t sym_addr = 0;
      bool dead_target = false;
      if (gid) {
        const link::GlobalSymbol& g = core.symbols[gid];
        const SymAux& a = aux[gid];
        sym_addr = g.address;
        v.S = global_value(gid);
        bool defined = g.state == link::SymState::Defined || g.state == link::SymState::Synthetic ||
                       g.state == link::SymState::Absolute || a.copy || a.canonical_plt;
        v.symbol_is_local = defined && !preemptible(gid) && a.iplt == kNone &&
                            !(pic && (g.state == link::SymState::Absolute ||
                                      (g.state == link::SymState::Defined &&
                                       core.objects[g.file]->obj->symbols[g.index].section == obj::Symbol::kAbsolute)));
        if (g.state == link::SymState::Shared) v.symbol_is_local = false;
        if (info->role == RelocKindInfo::PltCall && a.plt != kNone) v.S = plt_addr(a.plt);
        switch (info->role) {
          case RelocKindInfo::GotEntry:
            v.G = a.iplt != kNone ? iplt_slot_addr(a.iplt) : (a.got != kNone ? got_addr(a.got) : 0);
            break;
          case RelocKindInfo::TlsGd:
            v.G = exe ? (a.tls_ie != kNone ? got_addr(a.tls_ie) : 0) : (a.tls_gd != kNone ? got_addr(a.tls_gd) : 0);
            break;
          case RelocKindInfo::TlsIe:
          case RelocKindInfo::TlsDesc:
            v.G = a.tls_ie != kNone ? got_addr(a.tls_ie) : 0;
            break;
          default:
            break;
        }
        if (g.state == link::SymState::Defined && !alloc && !core.defined_live(*core.objects[g.file], g.index))
          dead_target = true;
      } else {
        LocalNeeds& ln = local[f.id];
        v.S = local_value(f, r.symbol);
        sym_addr = v.S;
        v.symbol_is_local = !(pic && s.section == obj::Symbol::kAbsolute);
        if (s.flags & obj::kIndirectFunc) {
          v.symbol_is_local = false;
          auto it = ln.iplt_slot.find(r.symbol);
          if (it != ln.iplt_slot.end()) {
            v.S = iplt_addr(it->second);
            if (info->role == RelocKindInfo::GotEntry) v.G = iplt_slot_addr(it->second);
          }
        }
        if (info->role == RelocKindInfo::GotEntry && !(s.flags & obj::kIndirectFunc)) {
          auto it = ln.got_slot.find(r.symbol);
          if (it != ln.got_slot.end()) v.G = got_addr(it->second);
        } else if (info->role == RelocKindInfo::TlsGd && !exe) {
          auto it = ln.gd_slot.find(r.symbol);
          if (it != ln.gd_slot.end()) v.G = got_addr(it->second);
        } else if (info->role == RelocKindInfo::TlsIe && !exe) {
          auto it = ln.ie_slot.find(r.symbol);
          if (it != ln.ie_slot.end()) v.G = got_addr(it->second);
        }
        if (s.defined() && s.section != obj::Symbol::kAbsolute && !section_in_output(f, s.section) &&
            !(s.section <= f.live.size() && f.live[s.section - 1] && f.section_name(s.section) == ".eh_frame"))
          dead_target = true;
      }
      if (dead_target && !alloc) {
        // Debug information about a discarded function: a tombstone the
        // consumers skip (0, or 1 where 0 would end a range list).
        uint64_t t = debug_ranges ? 1 : 0;
        for (uint8_t i = 0; i < info->size; ++i) loc[i] = static_cast<uint8_t>(t >> (8 * i));
        continue;
      }
      v.TP = tp_offset(sym_addr);
      v.DTP = dtp_offset(sym_addr);
      if (info->role == RelocKindInfo::TlsLd && !exe && tls_ld_slot != kNone) v.G = got_addr(tls_ld_slot);

      if (p.action == Action::Symbolic) {
        emit(P, r_abs, aux[gid].dynsym, r.addend);
        continue;
      }
      if (p.action == Action::Relative) emit(P, r_relative, 0, static_cast<int64_t>(v.S) + r.addend);
      try {
        arch.apply_reloc(r.kind, loc, v);
      } catch (const Error& e) {
        std::string target = gid ? std::string(core.symbols[gid].name) : sym_name(f, r.symbol);
        errors.push_back(std::string(e.what()) + ", referenced from " + describe(f, si, r.offset) + " to '" +
                         target + "'");
        continue;
      }
      if (exe && (info->role == RelocKindInfo::TlsGd || info->role == RelocKindInfo::TlsLd)) skip_end = r.offset + 12;
    }
  };

  for (uint32_t si = 1; si <= f.obj->sections.size(); ++si) {
    if (!f.is_live(si)) continue;
    uint32_t o = f.out[si - 1];
    if (o == link::kNoOutput) continue;
    const link::OutputSection& os = outs[o];
    if (oinfo[o].nobits) continue;
    relocate(si, image.data() + os.file_offset + f.offset[si - 1], os.address + f.offset[si - 1], nullptr);
  }
  uint32_t eo = out_of(Synth::EhFrame);
  if (eo != kNone && f.id < eh.size())
    for (const EhSection& es : eh[f.id]) relocate(es.section, image.data() + outs[eo].file_offset, outs[eo].address, &es);
  if (written != dynrel_count[f.id])
    errors.push_back(f.name + ": internal error: " + std::to_string(written) + " dynamic relocations written, " +
                     std::to_string(dynrel_count[f.id]) + " counted");
}

}  // namespace kit::elf
