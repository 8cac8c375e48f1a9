// Test plugin: its constructor throws. KIT_DEFINE_PLUGIN's factory turns
// the exception into create() returning null with the message, which kit
// must report with the plugin's name and path.
#include <stdexcept>

#include "kit/frontend.hpp"
#include "kit/plugin.hpp"
#include "kit_plugin_meta.h"

namespace {
class ThrowingFrontend final : public kit::FrontendPlugin {
 public:
  ThrowingFrontend() {
    throw std::runtime_error("cannot open /nonexistent/test-license.key (thrown on purpose)");
  }
};
}  // namespace

KIT_DEFINE_PLUGIN(ThrowingFrontend);
