// Listings of machine code: kit objdump -d / -dr and kit cc -S.
//
// Everything here works from the format-neutral object model and the arch
// plugin's decoder (one instruction -> GNU-syntax text and a length), so it
// serves every ISA and object format. Two ISA-neutral tricks recover what a
// line of text does not say:
//
//  - Which numbers in an instruction's text are addresses computed from the
//    instruction's own address (branch targets, the "# 0x..." comment after
//    a RIP-relative operand): the instruction is decoded a second time as
//    if it sat kProbeDelta bytes further on; numbers that moved by exactly
//    that much are addresses. objdump shows those as "target <sym+off>".
//  - Which number renders a relocated field (for cc -S): the instruction is
//    decoded again with the field's bytes changed; the number that changed
//    is replaced by a symbol expression.
//
// objdump -d layout (GNU binutils 2.40), reproduced here:
//  - "Disassembly of section NAME:", then per symbol "ADDR16 <name>:" with
//    the address in full width; when several symbols share an address one
//    label is shown: a function over an object over an untyped symbol or
//    IFUNC, then global over weak over local, then the smaller name
//    (section symbols are never used). A section without a symbol at its start is labelled
//    the way an address there is named ("<.text>", "<first-0x10>").
//  - Instructions are decoded from one label to the next (a label ends the
//    bytes an instruction may use); an instruction that does not fit is
//    shown as ".byte 0xNN", one byte at a time.
//  - Address column: the section's end address in hex with leading zeros
//    dropped in whole groups of four (minus one digit), right-aligned;
//    7 bytes per line, continuation lines hold the rest.
//  - Runs of zero bytes: at an instruction start, when at least 8 zero
//    bytes follow, or fewer than 3 zero bytes run up to the next label, they
//    are shown as "\t..." and skipped (to the label, else a multiple of 4).
//  - -r: after an instruction, "\t\t\tOFFSET: TYPE\tsymbol+0xaddend" for
//    each relocation in it (OFFSET without leading zeros).
//  - Targets: the nearest symbol at or before the address; in an object,
//    only symbols of the same section when the address lies inside it,
//    else the section's name.
#include "listing.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace kit::host::listing {

namespace {

constexpr uint64_t kProbeDelta = 0x1000;
constexpr size_t kBytesPerLine = 7;  // objdump's x86 layout; fine for byte-stream ISAs

std::string hex(uint64_t v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*llx", width, static_cast<unsigned long long>(v));
  return buf;
}
std::string hex_min(uint64_t v) { return hex(v, 1); }

std::string signed_hex(int64_t a) {
  if (!a) return "";
  uint64_t m = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  return std::string(a < 0 ? "-0x" : "+0x") + hex_min(m);
}

std::string signed_dec(int64_t a) {
  if (!a) return "";
  uint64_t m = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  return std::string(a < 0 ? "-" : "+") + std::to_string(m);
}

// ---------------------------------------------------------------------------
// Symbols by address, ranked the way objdump picks one of several.

int type_rank(const obj::Symbol& s) {
  if (s.flags & obj::kIndirectFunc) return 1;  // an IFUNC ranks like an untyped symbol
  switch (s.type) {
    case obj::SymbolType::Func: return 3;
    case obj::SymbolType::Object:
    case obj::SymbolType::Tls: return 2;
    case obj::SymbolType::None: return 1;
    default: return 0;
  }
}
int binding_rank(obj::Binding b) {
  switch (b) {
    case obj::Binding::Global: return 2;
    case obj::Binding::Weak: return 1;
    default: return 0;
  }
}

class SymbolIndex {
 public:
  struct Entry {
    uint64_t address;
    uint32_t section;  // 1-based
    uint32_t symbol;
  };

  // addresses[i]: where section i+1 starts. In an object, symbol values
  // are section offsets; in an image, addresses.
  SymbolIndex(const obj::ObjectFile& o, const std::vector<uint64_t>& addresses, bool relocatable)
      : o_(o), by_section_(o.sections.size() + 1) {
    for (uint32_t k = 0; k < o.symbols.size(); ++k) {
      const obj::Symbol& s = o.symbols[k];
      if (s.section == obj::Symbol::kUndefined || s.section > o.sections.size()) continue;
      // objdump names no address after a section or file symbol.
      if (s.type == obj::SymbolType::File || s.type == obj::SymbolType::Section) continue;
      if (name(k).empty()) continue;
      uint64_t a = relocatable ? addresses[s.section - 1] + s.value : s.value;
      Entry e{a, s.section, k};
      all_.push_back(e);
      by_section_[s.section].push_back(e);
    }
    auto order = [&](const Entry& a, const Entry& b) {
      if (a.address != b.address) return a.address < b.address;
      return better(a.symbol, b.symbol);
    };
    std::stable_sort(all_.begin(), all_.end(), order);
    for (auto& v : by_section_) std::stable_sort(v.begin(), v.end(), order);
  }

