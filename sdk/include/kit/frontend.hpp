// What a driver (kit cc, kit cpp) tells a frontend about one compilation.
// The host parses gcc-compatible flags into this; frontends never see the
// command line.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kit/plugin.hpp"

namespace kit {

namespace ir {
class Module;
}

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
  std::vector<std::string> macro_includes;   // -imacros: macros kept, output dropped
  // kit's own headers (stddef.h, stdarg.h, ...; <prefix>/lib/kit/include),
  // searched after -isystem and before the target's system directories.
  // Set by the host; empty: the frontend looks beside its plugin.
  std::string resource_dir;
  std::string sysroot;                    // --sysroot (empty: the target's)
  bool no_std_inc = false;                // -nostdinc
  std::string std = "gnu17";              // -std= (-ansi: "c90")
  bool undef = false;                     // -undef: no target or system macros
  bool trigraphs = false;                 // -trigraphs (strict -std= modes imply it)
  bool freestanding = false;              // -ffreestanding: __STDC_HOSTED__ 0
  int char_signed = -1;                   // -fsigned-char 1, -funsigned-char 0, -1: target's
  // Preprocessed output (kit cpp, cc -E).
  bool no_line_markers = false;           // -P
  bool keep_comments = false;             // -C
  char dump_macros = 0;                   // -dM 'M', -dD 'D', -dN 'N', -dU 'U' (0: none)
  bool print_includes = false;            // -H: each header's name on stderr
  // Dependency output, gcc's -M family.
  struct DepTarget {
    std::string name;
    bool quote = false;                   // -MQ: make-quote it; -MT: as given
  };
  struct Dependencies {
    bool enabled = false;                 // any of -M -MM -MD -MMD
    bool only = false;                    // -M/-MM: the rule replaces the output (implies -E)
    bool system = true;                   // false for -MM/-MMD: no system headers
    bool phony = false;                   // -MP: a phony target per header
    bool missing_ok = false;              // -MG: missing headers are generated files
    std::string file;                     // -MF, or the driver's default for -MD
    std::vector<DepTarget> targets;       // -MT/-MQ; empty: <source stem>.o
  } deps;
  int opt_level = 0;                      // -O
  bool pic = false;                       // -fPIC / -fpic
  bool pie = false;                       // -fPIE / -fpie
  bool werror = false;
  bool no_warnings = false;               // -w
  std::vector<std::string> warning_flags; // -W... as given
};

// The interface of frontend plugins: one language, source -> kit IR.
// Preprocessing is a separate capability so a frontend without a
// preprocessor (or a preprocessor alone) is expressible.
class FrontendPlugin : public Plugin {
 public:
  ~FrontendPlugin() override;
  PluginKind kind() const final { return PluginKind::Frontend; }

  // KIT_CAP_PREPROCESS: the preprocessed text of `path` appended to `out`.
  // Errors go to diags; returns false when any error was reported.
  virtual bool preprocess(const TargetSpec& target, const FrontendOptions& options,
                          const std::string& path, std::string& out, Diagnostics& diags);

  // KIT_CAP_COMPILE: the IR module for `path`, or null after reporting
  // errors to diags.
  virtual std::unique_ptr<ir::Module> compile(const TargetSpec& target,
                                              const FrontendOptions& options,
                                              const std::string& path, Diagnostics& diags);
};

}  // namespace kit
