// ar archives: reading the GNU and BSD variants, writing the GNU one.
//
// The format (no formal standard; what System V/GNU ar and 4.4BSD ar
// write, as described in the ar(5) manual pages):
//
//   "!<arch>\n"                   magic ("!<thin>\n": a thin archive)
//   header, data, ['\n'] ...      members, each starting at an even offset
//
// A member header is 60 bytes of ASCII, space padded:
//   name[16] date[12] uid[6] gid[6] mode[8] (octal) size[10] "`\n"
// with decimal numbers except the mode. Names:
//   GNU  "name/"     a name of up to 15 bytes, ended by '/'
//        "/123"      the name at offset 123 of the long-name table, where
//                    each entry ends with "/\n"
//        "/"         the symbol index: a big-endian 32-bit count N, N
//                    32-bit header offsets, then N NUL-terminated names
//        "/SYM64/"   the same with 64-bit count and offsets
//        "//"        the long-name table
//   BSD  "name"      up to 16 bytes, no terminator
//        "#1/LEN"    the name is the first LEN bytes of the data (padded
//                    with NULs), which the size field includes
//        "__.SYMDEF" (or "__.SYMDEF SORTED"), the index: a 32-bit byte
//                    count of the ranlib array, pairs (name offset, header
//                    offset), a 32-bit string-table size, the strings; in
//                    the writer's byte order (little-endian on every host
//                    kit serves); "__.SYMDEF_64" with 64-bit fields.
// In a thin archive the long-name table holds paths and members carry no
// data: the size field is the external file's size.
//
// The writer produces the GNU variant byte for byte the way `ar rcsD`
// (binutils 2.40) does: the index first (when there are members, even without symbols), its size and
// the long-name table's counting their padding byte, members in the given
// order, timestamps/uid/gid zero and mode 644, '\n' padding; so the same
// inputs give the same bytes.
#include "kit/obj/archive.hpp"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "kit/diag.hpp"

namespace kit::obj {

namespace {

constexpr char kMagic[] = "!<arch>\n";
constexpr char kThinMagic[] = "!<thin>\n";
constexpr size_t kHeaderSize = 60;

std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
  return buf;
}

// A decimal (or octal) field: digits, then spaces. An all-space field is 0.
bool parse_number(const uint8_t* p, size_t n, unsigned base, uint64_t& out) {
  size_t i = 0;
  uint64_t v = 0;
  while (i < n && p[i] == ' ') ++i;  // tolerated leading blanks
  size_t digits = 0;
  for (; i < n && p[i] >= '0' && p[i] < '0' + base; ++i, ++digits) {
    if (v > (UINT64_MAX - 9) / base) return false;
    v = v * base + (p[i] - '0');
  }
  for (; i < n; ++i)
    if (p[i] != ' ') return false;
  out = v;
  return true;
}

std::string field_text(const uint8_t* p, size_t n) {
  std::string s(reinterpret_cast<const char*>(p), n);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e) c = '?';
  return s;
}

uint32_t get_be32(const uint8_t* p) {
  return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | p[3];
}
uint64_t get_be64(const uint8_t* p) { return uint64_t{get_be32(p)} << 32 | get_be32(p + 4); }
uint32_t get_le32(const uint8_t* p) {
  return uint32_t{p[3]} << 24 | uint32_t{p[2]} << 16 | uint32_t{p[1]} << 8 | p[0];
}
uint64_t get_le64(const uint8_t* p) { return uint64_t{get_le32(p + 4)} << 32 | get_le32(p); }

class Parser {
 public:
  Parser(std::span<const uint8_t> b, const std::string& name) : b_(b), name_(name) {}

  [[noreturn]] void fail(uint64_t at, const std::string& what) const {
    throw Error(SourceLoc{name_}, "malformed archive: " + what + " (at offset " + hex(at) + ")");
  }

