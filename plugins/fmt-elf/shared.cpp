// Reading an ELF shared library as a link input: which symbols it exports,
// under which version, and the name an executable records to load it.
//
// gABI 5 "Dynamic Section" and "Dynamic Linking"; symbol versioning as the
// LSB specifies it ("Symbol Versioning", .gnu.version / .gnu.version_d):
//
//  - .dynsym (SHT_DYNSYM, its strings in the section sh_link names) lists
//    every symbol the library defines for others and every one it needs
//    (st_shndx SHN_UNDEF).
//  - .gnu.version (SHT_GNU_versym) has one 16-bit entry per .dynsym symbol:
//    0 local, 1 global (unversioned), otherwise an index into the version
//    definitions; bit 15 (VERSYM_HIDDEN) marks a non-default version
//    (name@VER rather than name@@VER). A reference without a version binds
//    to the default version only, so hidden ones are not exported here.
//  - .gnu.version_d (SHT_GNU_verdef, sh_info entries) defines the version
//    names: Verdef records chained by vd_next, each with Verdaux names (the
//    first is the version's own name); the VER_FLG_BASE one names the file.
//  - DT_SONAME in .dynamic is the name DT_NEEDED records; without one, the
//    file name is used (as GNU ld does).
//
// Copy relocations need a symbol's size and alignment: the alignment is the
// largest power of two dividing its address, capped by its section's
// sh_addralign.
#include <filesystem>

#include "link_context.hpp"

