#include "objtools.hpp"

#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "kit/diag.hpp"

namespace kit::host::objtools {

namespace fs = std::filesystem;

std::vector<uint8_t> read_file(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error(SourceLoc{path}, "No such file or directory");
  if (fs::is_directory(path, ec)) throw Error(SourceLoc{path}, "is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(SourceLoc{path}, "cannot open file");
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0);
  std::vector<uint8_t> bytes(static_cast<size_t>(size));
  if (size > 0 && !in.read(reinterpret_cast<char*>(bytes.data()), size))
    throw Error(SourceLoc{path}, "cannot read file");
  return bytes;
}

bool walk(const FormatPlugin& format, const std::string& path, uint32_t flags,
          const std::function<void(const obj::Archive&)>& on_archive,
          const std::function<void(Listed&)>& on_file,
          const std::function<void(const std::exception&)>& on_error) {
  std::vector<uint8_t> bytes = read_file(path);
  if (!obj::is_archive(bytes)) {
    Listed l;
    l.path = l.label = path;
    l.object = format.list_file(bytes, path, flags, l.listing);
    on_file(l);
    return true;
  }
  obj::Archive a = obj::Archive::parse(bytes, path);
  on_archive(a);
  bool ok = true;
  for (const obj::ArchiveMember& m : a.members()) {
    Listed l;
    l.path = path;
    l.member = std::string(m.name);
    l.label = path + "(" + l.member + ")";
    try {
      std::vector<uint8_t> external;
      std::span<const uint8_t> data = m.data;
      if (m.external) {
        fs::path p = fs::path(l.member).is_absolute()
                         ? fs::path(l.member)
                         : fs::path(path).parent_path() / l.member;
        external = read_file(p.string());
        data = external;
      }
      l.object = format.list_file(data, l.label, flags, l.listing);
      on_file(l);
    } catch (const Unsupported&) {
      throw;
    } catch (const std::exception& e) {
      ok = false;
      on_error(e);
    }
  }
  return ok;
}

namespace {
bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
}  // namespace

SectionTraits traits(const obj::ObjectFile& o, const FileListing& l, uint32_t index1) {
  const obj::Section& s = o.section(index1);
  SectionTraits t;
  using K = obj::SectionKind;
  const bool nobits = s.kind == K::Bss || s.kind == K::TlsBss || (s.data.empty() && s.size > 0);
  t.contents = !nobits;
  t.alloc = s.flags & obj::kAlloc;
  t.load = t.alloc && t.contents;
  t.reloc = !s.relocs.empty();
  t.readonly = !(s.flags & obj::kWrite);
  t.code = s.flags & obj::kExec;
  t.data = !t.code && t.load;
  // Debugging sections are known by name, and only when not allocated;
  // DWARF ones are also "OCTETS" (addressed in bytes) to BFD.
  std::string_view n = o.str(s.name);
  if (!t.alloc) {
    if (starts_with(n, ".debug") || starts_with(n, ".gnu.debuglto_.debug_") ||
        starts_with(n, ".gnu.linkonce.wi.") || starts_with(n, ".zdebug"))
      t.debugging = t.octets = true;
    else if (starts_with(n, ".gnu.build.attributes") || starts_with(n, ".note.gnu"))
      t.octets = true;
    else if (starts_with(n, ".line") || starts_with(n, ".stab") || n == ".gdb_index")
      t.debugging = true;
  }
  t.tls = s.flags & obj::kTls;
  if (index1 - 1 < l.sections.size()) {
    const auto& p = l.sections[index1 - 1];
    t.group = p.group;
    t.link_once_discard = p.comdat;
    t.exclude = p.exclude;
  }
  return t;
}

std::string attribute_words(const SectionTraits& t) {
  std::string out;
  auto add = [&](bool on, const char* w) {
    if (!on) return;
    if (!out.empty()) out += ", ";
    out += w;
  };
  add(t.contents, "CONTENTS");
  add(t.alloc, "ALLOC");
  add(t.load, "LOAD");
  add(t.reloc, "RELOC");
  add(t.readonly, "READONLY");
  add(t.code, "CODE");
  add(t.data, "DATA");
  add(t.debugging, "DEBUGGING");
  add(t.exclude, "EXCLUDE");
  add(t.octets, "OCTETS");
  add(t.tls, "THREAD_LOCAL");
  add(t.group, "GROUP");
  add(t.link_once_discard, "LINK_ONCE_DISCARD");
  return out;
}

std::string_view section_name(const obj::ObjectFile& o, const obj::Symbol& s) {
  if (s.section == obj::Symbol::kUndefined) return "*UND*";
  if (s.section == obj::Symbol::kAbsolute) return "*ABS*";
  if (s.section == obj::Symbol::kCommon) return "*COM*";
  if (s.section > o.sections.size()) return "*UND*";
  return o.str(o.section(s.section).name);
}

std::string_view symbol_name(const obj::ObjectFile& o, const obj::Symbol& s) {
  if (s.type == obj::SymbolType::Section && s.name == 0 && s.section &&
      s.section <= o.sections.size())
    return o.str(o.section(s.section).name);
  return o.str(s.name);
}

bool is_debugging_symbol(const obj::Symbol& s) {
  return s.type == obj::SymbolType::File || s.type == obj::SymbolType::Section ||
         (s.name == 0 && s.section == obj::Symbol::kUndefined);
}

// bfd_decode_symclass, in the order BFD decides.
char nm_letter(const obj::ObjectFile& o, const FileListing& l, const obj::Symbol& s) {
  const bool weak = s.binding == obj::Binding::Weak;
  const bool object = s.type == obj::SymbolType::Object;
  if (s.section == obj::Symbol::kCommon) return 'C';
  if (s.section == obj::Symbol::kUndefined) return weak ? (object ? 'v' : 'w') : 'U';
  if (s.flags & obj::kIndirectFunc) return 'i';
  if (weak) return object ? 'V' : 'W';
  if (s.flags & obj::kUniqueGlobal) return 'u';
  char c;
  if (s.section == obj::Symbol::kAbsolute || s.section > o.sections.size()) {
    c = 'a';
  } else {
    std::string_view n = o.str(o.section(s.section).name);
    // BFD's table of COFF section names, consulted for every format.
    if (starts_with(n, ".drectve") || starts_with(n, ".idata")) c = 'i';
    else if (starts_with(n, ".edata")) c = 'e';
    else if (starts_with(n, ".pdata")) c = 'p';
    else {
      SectionTraits t = traits(o, l, s.section);
      if (t.code) c = 't';
      else if (t.data) c = t.readonly ? 'r' : 'd';
      else if (!t.contents) c = 'b';
      else if (t.debugging) c = 'N';
      else if (t.readonly) c = 'n';
      else c = '?';
    }
  }
  if (s.binding != obj::Binding::Local) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return c;
}

}  // namespace kit::host::objtools
