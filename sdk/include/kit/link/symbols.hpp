// The global symbol table of a link: one entry per distinct non-local name,
// named by a dense 32-bit SymId, found through an open-addressing hash table
// keyed by string views into the inputs (no string is copied per symbol).
//
// Resolution states and who wins (a later input never beats an earlier one
// of the same strength, so the result depends only on input order):
//
//   Defined (strong)  > Common > Defined (weak) > Shared > Lazy > Undefined
//
//  - two strong definitions are a duplicate-symbol error (both files named);
//  - commons merge: the largest size and the strictest alignment win;
//  - a Lazy symbol (an archive member defines it, not loaded yet) is
//    fetched when a non-weak reference meets it; a weak reference never
//    fetches an archive member;
//  - a Shared symbol is a definition in a shared library: a regular
//    definition anywhere replaces it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "kit/obj/object.hpp"

namespace kit::link {

using SymId = uint32_t;  // 0: none

enum class SymState : uint8_t {
  Undefined,
  Lazy,       // file = archive index, index = member index
  Shared,     // file = shared library index, index = SharedLibrary::symbols index
  Common,     // file = object index, index = symbol index in it
  Defined,    // file = object index, index = symbol index in it
  Synthetic,  // defined by the linker (format decides the value)
  Absolute,   // --defsym NAME=VALUE, value in `value`
};

struct GlobalSymbol {
  std::string_view name;
  SymState state = SymState::Undefined;
  bool weak = false;              // the winning definition is weak
  bool referenced = false;        // a regular object refers to it (any binding)
  bool strong_ref = false;        // ... with a non-weak reference
  bool referenced_by_shared = false;  // a linked shared library refers to or defines the name:
                                      // an executable's definition is exported (interposition)
  obj::SymbolType type = obj::SymbolType::None;
  obj::SymbolVisibility visibility = obj::SymbolVisibility::Default;  // strictest seen
  uint8_t flags = 0;              // obj::SymbolFlags of the definition
  uint32_t file = 0;
  uint32_t index = 0;
  uint64_t size = 0;              // Common: size; Defined: st_size
  uint64_t value = 0;             // Common: alignment; Absolute: the value
  uint64_t address = 0;           // set by the format after layout
};

class SymbolTable {
 public:
  SymbolTable();
  // The id of `name`, created Undefined when new. The view must outlive
  // the table (names live in the inputs).
  SymId intern(std::string_view name);
  // 0 when absent.
  SymId find(std::string_view name) const;
  GlobalSymbol& operator[](SymId id) { return symbols_[id]; }
  const GlobalSymbol& operator[](SymId id) const { return symbols_[id]; }
  // Number of ids in use plus one (ids are 1..size()-1).
  size_t size() const { return symbols_.size(); }
  void reserve(size_t n);

 private:
  struct Slot {
    uint32_t hash = 0;
    SymId id = 0;
  };
  void grow();
  std::vector<Slot> slots_;  // power-of-two size, linear probing
  std::vector<GlobalSymbol> symbols_;
};

uint32_t hash_name(std::string_view s);

}  // namespace kit::link
