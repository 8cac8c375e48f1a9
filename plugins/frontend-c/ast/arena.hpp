// Arena: a bump allocator for the compiler's many small objects (types,
// AST nodes, symbols). Objects allocated here must be trivially
// destructible -- the arena frees memory, it never runs destructors -- so
// AST nodes hold pointers and ids, never std::string or std::vector.
//
// reset() keeps the first chunk and drops the rest: the parser uses one
// arena per function body and resets it after the body is compiled.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kit::c {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (char* c : chunks_) std::free(c);
  }

  void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    size_t p = (used_ + align - 1) & ~(align - 1);
    if (chunks_.empty() || p + size > cap_) {
      grow(size + align);
      p = (used_ + align - 1) & ~(align - 1);
    }
    used_ = p + size;
    return chunks_.back() + p;
  }

  // A zero-initialized T, constructed from args.
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    void* p = allocate(sizeof(T), alignof(T));
    std::memset(p, 0, sizeof(T));
    return new (p) T{std::forward<Args>(args)...};
  }

  // A copy of s that lives as long as the arena.
  std::string_view copy(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  void reset() {
    if (chunks_.empty()) return;
    for (size_t i = 1; i < chunks_.size(); ++i) std::free(chunks_[i]);
    chunks_.resize(1);
    cap_ = first_cap_;
    used_ = 0;
  }

  size_t bytes_allocated() const { return total_; }

 private:
  void grow(size_t need) {
    size_t cap = chunks_.empty() ? kFirstChunk : cap_ * 2;
    if (cap > kMaxChunk) cap = kMaxChunk;
    if (cap < need) cap = need;
    char* c = static_cast<char*>(std::malloc(cap));
    if (!c) throw std::bad_alloc();
    if (chunks_.empty()) first_cap_ = cap;
    chunks_.push_back(c);
    cap_ = cap;
    used_ = 0;
    total_ += cap;
  }

  static constexpr size_t kFirstChunk = 64 * 1024;
  static constexpr size_t kMaxChunk = 4 * 1024 * 1024;
  std::vector<char*> chunks_;
  size_t cap_ = 0, used_ = 0, first_cap_ = 0, total_ = 0;
};

}  // namespace kit::c
