// Test plugin: loads, creates and destroys cleanly, then takes its process
// down with SIGSEGV inside preprocess(), the first capability contract the
// conformance suite exercises.
#include <csignal>

#include "kit/frontend.hpp"
#include "kit/plugin.hpp"
#include "kit_plugin_meta.h"

namespace {
class CrashingFrontend final : public kit::FrontendPlugin {
 public:
  bool preprocess(const kit::TargetSpec&, const kit::FrontendOptions&, const std::string&,
                  std::string&, kit::Diagnostics&) override {
    std::raise(SIGSEGV);
    return false;
  }
};
}  // namespace

KIT_DEFINE_PLUGIN(CrashingFrontend);