  void run(bool& thin, bool& has_index, Archive::Variant& variant,
           std::vector<ArchiveMember>& members, std::vector<ArchiveSymbol>& symbols) {
    if (b_.size() < 8) throw Error(SourceLoc{name_}, "not an archive: file too short");
    if (std::memcmp(b_.data(), kThinMagic, 8) == 0) thin = true;
    else if (std::memcmp(b_.data(), kMagic, 8) != 0)
      throw Error(SourceLoc{name_}, "not an archive: bad magic");
    uint64_t off = 8;
    std::span<const uint8_t> long_names;
    struct PendingIndex {
      uint64_t header, data, size;
      enum { Gnu32, Gnu64, Bsd32, Bsd64 } kind;
    };
    std::vector<PendingIndex> indexes;
    bool first = true;
    while (off < b_.size()) {
      // A lone padding byte at the very end is tolerated.
      if (b_.size() - off < kHeaderSize) {
        if (b_.size() - off == 1 && b_[off] == '\n') break;
        fail(off, "member header is truncated: " + std::to_string(b_.size() - off) +
                      " bytes left, a header needs 60");
      }
      const uint8_t* h = b_.data() + off;
      if (h[58] != '`' || h[59] != '\n')
        fail(off, "member header does not end with \"`\\n\"");
      uint64_t size = 0, date = 0, uid = 0, gid = 0, mode = 0;
      if (!parse_number(h + 48, 10, 10, size))
        fail(off, "member size field '" + field_text(h + 48, 10) + "' is not a decimal number");
      // Date, ids and mode are informational; garbage reads as 0.
      if (!parse_number(h + 16, 12, 10, date)) date = 0;
      if (!parse_number(h + 28, 6, 10, uid)) uid = 0;
      if (!parse_number(h + 34, 6, 10, gid)) gid = 0;
      if (!parse_number(h + 40, 8, 8, mode)) mode = 0;
      const uint64_t data_off = off + kHeaderSize;
      std::string_view raw(reinterpret_cast<const char*>(h), 16);
      const bool special_gnu = raw[0] == '/' && (raw[1] == ' ' || raw[1] == '/' ||
                                                  raw.substr(0, 7) == "/SYM64/");
      // Thin archives store no member data, only the index and name table.
      const bool stored = !thin || special_gnu;
      if (stored && size > b_.size() - data_off)
        fail(off, "member data (size " + std::to_string(size) + ") extends past the end of the file");

      ArchiveMember m;
      m.header_offset = off;
      m.data_offset = data_off;
      m.size = size;
      m.date = date;
      m.uid = static_cast<uint32_t>(uid);
      m.gid = static_cast<uint32_t>(gid);
      m.mode = static_cast<uint32_t>(mode);
      bool is_member = true;
      if (raw.substr(0, 16) == "/               ") {
        // A second "/" right after the first is the Microsoft linker
        // member (little-endian, sorted); the first one says the same.
        if (indexes.empty() || indexes.back().kind != PendingIndex::Gnu32)
          indexes.push_back({off, data_off, size, PendingIndex::Gnu32});
        is_member = false;
        variant = Archive::Variant::Gnu;
      } else if (raw.substr(0, 7) == "/SYM64/") {
        indexes.push_back({off, data_off, size, PendingIndex::Gnu64});
        is_member = false;
        variant = Archive::Variant::Gnu;
      } else if (raw.substr(0, 2) == "//") {
        if (!long_names.empty()) fail(off, "a second long-name table");
        long_names = b_.subspan(data_off, size);
        is_member = false;
        variant = Archive::Variant::Gnu;
      } else if (raw[0] == '/') {
        // "/123": an entry of the long-name table.
        uint64_t at = 0;
        if (!parse_number(h + 1, 15, 10, at) || h[1] == ' ')
          fail(off, "member name '" + field_text(h, 16) + "' is neither a name nor a long-name reference");
        if (long_names.empty())
          fail(off, "member name '" + field_text(h, 16) + "' refers to a long-name table the archive does not have");
        if (at >= long_names.size())
          fail(off, "member name '" + field_text(h, 16) + "' is past the end of the long-name table (" +
                        std::to_string(long_names.size()) + " bytes)");
        const char* s = reinterpret_cast<const char*>(long_names.data()) + at;
        size_t max = long_names.size() - at, n = 0;
        while (n < max && s[n] != '\n' && s[n] != '\0') ++n;
        if (n == max) fail(off, "long name at offset " + std::to_string(at) + " is not terminated");
        if (n > 0 && s[n - 1] == '/') --n;
        m.name = std::string_view(s, n);
      } else if (raw.substr(0, 3) == "#1/") {
        // The name is stored in the data, which thin archives do not hold.
        if (thin) fail(off, "a thin archive member has a BSD name ('#1/LEN') with no data to hold it");
        uint64_t len = 0;
        if (!parse_number(h + 3, 13, 10, len))
          fail(off, "BSD member name length '" + field_text(h + 3, 13) + "' is not a decimal number");
        if (len > size)
          fail(off, "BSD member name length " + std::to_string(len) + " exceeds the member size " +
                        std::to_string(size));
        const char* s = reinterpret_cast<const char*>(b_.data() + data_off);
        size_t n = static_cast<size_t>(len);
        while (n > 0 && s[n - 1] == '\0') --n;
        m.name = std::string_view(s, n);
        m.data_offset = data_off + len;
        m.size = size - len;
        if (variant == Archive::Variant::Unknown) variant = Archive::Variant::Bsd;
        if (first && (m.name == "__.SYMDEF" || m.name == "__.SYMDEF SORTED" ||
                      m.name == "__.SYMDEF_64" || m.name == "__.SYMDEF_64 SORTED")) {
          indexes.push_back({off, m.data_offset, m.size,
                             m.name.find("_64") != std::string_view::npos ? PendingIndex::Bsd64
                                                                          : PendingIndex::Bsd32});
          is_member = false;
        }
      } else {
        // A short name: GNU ends it with '/', BSD pads with spaces.
        size_t n = 16;
        while (n > 0 && raw[n - 1] == ' ') --n;
        if (n > 0 && raw[n - 1] == '/') --n;
        m.name = raw.substr(0, n);
        if (first && (m.name == "__.SYMDEF" || m.name == "__.SYMDEF SORTED")) {
          // BSD has no thin archives: a thin archive stores no data for it.
          if (thin) fail(off, "a thin archive has a BSD symbol index ('" + std::string(m.name) + "'), which it cannot store");
          indexes.push_back({off, data_off, size, PendingIndex::Bsd32});
          is_member = false;
          variant = Archive::Variant::Bsd;
        }
      }
      if (is_member) {
        if (thin) {
          m.external = true;
        } else {
          m.data = b_.subspan(m.data_offset, m.size);
        }
        members.push_back(m);
      }
      first = false;
      off = data_off + (stored ? size : 0);
      if (off & 1) ++off;
    }

    // Symbol indexes, checked against the member list.
    for (const PendingIndex& ix : indexes) {
      has_index = true;
      auto d = b_.subspan(ix.data, ix.size);
      size_t before = symbols.size();
      switch (ix.kind) {
        case PendingIndex::Gnu32:
        case PendingIndex::Gnu64: {
          const size_t w = ix.kind == PendingIndex::Gnu64 ? 8 : 4;
          if (d.size() < w) fail(ix.header, "symbol index is too short for its count");
          uint64_t n = w == 8 ? get_be64(d.data()) : get_be32(d.data());
          if (n > (d.size() - w) / w)
            fail(ix.header, "symbol index claims " + std::to_string(n) + " entries, more than its " +
                                std::to_string(d.size()) + " bytes hold");
          const uint8_t* offs = d.data() + w;
          const char* str = reinterpret_cast<const char*>(d.data() + w + n * w);
          size_t left = d.size() - w - n * w;
          symbols.reserve(before + n);
          for (uint64_t i = 0; i < n; ++i) {
            const void* z = std::memchr(str, 0, left);
            if (!z)
              fail(ix.header, "symbol index has " + std::to_string(n) + " entries but only " +
                                  std::to_string(i) + " names");
            size_t len = static_cast<size_t>(static_cast<const char*>(z) - str);
            uint64_t mo = w == 8 ? get_be64(offs + i * w) : get_be32(offs + i * w);
            symbols.push_back({std::string_view(str, len), mo});
            str += len + 1;
            left -= len + 1;
          }
          break;
        }
        case PendingIndex::Bsd32:
        case PendingIndex::Bsd64: {
          const size_t w = ix.kind == PendingIndex::Bsd64 ? 8 : 4;
          auto get = [&](const uint8_t* p) { return w == 8 ? get_le64(p) : uint64_t{get_le32(p)}; };
          if (d.size() < w) fail(ix.header, "__.SYMDEF is too short");
          uint64_t ranlib_bytes = get(d.data());
          if (ranlib_bytes % (2 * w) || ranlib_bytes > d.size() - w ||
              d.size() - w - ranlib_bytes < w)
            fail(ix.header, "__.SYMDEF ranlib array size " + std::to_string(ranlib_bytes) +
                                " does not fit its " + std::to_string(d.size()) + " bytes");
          const uint8_t* arr = d.data() + w;
          uint64_t strsize = get(arr + ranlib_bytes);
          const uint8_t* strs = arr + ranlib_bytes + w;
          if (strsize > d.size() - w - ranlib_bytes - w)
            fail(ix.header, "__.SYMDEF string table size " + std::to_string(strsize) +
                                " does not fit the member");
          uint64_t n = ranlib_bytes / (2 * w);
          symbols.reserve(before + n);
          for (uint64_t i = 0; i < n; ++i) {
            uint64_t sx = get(arr + i * 2 * w), mo = get(arr + i * 2 * w + w);
            if (sx >= strsize)
              fail(ix.header, "__.SYMDEF entry " + std::to_string(i) + " has name offset " +
                                  std::to_string(sx) + " outside its string table");
            const char* s = reinterpret_cast<const char*>(strs + sx);
            const void* z = std::memchr(s, 0, strsize - sx);
            size_t len = z ? static_cast<size_t>(static_cast<const char*>(z) - s) : strsize - sx;
            symbols.push_back({std::string_view(s, len), mo});
          }
          break;
        }
      }
    }
  }

