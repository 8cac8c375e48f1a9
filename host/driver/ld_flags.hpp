// GNU ld command-line flags -> link::Options. Shared by `kit ld` and by
// `kit cc`'s -Wl,/-Xlinker pass-through, so both accept the same spellings.
// Unknown options are errors naming the option (never silently ignored);
// options that cannot change kit's output are accepted and listed in
// docs/LINKER.md.
#pragma once

#include <string>
#include <vector>

#include "kit/link/options.hpp"

namespace kit::host {

// Consumes args[i] (and its value, advancing i). Returns false if args[i]
// is not a linker option (then it is treated as an input by the caller).
bool parse_ld_option(const std::vector<std::string>& args, size_t& i, link::Options& o);
// All of args: options and inputs in order.
void parse_ld_args(const std::vector<std::string>& args, link::Options& o);

}  // namespace kit::host
