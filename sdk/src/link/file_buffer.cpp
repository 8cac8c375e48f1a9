#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "kit/diag.hpp"
#include "kit/link/input.hpp"

namespace kit::link {

std::shared_ptr<FileBuffer> FileBuffer::map(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error("cannot open '" + path + "': " + std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int e = errno;
    ::close(fd);
    throw Error("cannot open '" + path + "': " + std::strerror(e));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw Error("cannot open '" + path + "': Is a directory");
  }
  std::shared_ptr<FileBuffer> b(new FileBuffer);
  b->path_ = path;
  b->size_ = static_cast<size_t>(st.st_size);
  if (b->size_ > 0) {
    void* m = ::mmap(nullptr, b->size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
      int e = errno;
      ::close(fd);
      throw Error("cannot read '" + path + "': " + std::strerror(e));
    }
    b->mapping_ = m;
    b->data_ = static_cast<const uint8_t*>(m);
  }
  ::close(fd);
  return b;
}

std::shared_ptr<FileBuffer> FileBuffer::own(std::string name, std::vector<uint8_t> bytes) {
  std::shared_ptr<FileBuffer> b(new FileBuffer);
  b->path_ = std::move(name);
  b->owned_ = std::move(bytes);
  b->data_ = b->owned_.data();
  b->size_ = b->owned_.size();
  return b;
}

FileBuffer::~FileBuffer() {
  if (mapping_) ::munmap(mapping_, size_);
}

}  // namespace kit::link
