// How kit IR names are spelled in text, shared by the printer, the parser
// and the verifier (whose messages use the printer's names).
//
// Every entity of a namespace prints under one spelling:
//   - a name given by its producer prints as given, when no earlier entity
//     of the same namespace took it; later holders of the same name get
//     the first free "name.N" (N = 1, 2, ...) that no entity of the
//     namespace is named and no earlier renaming produced;
//   - unnamed entities print as numbers 0, 1, 2, ... in order.
// Names are spelled bare when they consist of [A-Za-z0-9_.$] and are not
// all digits, otherwise quoted ("a b", "5"), so a bare number always means
// "unnamed". After one print all names of a namespace are distinct and
// non-numeric, so printing the parsed text again keeps every name as it
// is: that is what makes the round trip exact.
//
// Namespaces: globals (@, unique by construction), record types (%, in
// type positions), a function's values (%: parameters, stack slots and
// value-producing instructions, in that order) and its blocks (^).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "kit/ir/ir.hpp"

namespace kit::ir::detail {

inline bool is_ident_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '$';
}

// Appends `s` quoted, with \\ \" \n \t \r and \xHH escapes.
void append_quoted(std::string& out, std::string_view s);
// Appends sigil + name, bare or quoted.
void append_name(std::string& out, char sigil, std::string_view name);
void append_uint(std::string& out, uint64_t v);
void append_int(std::string& out, int64_t v);

// True when the instruction defines a value (and so has a %name).
bool produces_value(const Module& m, const Inst& inst);

// The spelled names of one namespace.
class NameSpace {
 public:
  // Assigns spellings to entities 0..ids.size()-1 in order (0 = unnamed).
  // `scratch` must hold at least m.names().size() zeros; it is zero again
  // on return.
  void assign(const Module& m, const std::vector<StrId>& ids, std::vector<uint32_t>& scratch);
  void append(std::string& out, char sigil, uint32_t entity) const;
  std::string spelled(char sigil, uint32_t entity) const;
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    StrId id;      // 0: unnamed (num) or renamed (generated[num])
    uint32_t num;  // the number, or the index into generated_
    bool generated;
  };
  const Module* m_ = nullptr;
  std::vector<Entry> entries_;
  std::vector<std::string> generated_;
};

// Spelling of types (records by their NameSpace spelling).
class TypeNames {
 public:
  void build(const Module& m, std::vector<uint32_t>& scratch);
  void append(std::string& out, TypeId t, unsigned depth = 0) const;
  // ret (p0, p1, ...), with parameter names from `params` when given.
  void append_func(std::string& out, TypeId t, const class NameSpace* params, unsigned depth = 0) const;
  void append_record_name(std::string& out, TypeId t) const;
  std::string spelled(TypeId t) const {
    std::string s;
    append(s, t);
    return s;
  }

 private:
  const Module* m_ = nullptr;
  NameSpace records_;
  std::vector<uint32_t> record_entity_;
};

// The spellings of one function's values and blocks.
struct FunctionNames {
  NameSpace values;  // params, then slots, then value-producing instructions
  NameSpace blocks;
  uint32_t num_params = 0;
  uint32_t num_slots = 0;
  std::vector<uint32_t> inst_entity;  // per instruction: its entity in `values`, or ~0u
  static constexpr uint32_t kNone = ~0u;

  void build(const Module& m, const Function& f, std::vector<uint32_t>& scratch);
  // Appends the spelling of a function-local value (Arg, Slot, Inst).
  void append_value(std::string& out, Value v) const;
  void append_block(std::string& out, uint32_t block) const;
};

}  // namespace kit::ir::detail
