// The link core after resolution: diagnostics for undefined symbols,
// --gc-sections, atom placement inside output sections, and the -Map file.
#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "kit/atomic_file.hpp"
#include "kit/link/linker.hpp"

namespace kit::link {

namespace {
std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}
uint64_t align_up(uint64_t v, uint64_t a) { return a <= 1 ? v : (v + a - 1) & ~(a - 1); }
}  // namespace

std::string Linker::describe(const InputObject& f, uint32_t section, uint64_t offset) const {
  std::string s = f.name + ":(";
  if (section >= 1 && section <= f.obj->sections.size()) s += f.section_name(section);
  else s += "?";
  return s + "+" + hex(offset) + ")";
}

std::string Linker::owner_name(SymId id) const {
  const GlobalSymbol& g = symbols[id];
  switch (g.state) {
    case SymState::Defined:
    case SymState::Common:
      return objects[g.file]->name;
    case SymState::Shared:
      return shared[g.file].lib->path;
    case SymState::Lazy:
      return archives[g.file].path + "(" + archives[g.file].members[g.index].name + ")";
    default:
      return "<linker>";
  }
}

const obj::Symbol* Linker::definition(SymId id) const {
  const GlobalSymbol& g = symbols[id];
  if (g.state != SymState::Defined && g.state != SymState::Common) return nullptr;
  return &objects[g.file]->obj->symbols[g.index];
}

bool Linker::defined_live(const InputObject& f, uint32_t symbol) const {
  const obj::Symbol& s = f.obj->symbols[symbol];
  if (s.section == obj::Symbol::kAbsolute) return true;
  if (!s.defined() || s.section > f.live.size()) return false;
  return f.live[s.section - 1] != 0;
}

uint64_t Linker::symbol_address(const InputObject& f, uint32_t symbol,
                                const std::vector<OutputSection>& outputs) const {
  const obj::Symbol& s = f.obj->symbols[symbol];
  if (s.section == obj::Symbol::kAbsolute) return s.value;
  if (!s.defined() || s.section > f.out.size()) return 0;
  uint32_t o = f.out[s.section - 1];
  if (o == kNoOutput) return 0;
  return outputs[o].address + f.offset[s.section - 1] + s.value;
}

unsigned Linker::report_undefined(const std::function<bool(SymId)>& allowed) {
  struct Ref {
    SymId id;
    uint32_t section;
    uint64_t offset;
  };
  // Per object: the first reference to each undefined symbol, and counts.
  std::vector<std::vector<Ref>> firsts(objects.size());
  std::vector<std::vector<uint32_t>> counts(objects.size());
  parallel_for(objects.size(), threads(), [&](size_t fi) {
    const InputObject& f = *objects[fi];
    const obj::ObjectFile& o = *f.obj;
    std::unordered_map<SymId, uint32_t> seen;
    for (uint32_t si = 1; si <= o.sections.size(); ++si) {
      const obj::Section& sec = o.sections[si - 1];
      if (!f.live[si - 1] || !(sec.flags & obj::kAlloc)) continue;
      for (const obj::Reloc& r : sec.relocs) {
        if (r.symbol >= f.sym.size()) continue;
        SymId id = f.sym[r.symbol];
        if (!id) continue;
        const GlobalSymbol& g = symbols[id];
        if (g.state != SymState::Undefined && g.state != SymState::Lazy) continue;
        if (o.symbols[r.symbol].binding == obj::Binding::Weak) continue;
        auto [it, inserted] = seen.try_emplace(id, static_cast<uint32_t>(firsts[fi].size()));
        if (inserted) {
          firsts[fi].push_back({id, si, r.offset});
          counts[fi].push_back(1);
        } else {
          ++counts[fi][it->second];
        }
      }
    }
  });
  std::unordered_map<SymId, size_t> index;
  struct Report {
    SymId id;
    uint32_t file, section;
    uint64_t offset;
    uint32_t count;
  };
  std::vector<Report> reports;
  for (size_t fi = 0; fi < objects.size(); ++fi)
    for (size_t k = 0; k < firsts[fi].size(); ++k) {
      const Ref& r = firsts[fi][k];
      auto [it, inserted] = index.try_emplace(r.id, reports.size());
      if (inserted) reports.push_back({r.id, static_cast<uint32_t>(fi), r.section, r.offset, counts[fi][k]});
      else reports[it->second].count += counts[fi][k];
    }
  unsigned errors = 0;
  for (const Report& r : reports) {
    if (allowed && allowed(r.id)) continue;
    std::string msg = "undefined reference to '" + std::string(symbols[r.id].name) +
                      "' (referenced from " + describe(*objects[r.file], r.section, r.offset) + ")";
    if (r.count > 1) msg += " and " + std::to_string(r.count - 1) + " more reference" + (r.count > 2 ? "s" : "");
    diags.error({}, msg);
    ++errors;
  }
  return errors;
}

