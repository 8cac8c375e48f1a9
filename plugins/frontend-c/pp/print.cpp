// The -E printer and the other outputs of kit cpp: -dM/-dD/-dN, and the
// -M family of dependency rules.
//
// The -E text follows gcc's so that tools reading it (ccache, distcc,
// debuggers, error messages of a compiler reading the .i file) see the
// same structure:
//   # 0 "a.c"                       the main file, then the pseudo-files
//   # 0 "<built-in>"                holding the predefined macros and the
//   # 0 "<command-line>"            -D/-U options
//   # 1 "/usr/include/stdc-predef.h" 1 3 4   entering a file: flag 1;
//   # 0 "<command-line>" 2          returning: flag 2; system header: 3 4
//   # 1 "a.c"
// Each source line that has tokens starts a new output line; a gap of
// fewer than 8 lines is kept as blank lines, a larger one (or a change of
// file) becomes a line marker `# N "file" flags`. The first token of a line
// is indented to its column; later tokens are separated by one space where
// the source had white space, or where printing them side by side would
// make different tokens (gcc's avoid_paste: `- -1` from `-` and a macro
// giving `-1`). Pragmas are printed on their own lines. -P drops the line
// markers and blank lines.
//
// Dependency rules (gcc's mkdeps format): `target: prerequisites`, the main
// file first, then every file read in the order first read (without system
// headers for -MM/-MMD), names make-quoted (spaces and '#' escaped with
// '\', '$' doubled), lines wrapped before 72 columns with " \".
// -MP adds an empty rule for each header so make survives deleted headers.
#include <algorithm>
#include <iostream>

#include "kit/atomic_file.hpp"
#include "pp/impl.hpp"

