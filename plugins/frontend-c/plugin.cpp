// The frontend-c plugin: C17 with GNU extensions: preprocessor and compiler to kit IR.
// Its capabilities are listed in CMakeLists.txt; only what is implemented
// here is claimed, and kit reports the rest as missing.
#include "kit/frontend.hpp"
#include "kit_plugin_meta.h"

namespace {

class CFrontend final : public kit::FrontendPlugin {};

}  // namespace

KIT_DEFINE_PLUGIN(CFrontend);