void Linker::gc_sections(const std::vector<SymId>& root_symbols) {
  std::vector<std::vector<uint8_t>> marked(objects.size());
  for (size_t i = 0; i < objects.size(); ++i) marked[i].assign(objects[i]->obj->sections.size(), 0);
  std::vector<SectionRef> stack;
  auto mark = [&](uint32_t file, uint32_t sec) {
    const InputObject& f = *objects[file];
    if (sec == 0 || sec > f.live.size() || !f.live[sec - 1] || marked[file][sec - 1]) return;
    marked[file][sec - 1] = 1;
    if (f.section(sec).flags & obj::kAlloc) stack.push_back({file, sec});
  };
  auto mark_symbol = [&](SymId id) {
    const GlobalSymbol& g = symbols[id];
    if (g.state != SymState::Defined) return;
    const obj::Symbol& s = objects[g.file]->obj->symbols[g.index];
    if (s.defined() && s.section != obj::Symbol::kAbsolute) mark(g.file, s.section);
  };
  if (entry) mark_symbol(entry);
  for (const auto& u : options.undefined)
    if (SymId id = symbols.find(u)) mark_symbol(id);
  for (SymId id : root_symbols) mark_symbol(id);
  for (const Alias& a : aliases) mark_symbol(a.target);
  for (const auto& fp : objects) {
    const InputObject& f = *fp;
    for (uint32_t s = 1; s <= f.obj->sections.size(); ++s) {
      const obj::Section& sec = f.section(s);
      if (!f.live[s - 1]) continue;
      if (!(sec.flags & obj::kAlloc)) {
        marked[f.id][s - 1] = 1;  // non-allocated sections stay; they keep nothing alive
        continue;
      }
      if ((sec.flags & (obj::kRetain | obj::kInitArray | obj::kFiniArray | obj::kNote)) ||
          hooks.gc_root(f, s))
        mark(f.id, s);
    }
  }
  std::vector<SectionRef> deps;
  while (!stack.empty()) {
    SectionRef r = stack.back();
    stack.pop_back();
    const InputObject& f = *objects[r.file];
    const obj::Section& sec = f.section(r.section);
    if (hooks.gc_follows_relocs(f, r.section)) {
      for (const obj::Reloc& rel : sec.relocs) {
        if (rel.symbol >= f.sym.size()) continue;
        if (SymId id = f.sym[rel.symbol]) {
          mark_symbol(id);
        } else {
          const obj::Symbol& s = f.obj->symbols[rel.symbol];
          if (s.defined() && s.section != obj::Symbol::kAbsolute) mark(r.file, s.section);
        }
      }
    }
    deps.clear();
    hooks.gc_dependents(f, r.section, deps);
    for (const SectionRef& d : deps) mark(d.file, d.section);
  }
  for (auto& fp : objects) {
    InputObject& f = *fp;
    for (uint32_t s = 1; s <= f.obj->sections.size(); ++s) {
      if (!f.live[s - 1] || marked[f.id][s - 1]) continue;
      f.live[s - 1] = 0;
      if (options.print_gc_sections)
        diags.note({}, "removing unused section '" + f.name + ":(" + std::string(f.section_name(s)) + ")'");
    }
  }
}

