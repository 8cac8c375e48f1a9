// StringInterner: each distinct string stored once, named by a dense 32-bit
// id. Symbol names, section names and IR value names are interned so that
// comparisons and hash lookups are integer operations and no string is
// allocated per use. Id 0 is the empty string.
//
// The lookup table is open addressing with linear probing over (hash, id)
// pairs, at most half full: the preprocessor looks up every identifier it
// lexes here and the linker every symbol name, so a probe is one cache line
// and a compared hash before any string compare, not a node per entry as in
// std::unordered_map.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace kit {

using StrId = uint32_t;

class StringInterner {
 public:
  StringInterner();
  StringInterner(const StringInterner&) = delete;
  StringInterner& operator=(const StringInterner&) = delete;
  StringInterner(StringInterner&&) noexcept = default;
  StringInterner& operator=(StringInterner&&) noexcept = default;

  StrId intern(std::string_view s);
  // The id of s if already interned, else 0 (and s is not empty).
  StrId find(std::string_view s) const;
  std::string_view str(StrId id) const { return strings_[id]; }
  size_t size() const { return strings_.size(); }

 private:
  // Chunks never move, so the string_views into them stay valid.
  std::deque<std::string> chunks_;
  size_t chunk_used_ = 0;
  std::vector<std::string_view> strings_;
  struct Slot {
    uint32_t hash = 0;
    StrId id = 0;  // 0: empty (the empty string is never in the table)
  };
  std::vector<Slot> table_;  // size a power of two
  size_t lookup(std::string_view s, uint32_t hash) const;  // the slot of s, or the empty slot it would take
  void grow();
};

}  // namespace kit
