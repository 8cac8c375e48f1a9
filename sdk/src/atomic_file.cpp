#include "kit/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <system_error>

#include "kit/diag.hpp"

namespace fs = std::filesystem;

namespace kit {

namespace {
std::FILE* as_file(void* p) { return static_cast<std::FILE*>(p); }

// A temporary name beside the destination. Randomness only picks the name;
// the bytes written never depend on it.
fs::path temp_name_for(const fs::path& dest) {
  static std::random_device rd;
  std::uniform_int_distribution<unsigned> dist;
  char buf[32];
  std::snprintf(buf, sizeof buf, ".kit-tmp-%08x", dist(rd));
  fs::path p = dest;
  p += buf;
  return p;
}
}  // namespace

AtomicFile::AtomicFile(fs::path destination) : destination_(std::move(destination)) {
  // A device or pipe (-o /dev/null, -o /dev/stdout, a FIFO) is written in
  // place: renaming a temporary over it would replace the device node with
  // a regular file (as root, /dev/null itself), and "whole or not at all"
  // means nothing for a stream anyway.
  std::error_code sec;
  fs::file_status st = fs::status(destination_, sec);
  if (!sec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st)) {
    stream_ = std::fopen(destination_.string().c_str(), "wb");
    if (!stream_)
      throw Error(SourceLoc{destination_.string()}, std::string("cannot open output file: ") +
                                                        std::strerror(errno));
    return;  // temporary_ stays empty: written in place

  }
  for (int attempt = 0; attempt < 16 && !stream_; ++attempt) {
    temporary_ = temp_name_for(destination_);
    // "x": fail rather than clobber an existing file of the same name.
    stream_ = std::fopen(temporary_.string().c_str(), "wbx");
    if (!stream_ && errno != EEXIST) break;
  }
  if (!stream_)
    throw Error(SourceLoc{destination_.string()}, std::string("cannot open output file: ") +
                                                      std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (stream_) std::fclose(as_file(stream_));
  if (!committed_ && !temporary_.empty()) {
    std::error_code ec;
    fs::remove(temporary_, ec);
  }
}

void AtomicFile::write(std::span<const uint8_t> bytes) {
  if (bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), as_file(stream_)) != bytes.size())
    throw Error(SourceLoc{destination_.string()},
                std::string("cannot write output file: ") + std::strerror(errno));
}

void AtomicFile::write(std::string_view text) {
  write(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
}

void AtomicFile::commit() {
  if (std::fclose(as_file(stream_)) != 0) {
    stream_ = nullptr;
    throw Error(SourceLoc{destination_.string()},
                std::string("cannot write output file: ") + std::strerror(errno));
  }
  stream_ = nullptr;
  if (temporary_.empty()) {
    committed_ = true;
    return;
  }
  std::error_code ec;
  auto perms = executable_ ? (fs::perms::owner_all | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read |
                              fs::perms::others_exec)
                           : (fs::perms::owner_read | fs::perms::owner_write |
                              fs::perms::group_read | fs::perms::others_read);
  fs::permissions(temporary_, perms, ec);
  fs::rename(temporary_, destination_, ec);
  if (ec)
    throw Error(SourceLoc{destination_.string()}, "cannot create output file: " + ec.message());
  committed_ = true;
}

void write_file_atomically(const fs::path& path, std::span<const uint8_t> bytes,
                           bool executable) {
  AtomicFile f(path);
  f.set_executable(executable);
  f.write(bytes);
  f.commit();
}

}  // namespace kit
