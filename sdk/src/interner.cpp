#include "kit/support/interner.hpp"

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
    chunks_.emplace_back(std::max(kChunkSize, s.size()), '\0');
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
