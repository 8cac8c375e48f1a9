// The arch-aarch64 plugin: AArch64: code generation, AAPCS64 and Apple/Windows variants, relocations.
// Its capabilities are listed in CMakeLists.txt; only what is implemented
// here is claimed, and kit reports the rest as missing.
#include "kit/arch.hpp"
#include "kit_plugin_meta.h"

namespace {

class AArch64Arch final : public kit::ArchPlugin {};

}  // namespace

KIT_DEFINE_PLUGIN(AArch64Arch);
