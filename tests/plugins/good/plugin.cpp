// Test plugin: a well-behaved frontend with no capabilities.
#include "kit/frontend.hpp"
#include "kit/plugin.hpp"
#include "kit_plugin_meta.h"

namespace {
class GoodFrontend final : public kit::FrontendPlugin {};
}  // namespace

KIT_DEFINE_PLUGIN(GoodFrontend);