  // The name printed for a symbol: a section symbol is called after its section.
  std::string_view name(uint32_t k) const {
    const obj::Symbol& s = o_.symbols[k];
    if (s.type == obj::SymbolType::Section && s.section >= 1 && s.section <= o_.sections.size())
      return o_.str(o_.section(s.section).name);
    return o_.str(s.name);
  }
  // Whether symbol a is shown rather than symbol b at the same address.
  bool better(uint32_t a, uint32_t b) const {
    const obj::Symbol& x = o_.symbols[a];
    const obj::Symbol& y = o_.symbols[b];
    if (type_rank(x) != type_rank(y)) return type_rank(x) > type_rank(y);
    if (binding_rank(x.binding) != binding_rank(y.binding))
      return binding_rank(x.binding) > binding_rank(y.binding);
    return name(a) < name(b);
  }
  // The labels of a section: the best symbol at each address.
  std::vector<Entry> labels(uint32_t section) const {
    std::vector<Entry> out;
    for (const Entry& e : by_section_[section])
      if (out.empty() || out.back().address != e.address) out.push_back(e);
    return out;
  }
  // The symbol objdump names an address after (a in `section`, the one
  // being disassembled): of the symbols at the greatest address <= a, one
  // in `section` if there is one, else the best one. With want_section
  // (an object, a inside the section), only symbols of `section`: the
  // nearest at or before a, else the first after it. Null: none.
  const Entry* find(uint64_t a, uint32_t section, bool want_section) const {
    auto it = std::upper_bound(all_.begin(), all_.end(), a,
                               [](uint64_t x, const Entry& e) { return x < e.address; });
    if (it != all_.begin()) {
      uint64_t found = std::prev(it)->address;
      auto first = std::lower_bound(all_.begin(), it, found,
                                    [](const Entry& e, uint64_t x) { return e.address < x; });
      for (auto p = first; p != it; ++p)
        if (p->section == section) return &*p;
      if (!want_section) return &*first;
    } else if (!want_section) {
      return all_.empty() ? nullptr : &all_.front();
    }
    if (const Entry* e = at_or_before(a, section)) return e;
    const std::vector<Entry>& v = by_section_[section];
    auto after = std::upper_bound(v.begin(), v.end(), a,
                                  [](uint64_t x, const Entry& e) { return x < e.address; });
    return after == v.end() ? nullptr : &*after;
  }
  // The best symbol at the greatest address <= a (in `section`, or in any
  // section when it is 0), or null.
  const Entry* at_or_before(uint64_t a, uint32_t section) const {
    const std::vector<Entry>& v = section ? by_section_[section] : all_;
    auto it = std::upper_bound(v.begin(), v.end(), a,
                               [](uint64_t x, const Entry& e) { return x < e.address; });
    if (it == v.begin()) return nullptr;
    uint64_t found = std::prev(it)->address;
    // The first entry with that address is the best one.
    auto first = std::lower_bound(v.begin(), v.end(), found,
                                  [](const Entry& e, uint64_t x) { return e.address < x; });
    return &*first;
  }

 private:
  const obj::ObjectFile& o_;
  std::vector<Entry> all_;
  std::vector<std::vector<Entry>> by_section_;
};

// ---------------------------------------------------------------------------
// Numbers in decoded text.

struct HexToken {
  size_t pos, len;  // of "0x..." in the text
  uint64_t value;
  bool in_comment;
};

std::vector<HexToken> hex_tokens(const std::string& t) {
  std::vector<HexToken> out;
  size_t comment = t.find('#');
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i] != '0' || i + 1 >= t.size() || t[i + 1] != 'x') continue;
    if (i > 0 && (std::isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '_')) continue;
    size_t j = i + 2;
    uint64_t v = 0;
    while (j < t.size() && std::isxdigit(static_cast<unsigned char>(t[j]))) {
      char c = t[j];
      v = v * 16 + static_cast<uint64_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
      ++j;
    }
    if (j == i + 2) continue;
    out.push_back({i, j - i, v, comment != std::string::npos && i > comment});
    i = j - 1;
  }
  return out;
}

// Indices of the tokens of `a` that are addresses relative to the
// instruction (they moved by kProbeDelta in `b`).
std::vector<size_t> address_tokens(const std::vector<HexToken>& a, const std::vector<HexToken>& b) {
  std::vector<size_t> out;
  if (a.size() != b.size()) return out;
  for (size_t i = 0; i < a.size(); ++i)
    if (b[i].value - a[i].value == kProbeDelta) out.push_back(i);
  return out;
}

struct Decoded {
  size_t length = 0;  // 0: not an instruction
  std::string text;
  std::vector<HexToken> tokens;
  std::vector<size_t> addresses;  // indices into tokens
};

Decoded decode(const ArchPlugin& arch, const TargetSpec& t, std::span<const uint8_t> code,
               uint64_t address) {
  Decoded d;
  d.length = arch.disassemble_one(code, address, t, d.text);
  if (!d.length) return d;
  d.length = std::min(d.length, code.size());
  std::string moved;
  if (arch.disassemble_one(code, address + kProbeDelta, t, moved) == d.length) {
    d.tokens = hex_tokens(d.text);
    d.addresses = address_tokens(d.tokens, hex_tokens(moved));
  }
  return d;
}

std::vector<uint64_t> section_addresses(const obj::ObjectFile& o, const FileListing* l) {
  std::vector<uint64_t> a(o.sections.size(), 0);
  if (l)
    for (size_t i = 0; i < a.size() && i < l->sections.size(); ++i) a[i] = l->sections[i].address;
  return a;
}

