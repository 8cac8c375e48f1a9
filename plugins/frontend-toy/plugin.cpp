// The frontend-toy plugin: Toy: kit's small teaching language, compiled to kit IR.
// Its capabilities are listed in CMakeLists.txt; only what is implemented
// here is claimed, and kit reports the rest as missing.
#include "kit/frontend.hpp"
#include "kit_plugin_meta.h"

namespace {

class ToyFrontend final : public kit::FrontendPlugin {};

}  // namespace

KIT_DEFINE_PLUGIN(ToyFrontend);
