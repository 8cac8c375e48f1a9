// Test plugin: kit's SDK major and minor, but another ABI build key. The
// entry is hand-written because KIT_DEFINE_PLUGIN always uses the key of the
// compiler at hand (which is the point of the key).
#include "kit/plugin.h"
#include "kit/plugin.hpp"
#include "kit_plugin_meta.h"

namespace {
const char* const provides[] = {KIT_PLUGIN_PROVIDES nullptr};
const char* const extensions[] = {KIT_PLUGIN_EXTENSIONS nullptr};

kit_plugin_instance* create(const kit_host_services*, char* error, size_t size) {
  kit::detail::copy_error(error, size, "test-abi-key: create() reached despite the ABI key");
  return nullptr;
}
void destroy(kit_plugin_instance*) {}
}  // namespace

extern "C" KIT_PLUGIN_EXPORT const kit_plugin_entry KIT_PLUGIN_ENTRY_NAME(KIT_SDK_MAJOR);
extern "C" KIT_PLUGIN_EXPORT const kit_plugin_entry KIT_PLUGIN_ENTRY_NAME(KIT_SDK_MAJOR) = {
    sizeof(kit_plugin_entry),
    KIT_SDK_MAJOR,
    KIT_SDK_MINOR,
    TEST_OTHER_KEY,
    KIT_PLUGIN_KIND,
    0,
    KIT_PLUGIN_ID,
    KIT_PLUGIN_VERSION,
    KIT_PLUGIN_DESCRIPTION,
    provides,
    extensions,
    KIT_PLUGIN_CAPABILITIES,
    &create,
    &destroy,
};
