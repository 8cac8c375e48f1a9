// The IR verifier: every rule docs/IR.md states (types of operands, SSA
// dominance of definitions over uses, one terminator ending each block,
// phi incoming blocks = predecessors, initializer sizes, linkage rules),
// reported as located errors ("file:line: error: function @f, block ^loop:
// %7 = add: ...", the line when the module came from text).
#pragma once

#include "kit/ir/ir.hpp"

namespace kit {
class Diagnostics;
}

namespace kit::ir {

// Returns true when the module is valid; each problem goes to diags with
// the given file name as location file.
bool verify(const Module& m, Diagnostics& diags, std::string_view file_name = "<ir>");

}  // namespace kit::ir