namespace kit::elf {

namespace {

[[noreturn]] void bad(const std::string& name, const std::string& m) { throw Error(SourceLoc{name}, m); }

template <class C>
std::unique_ptr<link::SharedLibrary> read_impl(std::shared_ptr<const link::FileBuffer> file,
                                               const std::string& name, uint16_t machine) {
  std::span<const uint8_t> f = file->bytes();
  auto fail = [&](const std::string& m) { bad(name, m); };
  Ehdr eh = C::get_ehdr(f.data());
  if (eh.type != ET_DYN) fail("not a shared library");
  if (machine && eh.machine != machine)
    fail("shared library is for machine " + std::to_string(eh.machine) + ", not the target's (" +
         std::to_string(machine) + ")");
  if (eh.shoff == 0 || eh.shentsize != C::kShdrSize || eh.shoff > f.size())
    fail("shared library has no usable section header table");
  uint64_t shnum = eh.shnum;
  if (shnum == 0 && f.size() - eh.shoff >= C::kShdrSize) shnum = C::get_shdr(f.data() + eh.shoff).size;
  if (shnum > (f.size() - eh.shoff) / C::kShdrSize) fail("section header table extends past the end of the file");
  std::vector<Shdr> sh(shnum);
  for (uint64_t i = 0; i < shnum; ++i) sh[i] = C::get_shdr(f.data() + eh.shoff + i * C::kShdrSize);
  auto body = [&](uint64_t i) -> std::span<const uint8_t> {
    const Shdr& s = sh[i];
    if (s.type == SHT_NOBITS) return {};
    if (s.offset > f.size() || s.size > f.size() - s.offset)
      fail("section " + std::to_string(i) + " extends past the end of the file");
    return f.subspan(s.offset, s.size);
  };
  uint64_t dynsym = 0, versym = 0, verdef = 0, dynamic = 0;
  for (uint64_t i = 1; i < shnum; ++i) {
    switch (sh[i].type) {
      case SHT_DYNSYM: dynsym = i; break;
      case SHT_GNU_versym: versym = i; break;
      case SHT_GNU_verdef: verdef = i; break;
      case SHT_DYNAMIC: dynamic = i; break;
    }
  }
  auto lib = std::make_unique<link::SharedLibrary>();
  lib->path = name;
  lib->file = file;
  lib->soname = std::filesystem::path(name).filename().string();
  if (!dynsym) return lib;  // nothing exported
  if (sh[dynsym].link >= shnum) fail(".dynsym names a string table that does not exist");
  std::span<const uint8_t> strtab = body(sh[dynsym].link);
  auto str = [&](uint64_t off) -> std::string_view {
    if (off >= strtab.size()) fail("a name offset lies outside .dynstr");
    const char* p = reinterpret_cast<const char*>(strtab.data() + off);
    size_t n = strnlen(p, strtab.size() - off);
    if (off + n >= strtab.size()) fail(".dynstr does not end with a NUL byte");
    return std::string_view(p, n);
  };

  if (dynamic) {
    std::span<const uint8_t> d = body(dynamic);
    for (size_t o = 0; o + C::kDynSize <= d.size(); o += C::kDynSize) {
      Dyn e = C::get_dyn(d.data() + o);
      if (e.tag == DT_NULL) break;
      if (e.tag == DT_SONAME) {
        // DT_SONAME indexes the string table .dynamic's sh_link names.
        uint32_t strsec = sh[dynamic].link;
        if (strsec >= shnum) fail(".dynamic names a string table that does not exist");
        std::span<const uint8_t> ds = body(strsec);
        if (e.val >= ds.size()) fail("DT_SONAME lies outside the string table");
        const char* p = reinterpret_cast<const char*>(ds.data() + e.val);
        lib->soname.assign(p, strnlen(p, ds.size() - e.val));
      }
    }
  }

  // Version names by index.
  if (verdef) {
    std::span<const uint8_t> vd = body(verdef);
    if (sh[verdef].link >= shnum) fail(".gnu.version_d names a string table that does not exist");
    std::span<const uint8_t> vstr = body(sh[verdef].link);
    uint64_t off = 0;
    for (uint32_t k = 0; k < sh[verdef].info; ++k) {
      if (off > vd.size() || vd.size() - off < kVerdefSize) fail("truncated .gnu.version_d");
      Verdef v = C::get_verdef(vd.data() + off);
      if (v.cnt && v.aux) {
        uint64_t a = off + v.aux;
        if (a > vd.size() || vd.size() - a < kVerdauxSize) fail("truncated .gnu.version_d");
        Verdaux aux = C::get_verdaux(vd.data() + a);
        if (aux.name >= vstr.size()) fail("a version name lies outside its string table");
        const char* p = reinterpret_cast<const char*>(vstr.data() + aux.name);
        if (v.ndx >= lib->versions.size()) lib->versions.resize(v.ndx + 1u);
        lib->versions[v.ndx].assign(p, strnlen(p, vstr.size() - aux.name));
      }
      if (!v.next) break;
      off += v.next;
    }
  }

  std::span<const uint8_t> syms = body(dynsym);
  uint64_t n = syms.size() / C::kSymSize;
  std::span<const uint8_t> vs;
  if (versym) {
    vs = body(versym);
    if (vs.size() / 2 < n) fail(".gnu.version has fewer entries than .dynsym");
  }
  lib->symbols.reserve(n);
  for (uint64_t i = 1; i < n; ++i) {
    Sym s = C::get_sym(syms.data() + i * C::kSymSize);
    uint8_t bind = s.bind();
    if (bind == STB_LOCAL) continue;
    std::string_view nm = str(s.name);
    if (nm.empty()) continue;
    if (s.shndx == SHN_UNDEF) {
      lib->undefined.push_back(nm);
      continue;
    }
    uint16_t ver = 1;
    if (versym) {
      ver = ByteOrder<C::kBig>::get16(vs.data() + i * 2);
      if (ver & VERSYM_HIDDEN) continue;  // name@VER: not for unversioned references
      ver &= VERSYM_VERSION;
      if (ver == VER_NDX_LOCAL) continue;
    }
    link::SharedSymbol out;
    out.name = nm;
    out.value = s.value;
    out.size = s.size;
    out.weak = bind == STB_WEAK;
    switch (s.type()) {
      case STT_FUNC:
      case STT_GNU_IFUNC: out.type = obj::SymbolType::Func; break;
      case STT_OBJECT:
      case STT_COMMON: out.type = obj::SymbolType::Object; break;
      case STT_TLS: out.type = obj::SymbolType::Tls; break;
      default: out.type = obj::SymbolType::None; break;
    }
    // Named versions only; index 1 is the file's base (unversioned).
    out.version = ver >= 2 && ver < lib->versions.size() && !lib->versions[ver].empty() ? ver : 0;
    uint64_t align = 1;
    if (s.shndx < shnum) align = std::max<uint64_t>(1, sh[s.shndx].addralign);
    if (s.value) align = std::min<uint64_t>(align, s.value & (~s.value + 1));
    out.align = static_cast<uint32_t>(std::min<uint64_t>(align, 1u << 16));
    lib->symbols.push_back(out);
  }
  return lib;
}

}  // namespace

std::unique_ptr<link::SharedLibrary> read_shared_library(std::shared_ptr<const link::FileBuffer> file,
                                                         const std::string& name, uint16_t machine) {
  std::span<const uint8_t> f = file->bytes();
  if (f.size() < 64 || !is_elf(f) || f[EI_VERSION] != EV_CURRENT ||
      (f[EI_CLASS] != ELFCLASS32 && f[EI_CLASS] != ELFCLASS64) ||
      (f[EI_DATA] != ELFDATA2LSB && f[EI_DATA] != ELFDATA2MSB))
    throw Error(SourceLoc{name}, "not an ELF shared library");
  return dispatch_codec(f[EI_CLASS], f[EI_DATA],
                        [&](auto codec) { return read_impl<decltype(codec)>(file, name, machine); });
}

}  // namespace kit::elf