// Length of the run of zero bytes at data[from..to).
size_t zero_run(const std::vector<uint8_t>& data, size_t from, size_t to) {
  size_t z = from;
  while (z < to && data[z] == 0) ++z;
  return z - from;
}

}  // namespace

RelocNamer arch_reloc_names(const ArchPlugin& arch) {
  std::span<const RelocKindInfo> table;
  try {
    table = arch.reloc_kinds();
  } catch (...) {
  }
  return [table](uint32_t kind) -> std::string {
    if (const RelocKindInfo* k = find_reloc_kind(table, kind); k && k->name) return k->name;
    return "<kind " + std::to_string(kind) + ">";
  };
}

// ---------------------------------------------------------------------------
// objdump -d

void disassemble(const obj::ObjectFile& o, const FileListing* listing, const ArchPlugin& arch,
                 const TargetSpec& target, const RelocNamer& names,
                 const DisassemblyOptions& options, std::string& out) {
  const bool relocatable = !listing || listing->type == FileListing::Type::Relocatable;
  const int width = listing && listing->format_name.rfind("elf32", 0) == 0 ? 8 : 16;
  const std::vector<uint64_t> vma = section_addresses(o, listing);
  SymbolIndex symbols(o, vma, relocatable);

  for (uint32_t si = 1; si <= o.sections.size(); ++si) {
    const obj::Section& s = o.section(si);
    if (!(s.flags & obj::kExec) || s.data.empty()) continue;
    if (listing && si - 1 < listing->sections.size() && listing->sections[si - 1].hidden) continue;
    const uint64_t base = vma[si - 1];
    const uint64_t end = base + s.data.size();
    const std::string section_name(o.str(s.name));
    out += "\nDisassembly of section " + section_name + ":\n";

    // "<sym+0xoff>" for an address, as objdump finds it.
    auto describe = [&](uint64_t a) -> std::string {
      bool own = relocatable && a >= base && a < end;
      const SymbolIndex::Entry* e = symbols.find(a, si, own);
      if (!e) return "<" + section_name + signed_hex(static_cast<int64_t>(a - base)) + ">";
      return "<" + std::string(symbols.name(e->symbol)) +
             signed_hex(static_cast<int64_t>(a - e->address)) + ">";
    };
    // objdump's text: addresses relative to the instruction become
    // "HEX <sym+off>".
    auto annotate = [&](const Decoded& d) {
      if (d.addresses.empty()) return d.text;
      std::string t;
      size_t at = 0;
      for (size_t k : d.addresses) {
        const HexToken& tok = d.tokens[k];
        t.append(d.text, at, tok.pos - at);
        t += hex_min(tok.value);
        std::string sym = describe(tok.value);
        if (!sym.empty()) t += " " + sym;
        at = tok.pos + tok.len;
      }
      t.append(d.text, at, std::string::npos);
      return t;
    };

    // Address column width.
    std::string end_text = hex(end, width);
    size_t skip = 0;
    while (skip < end_text.size() && end_text[skip] == '0') ++skip;
    skip = skip ? (skip - 1) & ~size_t{3} : 0;
    auto address = [&](uint64_t a) {
      std::string t = hex(a, width).substr(skip);
      for (size_t k = 0; k + 1 < t.size() && t[k] == '0'; ++k) t[k] = ' ';
      return t;
    };

    // Labels split the section into ranges.
    std::vector<SymbolIndex::Entry> labels = symbols.labels(si);
    std::vector<std::pair<uint64_t, std::string>> starts;
    if (labels.empty() || labels.front().address > base) {
      // No symbol at the start: objdump names the place as it names any
      // address ("<.text>", or "<first_symbol-0x10>").
      std::string d = describe(base);
      starts.push_back({base, d.substr(1, d.size() - 2)});
    }
    for (const auto& l : labels)
      if (l.address >= base && l.address < end)
        starts.push_back({l.address, std::string(symbols.name(l.symbol))});

    std::vector<obj::Reloc> relocs = s.relocs;
    std::stable_sort(relocs.begin(), relocs.end(),
                     [](const obj::Reloc& a, const obj::Reloc& b) { return a.offset < b.offset; });
    size_t next_reloc = 0;
    auto reloc_lines = [&](uint64_t upto) {
      while (next_reloc < relocs.size() && relocs[next_reloc].offset < upto) {
        const obj::Reloc& r = relocs[next_reloc++];
        if (!options.relocs) continue;
        std::string sym;
        if (r.symbol < o.symbols.size()) sym = std::string(symbols.name(r.symbol));
        if (sym.empty()) sym = "*ABS*";
        out += "\t\t\t" + hex_min(base + r.offset) + ": " + names(r.kind) + "\t" + sym +
               signed_hex(r.addend) + "\n";
      }
    };

    for (size_t li = 0; li < starts.size(); ++li) {
      const size_t from = starts[li].first - base;
      const size_t stop = li + 1 < starts.size() ? starts[li + 1].first - base : s.data.size();
      out += "\n" + hex(base + from, width) + " <" + starts[li].second + ">:\n";
      size_t off = from;
      while (off < stop) {
        if (!options.zeroes) {
          size_t z = zero_run(s.data, off, stop);
          if (z >= 8 || (off + z == stop && z > 0 && z < 3)) {
            out += "\t...\n";
            off += off + z == stop ? z : z & ~size_t{3};
            reloc_lines(off);
            continue;
          }
        }
        std::span<const uint8_t> code(s.data.data() + off, stop - off);
        Decoded d = decode(arch, target, code, base + off);
        std::string text;
        size_t n = d.length;
        if (n == 0) {
          n = 1;
          // Bytes cut off by the end of the range are data to objdump.
          text = d.text == "(truncated)" ? ".byte 0x" + hex_min(code[0]) : "(bad)";
        } else {
          text = annotate(d);
        }
        for (size_t line = 0; line < n; line += kBytesPerLine) {
          out += address(base + off + line) + ":\t";
          size_t cnt = std::min(kBytesPerLine, n - line);
          for (size_t b = 0; b < cnt; ++b) out += hex(code[line + b], 2) + " ";
          if (line == 0) {
            out.append((kBytesPerLine - cnt) * 3, ' ');
            out += "\t" + text;
          }
          out += "\n";
        }
        off += n;
        reloc_lines(off);
      }
    }
  }
}

