#include "kit/support/interner.hpp"

#include <algorithm>
#include <cstring>

namespace kit {

namespace {
constexpr size_t kChunkSize = 64 * 1024;

// 8 bytes at a time, multiply-and-fold; good enough spread for names and
// cheap for the short identifiers that dominate.
uint32_t hash_of(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  if (n) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 29;
  return static_cast<uint32_t>(h);
}
}  // namespace

StringInterner::StringInterner() {
  strings_.emplace_back();
  table_.resize(64);
}

size_t StringInterner::lookup(std::string_view s, uint32_t hash) const {
  const size_t mask = table_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = table_[i];
    if (slot.id == 0 || (slot.hash == hash && strings_[slot.id] == s)) return i;
  }
}

void StringInterner::grow() {
  std::vector<Slot> old(table_.size() * 2);
  old.swap(table_);
  const size_t mask = table_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == 0) continue;
    size_t i = slot.hash & mask;
    while (table_[i].id != 0) i = (i + 1) & mask;
    table_[i] = slot;
  }
}

StrId StringInterner::intern(std::string_view s) {
  if (s.empty()) return 0;
  if (table_.empty()) *this = StringInterner();  // moved from: start afresh
  const uint32_t hash = hash_of(s);
  size_t at = lookup(s, hash);
  if (table_[at].id != 0) return table_[at].id;
  if (chunks_.empty() || chunk_used_ + s.size() > chunks_.back().size()) {
    // Chunks grow from 1 KiB to 64 KiB: an object file's interner (a link
    // holds thousands) stays small, a module's still allocates rarely.
    size_t grow_to = std::min(kChunkSize, size_t{1024} << std::min<size_t>(chunks_.size(), 6));
    chunks_.emplace_back(std::max(grow_to, s.size()), '\0');
    chunk_used_ = 0;
  }
  char* dst = chunks_.back().data() + chunk_used_;
  std::memcpy(dst, s.data(), s.size());
  chunk_used_ += s.size();
  StrId id = static_cast<StrId>(strings_.size());
  strings_.emplace_back(dst, s.size());
  table_[at] = Slot{hash, id};
  if (2 * strings_.size() > table_.size()) grow();
  return id;
}

StrId StringInterner::find(std::string_view s) const {
  if (s.empty() || table_.empty()) return 0;
  return table_[lookup(s, hash_of(s))].id;
}

}  // namespace kit
