// The fmt-macho plugin: Mach-O: objects, executables and dylibs, ad-hoc code signature.
// Its capabilities are listed in CMakeLists.txt; only what is implemented
// here is claimed, and kit reports the rest as missing.
#include "kit/format.hpp"
#include "kit_plugin_meta.h"

namespace {

class MachOFormat final : public kit::FormatPlugin {};

}  // namespace

KIT_DEFINE_PLUGIN(MachOFormat);
