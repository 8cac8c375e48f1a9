// The arch-x86_64 plugin: x86-64: code generation, System V and Windows x64 ABIs, relocations.
// Its capabilities are listed in CMakeLists.txt; only what is implemented
// here is claimed, and kit reports the rest as missing.
#include "kit/arch.hpp"
#include "kit_plugin_meta.h"

namespace {

class X86_64Arch final : public kit::ArchPlugin {};

}  // namespace

KIT_DEFINE_PLUGIN(X86_64Arch);
