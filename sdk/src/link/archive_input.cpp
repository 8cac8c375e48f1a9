// ar archives as link inputs: the member list and the symbol index
// ("armap") that lets the linker fetch a member only when one of its
// symbols is needed.
//
// Layout (the common ar format, as GNU and BSD write it): the magic
// "!<arch>\n" (or "!<thin>\n" for a thin archive whose members stay in
// their own files), then members, each a 60-byte text header (name[16]
// date[12] uid[6] gid[6] mode[8] size[10] "`\n") and its data padded to an
// even offset. Special members: "/" is the GNU symbol index (a big-endian
// 32-bit count, that many member-header offsets, then the NUL-terminated
// names in the same order), "/SYM64/" the same with 64-bit numbers, "//"
// the long-name table ("/123" names the entry at offset 123, each ending
// in "/\n"); BSD writes "#1/LEN" (the name is the first LEN data bytes)
// and "__.SYMDEF" (little-endian ranlib pairs of name offset and member
// offset). Members are identified by header offset, never by name:
// musl's libc.a holds two different members named free.o.
#include <cstring>
#include <filesystem>
#include <map>

#include "internal.hpp"

namespace kit::link::detail {

namespace {

constexpr char kMagic[] = "!<arch>\n";
constexpr char kThinMagic[] = "!<thin>\n";

[[noreturn]] void corrupt(const std::string& path, uint64_t off, const std::string& what) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(off));
  throw Error(SourceLoc{path}, "malformed archive: " + what + " at offset " + buf);
}

uint64_t parse_decimal(const char* p, size_t n, bool& ok) {
  uint64_t v = 0;
  size_t i = 0;
  while (i < n && p[i] == ' ') ++i;
  size_t digits = 0;
  for (; i < n && p[i] >= '0' && p[i] <= '9'; ++i, ++digits) v = v * 10 + static_cast<uint64_t>(p[i] - '0');
  while (i < n && p[i] == ' ') ++i;
  ok = digits > 0 && i == n;
  return v;
}

uint32_t be32(const uint8_t* p) { return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | p[3]; }
uint64_t be64(const uint8_t* p) { return uint64_t{be32(p)} << 32 | be32(p + 4); }
uint32_t le32(const uint8_t* p) { return uint32_t{p[3]} << 24 | uint32_t{p[2]} << 16 | uint32_t{p[1]} << 8 | p[0]; }

}  // namespace

bool is_archive(std::span<const uint8_t> bytes) {
  return bytes.size() >= 8 && (std::memcmp(bytes.data(), kMagic, 8) == 0 ||
                               std::memcmp(bytes.data(), kThinMagic, 8) == 0);
}

