// kit's C17 preprocessor (translation phases 1-4, C17 5.1.1.2 and 6.10):
// the interface the C compiler and the -E printer are built on.
//
//   kit::pp::Preprocessor pp(target, options, diags);
//   if (!pp.enter_main_file("a.c")) return ...;       // errors already reported
//   for (Token t = pp.next(); !t.is(TokenKind::Eof); t = pp.next()) ...
//
// next() returns fully macro-expanded tokens with directives executed.
// Identifiers carry ids of names() (a kit::StringInterner); locations are
// resolved through sources(); a token from a macro expansion names its
// ExpansionInfo, from which report() prints gcc's "in expansion of macro"
// notes. Errors are reported to the Diagnostics given at construction and
// never thrown: after an error next() keeps returning tokens (or Eof), and
// has_errors() is true.
//
// Everything target-specific comes from the TargetSpec (predefined macros,
// data model, char signedness, wchar_t, long double, sysroot and include
// directories); nothing here assumes a host, an ISA or an OS.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kit/diag.hpp"
#include "kit/frontend.hpp"
#include "kit/support/interner.hpp"
#include "kit/target.hpp"
#include "pp/token.hpp"

namespace kit::pp {

// One file's bytes, shared by every inclusion of it.
struct FileContent {
  std::string path;      // the path it was opened with
  std::string data;      // the bytes, followed by NUL padding
  size_t size = 0;       // bytes of source in data (without the padding)
  mutable std::vector<uint32_t> line_starts;  // built on first need
  // Translation phases 1-2 (trigraphs when enabled, line splices) are done
  // in place in `data` (the text only shrinks); `splices` holds the offsets
  // where a backslash-newline was removed, so physical lines and columns
  // (and the source lines of diagnostics) can be recovered.
  std::vector<uint32_t> splices;
  mutable std::vector<bool> line_after_splice;  // per line_starts entry
  bool phases_done = false;
  // Multiple-include optimisation: the controlling macro of an include
  // guard wrapping the whole file (0: none), and #pragma once.
  IdentId guard = 0;
  bool once = false;
  uint64_t unique_id = 0;  // device/inode: one content per real file
  int64_t mtime = 0;       // __TIMESTAMP__
};

// One entry of a file into the translation unit (the main file, each
// #include, the <built-in> and <command-line> buffers). An id per
// inclusion, so the include stack of any location is known.
struct FileEntry {
  const FileContent* content = nullptr;
  std::string_view name;          // as printed: "a.c", "sub/b.h", "/usr/include/stdio.h"
  SourceLocation included_from;   // the #include; invalid for the main file
  bool system = false;            // a system header (line-marker flag 3)
  uint32_t depth = 0;             // include depth (__INCLUDE_LEVEL__), main file 0
  struct LineChange {             // #line (or a line marker) inside this file
    uint32_t physical_line;       // the first line it applies to
    uint32_t line;                // its presumed number
    std::string_view name;        // its presumed file name
  };
  std::vector<LineChange> line_changes;
};

// Where a location appears to be after #line: what __FILE__, __LINE__,
// diagnostics and line markers use.
struct PresumedLoc {
  std::string_view file;
  uint32_t line = 0;
  uint32_t column = 0;
};

class SourceManager {
 public:
  SourceManager();
  ~SourceManager();
  SourceManager(const SourceManager&) = delete;
  SourceManager& operator=(const SourceManager&) = delete;

  const FileEntry& file(FileId id) const { return *entries_[id]; }
  FileEntry& file(FileId id) { return *entries_[id]; }
  size_t file_count() const { return entries_.size(); }

  // The text of the physical line holding loc, without its newline; empty
  // for an invalid location.
  std::string_view line_text(SourceLocation loc) const;
  PresumedLoc presumed(SourceLocation loc) const;
  // The presumed location in the form kit::Diagnostics prints.
  SourceLoc diag_loc(SourceLocation loc) const;