 private:
  std::span<const uint8_t> b_;
  const std::string& name_;
};

}  // namespace

bool is_archive(std::span<const uint8_t> bytes) {
  return bytes.size() >= 8 && (std::memcmp(bytes.data(), kMagic, 8) == 0 ||
                               std::memcmp(bytes.data(), kThinMagic, 8) == 0);
}

Archive Archive::parse(std::span<const uint8_t> bytes, std::string name) {
  Archive a;
  a.name_ = std::move(name);
  Parser p(bytes, a.name_);
  p.run(a.thin_, a.has_index_, a.variant_, a.members_, a.symbols_);
  // Every index entry must name a member's header.
  for (const ArchiveSymbol& s : a.symbols_)
    if (a.member_index_at(s.member_offset) < 0)
      p.fail(s.member_offset, "the symbol index entry for '" + std::string(s.name) +
                                  "' points where no member starts");
  return a;
}

int64_t Archive::member_index_at(uint64_t offset) const {
  auto it = std::lower_bound(members_.begin(), members_.end(), offset,
                             [](const ArchiveMember& m, uint64_t o) { return m.header_offset < o; });
  if (it == members_.end() || it->header_offset != offset) return -1;
  return it - members_.begin();
}

const ArchiveMember* Archive::member_at(uint64_t offset) const {
  int64_t i = member_index_at(offset);
  return i < 0 ? nullptr : &members_[static_cast<size_t>(i)];
}

