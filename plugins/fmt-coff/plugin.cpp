// The fmt-coff plugin: PE/COFF: objects, executables and DLLs, import synthesis.
// Its capabilities are listed in CMakeLists.txt; only what is implemented
// here is claimed, and kit reports the rest as missing.
#include "kit/format.hpp"
#include "kit_plugin_meta.h"

namespace {

class CoffFormat final : public kit::FormatPlugin {};

}  // namespace

KIT_DEFINE_PLUGIN(CoffFormat);
