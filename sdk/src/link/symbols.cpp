#include "kit/link/symbols.hpp"

#include <cstring>

namespace kit::link {

// FNV-1a over 8-byte words, then a final mix: fast on the long mangled
// names C++ produces, and good enough for linear probing.
uint32_t hash_name(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0x100000001b3ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  while (n--) h = (h ^ static_cast<unsigned char>(*p++)) * 0x100000001b3ull;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return static_cast<uint32_t>(h);
}

SymbolTable::SymbolTable() {
  symbols_.emplace_back();  // id 0: none
  slots_.resize(1024);
}

void SymbolTable::reserve(size_t n) {
  symbols_.reserve(n + 1);
  while (slots_.size() < n * 2) grow();
}

void SymbolTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.id) continue;
    size_t i = s.hash & mask;
    while (slots_[i].id) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

SymId SymbolTable::intern(std::string_view name) {
  if ((symbols_.size() + 1) * 2 > slots_.size()) grow();
  uint32_t h = hash_name(name);
  size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (;;) {
    Slot& s = slots_[i];
    if (!s.id) {
      SymId id = static_cast<SymId>(symbols_.size());
      GlobalSymbol g;
      g.name = name;
      symbols_.push_back(g);
      s.hash = h;
      s.id = id;
      return id;
    }
    if (s.hash == h && symbols_[s.id].name == name) return s.id;
    i = (i + 1) & mask;
  }
}

SymId SymbolTable::find(std::string_view name) const {
  uint32_t h = hash_name(name);
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.id) return 0;
    if (s.hash == h && symbols_[s.id].name == name) return s.id;
  }
}

}  // namespace kit::link
