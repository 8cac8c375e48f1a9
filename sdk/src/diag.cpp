#include "kit/diag.hpp"

#include <ostream>

namespace kit {

std::string SourceLoc::str() const {
  if (file.empty()) return {};
  std::string s = file;
  if (line) {
    s += ':' + std::to_string(line);
    if (column) s += ':' + std::to_string(column);
  }
  return s;
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    case Severity::Fatal: return "fatal error";
  }
  return "error";
}

Error::Error(SourceLoc loc, std::string message)
    : std::runtime_error(loc.file.empty() ? message : loc.str() + ": " + message),
      loc_(std::move(loc)),
      message_(std::move(message)) {}

Diagnostics::Diagnostics(std::ostream& out) : out_(out) {}

void Diagnostics::report(Severity severity, const SourceLoc& loc, std::string_view message,
                         std::string_view source_line, std::string_view context) {
  if (!enabled(severity)) return;
  out_ << context;
  report(severity, loc, message, source_line);
}

void Diagnostics::report(Severity severity, const SourceLoc& loc, std::string_view message,
                         std::string_view source_line) {
  if (severity == Severity::Warning) {
    if (no_warnings_) return;
    if (werror_) severity = Severity::Error;
  }
  if (severity == Severity::Error || severity == Severity::Fatal)
    ++errors_;
  else if (severity == Severity::Warning)
    ++warnings_;

  const char* bold = color_ ? "\033[1m" : "";
  const char* reset = color_ ? "\033[0m" : "";
  const char* tint = "";
  if (color_) {
    switch (severity) {
      case Severity::Note: tint = "\033[1;36m"; break;
      case Severity::Warning: tint = "\033[1;35m"; break;
      default: tint = "\033[1;31m"; break;
    }
  }
  std::string where = loc.str();
  if (!where.empty()) out_ << bold << where << ": " << reset;
  out_ << tint << severity_name(severity) << ": " << reset << bold << message << reset << '\n';
  if (!source_line.empty() && loc.line) {
    std::string num = std::to_string(loc.line);
    out_ << ' ' << num << " | " << source_line << '\n';
    if (loc.column) {
      out_ << ' ' << std::string(num.size(), ' ') << " | ";
      // Keep tabs so the caret lines up under the same glyphs.
      for (uint32_t i = 1; i < loc.column && i - 1 < source_line.size(); ++i)
        out_ << (source_line[i - 1] == '\t' ? '\t' : ' ');
      out_ << (color_ ? "\033[1;32m^\033[0m" : "^") << '\n';
    }
  }
}

}  // namespace kit
