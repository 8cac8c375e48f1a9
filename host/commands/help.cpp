#include <iostream>

#include "commands.hpp"
#include "kit/abi_key.h"
#include "paths.hpp"

namespace kit::host {

std::string version_text() {
  return std::string("kit ") + KIT_VERSION + "\nSDK " + KIT_SDK_VERSION_STRING +
         ", ABI build key " + KIT_ABI_KEY + "\nhost " + host_library_target() +
         ", default target " + host_default_triple() + "\n";
}

int cmd_version(Context&, const Args&) {
  std::cout << version_text();
  return 0;
}

int cmd_help(Context&, const Args& args) {
  if (!args.empty()) {
    const Command* c = find_command(args[0]);
    if (!c) throw Error("unknown command '" + args[0] + "' (try 'kit help')");
    std::cout << c->summary << "\n\n" << c->usage;
    return 0;
  }
  std::cout << "kit " << KIT_VERSION
            << ": a multi-target C toolchain (compiler, assembler, linker, binutils)\n\n"
               "usage: kit [--target TRIPLE] [--config FILE] [-v] COMMAND [ARGS...]\n"
               "       kit-COMMAND, TRIPLE-kit-COMMAND (multicall names, e.g. kit-cc)\n\n"
               "commands:\n";
  for (const auto& c : all_commands()) {
    std::string n = c.name;
    n.resize(10, ' ');
    std::cout << "  " << n << c.summary << "\n";
  }
  std::cout << "\nglobal options:\n"
               "  --target TRIPLE  target to build for (default: the host; see 'kit targets')\n"
               "  --config FILE    an extra configuration layer (repeatable)\n"
               "  -v, --verbose    log what kit does (also KIT_LOG=debug, KIT_PLUGIN_DEBUG=1)\n"
               "  --version        print the version\n\n"
               "'kit help COMMAND' shows a command's options.\n";
  return 0;
}

}  // namespace kit::host