// ---------------------------------------------------------------------------
// cc -S

namespace {

// A label name that GNU as accepts for (section, offset) when no symbol
// is there: ".L<section>.<hex offset>".
std::string synthetic_label(const obj::ObjectFile& o, uint32_t section, uint64_t off) {
  std::string n(o.str(o.section(section).name));
  std::string clean;
  for (char c : n) clean += (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.') ? c : '_';
  if (clean.empty() || clean[0] != '.') clean = "." + clean;
  return ".L" + clean + "." + std::to_string(section) + "." + hex_min(off);
}

std::string quote(std::string_view s) {
  std::string q = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      q += '\\';
      q += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f) {
      q += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      q += buf;
    }
  }
  return q + "\"";
}

class AsmWriter {
 public:
  AsmWriter(const obj::ObjectFile& o, const ArchPlugin& arch, const TargetSpec& t)
      : o_(o), arch_(arch), t_(t), elf_(t.format == "elf") {
    try {
      kinds_ = arch.reloc_kinds();
    } catch (...) {
    }
    std::vector<uint64_t> zero(o.sections.size(), 0);
    for (uint32_t k = 0; k < o.symbols.size(); ++k) {
      const obj::Symbol& s = o.symbols[k];
      if (!s.defined() || s.section > o.sections.size() || s.type == obj::SymbolType::Section ||
          s.type == obj::SymbolType::File || o.str(s.name).empty())
        continue;
      by_place_[{s.section, s.value}].push_back(k);
    }
  }

  void run(const std::string& source, std::string& out) {
    // Pass 1 finds the places that need a label; pass 2 writes.
    for (int pass = 1; pass <= 2; ++pass) {
      out_.clear();
      out_ += "\t.file\t" + quote(source) + "\n";
      out_ += "# kit cc -S: the machine code kit generated for " + source + " (target " +
              t_.name + "),\n# written back as GNU assembler source. See docs/OBJDUMP.md.\n";
      bool stack_note = false;
      for (uint32_t si = 1; si <= o_.sections.size(); ++si) {
        section(si);
        stack_note |= o_.str(o_.section(si).name) == ".note.GNU-stack";
      }
      // ELF objects say their stack need not be executable (kit's ELF
      // writer adds this section to every object; so does gcc -S).
      if (elf_ && !stack_note) out_ += "\n\t.section\t.note.GNU-stack,\"\",@progbits\n";
      for (uint32_t k = 0; k < o_.symbols.size(); ++k) {
        const obj::Symbol& s = o_.symbols[k];
        std::string_view n = o_.str(s.name);
        if (n.empty()) continue;
        if (s.section == obj::Symbol::kCommon) {
          out_ += "\t.comm\t" + std::string(n) + "," + std::to_string(s.size) + "," +
                  std::to_string(s.value) + "\n";
        } else if (s.section == obj::Symbol::kUndefined) {
          if (s.binding == obj::Binding::Weak) out_ += "\t.weak\t" + std::string(n) + "\n";
          // A thread-local reference through a .reloc directive does not
          // tell the assembler the symbol is TLS.
          if (elf_ && s.type == obj::SymbolType::Tls)
            out_ += "\t.type\t" + std::string(n) + ", @tls_object\n";
        }
      }
    }
    out += out_;
  }

 private:
  const RelocKindInfo* kind(uint32_t k) const { return find_reloc_kind(kinds_, k); }