ArchiveIndex read_archive(std::shared_ptr<const FileBuffer> file, ArchiveInput& out) {
  const std::string& path = file->path();
  std::span<const uint8_t> b = file->bytes();
  bool thin = std::memcmp(b.data(), kThinMagic, 8) == 0;
  out.path = path;
  out.file = file;
  ArchiveIndex index;
  std::span<const uint8_t> symtab, longnames;
  bool symtab64 = false, bsd_symdef = false;
  std::map<uint64_t, uint32_t> member_at;  // header offset -> member index
  uint64_t pos = 8;
  while (pos < b.size()) {
    if (b.size() - pos < 60) {
      if (b.size() - pos == 1 && b[pos] == '\n') break;  // trailing pad
      corrupt(path, pos, "truncated member header");
    }
    const char* h = reinterpret_cast<const char*>(b.data() + pos);
    if (h[58] != '`' || h[59] != '\n') corrupt(path, pos, "bad member header");
    bool ok = false;
    uint64_t size = parse_decimal(h + 48, 10, ok);
    if (!ok) corrupt(path, pos, "bad member size");
    uint64_t data = pos + 60;
    std::string raw(h, 16);
    while (!raw.empty() && raw.back() == ' ') raw.pop_back();
    bool is_special = raw == "/" || raw == "/SYM64/" || raw == "//" || raw == "__.SYMDEF" ||
                      raw == "__.SYMDEF SORTED";
    // Thin archives store only the headers of ordinary members.
    uint64_t stored = (thin && !is_special) ? 0 : size;
    if (stored > b.size() - data) corrupt(path, pos, "member extends past the end of the archive");
    std::span<const uint8_t> body = b.subspan(data, stored);
    if (raw == "/") {
      symtab = body;
    } else if (raw == "/SYM64/") {
      symtab = body;
      symtab64 = true;
    } else if (raw == "//") {
      longnames = body;
    } else if (raw == "__.SYMDEF" || raw == "__.SYMDEF SORTED") {
      symtab = body;
      bsd_symdef = true;
    } else {
      std::string name;
      std::span<const uint8_t> mbytes = body;
      if (raw.size() > 1 && raw[0] == '/' && raw[1] >= '0' && raw[1] <= '9') {
        uint64_t off = parse_decimal(raw.data() + 1, raw.size() - 1, ok);
        if (!ok || off >= longnames.size()) corrupt(path, pos, "bad long member name");
        const char* s = reinterpret_cast<const char*>(longnames.data() + off);
        size_t n = 0;
        while (off + n < longnames.size() && s[n] != '\n' && s[n] != '\0') ++n;
        name.assign(s, n);
        if (!name.empty() && name.back() == '/') name.pop_back();
      } else if (raw.rfind("#1/", 0) == 0) {
        uint64_t n = parse_decimal(raw.data() + 3, raw.size() - 3, ok);
        if (!ok || n > body.size()) corrupt(path, pos, "bad BSD member name");
        name.assign(reinterpret_cast<const char*>(body.data()), n);
        while (!name.empty() && name.back() == '\0') name.pop_back();
        mbytes = body.subspan(n);
      } else {
        name = raw;
        if (!name.empty() && name.back() == '/') name.pop_back();
      }
      ArchiveInput::Member m;
      m.name = name;
      m.offset = pos;
      if (thin) {
        std::filesystem::path p = name;
        if (p.is_relative()) p = std::filesystem::path(path).parent_path() / p;
        m.external = FileBuffer::map(p.string());
        m.bytes = m.external->bytes();
      } else {
        m.bytes = mbytes;
      }
      member_at[pos] = static_cast<uint32_t>(out.members.size());
      out.members.push_back(std::move(m));
    }
    pos = data + stored + (stored & 1);
  }

  if (symtab.empty()) return index;
  index.has_index = true;
  auto member_index = [&](uint64_t off) -> uint32_t {
    auto it = member_at.find(off);
    if (it == member_at.end()) corrupt(path, off, "symbol index names no member");
    return it->second;
  };
  if (bsd_symdef) {
    if (symtab.size() < 4) corrupt(path, 8, "truncated symbol index");
    uint32_t ranlib_bytes = le32(symtab.data());
    if (ranlib_bytes % 8 || ranlib_bytes > symtab.size() - 8) corrupt(path, 8, "bad symbol index");
    const uint8_t* strs_at = symtab.data() + 4 + ranlib_bytes;
    uint32_t strsize = le32(strs_at);
    if (strsize > symtab.size() - 8 - ranlib_bytes) corrupt(path, 8, "bad symbol index");
    const char* strs = reinterpret_cast<const char*>(strs_at + 4);
    for (uint32_t i = 0; i < ranlib_bytes / 8; ++i) {
      uint32_t strx = le32(symtab.data() + 4 + 8 * i), off = le32(symtab.data() + 8 + 8 * i);
      if (strx >= strsize) corrupt(path, 8, "bad symbol index");
      size_t n = strnlen(strs + strx, strsize - strx);
      index.symbols.emplace_back(std::string_view(strs + strx, n), member_index(off));
    }
    return index;
  }
  size_t w = symtab64 ? 8 : 4;
  if (symtab.size() < w) corrupt(path, 8, "truncated symbol index");
  uint64_t count = symtab64 ? be64(symtab.data()) : be32(symtab.data());
  if (count > (symtab.size() - w) / w) corrupt(path, 8, "symbol index count too large");
  const char* names = reinterpret_cast<const char*>(symtab.data() + w + count * w);
  const char* end = reinterpret_cast<const char*>(symtab.data() + symtab.size());
  index.symbols.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    const uint8_t* e = symtab.data() + w + i * w;
    uint64_t off = symtab64 ? be64(e) : be32(e);
    if (names >= end) corrupt(path, 8, "symbol index names run past its end");
    size_t n = strnlen(names, static_cast<size_t>(end - names));
    index.symbols.emplace_back(std::string_view(names, n), member_index(off));
    names += n + 1;
  }
  return index;
}

}  // namespace kit::link::detail
