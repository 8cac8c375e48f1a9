// Link inputs as the link core sees them: the bytes of a file (mapped, or
// owned for in-memory objects), what kind of file it is, and the part of a
// shared library a static linker needs (its name and exported symbols).
// Reading a shared library is the format plugin's job (ELF .dynsym and
// version sections, a PE DLL's exports, a Mach-O .tbd); the result is this
// format-neutral SharedLibrary.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kit/obj/object.hpp"

namespace kit::link {

// The bytes of one input file, read-only. Files are mapped, not read, so a
// large archive costs only the members that are used.
class FileBuffer {
 public:
  // Maps `path`. Throws kit::Error ("cannot open 'x': reason") on failure.
  static std::shared_ptr<FileBuffer> map(const std::string& path);
  // Takes ownership of bytes produced in this process.
  static std::shared_ptr<FileBuffer> own(std::string name, std::vector<uint8_t> bytes);
  ~FileBuffer();
  FileBuffer(const FileBuffer&) = delete;
  FileBuffer& operator=(const FileBuffer&) = delete;

  std::span<const uint8_t> bytes() const { return {data_, size_}; }
  const std::string& path() const { return path_; }

 private:
  FileBuffer() = default;
  std::string path_;
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  void* mapping_ = nullptr;  // munmap on destruction when set
  std::vector<uint8_t> owned_;
};

enum class FileKind : uint8_t { Object, Archive, SharedLibrary, Script, Unknown };

// One symbol a shared library defines and exports (its default version, or
// an unversioned symbol). Non-default versions (name@VER) are not listed:
// unversioned references never bind to them.
struct SharedSymbol {
  std::string_view name;  // points into SharedLibrary storage or its mapped file
  uint64_t value = 0;
  uint64_t size = 0;
  obj::SymbolType type = obj::SymbolType::None;
  bool weak = false;
  uint16_t version = 0;   // index into SharedLibrary::versions; 0: unversioned
  uint32_t align = 1;     // alignment a copy of the data must keep (copy relocations)
};

struct SharedLibrary {
  std::string path;       // as found
  std::string soname;     // what DT_NEEDED (or its equivalent) records
  std::vector<std::string> versions;  // version names by index; [0] is unused
  std::vector<SharedSymbol> symbols;  // exported definitions
  std::vector<std::string_view> undefined;  // names the library needs from others
  std::shared_ptr<const FileBuffer> file;   // keeps name views alive
  std::deque<std::string> storage;          // names not in the file (if any); stable
};

}  // namespace kit::link