  // The name to write for a place: a symbol defined there, else a label.
  // Inside code, a place that is not an instruction boundary (a jump
  // table's compensating addend, say) is written relative to the start of
  // its section, so that no label splits an instruction.
  std::string place_name(uint32_t section, uint64_t off) {
    if (auto it = by_place_.find({section, off}); it != by_place_.end())
      return std::string(o_.str(o_.symbols[it->second.front()].name));
    if (section < 1 || section > o_.sections.size()) return "";
    const obj::Section& s = o_.section(section);
    if (off > s.size) return "";
    if ((s.flags & obj::kExec) && off != 0 && off != s.size && !boundary(section, off))
      return place_name(section, 0) + "+" + std::to_string(off);
    labels_.insert({section, off});
    return synthetic_label(o_, section, off);
  }
  // Whether an instruction starts at off, decoding the section from its start.
  bool boundary(uint32_t section, uint64_t off) {
    auto [it, fresh] = boundaries_.try_emplace(section);
    if (fresh) {
      const obj::Section& s = o_.section(section);
      for (uint64_t at = 0; at < s.data.size();) {
        it->second.insert(at);
        std::string t;
        size_t n = arch_.disassemble_one(
            std::span<const uint8_t>(s.data.data() + at, s.data.size() - at), at, t_, t);
        at += n ? n : 1;
      }
    }
    return it->second.count(off) != 0;
  }

  // "sym+addend" for a relocation target; pc_extra is what a pc-relative
  // operand adds (end of instruction - place).
  std::string target_expr(const obj::Reloc& r, int64_t extra) {
    if (r.symbol >= o_.symbols.size()) return "";
    const obj::Symbol& s = o_.symbols[r.symbol];
    int64_t a = r.addend + extra;
    if (s.type == obj::SymbolType::Section) {
      if (a < 0) return "";
      std::string n = place_name(s.section, static_cast<uint64_t>(a));
      return n;
    }
    std::string_view n = o_.str(s.name);
    if (n.empty()) return "";
    return std::string(n) + signed_dec(a);
  }

  // Whether every relocation of an instruction can be written as a .reloc
  // directive: named kinds against symbols the listing can name.
  bool raw_relocs_ok(const std::vector<const obj::Reloc*>& in, uint64_t) {
    for (const obj::Reloc* r : in) {
      const RelocKindInfo* k = kind(r->kind);
      if (!k || !k->name || reloc_target(*r).empty()) return false;
    }
    return true;
  }
  // "symbol+addend" for a .reloc directive (a section symbol becomes a
  // label in its section).
  std::string reloc_target(const obj::Reloc& r) {
    if (r.symbol >= o_.symbols.size()) return "";
    const obj::Symbol& s = o_.symbols[r.symbol];
    if (s.type == obj::SymbolType::Section) {
      if (s.section < 1 || s.section > o_.sections.size()) return "";
      std::string base = place_name(s.section, 0);
      if (r.addend >= 0 && static_cast<uint64_t>(r.addend) <= o_.section(s.section).size) {
        std::string at = place_name(s.section, static_cast<uint64_t>(r.addend));
        if (!at.empty()) return at;
      }
      return base.empty() ? "" : base + signed_dec(r.addend);
    }
    std::string_view n = o_.str(s.name);
    if (n.empty()) return r.symbol == 0 ? std::to_string(r.addend) : "";
    return std::string(n) + signed_dec(r.addend);
  }

  std::string reloc_comment(const obj::Reloc& r) {
    const RelocKindInfo* k = kind(r.kind);
    std::string sym;
    if (r.symbol < o_.symbols.size()) {
      const obj::Symbol& s = o_.symbols[r.symbol];
      sym = s.type == obj::SymbolType::Section ? std::string(o_.str(o_.section(s.section).name))
                                               : std::string(o_.str(s.name));
    }
    return (k && k->name ? std::string(k->name) : "<kind " + std::to_string(r.kind) + ">") + " " +
           sym + signed_hex(r.addend);
  }

  void section_directive(uint32_t si) {
    const obj::Section& s = o_.section(si);
    std::string name(o_.str(s.name));
    if (name == ".text" || name == ".data" || name == ".bss") {
      out_ += "\t" + name + "\n";
    } else if (!elf_) {
      out_ += "\t.section\t" + name + "\n";
    } else {
      std::string flags;
      if (s.flags & obj::kAlloc) flags += 'a';
      if (s.flags & obj::kWrite) flags += 'w';
      if (s.flags & obj::kExec) flags += 'x';
      if (s.flags & obj::kMerge) flags += 'M';
      if (s.flags & obj::kStrings) flags += 'S';
      if (s.flags & obj::kTls) flags += 'T';
      if (s.flags & obj::kRetain) flags += 'R';
      bool group = s.group && s.group <= o_.groups.size();
      if (group) flags += 'G';
      bool nobits = s.kind == obj::SectionKind::Bss || s.kind == obj::SectionKind::TlsBss;
      std::string type = nobits                          ? "@nobits"
                         : (s.flags & obj::kInitArray) ? "@init_array"
                         : (s.flags & obj::kFiniArray) ? "@fini_array"
                         : (s.flags & obj::kNote)      ? "@note"
                                                       : "@progbits";
      out_ += "\t.section\t" + name + "," + quote(flags) + "," + type;
      if (s.flags & obj::kMerge) out_ += "," + std::to_string(s.entsize ? s.entsize : 1);
      if (group)
        out_ += "," + std::string(o_.str(o_.groups[s.group - 1].signature)) + ",comdat";
      out_ += "\n";
    }
    if (s.align > 1) {
      unsigned p = 0;
      while ((uint64_t{1} << p) < s.align) ++p;
      out_ += "\t.p2align\t" + std::to_string(p) + "\n";
    }
  }