// ---------------------------------------------------------------------------
namespace {

void put_field(std::vector<uint8_t>& out, size_t at, size_t width, const std::string& text) {
  std::memcpy(out.data() + at, text.data(), std::min(width, text.size()));
}

// Appends a 60-byte header.
void put_header(std::vector<uint8_t>& out, const std::string& name, uint64_t date, uint32_t uid,
                uint32_t gid, uint32_t mode, uint64_t size, bool mode_zero_as_zero) {
  size_t at = out.size();
  out.resize(at + kHeaderSize, ' ');
  put_field(out, at, 16, name);
  put_field(out, at + 16, 12, std::to_string(date));
  put_field(out, at + 28, 6, std::to_string(uid));
  put_field(out, at + 34, 6, std::to_string(gid));
  char m[16];
  std::snprintf(m, sizeof m, "%o", mode);
  put_field(out, at + 40, 8, mode_zero_as_zero ? std::string("0") : std::string(m));
  put_field(out, at + 48, 10, std::to_string(size));
  out[at + 58] = '`';
  out[at + 59] = '\n';
}

void pad_even(std::vector<uint8_t>& out) {
  if (out.size() & 1) out.push_back('\n');
}

}  // namespace

std::vector<uint8_t> write_archive(std::span<const NewArchiveMember> members,
                                   const ArchiveWriteOptions& requested) {
  // An archive without members has no index (as GNU ar writes it).
  ArchiveWriteOptions options = requested;
  if (members.empty()) options.symbol_index = false;
  // Long-name table: names that do not fit "name/" in 16 bytes, or that
  // would be misread (containing '/', or "#1", whose "#1/" header spelling
  // is a BSD long-name marker). A name with a newline or NUL has no GNU
  // spelling.
  std::string long_names;
  std::vector<std::string> header_names(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    const std::string& n = members[i].name;
    if (n.find_first_of(std::string_view("\n\0", 2)) != std::string::npos)
      throw Error("archive member name '" + n + "' contains a newline or NUL, which an archive "
                  "cannot store");
    if (n.size() <= 15 && n.find('/') == std::string::npos && !n.empty() && n != "#1") {
      header_names[i] = n + "/";
    } else {
      header_names[i] = "/" + std::to_string(long_names.size());
      long_names += n;
      long_names += "/\n";
    }
  }

  // GNU ar counts the table's padding byte in its size.
  if (long_names.size() & 1) long_names += '\n';

  // Index size first: member offsets depend on it.
  uint64_t nsyms = 0, strbytes = 0;
  if (options.symbol_index)
    for (const auto& m : members) {
      nsyms += m.symbols.size();
      for (const auto& s : m.symbols) strbytes += s.size() + 1;
    }
  // Like GNU ar, the index's size includes a NUL that makes it even.
  auto index_size = [&](size_t word) {
    uint64_t n = word + nsyms * word + strbytes;
    return n + (n & 1);
  };
  auto layout = [&](size_t word) {
    uint64_t off = 8;
    if (options.symbol_index) off += kHeaderSize + index_size(word);
    if (!long_names.empty()) {
      off += kHeaderSize + long_names.size();
      off += off & 1;
    }
    std::vector<uint64_t> offsets(members.size());
    for (size_t i = 0; i < members.size(); ++i) {
      offsets[i] = off;
      off += kHeaderSize + members[i].data.size();
      off += off & 1;
    }
    return std::make_pair(offsets, off);
  };
  size_t word = 4;
  auto [offsets, total] = layout(4);
  if (!offsets.empty() && offsets.back() > 0xffffffffu && options.symbol_index) {
    word = 8;
    std::tie(offsets, total) = layout(8);
  }

  std::vector<uint8_t> out(kMagic, kMagic + 8);
  out.reserve(total);
  if (options.symbol_index) {
    const uint64_t size = index_size(word);
    put_header(out, word == 8 ? "/SYM64/" : "/", 0, 0, 0, 0, size, true);
    const size_t start = out.size();
    auto put_word = [&](uint64_t v) {
      for (size_t k = word; k-- > 0;) out.push_back(static_cast<uint8_t>(v >> (8 * k)));
    };
    put_word(nsyms);
    for (size_t i = 0; i < members.size(); ++i)
      for (size_t k = 0; k < members[i].symbols.size(); ++k) put_word(offsets[i]);
    for (const auto& m : members)
      for (const auto& s : m.symbols) {
        out.insert(out.end(), s.begin(), s.end());
        out.push_back(0);
      }
    out.resize(start + size, 0);
  }
  if (!long_names.empty()) {
    put_header(out, "//", 0, 0, 0, 0, long_names.size(), false);
    // GNU ar leaves the date, id and mode fields of "//" blank.
    std::memset(out.data() + out.size() - kHeaderSize + 16, ' ', 32);
    out.insert(out.end(), long_names.begin(), long_names.end());
    pad_even(out);
  }
  for (size_t i = 0; i < members.size(); ++i) {
    const NewArchiveMember& m = members[i];
    if (options.deterministic)
      put_header(out, header_names[i], 0, 0, 0, 0644, m.data.size(), false);
    else
      put_header(out, header_names[i], m.date, m.uid, m.gid, m.mode, m.data.size(), false);
    out.insert(out.end(), m.data.begin(), m.data.end());
    pad_even(out);
  }
  return out;
}

}  // namespace kit::obj