  // Used by the preprocessor.
  const FileContent* add_content(std::string path, std::string bytes);
  FileId add_entry(const FileContent* content, std::string_view name, SourceLocation from,
                   bool system, uint32_t depth);
  std::string_view save(std::string_view s);  // a copy that lives as long as this

 private:
  std::vector<std::unique_ptr<FileContent>> contents_;
  std::vector<std::unique_ptr<FileEntry>> entries_;  // [0] is the "no file" entry
  StringInterner strings_;
};

// One macro expansion: the macro, where its name was written, and the
// expansion that name token itself came out of (0: it was in a file).
struct ExpansionInfo {
  IdentId macro = 0;
  SourceLocation loc;
  uint32_t parent = 0;
  SourceLocation definition;  // the #define; invalid for built-in and -D macros
};

class PreprocessorImpl;

class Preprocessor {
 public:
  Preprocessor(const TargetSpec& target, const FrontendOptions& options, Diagnostics& diags);
  ~Preprocessor();
  Preprocessor(const Preprocessor&) = delete;
  Preprocessor& operator=(const Preprocessor&) = delete;

  // Defines the predefined and command-line macros, reads -imacros and
  // -include files, and starts reading `path` ("-": standard input).
  // Returns false (after reporting) when the file cannot be read.
  bool enter_main_file(const std::string& path);
  // The same for text in memory (tests, fuzzing); `name` names it.
  bool enter_main_buffer(std::string_view name, std::string_view text);

  // The next token of the translation unit, fully macro-expanded; Eof at
  // the end, and again on every later call.
  Token next();

  // Identifiers: Token::ident values are ids of this interner, and the
  // keywords are interned first (kw_* in token.hpp).
  StringInterner& names();
  std::string_view ident_name(IdentId id) const;
  // A copy of s that lives as long as the preprocessor (for spellings the
  // parser makes up, e.g. concatenated strings).
  std::string_view save(std::string_view s);

  SourceManager& sources();
  const SourceManager& sources() const;
  const ExpansionInfo& expansion(uint32_t id) const;

  // A diagnostic at a location, gcc style: the include stack ("In file
  // included from a.c:3:") when it changed, file:line:col, the source line
  // with a caret, then one "in expansion of macro 'X'" note per macro the
  // token came out of (innermost first).
  void report(Severity severity, SourceLocation loc, uint32_t expansion, std::string_view message);
  void error(const Token& t, std::string_view message);
  void warning(const Token& t, std::string_view message);
  Diagnostics& diagnostics();
  bool has_errors() const;

  // __has_builtin(name): by default the builtins kit's C compiler knows
  // (the list in pp/features.cpp); the compiler may install its own query.
  void set_builtin_query(std::function<bool(std::string_view)> query);

  // Files read so far, in first-read order, main file first (what the -M
  // family lists; system headers flagged).
  struct Dependency {
    std::string path;
    bool system;
  };
  const std::vector<Dependency>& dependencies() const;
  // The make rule for options.deps (gcc's format, make-escaped, wrapped),
  // and -MP's phony targets.
  std::string dependency_rule() const;

  // For the -E printer: the #define/#undef lines of -dD, and the whole
  // macro table in definition order for -dM. The printer is a friend so
  // it can see line structure (pp/print.cpp).
  PreprocessorImpl& impl() { return *impl_; }

 private:
  std::unique_ptr<PreprocessorImpl> impl_;
};

// kit cpp / kit cc -E: the whole translation unit as text, in gcc's -E
// format (line markers `# 1 "file" flags`, blank-line catch-up of up to 8
// lines, original indentation, spaces where tokens would otherwise paste),
// or with -P, -dM, -dD and the -M family as the options say. Returns false
// when an error was reported.
bool preprocess_to_text(const TargetSpec& target, const FrontendOptions& options,
                        const std::string& path, std::string& out, Diagnostics& diags);
// The same in two steps, for a main file from memory: prepare_printing()
// before enter_main_*(), then print_preprocessed().
void prepare_printing(Preprocessor& pp, const FrontendOptions& options);
bool print_preprocessed(Preprocessor& pp, const FrontendOptions& options, std::string& out);

}  // namespace kit::pp