  // Directives and labels at one offset of a section; ends of symbols
  // (.size) come first.
  void labels_at(uint32_t si, uint64_t off) {
    for (const auto& e : ends_)
      if (e.end == off) out_ += "\t.size\t" + e.name + ", .-" + e.name + "\n";
    std::erase_if(ends_, [&](const SizeAt& e) { return e.end == off; });
    if (auto it = by_place_.find({si, off}); it != by_place_.end()) {
      for (uint32_t k : it->second) {
        const obj::Symbol& s = o_.symbols[k];
        std::string n(o_.str(s.name));
        if (s.binding == obj::Binding::Global) out_ += "\t.globl\t" + n + "\n";
        else if (s.binding == obj::Binding::Weak) out_ += "\t.weak\t" + n + "\n";
        if (elf_) {
          switch (s.visibility) {
            case obj::SymbolVisibility::Hidden: out_ += "\t.hidden\t" + n + "\n"; break;
            case obj::SymbolVisibility::Protected: out_ += "\t.protected\t" + n + "\n"; break;
            case obj::SymbolVisibility::Internal: out_ += "\t.internal\t" + n + "\n"; break;
            default: break;
          }
          const char* type = (s.flags & obj::kIndirectFunc)          ? "@gnu_indirect_function"
                             : s.type == obj::SymbolType::Func   ? "@function"
                             : s.type == obj::SymbolType::Object ? "@object"
                             : s.type == obj::SymbolType::Tls    ? "@tls_object"
                                                                 : nullptr;
          if (type) out_ += "\t.type\t" + n + ", " + type + "\n";
          if (s.size) ends_.push_back({n, s.value + s.size, s.size});
        }
        out_ += n + ":\n";
      }
    }
    if (labels_.count({si, off})) out_ += synthetic_label(o_, si, off) + ":\n";
  }

  // Offsets in a section where something must be written.
  std::vector<uint64_t> stops(uint32_t si) {
    std::set<uint64_t> at;
    for (const auto& [place, syms] : by_place_)
      if (place.first == si) {
        at.insert(place.second);
        for (uint32_t k : syms)
          if (o_.symbols[k].size) at.insert(o_.symbols[k].value + o_.symbols[k].size);
      }
    for (const auto& l : labels_)
      if (l.first == si) at.insert(l.second);
    return {at.begin(), at.end()};
  }

  void section(uint32_t si) {
    const obj::Section& s = o_.section(si);
    ends_.clear();
    out_ += "\n";
    section_directive(si);
    std::vector<uint64_t> points = stops(si);
    const uint64_t size = s.size;
    std::vector<obj::Reloc> relocs = s.relocs;
    std::stable_sort(relocs.begin(), relocs.end(),
                     [](const obj::Reloc& a, const obj::Reloc& b) { return a.offset < b.offset; });
    uint64_t off = 0;
    for (;;) {
      labels_at(si, off);
      if (off >= size) break;
      // The contents up to the next place that needs a label.
      auto it = std::upper_bound(points.begin(), points.end(), off);
      uint64_t next = it == points.end() ? size : std::min<uint64_t>(size, *it);
      if (s.data.empty()) {
        out_ += "\t.zero\t" + std::to_string(next - off) + "\n";
      } else if (s.flags & obj::kExec) {
        if (!padding(si, relocs, off, next)) code(si, relocs, off, next);
      } else if (!padding(si, relocs, off, next)) {
        data(si, relocs, off, next);
      }
      off = next;
    }
    for (const auto& e : ends_)  // symbols that end beyond the contents
      out_ += "\t.size\t" + e.name + ", " + std::to_string(e.size) + "\n";
  }

  // Bytes between the end of a symbol and the next symbol that only align
  // it: written as .p2align (the assembler pads code with nops of its own
  // choice, data with zeros), so that re-assembling does not depend on them.
  bool padding(uint32_t si, const std::vector<obj::Reloc>& relocs, uint64_t from, uint64_t to) {
    const obj::Section& s = o_.section(si);
    bool after_function = false;
    for (const auto& [place, syms] : by_place_)
      if (place.first == si)
        for (uint32_t k : syms)
          if (o_.symbols[k].size && o_.symbols[k].value + o_.symbols[k].size == from)
            after_function = true;
    if (!after_function || to >= s.size || !by_place_.count({si, to})) return false;
    for (const obj::Reloc& r : relocs)
      if (r.offset >= from && r.offset < to) return false;
    if (!(s.flags & obj::kExec) && zero_run(s.data, from, to) != to - from) return false;
    unsigned p = 0;
    while (p < 12 && (uint64_t{1} << (p + 1)) <= s.align && to % (uint64_t{1} << (p + 1)) == 0) ++p;
    uint64_t a = uint64_t{1} << p;
    if ((from + a - 1) / a * a != to) return false;
    out_ += "\t.p2align\t" + std::to_string(p) + "\n";
    return true;
  }

