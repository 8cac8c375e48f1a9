// The link half of `kit cc`, the way gcc drives ld: pick the target's link
// profile (pie, dynamic, static, static-pie, shared, exe) from the flags,
// choose the sysroot, and surround the user's inputs with the profile's
// startup objects and default libraries, all from targets.toml.
#pragma once

#include <string>
#include <vector>

#include "kit/link/options.hpp"
#include "kit/target.hpp"

namespace kit::host {

struct LinkRequest {
  bool shared = false, is_static = false, static_pie = false;
  int pie = -1;                  // -pie: 1, -no-pie: 0, neither: the target's default
  bool no_start_files = false;   // -nostartfiles (or -nostdlib)
  bool no_default_libs = false;  // -nodefaultlibs (or -nostdlib)
  bool pthread = false;          // -pthread: -lpthread before the default libraries
  std::string sysroot;           // --sysroot, empty: the target's
};

// The directory of the target's sysroot that exists (first candidate wins),
// or the --sysroot given. Empty when none exists.
std::string choose_sysroot(const TargetSpec& t, const std::string& requested);
// runtime_dirs with a trailing '*' component resolved to the highest
// version present; missing directories dropped.
std::vector<std::string> resolve_runtime_dirs(const TargetSpec& t);
// lib_dirs under the sysroot that exist.
std::vector<std::string> resolve_lib_dirs(const TargetSpec& t, const std::string& sysroot);

// Wraps `o` (already holding the user's inputs, -L paths and linker flags)
// with the profile's objects, libraries and search paths. Throws kit::Error
// when the profile or a required startup object is missing.
void add_target_link_defaults(const TargetSpec& t, const LinkRequest& r, link::Options& o);

}  // namespace kit::host
