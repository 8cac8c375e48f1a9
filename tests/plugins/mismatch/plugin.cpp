// Test plugin: an honest frontend that claims nothing; its manifest is
// edited at build time to claim version 0.2.0 and 'preprocess'.
#include "kit/frontend.hpp"
#include "kit/plugin.hpp"
#include "kit_plugin_meta.h"

namespace {
class MismatchFrontend final : public kit::FrontendPlugin {};
}  // namespace

KIT_DEFINE_PLUGIN(MismatchFrontend);
