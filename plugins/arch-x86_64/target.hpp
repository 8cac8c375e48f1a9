// The code generation half of arch-x86_64 as the plugin class (plugin.cpp)
// sees it: compile a module into the object model (target.cpp).
#pragma once

#include "kit/arch.hpp"
#include "kit/diag.hpp"
#include "kit/ir/ir.hpp"
#include "kit/obj/object.hpp"
#include "kit/target.hpp"

namespace kit::x86_64 {

// KIT_CAP_CODEGEN: every function and data object of m into out. Constructs
// the backend cannot compile are reported to diags ("arch-x86_64: cannot
// compile function @f: ..."); returns false when any error was reported.
bool compile(const ir::Module& m, const TargetSpec& target, const CodegenOptions& opts,
             obj::ObjectFile& out, Diagnostics& diags);

}  // namespace kit::x86_64
