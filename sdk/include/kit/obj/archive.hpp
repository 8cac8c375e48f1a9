// ar archives (static libraries), format-neutral: the container every
// object format on Unix and Windows uses for .a/.lib files. The reader
// understands the GNU/System V variant (symbol index "/" or "/SYM64/",
// long-name table "//") and the BSD one (names "#1/LEN", index
// "__.SYMDEF"), and lists thin archives ("!<thin>"). The writer produces
// the GNU variant, deterministically. Which symbols go into the index is
// the format plugin's business: the caller passes each member's defined
// global names.
//
// Members are identified by the offset of their header, never by name:
// an archive may hold two members of the same name (musl's libc.a has two
// free.o).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kit::obj {

// Whether bytes start with "!<arch>\n" or "!<thin>\n".
bool is_archive(std::span<const uint8_t> bytes);

struct ArchiveMember {
  std::string_view name;     // decoded: long names resolved, GNU's trailing '/' removed
  uint64_t header_offset = 0;  // identity of the member; what the symbol index points to
  uint64_t data_offset = 0;    // where its bytes start (BSD: after the embedded name)
  uint64_t size = 0;           // bytes of data (BSD: without the embedded name)
  uint64_t date = 0;
  uint32_t uid = 0, gid = 0, mode = 0;
  std::span<const uint8_t> data;  // empty for a thin archive's members (see external)
  bool external = false;          // thin archive: the data is the file `name`, relative
                                  // to the archive's directory
};

struct ArchiveSymbol {
  std::string_view name;
  uint64_t member_offset = 0;  // header offset of the member defining it
};

class Archive {
 public:
  enum class Variant : uint8_t { Gnu, Bsd, Unknown /* no index, no long names */ };

  // Parses the member list and symbol index of `bytes`, which must outlive
  // the Archive (names and data are views into it). Throws kit::Error
  // located at `name` ("lib.a: error: malformed archive: ...") when a
  // header, a long name or the index is inconsistent with the file.
  static Archive parse(std::span<const uint8_t> bytes, std::string name);

  const std::string& name() const { return name_; }
  bool thin() const { return thin_; }
  Variant variant() const { return variant_; }
  // Regular members in file order (the symbol index and long-name table
  // are not members).
  const std::vector<ArchiveMember>& members() const { return members_; }
  bool has_index() const { return has_index_; }
  const std::vector<ArchiveSymbol>& symbols() const { return symbols_; }
  // The member whose header is at `offset`, or nullptr.
  const ArchiveMember* member_at(uint64_t offset) const;
  // Index of that member in members(), or -1.
  int64_t member_index_at(uint64_t offset) const;

 private:
  std::string name_;
  bool thin_ = false;
  bool has_index_ = false;
  Variant variant_ = Variant::Unknown;
  std::vector<ArchiveMember> members_;
  std::vector<ArchiveSymbol> symbols_;
};

// A member to write.
struct NewArchiveMember {
  std::string name;                // file name stored (GNU: any length, no '/')
  std::span<const uint8_t> data;   // must stay valid during write_archive
  std::vector<std::string> symbols;  // defined global names, for the index
  // Deterministic mode (the default) writes 0/0/0 and mode 0644; otherwise
  // these are stored.
  uint64_t date = 0;
  uint32_t uid = 0, gid = 0, mode = 0644;
};

struct ArchiveWriteOptions {
  bool symbol_index = true;   // write "/" (or "/SYM64/" past 4 GiB)
  bool deterministic = true;  // zero timestamps and ids, mode 0644
};

// A GNU-variant archive: "!<arch>\n", the symbol index (when asked and
// there are members), the long-name table (when a name does not fit 15
// bytes), then the members, each padded to an even size with '\n'. Throws
// kit::Error for a member name containing a newline or NUL.
std::vector<uint8_t> write_archive(std::span<const NewArchiveMember> members,
                                   const ArchiveWriteOptions& options = {});

}  // namespace kit::obj
