// The arch-rv64 plugin: RISC-V 64 (RV64GC): code generation, LP64D ABI, relocations.
// Its capabilities are listed in CMakeLists.txt; only what is implemented
// here is claimed, and kit reports the rest as missing.
#include "kit/arch.hpp"
#include "kit_plugin_meta.h"

namespace {

class RiscV64Arch final : public kit::ArchPlugin {};

}  // namespace

KIT_DEFINE_PLUGIN(RiscV64Arch);