  void code(uint32_t si, const std::vector<obj::Reloc>& relocs, uint64_t from, uint64_t to) {
    const obj::Section& s = o_.section(si);
    uint64_t off = from;
    while (off < to) {
      std::span<const uint8_t> bytes(s.data.data() + off, to - off);
      Decoded d = decode(arch_, t_, bytes, off);
      if (!d.length) {
        out_ += "\t.byte\t0x" + hex(bytes[0], 2) + "\t# " + d.text + "\n";
        ++off;
        continue;
      }
      std::string text = d.text;
      std::string comment;
      // Relocated fields become symbol expressions.
      std::vector<const obj::Reloc*> in;
      for (const obj::Reloc& r : relocs)
        if (r.offset >= off && r.offset < off + d.length) in.push_back(&r);
      std::vector<std::pair<size_t, std::string>> replace;  // token index -> text
      for (const obj::Reloc* r : in) {
        const RelocKindInfo* k = kind(r->kind);
        std::string expr;
        size_t tok = SIZE_MAX;
        if (k && k->size && (k->role == RelocKindInfo::Plain || k->role == RelocKindInfo::PltCall) &&
            r->offset + k->size <= off + d.length) {
          tok = changed_token(s, off, d, r->offset, k->size);
          int64_t extra = k->pc_relative ? static_cast<int64_t>(off + d.length - r->offset) : 0;
          if (tok != SIZE_MAX) expr = target_expr(*r, extra);
        }
        if (!expr.empty()) {
          replace.push_back({tok, expr});
        } else {
          comment += (comment.empty() ? "" : "; ") + reloc_comment(*r);
        }
      }
      // Branch targets inside the section become labels.
      for (size_t k : d.addresses) {
        const HexToken& t = d.tokens[k];
        if (t.in_comment) continue;
        if (std::any_of(replace.begin(), replace.end(), [&](const auto& p) { return p.first == k; }))
          continue;
        if (t.value <= s.size) replace.push_back({k, place_name(si, t.value)});
      }
      if (!replace.empty()) {
        std::sort(replace.begin(), replace.end());
        std::string t2;
        size_t at = 0;
        for (const auto& [k, repl] : replace) {
          const HexToken& tok = d.tokens[k];
          t2.append(text, at, tok.pos - at);
          t2 += repl;
          at = tok.pos + tok.len;
        }
        t2.append(text, at, std::string::npos);
        text = t2;
      }
      // The decoder's "# 0x..." note after a RIP-relative operand: name the
      // place, or drop it when a relocation decides the place.
      if (size_t h = text.find("        # "); h != std::string::npos) {
        std::string note = text.substr(h + 10);
        text.erase(h);
        if (in.empty()) {
          auto toks = hex_tokens(note);
          if (toks.size() == 1 && toks[0].value < s.size)
            comment = place_name(si, toks[0].value) + (comment.empty() ? "" : "; " + comment);
        }
      }
      // A relocation with no symbolic spelling (GOT, TLS, ...): on ELF the
      // instruction is written as its bytes with a .reloc directive per
      // relocation (GNU as takes the psABI names), the text as a comment.
      // A TLS general/local-dynamic access is a fixed sequence a linker
      // relaxes by its bytes: the instruction after it (the call) is
      // written as bytes too.
      bool raw = raw_next_;
      raw_next_ = false;
      if (elf_ && (raw || !comment.empty()) && raw_relocs_ok(in, off)) {
        for (const obj::Reloc* r : in)
          if (const RelocKindInfo* k = kind(r->kind);
              k && (k->role == RelocKindInfo::TlsGd || k->role == RelocKindInfo::TlsLd))
            raw_next_ = true;
        for (const obj::Reloc* r : in)
          out_ += "\t.reloc\t.+" + std::to_string(r->offset - off) + ", " + kind(r->kind)->name + ", " +
                  reloc_target(*r) + "\n";
        out_ += "\t.byte\t";
        for (size_t b = 0; b < d.length; ++b)
          out_ += (b ? "," : "") + std::string("0x") + hex(bytes[b], 2);
        out_ += "\t# " + text + "\n";
        off += d.length;
        continue;
      }
      out_ += "\t" + text;
      if (!comment.empty()) out_ += "\t# " + comment;
      out_ += "\n";
      off += d.length;
    }
  }