namespace kit::pp {

std::string make_escape(std::string_view s, bool target) {
  (void)target;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '\t') {
      // A space after N backslashes: N more backslashes and one for the space.
      for (size_t j = i; j > 0 && s[j - 1] == '\\'; --j) out += '\\';
      out += '\\';
    } else if (c == '$') {
      out += '$';
    } else if (c == '#') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string Preprocessor::dependency_rule() const { return impl_->dependency_rule(); }

std::string PreprocessorImpl::dependency_rule() const {
  const auto& d = opts_.deps;
  // gcc's order: an -MT target given after -MQ ones swaps places with the
  // first of them, so the unquoted ones come first.
  std::vector<std::string> targets;
  size_t quote_lwm = 0;
  for (const auto& t : d.targets) {
    std::string name = t.name;
    if (!t.quote) {
      if (quote_lwm != targets.size()) std::swap(name, targets[quote_lwm]);
      ++quote_lwm;
    }
    targets.push_back(name);
  }
  for (size_t i = quote_lwm; i < targets.size(); ++i) targets[i] = make_escape(targets[i], true);
  if (targets.empty()) {
    std::string base = base_file_;
    size_t slash = base.rfind('/');
    if (slash != std::string::npos) base = base.substr(slash + 1);
    size_t dot = base.rfind('.');
    if (dot != std::string::npos && dot != 0) base = base.substr(0, dot);
    targets.push_back(make_escape(base + ".o", true));
  }
  std::string out;
  constexpr size_t kColMax = 72;
  size_t col = 0;
  auto write = [&](const std::string& name) {
    if (col) {
      if (col + name.size() > kColMax) {
        out += " \\\n";
        col = 0;
      }
      ++col;
      out += ' ';
    }
    col += name.size();
    out += name;
  };
  for (const auto& t : targets) write(t);
  out += ':';
  ++col;
  std::vector<std::string> headers;
  for (size_t i = 0; i < deps_.size(); ++i) {
    if (!d.system && deps_[i].system) continue;
    std::string n = make_escape(deps_[i].path, false);
    write(n);
    if (i) headers.push_back(n);
  }
  out += '\n';
  if (d.phony)
    for (const auto& h : headers) out += h + ":\n";
  return out;
}

bool PreprocessorImpl::write_dependency_file() {
  if (deps_written_ || !opts_.deps.enabled || opts_.deps.only || opts_.deps.file.empty()) return true;
  deps_written_ = true;
  if (diags_.has_errors()) return false;
  try {
    AtomicFile f(opts_.deps.file);
    f.write(dependency_rule());
    f.commit();
  } catch (const std::exception& e) {
    diags_.report(Severity::Error, {}, e.what());
    return false;
  }
  return true;
}

namespace {

std::string macro_definition(const PreprocessorImpl& pp, const Macro& m, bool name_only) {
  std::string s = "#define ";
  s += pp.name(m.name);
  if (name_only) return s;
  if (m.function_like) {
    s += '(';
    for (size_t i = 0; i < m.params.size(); ++i) {
      if (i) s += ',';
      if (m.variadic && i + 1 == m.params.size()) {
        if (m.named_variadic) s += pp.name(m.params[i]);
        s += "...";
      } else {
        s += pp.name(m.params[i]);
      }
    }
    s += ')';
  }
  s += ' ';
  for (size_t i = 0; i < m.body.size(); ++i) {
    const Token& t = m.body[i];
    if (i && (t.flags & kLeadingSpace)) s += ' ';
    if (t.kind == TokenKind::MacroParam) s += pp.name(m.params[t.ident]);
    else s += t.text;
  }
  return s;
}

// Whether printing b right after a would lex differently.
bool avoid_paste(const Token& a, const Token& b) {
  if (b.text.empty() || a.text.empty()) return false;
  char c = b.text[0];
  switch (a.kind) {
    case TokenKind::Identifier:
      return b.kind == TokenKind::Identifier || b.kind == TokenKind::Number ||
             b.kind == TokenKind::CharConst || b.kind == TokenKind::String ||
             (b.kind == TokenKind::Other && c == '\\');
    case TokenKind::Number:
      return b.kind == TokenKind::Identifier || b.kind == TokenKind::Number || c == '.' ||
             c == '+' || c == '-' || (b.kind == TokenKind::Other && c == '\\');
    case TokenKind::Other:
      return a.text == "\\" && (b.kind == TokenKind::Identifier || b.kind == TokenKind::Number);
    case TokenKind::Punct: {
      std::string_view x = a.text;
      char l = x.back();
      if (b.kind == TokenKind::Number && c == '.') return l == '.';
      if (b.kind != TokenKind::Punct && !(b.kind == TokenKind::Number && l == '.')) return false;
      switch (l) {
        case '+': return c == '+' || c == '=';
        case '-': return c == '-' || c == '=' || c == '>';
        case '<': return c == '<' || c == '=' || c == ':' || c == '%';
        case '>': return c == '>' || c == '=';
        case '&': return c == '&' || c == '=';
        case '|': return c == '|' || c == '=';
        case '*': case '^': case '!': case '=': return c == '=';
        case '/': return c == '=' || c == '*' || c == '/';
        case '%': return c == '=' || c == '>' || c == ':';
        case ':': return c == '>' || (x == "%:" && c == '%');
        case '.': return c == '.' || (b.kind == TokenKind::Number);
        case '#': return c == '#' || c == '%';
        default: return false;
      }
    }
    default:
      return false;
  }
}

// The -E printer, modelled on gcc's c-ppoutput.cc so that the output is
// the same text: src_line_ is the source line the output is at; a token
// from a new line "changes line" (newlines to catch up, or a marker), then
// is indented to its column.
class Printer {
 public:
  Printer(PreprocessorImpl& pp, std::string& out) : pp_(pp), out_(out) {
    markers_ = !pp.opts_.no_line_markers;
    dump_defines_ = pp.opts_.dump_macros == 'D' || pp.opts_.dump_macros == 'N';
  }

