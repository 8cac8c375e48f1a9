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
  std::vector<std::string> targets;
  for (const auto& t : d.targets) targets.push_back(t.quote ? make_escape(t.name, true) : t.name);
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
    if (t.flags & kAtLineStart) {
      SourceLocation root = t.loc;
      for (uint32_t x = t.expansion; x; x = pp_.expansions_[x].parent) root = pp_.expansions_[x].loc;
      PresumedLoc p = pp_.sm_.presumed(root);
      if (root.file != cur_file_ && root.file) {
        // A token from a file the markers have not announced.
        end_line();
        cur_file_ = root.file;
        marker(p.line, p.file, "");
      } else {
        maybe_print_line(p.line);
      }
      if (p.column > 1) out_.append(p.column - 1, ' ');
      else if (t.is(Punct::Hash)) out_ += ' ';  // not to be read as a directive
    } else if (force_marker_) {
      SourceLocation root = t.loc;
      for (uint32_t x = t.expansion; x; x = pp_.expansions_[x].parent) root = pp_.expansions_[x].loc;
      PresumedLoc p = pp_.sm_.presumed(root);
      maybe_print_line(p.line);
      if (t.flags & kLeadingSpace) out_ += ' ';
    } else if (printed_ && ((t.flags & kLeadingSpace) || (have_prev_ && avoid_paste(prev_, t)))) {
      out_ += ' ';
    }
    if (!printed_ && !(t.flags & kAtLineStart) && t.is(Punct::Hash)) out_ += ' ';
    out_ += t.text;
    printed_ = true;
    prev_ = t;
    have_prev_ = true;
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

  void end_line() {
    if (printed_) {
      out_ += '\n';
      ++src_line_;
      printed_ = false;
    }
    have_prev_ = false;
  }

  const char* flags_for(FileId f) const {
    return f && pp_.sm_.file(f).system ? " 3 4" : "";
  }

  void marker(uint32_t line, std::string_view name, const char* flag) {
    force_marker_ = false;
    src_line_ = line;
    if (!markers_) return;
    out_ += "# " + std::to_string(line) + " \"" + escape(name) + "\"" + flag + flags_for(cur_file_) + "\n";
  }

  void maybe_print_line(uint32_t line) {
    end_line();
    if (!force_marker_ && markers_ && line >= src_line_ && line < src_line_ + 8) {
      while (src_line_ < line) {
        out_ += '\n';
        ++src_line_;
      }
    } else if (markers_) {
      PresumedLoc p = pp_.sm_.presumed({cur_file_, line, 1});
      (void)p;
      marker(line, cur_name(), "");
    } else {
      src_line_ = line;
      force_marker_ = false;
    }
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
    bool ident = t.flags & kIdentDirective;
    if (t.flags & kAtLineStart) {
      PresumedLoc p = pp_.sm_.presumed(t.loc);
      maybe_print_line(p.line);
    } else {
      end_line();
      force_marker_ = true;
    }
    out_ += ident ? "#" : "#pragma ";
    out_ += t.text;
    printed_ = true;
    have_prev_ = false;
    if (!(t.flags & kAtLineStart)) {
      out_ += '\n';
      printed_ = false;
    }
  }

  void drain() {
    for (size_t i = 0; i < pp_.events_.size(); ++i) {
      const FileEvent& e = pp_.events_[i];
      switch (e.kind) {
        case FileEvent::Enter:
          end_line();
          cur_file_ = e.file;
          cur_physical_ = 1;
          marker(1, pp_.sm_.file(e.file).name, " 1");
          break;
        case FileEvent::Leave:
          end_line();
          cur_file_ = e.file;
          cur_physical_ = e.line;
          if (!e.file) {
            marker(0, "<command-line>", " 2");
          } else {
            PresumedLoc p = pp_.sm_.presumed({e.file, e.line, 1});
            marker(p.line, p.file, " 2");
          }
          break;
        case FileEvent::Line: {
          end_line();
          cur_file_ = e.file;
          cur_physical_ = e.line;
          PresumedLoc p = pp_.sm_.presumed({e.file, e.line, 1});
          marker(p.line, p.file, "");
          break;
        }
        case FileEvent::System: {
          end_line();
          cur_physical_ = e.line;
          PresumedLoc p = pp_.sm_.presumed({e.file, e.line, 1});
          marker(p.line, p.file, "");
          break;
        }
        case FileEvent::Define:
        case FileEvent::Undef:
          if (dump_defines_) {
            PresumedLoc p = pp_.sm_.presumed({e.file, e.line, 1});
            if (e.file == cur_file_ && p.line >= src_line_) maybe_print_line(p.line);
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
  bool force_marker_ = false;
  bool have_prev_ = false;
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
  out.reserve(out.size() + (1u << 20));
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
