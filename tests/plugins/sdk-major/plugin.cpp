// Test plugin: the entry of a plugin built against the next SDK major.
// Hand-written on purpose (the SDK has no hook to fake its own version):
// only the symbol name and the fields a host of any major may read
// (struct_size, sdk_major) matter; create() must never be reached.
#include "kit/plugin.h"
#include "kit/plugin.hpp"
#include "kit_plugin_meta.h"

namespace {
const char* const provides[] = {KIT_PLUGIN_PROVIDES nullptr};
const char* const extensions[] = {KIT_PLUGIN_EXTENSIONS nullptr};

kit_plugin_instance* create(const kit_host_services*, char* error, size_t size) {
  kit::detail::copy_error(error, size, "test-sdk-major: a host of another SDK major called create()");
  return nullptr;
}
void destroy(kit_plugin_instance*) {}
}  // namespace

extern "C" KIT_PLUGIN_EXPORT const kit_plugin_entry KIT_PLUGIN_ENTRY_NAME(TEST_OTHER_MAJOR);
extern "C" KIT_PLUGIN_EXPORT const kit_plugin_entry KIT_PLUGIN_ENTRY_NAME(TEST_OTHER_MAJOR) = {
    sizeof(kit_plugin_entry),
    TEST_OTHER_MAJOR,
    0,
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