  void header(std::string_view main_name) {
    if (markers_) {
      out_ += "# 0 \"" + escape(main_name) + "\"\n";
      out_ += "# 0 \"<built-in>\"\n";
    }
    bool cmdline = false;
    size_t i = 0;
    for (; i < pp_.events_.size(); ++i) {
      const FileEvent& e = pp_.events_[i];
      if (e.kind != FileEvent::Define && e.kind != FileEvent::Undef) break;
      std::string_view n = pp_.sm_.file(e.file).name;
      if (n != "<built-in>" && !cmdline) {
        cmdline = true;
        if (markers_) out_ += "# 0 \"<command-line>\"\n";
      }
      define_line(e);
    }
    if (!cmdline && markers_) out_ += "# 0 \"<command-line>\"\n";
    pp_.events_.erase(pp_.events_.begin(), pp_.events_.begin() + static_cast<long>(i));
    src_line_ = 0;
  }

  void token(const Token& t) {
    if (!pp_.events_.empty()) drain();
    if (t.kind == TokenKind::Pragma) {
      pragma(t);
      return;
    }
    // Where the token is in the source: for a macro's output, where the
    // (outermost) invocation was. Its system-ness is its spelling's, as
    // gcc's (a token spelled in a system header's macro is a system token).
    SourceLocation where = t.loc;
    if (t.expansion)
      for (uint32_t x = t.expansion; x; x = pp_.expansions_[x].parent) where = pp_.expansions_[x].loc;
    // The presumed line, cheaply: most files have no #line.
    const FileEntry& wf = pp_.sm_.file(where.file);
    uint32_t line = where.line;
    if (!wf.line_changes.empty()) line = pp_.sm_.presumed(where).line;
    bool builtin = !t.loc.valid() || t.loc.file == pp_.builtin_file_;
    bool system = builtin ? prev_system_ : pp_.sm_.file(t.loc.file).system;
    bool marker_now = false;
    bool spaced = false;
    if ((t.flags & kAtLineStart) && where.valid()) {
      // gcc changes line when it reads the line's first token from the
      // file: for a macro, its name, so the name's file decides the flags.
      change_line(pp_.sm_.presumed(where), where, wf.system);
    } else if (markers_ && where.valid() && line != src_line_) {
      // After a macro invocation that spanned lines, the rest of the line
      // goes back to its own line (gcc).
      marker_now = change_line(pp_.sm_.presumed(where), where, system);
      out_ += ' ';
      spaced = true;
    }
    if (!spaced && ((t.flags & kLeadingSpace) || (have_prev_ && !adjacent(prev_, t) && avoid_paste(prev_, t)) ||
                    (!have_prev_ && t.is(Punct::Hash))))  // '#' first on a line is not a directive
      out_ += ' ';
    // gcc marks a change between system-header and other tokens with one
    // more line change (and so a marker with the new flags).
    bool system_change = markers_ && !marker_now && !builtin && system != prev_system_ && where.valid();
    if (system_change) {
      change_line(pp_.sm_.presumed(where), where, system);
      prev_system_ = system;
    }
    out_ += t.text;
    printed_ = true;
    prev_ = t;
    have_prev_ = !system_change;  // gcc forgets the previous token there
  }

  // Tokens that were side by side in the source print side by side.
  static bool adjacent(const Token& a, const Token& b) {
    return a.loc.file == b.loc.file && a.loc.line == b.loc.line &&
           b.loc.column == a.loc.column + a.text.size() && a.expansion == b.expansion;
  }

  void finish() {
    if (!pp_.events_.empty()) drain();
    if (printed_) out_ += '\n';
  }

 private:
  static std::string escape(std::string_view s) {
    std::string o;
    for (char c : s) {
      if (c == '"' || c == '\\') o += '\\';
      o += c;
    }
    return o;
  }

  // gcc's cb_line_change: to line p (in file where.file), and the line is
  // "printed" from then on (its indentation follows). Returns whether a
  // marker was written.
  bool change_line(const PresumedLoc& p, SourceLocation where, bool system) {
    bool marker_written;
    if (where.file != cur_file_ && where.file) {
      // A token from a file the markers have not announced.
      end_line();
      cur_file_ = where.file;
      cur_physical_ = where.line;
      marker(p.line, p.file, "", system);
      marker_written = markers_;
    } else {
      marker_written = maybe_print_line(p.line, system);
    }
    // gcc indents to the column less one; the token's own white space
    // adds the last one.
    if (p.column > 2) out_.append(p.column - 2, ' ');
    printed_ = true;
    have_prev_ = false;
    return marker_written;
  }