void Linker::place_members(OutputSection& os, uint32_t os_index) {
  uint64_t off = 0;
  for (const SectionRef& m : os.members) {
    InputObject& f = *objects[m.file];
    const obj::Section& sec = f.section(m.section);
    uint64_t a = std::max<uint64_t>(1, sec.align);
    off = align_up(off, a);
    f.out[m.section - 1] = os_index;
    f.offset[m.section - 1] = off;
    off += sec.size;
    os.align = std::max(os.align, a);
  }
  os.size = std::max(os.size, off);
}

void Linker::write_map(const std::string& path, const std::vector<OutputSection>& outputs,
                       std::string_view extra) const {
  // Symbols by (object, section), sorted by value then name.
  struct Named {
    uint64_t value;
    std::string_view name;
  };
  std::vector<std::map<uint32_t, std::vector<Named>>> by_section(objects.size());
  for (const auto& fp : objects) {
    const InputObject& f = *fp;
    for (uint32_t i = 0; i < f.obj->symbols.size(); ++i) {
      const obj::Symbol& s = f.obj->symbols[i];
      if (!s.defined() || s.section == obj::Symbol::kAbsolute || s.section > f.live.size()) continue;
      if (s.type == obj::SymbolType::Section || s.type == obj::SymbolType::File) continue;
      std::string_view n = f.obj->str(s.name);
      if (n.empty()) continue;
      if (SymId id = f.sym[i]) {  // a global: only the winning definition
        const GlobalSymbol& g = symbols[id];
        if (g.state != SymState::Defined || g.file != f.id || g.index != i) continue;
      }
      by_section[f.id][s.section].push_back({s.value, n});
    }
  }
  for (auto& m : by_section)
    for (auto& [sec, v] : m)
      std::stable_sort(v.begin(), v.end(), [](const Named& a, const Named& b) {
        return a.value != b.value ? a.value < b.value : a.name < b.name;
      });

  std::string out;
  out.reserve(1 << 16);
  char line[512];
  std::snprintf(line, sizeof line, "%-18s %-18s %6s %s\n", "Address", "Size", "Align", "Output section / input section / symbol");
  out += line;
  for (const OutputSection& os : outputs) {
    std::snprintf(line, sizeof line, "%018llx %018llx %6llu %s\n", static_cast<unsigned long long>(os.address),
                  static_cast<unsigned long long>(os.size), static_cast<unsigned long long>(os.align),
                  os.name.c_str());
    out += line;
    for (const SectionRef& m : os.members) {
      const InputObject& f = *objects[m.file];
      if (!f.is_live(m.section)) continue;
      const obj::Section& sec = f.section(m.section);
      uint64_t addr = os.address + f.offset[m.section - 1];
      std::snprintf(line, sizeof line, "%018llx %018llx %6u         ", static_cast<unsigned long long>(addr),
                    static_cast<unsigned long long>(sec.size), sec.align);
      out += line;
      out += f.name + ":(" + std::string(f.section_name(m.section)) + ")\n";
      auto it = by_section[f.id].find(m.section);
      if (it == by_section[f.id].end()) continue;
      for (const Named& n : it->second) {
        std::snprintf(line, sizeof line, "%018llx %18s %6s                 ", static_cast<unsigned long long>(addr + n.value), "", "");
        out += line;
        out += n.name;
        out += '\n';
      }
    }
  }
  bool any_gc = false;
  for (const auto& fp : objects) {
    const InputObject& f = *fp;
    for (uint32_t s = 1; s <= f.obj->sections.size(); ++s) {
      if (f.live[s - 1] || !(f.section(s).flags & obj::kAlloc)) continue;
      if (!any_gc) out += "\nDiscarded input sections (COMDAT duplicates and --gc-sections)\n";
      any_gc = true;
      out += "    " + f.name + ":(" + std::string(f.section_name(s)) + ")\n";
    }
  }
  out += extra;
  write_file_atomically(path, {reinterpret_cast<const uint8_t*>(out.data()), out.size()});
}

}  // namespace kit::link
