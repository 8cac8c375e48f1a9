// The textual form of kit IR (.kir files): print, parse. Printing a parsed
// module gives back the same text byte for byte when the text was itself
// printed by kit (the round-trip property tests lock). docs/IR.md is the
// grammar.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "kit/ir/ir.hpp"

namespace kit {
class Diagnostics;
}

namespace kit::ir {

void print(const Module& m, std::ostream& out);
std::string to_string(const Module& m);
// One function or one global, for messages and debugging.
std::string to_string(const Module& m, const Function& f);

// Parses a module. Syntax errors are reported to diags as
// file:line:col: error: ...; returns null if any was reported.
std::unique_ptr<Module> parse(std::string_view text, std::string_view file_name,
                              Diagnostics& diags);

}  // namespace kit::ir
