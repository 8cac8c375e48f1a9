// Test library: exports an ordinary function and no kit_plugin_entry_v*.
#include "kit/plugin.hpp"

extern "C" KIT_PLUGIN_EXPORT int not_a_kit_plugin_answer(void) { return 42; }
