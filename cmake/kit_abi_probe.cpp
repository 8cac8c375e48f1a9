// Compiled (never run) by kit_add_plugin to read the ABI build key this
// compiler produces from kit/abi_key.h; the string is fished out of the
// object file, so it works for cross compilers too.
#include "kit/abi_key.h"
extern "C" const char kit_abi_probe_string[] = "KITABIKEY:" KIT_ABI_KEY ":KITEND";