  void end_line() {
    if (printed_) {
      out_ += '\n';
      ++src_line_;
      printed_ = false;
    }
    have_prev_ = false;
  }

  bool file_system(FileId f) const { return f && pp_.sm_.file(f).system; }

  void marker(uint32_t line, std::string_view name, const char* flag, bool system) {
    src_line_ = line;
    if (!markers_) return;
    out_ += "# " + std::to_string(line) + " \"" + escape(name) + "\"" + flag + (system ? " 3 4" : "") + "\n";
  }

  // gcc's maybe_print_line: end the current line, then newlines up to
  // `line` if it is less than 8 ahead, else a marker. -P: no blank lines.
  bool maybe_print_line(uint32_t line, bool system) {
    end_line();
    if (markers_ && line >= src_line_ && line < src_line_ + 8) {
      while (src_line_ < line) {
        out_ += '\n';
        ++src_line_;
      }
      return false;
    }
    marker(line, cur_name(), "", system);
    return markers_;
  }

  std::string_view cur_name() const {
    if (!cur_file_) return "<command-line>";
    // The presumed name at the current line (after #line).
    return pp_.sm_.presumed({cur_file_, std::max<uint32_t>(cur_physical_, 1), 1}).file;
  }

  void define_line(const FileEvent& e) {
    if (!dump_defines_) return;
    end_line();
    if (e.kind == FileEvent::Define) {
      out_ += macro_definition(pp_, *e.macro, pp_.opts_.dump_macros == 'N');
    } else {
      out_ += "#undef ";
      out_ += pp_.name(e.name);
    }
    out_ += '\n';
    ++src_line_;
  }

  void pragma(const Token& t) {
    PresumedLoc p = pp_.sm_.presumed(t.loc);
    if (!(t.flags & kPragmaOperator)) {
      // A #pragma (or #ident) line, passed through in its place.
      maybe_print_line(p.line, file_system(t.loc.file));
      out_ += (t.flags & kIdentDirective) ? "#" : "#pragma ";
      out_ += t.text;
      printed_ = true;
      have_prev_ = false;
      return;
    }
    // From _Pragma: its own line, with a marker before and after (gcc).
    bool sys = file_system(t.loc.file);
    if (t.flags & kAtLineStart) change_line(p, t.loc, sys);
    maybe_print_line(p.line, sys);
    out_ += "#pragma ";
    out_ += t.text;
    printed_ = true;
    maybe_print_line(p.line, sys);
    have_prev_ = false;
  }

  void drain() {
    for (size_t i = 0; i < pp_.events_.size(); ++i) {
      const FileEvent& e = pp_.events_[i];
      switch (e.kind) {
        case FileEvent::Enter: {
          SourceLocation from = pp_.sm_.file(e.file).included_from;
          if (from.valid() && from.file == cur_file_ && markers_)
            maybe_print_line(pp_.sm_.presumed(from).line, file_system(cur_file_));
          end_line();
          cur_file_ = e.file;
          cur_physical_ = 1;
          marker(1, pp_.sm_.file(e.file).name, " 1", file_system(e.file));
          break;
        }
        case FileEvent::Leave:
          end_line();
          cur_file_ = e.file;
          cur_physical_ = e.line;
          if (!e.file) {
            marker(0, "<command-line>", " 2", false);
          } else {
            PresumedLoc p = pp_.sm_.presumed({e.file, e.line, 1});
            marker(p.line, p.file, " 2", file_system(e.file));
          }
          break;
        case FileEvent::Line: {
          end_line();
          cur_file_ = e.file;
          cur_physical_ = e.line;
          PresumedLoc p = pp_.sm_.presumed({e.file, e.line, 1});
          marker(p.line, p.file, "", file_system(e.file));
          break;
        }
        case FileEvent::System: {
          end_line();
          cur_physical_ = e.line;
          PresumedLoc p = pp_.sm_.presumed({e.file, e.line, 1});
          src_line_ = p.line;
          if (markers_) out_ += "# " + std::to_string(p.line) + " \"" + escape(p.file) + "\" 3\n";
          break;
        }
        case FileEvent::LineStart: {
          SourceLocation l{e.file, e.line, e.column};
          change_line(pp_.sm_.presumed(l), l, file_system(e.file));
          break;
        }
        case FileEvent::Define:
        case FileEvent::Undef:
          if (dump_defines_) {
            PresumedLoc p = pp_.sm_.presumed({e.file, e.line, 1});
            if (e.file == cur_file_ && p.line >= src_line_) maybe_print_line(p.line, file_system(e.file));
            define_line(e);
          }
          break;
      }
    }
    pp_.events_.clear();
  }

