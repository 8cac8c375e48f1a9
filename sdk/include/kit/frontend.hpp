// What a driver (kit cc, kit cpp) tells a frontend about one compilation.
// The host parses gcc-compatible flags into this; frontends never see the
// command line.
#pragma once

#include <string>
#include <vector>

namespace kit {

struct FrontendOptions {
  // Preprocessor, in command-line order: "-DNAME=V" / "-UNAME" become
  // {define/undef, text} pairs so their relative order is kept.
  struct MacroOp {
    bool define;
    std::string text;  // "NAME", "NAME=VALUE"
  };
  std::vector<MacroOp> macro_ops;
  std::vector<std::string> quote_dirs;    // -iquote
  std::vector<std::string> include_dirs;  // -I
  std::vector<std::string> system_dirs;   // -isystem
  std::vector<std::string> after_dirs;    // -idirafter
  std::vector<std::string> forced_includes;  // -include
  std::string sysroot;                    // --sysroot (empty: the target's)
  bool no_std_inc = false;                // -nostdinc
  std::string std = "gnu17";              // -std=
  int opt_level = 0;                      // -O
  bool pic = false;                       // -fPIC / -fpic
  bool pie = false;                       // -fPIE / -fpie
  bool werror = false;
  bool no_warnings = false;               // -w
  std::vector<std::string> warning_flags; // -W... as given
};

}  // namespace kit
