// Diagnostics: located messages in the form compilers and editors parse,
//
//   file:line:col: error: message
//      12 |   int x = y;
//         |           ^
//
// and kit::Error, the exception that carries one such message out of code
// that cannot continue (a malformed object, a bad config file). The host
// prints it and exits non-zero; nothing is left half-written.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kit {

struct SourceLoc {
  std::string file;      // empty: no location
  uint32_t line = 0;     // 1-based; 0: whole file
  uint32_t column = 0;   // 1-based; 0: whole line

  std::string str() const;  // "file:line:col", "file:line", "file" or ""
};

enum class Severity : uint8_t { Note, Warning, Error, Fatal };
const char* severity_name(Severity s);

class Error : public std::runtime_error {
 public:
  explicit Error(std::string message) : std::runtime_error(std::move(message)) {}
  Error(SourceLoc loc, std::string message);
  const SourceLoc& loc() const { return loc_; }
  // The message without the location prefix.
  const std::string& message() const { return message_; }

 private:
  SourceLoc loc_;
  std::string message_;
};

class Diagnostics {
 public:
  explicit Diagnostics(std::ostream& out);
  void set_color(bool on) { color_ = on; }
  void set_werror(bool on) { werror_ = on; }
  void set_suppress_warnings(bool on) { no_warnings_ = on; }

  // source_line, when given, is printed under the message with a caret at
  // loc.column.
  void report(Severity severity, const SourceLoc& loc, std::string_view message,
              std::string_view source_line = {});
  // The same, with `context` (whole lines, e.g. gcc's "In file included
  // from a.c:3:\n") printed first -- only if the message itself is printed.
  void report(Severity severity, const SourceLoc& loc, std::string_view message,
              std::string_view source_line, std::string_view context);
  // Whether a message of this severity would be printed (not suppressed by -w).
  bool enabled(Severity severity) const { return severity != Severity::Warning || !no_warnings_; }
  bool color() const { return color_; }
  void error(const SourceLoc& loc, std::string_view message, std::string_view line = {}) {
    report(Severity::Error, loc, message, line);
  }
  void warning(const SourceLoc& loc, std::string_view message, std::string_view line = {}) {
    report(Severity::Warning, loc, message, line);
  }
  void note(const SourceLoc& loc, std::string_view message, std::string_view line = {}) {
    report(Severity::Note, loc, message, line);
  }

  unsigned error_count() const { return errors_; }
  unsigned warning_count() const { return warnings_; }
  bool has_errors() const { return errors_ != 0; }

 private:
  std::ostream& out_;
  bool color_ = false;
  bool werror_ = false;
  bool no_warnings_ = false;
  unsigned errors_ = 0;
  unsigned warnings_ = 0;
};

}  // namespace kit
