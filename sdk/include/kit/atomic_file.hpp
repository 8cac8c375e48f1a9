// AtomicFile: write an output file so that it appears whole or not at all.
// Bytes go to a temporary file beside the destination; commit() renames it
// into place (rename is atomic within one directory). If commit() is never
// reached (an error, an exception) the temporary is removed, so a failed
// compile or link never leaves a truncated object or executable behind.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace kit {

class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path destination);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::span<const uint8_t> bytes);
  void write(std::string_view text);
  // Makes the file executable (on POSIX: mode 0755 minus umask) at commit.
  void set_executable(bool on) { executable_ = on; }
  // Renames the temporary onto the destination. Throws kit::Error on failure.
  void commit();

 private:
  std::filesystem::path destination_;
  std::filesystem::path temporary_;
  void* stream_ = nullptr;  // std::FILE*
  bool executable_ = false;
  bool committed_ = false;
};

// Convenience: the whole content at once.
void write_file_atomically(const std::filesystem::path& path, std::span<const uint8_t> bytes,
                           bool executable = false);

}  // namespace kit
