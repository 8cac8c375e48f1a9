// The command line of `kit cc` and `kit cpp`: one table of every flag kit
// knows (cc_flags.cpp), each either
//   Implemented -- it sets a field of the compilation below;
//   Ignored     -- accepted by name because it cannot change what kit
//                  writes (the table says why, and docs/DRIVER.md lists it);
//   Unsupported -- a gcc flag that would change the output in a way kit
//                  does not honour: an error naming it, never a silently
//                  different binary.
// Anything else starting with '-' is gcc's "unrecognized command-line
// option" error. `kit cc --help` prints the table; docs/DRIVER.md holds the
// same text and a lit test keeps them equal.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "kit/arch.hpp"
#include "kit/frontend.hpp"
#include "kit/link/options.hpp"
#include "link_driver.hpp"

namespace kit::host {

// One compilation as the command line describes it.
struct CcCommand {
  FrontendOptions fo;
  CodegenOptions co;
  LinkRequest lr;
  link::Options lo;  // the user's link inputs (-l, -Wl, files) and options
  std::string output;                     // -o
  bool compile_only = false;              // -c
  bool preprocess_only = false;           // -E (and -M, -MM)
  bool assembly = false;                  // -S
  bool syntax_only = false;               // -fsyntax-only
  bool opt_size = false;                  // the last -O was -Os or -Oz
  int pic = -1;                           // -fPIC/-fpic 1, -fno-pic 0
  int pie_code = -1;                      // -fPIE/-fpie 1, -fno-pie 0
  bool verbose = false;                   // -v
  int color = -1;                         // -fdiagnostics-color: 1 always, 0 never, -1 auto
  std::string march;                      // -march=, checked against the target
  std::vector<std::string> machine_flags; // -m64, -m32: checked against the target
  std::string info;                       // --version, -dumpmachine, ...: print and stop
  std::string info_arg;                   // -print-prog-name=NAME's NAME
  // Operands in command-line order; `lang` is the -x language in force
  // ("" = by suffix) and `link_position` where the file goes among
  // lo.inputs (linker inputs and compiled objects keep their order).
  struct Operand {
    std::string path;
    std::string lang;
    size_t link_position;
  };
  std::vector<Operand> operands;
  std::string lang;                       // the current -x
  std::vector<std::string> linker_words;  // -Wl,/-Xlinker words not yet parsed
};

enum class FlagForm : uint8_t {
  Flag,              // exactly the spelling: -c
  Joined,            // spelling + a non-empty value: -std=c99
  Separate,          // spelling, value in the next argument: -Xlinker X
  JoinedOrSeparate,  // -Idir or -I dir
  Prefix,            // spelling + anything, possibly nothing: -g, -g3, -Wno-foo
};
enum class FlagKind : uint8_t { Implemented, Ignored, Unsupported };

struct CcFlag {
  const char* spelling;
  FlagForm form;
  FlagKind kind;
  // What the flag does (Implemented), why it cannot change the output
  // (Ignored), or why kit refuses it (Unsupported).
  const char* doc;
  // Implemented flags: applies the value (throws kit::Error on a bad one).
  void (*apply)(CcCommand& c, const std::string& value) = nullptr;
  // How the docs spell it when that differs: "-W<warning>".
  const char* doc_spelling = nullptr;
};

std::span<const CcFlag> cc_flags();

// Parses args (response files already expanded) into c. Throws kit::Error
// for unknown and unsupported flags and missing values.
void parse_cc_args(const std::vector<std::string>& args, CcCommand& c);
// Parses the -Wl,/-Xlinker words collected so far into c.lo.
void flush_linker_words(CcCommand& c);

// gcc's @file: each "@name" argument replaced by the words of the file,
// split and unquoted by libiberty's rules (whitespace separates; '' and ""
// group; a backslash takes the next character literally, even in quotes),
// recursively. A missing file is an error.
std::vector<std::string> expand_response_files(const std::vector<std::string>& args);

// The table as docs/DRIVER.md shows it: three markdown tables.
void print_flag_tables(std::ostream& out);

}  // namespace kit::host