  // The token of d that renders the field [field, field+size): decode
  // again with the field changed and see which number moved.
  size_t changed_token(const obj::Section& s, uint64_t off, const Decoded& d, uint64_t field,
                       unsigned size) {
    std::vector<uint8_t> copy(s.data.begin() + static_cast<ptrdiff_t>(off),
                              s.data.begin() + static_cast<ptrdiff_t>(off + d.length));
    for (unsigned b = 0; b < size; ++b) copy[field - off + b] ^= static_cast<uint8_t>(0x5a + b);
    std::string t;
    if (arch_.disassemble_one(copy, off, t_, t) != d.length) return SIZE_MAX;
    std::vector<HexToken> a = d.tokens, b = hex_tokens(t);
    if (a.empty()) a = hex_tokens(d.text);
    if (a.size() != b.size()) return SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i)
      if (a[i].value != b[i].value && !a[i].in_comment) return i;
    return SIZE_MAX;
  }

  // A table of offsets (a jump table): pc-relative entries whose addends
  // compensate for their distance from the table start, so that each holds
  // "target - table". Written that way (".long .Ltarget-.Ltable"), the
  // table keeps its meaning when an assembler lays the code out anew.
  std::string table_entry(uint32_t si, const std::vector<obj::Reloc>& relocs, const obj::Reloc& r,
                          unsigned size) {
    if (r.symbol >= o_.symbols.size()) return "";
    const obj::Symbol& sym = o_.symbols[r.symbol];
    if (sym.type != obj::SymbolType::Section || sym.section < 1 || sym.section > o_.sections.size())
      return "";
    if (!(o_.section(sym.section).flags & obj::kExec)) return "";
    // The table starts where the run of same-kind entries before r starts.
    uint64_t start = r.offset;
    for (bool more = true; more && start >= size;) {
      more = false;
      for (const obj::Reloc& x : relocs)
        if (x.offset == start - size && x.kind == r.kind && x.symbol == r.symbol) {
          start -= size;
          more = true;
          break;
        }
    }
    int64_t target = r.addend - static_cast<int64_t>(r.offset - start);
    if (target < 0 || static_cast<uint64_t>(target) > o_.section(sym.section).size ||
        !boundary(sym.section, static_cast<uint64_t>(target)))
      return "";
    return place_name(sym.section, static_cast<uint64_t>(target)) + "-" + place_name(si, start);
  }

  void data(uint32_t si, const std::vector<obj::Reloc>& relocs, uint64_t from, uint64_t to) {
    const obj::Section& s = o_.section(si);
    uint64_t off = from;
    std::vector<uint8_t> pending;
    auto flush_bytes = [&]() {
      for (size_t i = 0; i < pending.size(); i += 16) {
        out_ += "\t.byte\t";
        for (size_t k = i; k < std::min(pending.size(), i + 16); ++k)
          out_ += (k > i ? "," : "") + std::string("0x") + hex(pending[k], 2);
        out_ += "\n";
      }
      pending.clear();
    };
    while (off < to) {
      // A relocation here?
      const obj::Reloc* r = nullptr;
      for (const obj::Reloc& x : relocs)
        if (x.offset == off) r = &x;
      if (r) {
        const RelocKindInfo* k = kind(r->kind);
        unsigned size = k ? k->size : 0;
        if (size && off + size <= to) {
          flush_bytes();
          const char* dir = size == 8 ? ".quad" : size == 4 ? ".long" : size == 2 ? ".value" : ".byte";
          std::string expr;
          if (k->role == RelocKindInfo::Plain) {
            if (k->pc_relative) expr = table_entry(si, relocs, *r, size);
            if (expr.empty()) {
              expr = target_expr(*r, 0);
              if (!expr.empty() && k->pc_relative) expr += "-.";
            }
          }
          if (!expr.empty()) {
            out_ += std::string("\t") + dir + "\t" + expr + "\n";
          } else if (elf_ && k->name && !reloc_target(*r).empty()) {
            out_ += std::string("\t.reloc\t., ") + k->name + ", " + reloc_target(*r) + "\n\t.byte\t";
            for (unsigned b = 0; b < size; ++b)
              out_ += (b ? "," : "") + std::string("0x") + hex(s.data[off + b], 2);
            out_ += "\n";
          } else {
            out_ += "\t.byte\t";
            for (unsigned b = 0; b < size; ++b)
              out_ += (b ? "," : "") + std::string("0x") + hex(s.data[off + b], 2);
            out_ += "\t# " + reloc_comment(*r) + "\n";
          }
          off += size;
          continue;
        }
      }
      uint64_t next_reloc = to;
      for (const obj::Reloc& x : relocs)
        if (x.offset > off && x.offset < next_reloc) next_reloc = x.offset;
      // Strings: NUL-terminated runs of text.
      if ((s.flags & obj::kStrings) && pending.empty()) {
        uint64_t e = off;
        while (e < next_reloc && s.data[e] != 0) ++e;
        if (e < next_reloc) {
          out_ += "\t.string\t" +
                  quote(std::string_view(reinterpret_cast<const char*>(s.data.data() + off), e - off)) +
                  "\n";
          off = e + 1;
          continue;
        }
      }
      // Long runs of zeros.
      size_t z = zero_run(s.data, off, next_reloc);
      if (z >= 16) {
        flush_bytes();
        out_ += "\t.zero\t" + std::to_string(z) + "\n";
        off += z;
        continue;
      }
      pending.push_back(s.data[off]);
      ++off;
    }
    flush_bytes();
  }

  const obj::ObjectFile& o_;
  const ArchPlugin& arch_;
  const TargetSpec& t_;
  bool elf_;
  std::span<const RelocKindInfo> kinds_;
  std::map<std::pair<uint32_t, uint64_t>, std::vector<uint32_t>> by_place_;
  std::set<std::pair<uint32_t, uint64_t>> labels_;
  std::map<uint32_t, std::set<uint64_t>> boundaries_;
  struct SizeAt {
    std::string name;
    uint64_t end, size;
  };
  std::vector<SizeAt> ends_;  // .size directives still to write
  bool raw_next_ = false;     // write the next instruction as bytes (TLS sequences)
  std::string out_;
};

}  // namespace

void assembly(const obj::ObjectFile& object, const ArchPlugin& arch, const TargetSpec& target,
              const std::string& source, std::string& out) {
  AsmWriter w(object, arch, target);
  w.run(source, out);
}

}  // namespace kit::host::listing