  PreprocessorImpl& pp_;
  std::string& out_;
  bool markers_ = true;
  bool dump_defines_ = false;
  bool printed_ = false;
  bool have_prev_ = false;
  bool prev_system_ = false;
  Token prev_;
  FileId cur_file_ = 0;
  uint32_t cur_physical_ = 1;
  uint32_t src_line_ = 0;
};

}  // namespace

bool print_preprocessed(Preprocessor& pp, const FrontendOptions& options, std::string& out) {
  PreprocessorImpl& im = pp.impl();
  Diagnostics& diags = im.diags_;
  unsigned errors_before = diags.error_count();
  char dump = options.dump_macros;
  if (options.deps.only || dump == 'M') {
    for (Token t = pp.next(); t.kind != TokenKind::Eof; t = pp.next()) {
    }
    if (options.deps.only) {
      std::string rule = pp.dependency_rule();
      if (options.deps.file.empty() || options.deps.file == "-") {
        out += rule;
      } else if (!diags.has_errors()) {
        try {
          AtomicFile f(options.deps.file);
          f.write(rule);
          f.commit();
        } catch (const std::exception& e) {
          diags.report(Severity::Error, {}, e.what());
        }
      }
    }
    if (dump == 'M') {
      std::vector<const Macro*> ms;
      for (const IdentInfo& inf : im.idents_)
        if (inf.macro && inf.macro->builtin == Builtin::None) ms.push_back(inf.macro);
      std::sort(ms.begin(), ms.end(), [](const Macro* a, const Macro* b) { return a->order < b->order; });
      for (const Macro* m : ms) {
        out += macro_definition(im, *m, false);
        out += '\n';
      }
    }
    return diags.error_count() == errors_before;
  }
  // The output is about as long as the input read: reserve for the main
  // file and then some.
  size_t main_size = im.files_.empty() ? 0 : im.files_.front().content->size;
  out.reserve(out.size() + main_size + main_size / 2 + (1u << 20));
  Printer printer(im, out);
  printer.header(im.base_file_);
  for (Token t = pp.next(); t.kind != TokenKind::Eof; t = pp.next()) printer.token(t);
  printer.finish();
  return diags.error_count() == errors_before;
}

void prepare_printing(Preprocessor& pp, const FrontendOptions& options) {
  PreprocessorImpl& im = pp.impl();
  im.record_events_ = !options.deps.only && options.dump_macros != 'M';
  im.record_define_events_ = options.dump_macros == 'D' || options.dump_macros == 'N';
}

bool preprocess_to_text(const TargetSpec& target, const FrontendOptions& options,
                        const std::string& path, std::string& out, Diagnostics& diags) {
  unsigned errors_before = diags.error_count();
  Preprocessor pp(target, options, diags);
  prepare_printing(pp, options);
  if (!pp.enter_main_file(path)) return false;
  bool ok = print_preprocessed(pp, options, out);
  return ok && diags.error_count() == errors_before;
}

}  // namespace kit::pp
