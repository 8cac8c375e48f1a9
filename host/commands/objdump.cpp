// kit objdump: section headers (-h), the symbol table (-t), relocations
// (-r) and disassembly (-d, laid out by driver/listing.cpp) of objects,
// archive members, executables and shared libraries, in GNU objdump's
// layout. The format plugin lists the file (FormatPlugin::list_file); the
// arch plugin names relocation types (its RelocKindInfo table) and decodes
// instructions (disassemble_one, when it claims KIT_CAP_DISASSEMBLE).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

#include "../driver/listing.hpp"
#include "../driver/listing.hpp"
#include "../driver/toolchain.hpp"
#include "commands.hpp"
#include "objtools.hpp"

namespace kit::host {

Args take_target(Context& ctx, const Args& args);

namespace {

struct DumpOptions {
  bool headers = false, syms = false, relocs = false, disassemble = false, file_header = false;
};

std::string hex(uint64_t v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*llx", width, static_cast<unsigned long long>(v));
  return buf;
}
std::string hex_min(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(v));
  return buf;
}

// Relocation type names from the arch plugin's table, in this format's
// spelling (list_file gives the format's own type numbers).
class RelocNames {
 public:
  RelocNames(Toolchain& tc, const TargetSpec& t) {
    try {
      kinds_ = tc.arch(0).reloc_kinds();
    } catch (...) {
      // No arch plugin, or one that does not relocate: numbers are printed.
    }
    format_ = t.format;
    arch_ = t.arch;
  }
  std::string name(const std::string& object_arch, uint32_t type) const {
    if (object_arch == arch_)
      for (const RelocKindInfo& k : kinds_) {
        uint32_t n = format_ == "coff" ? k.coff_type : format_ == "macho" ? k.macho_type : k.elf_type;
        if (n == type && k.name) return k.name;
      }
    return "<type " + std::to_string(type) + ">";
  }

 private:
  std::span<const RelocKindInfo> kinds_;
  std::string format_, arch_;
};

std::string addend_text(int64_t a, bool padded) {
  if (!a) return "";
  uint64_t m = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  return std::string(a < 0 ? "-0x" : "+0x") + (padded ? hex(m, 16) : hex_min(m));
}

void dump_headers(const objtools::Listed& f, int width, std::string& out) {
  const obj::ObjectFile& o = *f.object;
  out += "Sections:\nIdx Name          Size      VMA";
  out += std::string(static_cast<size_t>(width) - 1, ' ');
  out += "LMA";
  out += std::string(static_cast<size_t>(width) - 1, ' ');
  out += "File off  Algn\n";
  int idx = 0;
  for (uint32_t i = 1; i <= o.sections.size(); ++i) {
    const auto& p = f.listing.sections[i - 1];
    if (p.hidden) continue;
    const obj::Section& s = o.section(i);
    char line[512];
    unsigned align = 0;
    while (align < 63 && (uint64_t{1} << align) < s.align) ++align;
    std::string name(o.str(s.name));
    if (name.size() < 13) name.resize(13, ' ');
    std::snprintf(line, sizeof line, "%3d %s %s  %s  %s  %s  2**%u\n", idx++, name.c_str(),
                  hex(s.size, 8).c_str(), hex(p.address, width).c_str(),
                  hex(p.load_address, width).c_str(), hex(p.file_offset, 8).c_str(), align);
    out += line;
    out += "                  " + objtools::attribute_words(objtools::traits(o, f.listing, i)) + "\n";
  }
}

void dump_symbols(const objtools::Listed& f, int width, std::string& out) {
  const obj::ObjectFile& o = *f.object;
  out += "SYMBOL TABLE:\n";
  if (!f.listing.has_symbols) {
    out += "no symbols\n\n\n";
    return;
  }
  for (size_t i = 0; i < o.symbols.size(); ++i) {
    const obj::Symbol& s = o.symbols[i];
    if (i == 0 && s.name == 0 && s.section == obj::Symbol::kUndefined) continue;  // null symbol
    const bool common = s.section == obj::Symbol::kCommon;
    const bool undef = s.section == obj::Symbol::kUndefined;
    char flags[8] = "       ";
    if (s.binding == obj::Binding::Local) flags[0] = 'l';
    else if (s.flags & obj::kUniqueGlobal) flags[0] = 'u';
    else if (s.binding == obj::Binding::Global && !common && !undef) flags[0] = 'g';
    if (s.binding == obj::Binding::Weak) flags[1] = 'w';
    if (s.flags & obj::kIndirectFunc) flags[4] = 'i';
    if (s.type == obj::SymbolType::File || s.type == obj::SymbolType::Section) flags[5] = 'd';
    if (s.flags & obj::kIndirectFunc) flags[6] = ' ';  // BFD: an IFUNC is not a function
    else if (s.type == obj::SymbolType::Func) flags[6] = 'F';
    else if (s.type == obj::SymbolType::File) flags[6] = 'f';
    else if (s.type == obj::SymbolType::Object) flags[6] = 'O';
    out += hex(common ? s.size : s.value, width);
    out += ' ';
    out += flags;
    out += ' ';
    out += objtools::section_name(o, s);
    out += '\t';
    out += hex(common ? s.value : s.size, width);
    if (f.listing.versioned) out += "             ";  // the (empty) version column
    switch (s.visibility) {
      case obj::SymbolVisibility::Default: break;
      case obj::SymbolVisibility::Internal: out += " .internal"; break;
      case obj::SymbolVisibility::Hidden: out += " .hidden"; break;
      case obj::SymbolVisibility::Protected: out += " .protected"; break;
    }
    out += ' ';
    out += objtools::symbol_name(o, s);
    out += '\n';
  }
  out += "\n\n";
}

void dump_relocs(const objtools::Listed& f, int width, const RelocNames& names, std::string& out) {
  const obj::ObjectFile& o = *f.object;
  for (uint32_t i = 1; i <= o.sections.size(); ++i) {
    const obj::Section& s = o.section(i);
    if (s.relocs.empty() || f.listing.sections[i - 1].hidden) continue;
    out += "RELOCATION RECORDS FOR [" + std::string(o.str(s.name)) + "]:\n";
    out += "OFFSET" + std::string(static_cast<size_t>(width) - 5, ' ') + "TYPE              VALUE\n";
    for (const obj::Reloc& r : s.relocs) {
      std::string type = names.name(o.arch, r.kind);
      if (type.size() < 16) type.resize(16, ' ');
      out += hex(r.offset, width) + " " + type + "  ";
      const obj::Symbol& sym = o.symbols.at(r.symbol);
      std::string_view n = objtools::symbol_name(o, sym);
      if (r.symbol == 0 && n.empty()) out += "*ABS*";
      else out += n;
      out += addend_text(r.addend, true);
      out += '\n';
    }
    out += "\n\n";
  }
}

}  // namespace

