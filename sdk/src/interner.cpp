#include "kit/support/interner.hpp"

#include <algorithm>
#include <cstring>

namespace kit {

namespace {
constexpr size_t kChunkSize = 64 * 1024;
}

StringInterner::StringInterner() {
  strings_.emplace_back();
  ids_.emplace(std::string_view(), 0);
}

StrId StringInterner::intern(std::string_view s) {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  if (chunks_.empty() || chunk_used_ + s.size() > chunks_.back().size()) {
    // Chunks grow from 1 KiB to 64 KiB: an object file's interner (a link
    // holds thousands) stays small, a module's still allocates rarely.
    size_t grow = std::min(kChunkSize, size_t{1024} << std::min<size_t>(chunks_.size(), 6));
    chunks_.emplace_back(std::max(grow, s.size()), '\0');
    chunk_used_ = 0;
  }
  char* dst = chunks_.back().data() + chunk_used_;
  std::memcpy(dst, s.data(), s.size());
  chunk_used_ += s.size();
  std::string_view stored(dst, s.size());
  StrId id = static_cast<StrId>(strings_.size());
  strings_.push_back(stored);
  ids_.emplace(stored, id);
  return id;
}

StrId StringInterner::find(std::string_view s) const {
  auto it = ids_.find(s);
  return it == ids_.end() ? 0 : it->second;
}

}  // namespace kit