int cmd_objdump(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  DumpOptions o;
  std::vector<std::string> files;
  for (const std::string& a : args) {
    if (a == "--section-headers" || a == "--headers") o.headers = true;
    else if (a == "--syms") o.syms = true;
    else if (a == "--reloc") o.relocs = true;
    else if (a == "--disassemble") o.disassemble = true;
    else if (a == "--file-headers") o.file_header = true;
    else if (a.size() > 1 && a[0] == '-' && a[1] != '-')
      for (size_t k = 1; k < a.size(); ++k) switch (a[k]) {
          case 'h': o.headers = true; break;
          case 't': o.syms = true; break;
          case 'r': o.relocs = true; break;
          case 'd': o.disassemble = true; break;
          case 'f': o.file_header = true; break;
          case 'x': o.headers = o.syms = o.relocs = o.file_header = true; break;
          default:
            throw Error(std::string("objdump: invalid option -- '") + a[k] + "' (see 'kit help objdump')");
        }
    else if (a.size() > 1 && a[0] == '-')
      throw Error("objdump: unrecognized option '" + a + "' (see 'kit help objdump')");
    else files.push_back(a);
  }
  if (!o.headers && !o.syms && !o.relocs && !o.disassemble && !o.file_header)
    throw Error("objdump: give at least one of -d -f -h -r -t -x (see 'kit help objdump')");
  if (files.empty()) files.push_back("a.out");

  const TargetSpec& t = ctx.target();
  Toolchain tc(ctx, t);
  FormatPlugin& format = tc.format(KIT_CAP_READ_OBJECT);
  // Disassembly needs the arch plugin to claim it; say so before any output.
  const ArchPlugin* arch = o.disassemble ? &tc.arch(KIT_CAP_DISASSEMBLE) : nullptr;
  RelocNames names(tc, t);
  int rc = 0;
  std::string out;
  auto report = [&](const std::exception& e) {
    std::cout << out;
    out.clear();
    std::cout.flush();
    auto* ke = dynamic_cast<const Error*>(&e);
    if (ke && !ke->loc().file.empty())
      std::cerr << ke->loc().str() << ": error: " << ke->message() << "\n";
    else
      std::cerr << "kit objdump: error: " << e.what() << "\n";
    rc = 1;
  };
  for (const std::string& path : files) {
    try {
      objtools::walk(
          format, path, kListImages,
          [&](const obj::Archive&) { out += "In archive " + path + ":\n"; },
          [&](objtools::Listed& f) {
            const int width = f.listing.format_name.rfind("elf32", 0) == 0 ? 8 : 16;
            out += "\n" + (f.member.empty() ? path : f.member) + ":     file format " +
                   f.listing.format_name + "\n";
            if (o.file_header) {
              out += "architecture: " + f.object->arch + ", flags 0x" + hex(f.listing.flags, 8) +
                     "\nstart address 0x" + hex(f.listing.entry, width) + "\n";
            }
            out += "\n";
            if (o.headers) dump_headers(f, width, out);
            if (o.syms) dump_symbols(f, width, out);
            if (o.relocs && !o.disassemble) {
              if (f.listing.type == FileListing::Type::Relocatable) dump_relocs(f, width, names, out);
            }
            if (o.disassemble) {
              listing::DisassemblyOptions dopt;
              dopt.relocs = o.relocs;
              const std::string arch_name = f.object->arch;
              listing::disassemble(*f.object, &f.listing, *arch, t,
                                   [&](uint32_t type) { return names.name(arch_name, type); }, dopt,
                                   out);
            }
            std::cout << out;
            out.clear();
          },
          report);
    } catch (const Unsupported&) {
      throw;
    } catch (const std::exception& e) {
      report(e);
    }
  }
  std::cout << out;
  return rc;
}

}  // namespace kit::host
