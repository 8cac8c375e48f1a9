// The preprocessor's token loop and its files (C17 5.1.1.2 phase 4, 6.10.2).
//
// Tokens come from a stack of sources: at the bottom the files being read
// (one Lexer per #include level), above them the contexts of macro
// expansions being rescanned (6.10.3.4) -- token lists, each owned by the
// macro whose replacement it is. lex_unexpanded() takes the next token from
// the innermost non-empty context, popping exhausted ones (and making their
// macro available for expansion again), and otherwise from the current
// file, where a '#' first on its line starts a directive. next() adds macro
// expansion (expand.cpp).
//
// Includes (6.10.2): "q" searches the includer's directory, then -iquote,
// then the <a> chain: -I, -isystem, kit's own headers (the resource dir,
// like gcc's lib/gcc/<triple>/<v>/include), the target's system
// directories under its sysroot, -idirafter. #include_next continues the
// chain after the directory the current file was found in. Non-existent
// directories are dropped, as are -I duplicates of system directories (gcc
// keeps them system). A file is read once per (device, inode); its
// #pragma once and include guard (the whole file inside #ifndef X ...
// #endif, detected while reading it) let later #includes of it be skipped
// without opening it again.
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <iostream>

#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#endif

#include "pp/impl.hpp"

namespace kit::pp {

// ---------------------------------------------------------------------------
// SourceManager

SourceManager::SourceManager() { entries_.push_back(std::make_unique<FileEntry>()); }
SourceManager::~SourceManager() = default;

const FileContent* SourceManager::add_content(std::string path, std::string bytes) {
  auto c = std::make_unique<FileContent>();
  c->path = std::move(path);
  c->size = bytes.size();
  c->data = std::move(bytes);
  c->data.append(8, '\0');
  contents_.push_back(std::move(c));
  return contents_.back().get();
}

FileId SourceManager::add_entry(const FileContent* content, std::string_view name,
                                SourceLocation from, bool system, uint32_t depth) {
  auto e = std::make_unique<FileEntry>();
  e->content = content;
  e->name = save(name);
  e->included_from = from;
  e->system = system;
  e->depth = depth;
  entries_.push_back(std::move(e));
  return static_cast<FileId>(entries_.size() - 1);
}

std::string_view SourceManager::save(std::string_view s) { return strings_.str(strings_.intern(s)); }

std::string_view SourceManager::line_text(SourceLocation loc) const {
  if (!loc.valid() || loc.file >= entries_.size() || !loc.line) return {};
  const FileContent* c = entries_[loc.file]->content;
  if (!c) return {};
  if (c->line_starts.empty()) {
    // Physical lines: they end at newlines and at the removed splices.
    c->line_starts.push_back(0);
    c->line_after_splice.push_back(false);
    size_t s = 0;
    for (size_t i = 0; i <= c->size; ++i) {
      while (s < c->splices.size() && c->splices[s] == i) {
        c->line_starts.push_back(static_cast<uint32_t>(i));
        c->line_after_splice.push_back(true);
        ++s;
      }
      if (i < c->size && c->data[i] == '\n') {
        c->line_starts.push_back(static_cast<uint32_t>(i + 1));
        c->line_after_splice.push_back(false);
      }
    }
  }
  if (loc.line > c->line_starts.size()) return {};
  size_t b = c->line_starts[loc.line - 1];
  size_t e = c->size;
  if (loc.line < c->line_starts.size())
    e = c->line_starts[loc.line] - (c->line_after_splice[loc.line] ? 0 : 1);
  if (e > b && c->data[e - 1] == '\r') --e;
  if (e < b) e = b;
  return std::string_view(c->data.data() + b, e - b);
}

PresumedLoc SourceManager::presumed(SourceLocation loc) const {
  PresumedLoc p;
  if (!loc.valid() || loc.file >= entries_.size()) return p;
  const FileEntry& e = *entries_[loc.file];
  p.file = e.name;
  p.line = loc.line;
  p.column = loc.column;
  for (auto it = e.line_changes.rbegin(); it != e.line_changes.rend(); ++it) {
    if (it->physical_line <= loc.line) {
      p.line = it->line + (loc.line - it->physical_line);
      p.file = it->name;
      break;
    }
  }
  return p;
}

SourceLoc SourceManager::diag_loc(SourceLocation loc) const {
  SourceLoc l;
  if (!loc.valid()) return l;
  PresumedLoc p = presumed(loc);
  l.file = std::string(p.file);
  l.line = p.line;
  l.column = p.column;
  return l;
}

// ---------------------------------------------------------------------------
// Construction

namespace {

bool is_directory(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string strip_slashes(std::string p) {
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return p;
}

std::string join_sysroot(const std::string& root, const std::string& dir) {
  if (root.empty() || root == "/") return dir;
  return strip_slashes(root) + (dir.empty() || dir[0] == '/' ? "" : "/") + dir;
}

// kit's own headers beside the plugin (or the executable) this code is in.
std::string default_resource_dir() {
#if defined(__unix__) || defined(__APPLE__)
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&default_resource_dir), &info) && info.dli_fname) {
    std::string self = info.dli_fname;
    size_t slash = self.rfind('/');
    std::string dir = slash == std::string::npos ? "." : self.substr(0, slash);
    for (const char* rel : {"/../include", "/../lib/kit/include"}) {
      std::string cand = dir + rel;
      struct stat st;
      if (::stat((cand + "/stddef.h").c_str(), &st) == 0) return cand;
    }
  }
#endif
  return {};
}

}  // namespace

PreprocessorImpl::PreprocessorImpl(const TargetSpec& target, const FrontendOptions& options,
                                   Diagnostics& diags)
    : target_(target), opts_(options), diags_(diags) {
  slots_.resize(1 << 14);
  // Keywords first, so their ids are the kw_* constants.
#define KIT_PP_X(k) names_.intern(#k);
  KIT_C_KEYWORDS(KIT_PP_X)
#undef KIT_PP_X
  auto id = [&](const char* s) { return intern(s); };
  id_defined_ = id("defined");
  id_va_args_ = id("__VA_ARGS__");
  id_va_opt_ = id("__VA_OPT__");
  id_include_ = id("include");
  id_include_next_ = id("include_next");
  id_import_ = id("import");
  id_define_ = id("define");
  id_undef_ = id("undef");
  id_if_ = intern("if");
  id_ifdef_ = id("ifdef");
  id_ifndef_ = id("ifndef");
  id_elif_ = id("elif");
  id_else_ = intern("else");
  id_endif_ = id("endif");
  id_line_ = id("line");
  id_error_ = id("error");
  id_warning_ = id("warning");
  id_pragma_ = id("pragma");
  id_ident_ = id("ident");
  id_sccs_ = id("sccs");
  id_assert_ = id("assert");
  id_unassert_ = id("unassert");
  id_once_ = id("once");
  id_GCC_ = id("GCC");
  id_system_header_ = id("system_header");
  id_poison_ = id("poison");
  id_push_macro_ = id("push_macro");
  id_pop_macro_ = id("pop_macro");
  id_Pragma_ = id("_Pragma");
  id_STDC_ = id("STDC");
  id_elifdef_ = id("elifdef");
  id_elifndef_ = id("elifndef");
  id_dependency_ = id("dependency");
  expansions_.reserve(1 << 15);
  expansions_.emplace_back();
  idents_.reserve(1 << 14);
  register_builtins();

  // Language mode.
  const std::string& s = opts_.std;
  gnu_mode_ = s.rfind("gnu", 0) == 0;
  if (s == "c89" || s == "c90" || s == "gnu89" || s == "gnu90" || s == "iso9899:1990")
    std_version_ = 0;
  else if (s == "iso9899:199409") std_version_ = 199409;
  else if (s == "c99" || s == "c9x" || s == "gnu99" || s == "gnu9x" || s == "iso9899:1999")
    std_version_ = 199901;
  else if (s == "c11" || s == "c1x" || s == "gnu11" || s == "gnu1x" || s == "iso9899:2011")
    std_version_ = 201112;
  else if (s == "c17" || s == "c18" || s == "gnu17" || s == "gnu18" || s == "iso9899:2017" ||
           s == "iso9899:2018")
    std_version_ = 201710;
  else if (s == "c2x" || s == "gnu2x" || s == "c23" || s == "gnu23")
    std_version_ = 202000;
  else
    diags_.error({}, "unrecognized command-line option '-std=" + s + "'");
  trigraphs_ = opts_.trigraphs || !gnu_mode_;
  char_signed_ = opts_.char_signed == -1 ? target_.char_signed : opts_.char_signed == 1;
  if (target_.wchar_type == "unsigned short") wchar_bits_ = 16, wchar_signed_ = false;
  else if (target_.wchar_type == "unsigned int") wchar_bits_ = 32, wchar_signed_ = false;
  else if (target_.wchar_type == "short") wchar_bits_ = 16, wchar_signed_ = true;
  else wchar_bits_ = 32, wchar_signed_ = true;
  for (const auto& w : opts_.warning_flags)
    if (w == "-Wundef") warn_undef_ = true;
    else if (w == "-Wno-undef") warn_undef_ = false;

  // __DATE__ and __TIME__: SOURCE_DATE_EPOCH makes them reproducible.
  date_time_ = std::time(nullptr);
  if (const char* e = std::getenv("SOURCE_DATE_EPOCH")) {
    char* endp = nullptr;
    long long v = std::strtoll(e, &endp, 10);
    if (endp && *endp == '\0' && endp != e && v >= 0) {
      date_time_ = static_cast<time_t>(v);
      epoch_set_ = true;
    } else {
      diags_.error({}, "environment variable SOURCE_DATE_EPOCH must expand to a non-negative "
                       "integer less than or equal to 253402300799");
    }
  }

  // The search chain.
  std::vector<SearchDir> cand;
  for (const auto& d : opts_.quote_dirs) cand.push_back({strip_slashes(d), false});
  size_t quotes = cand.size();
  for (const auto& d : opts_.include_dirs) cand.push_back({strip_slashes(d), false});
  for (const auto& d : opts_.system_dirs) cand.push_back({strip_slashes(d), true});
  if (!opts_.no_std_inc) {
    std::string res = opts_.resource_dir.empty() ? default_resource_dir() : opts_.resource_dir;
    if (!res.empty()) cand.push_back({strip_slashes(res), true});
    std::string root = opts_.sysroot;
    if (root.empty()) {
      for (const auto& r : target_.sysroot)
        if (is_directory(r)) {
          root = r;
          break;
        }
    }
    for (const auto& d : target_.include_dirs) cand.push_back({strip_slashes(join_sysroot(root, d)), true});
  }
  for (const auto& d : opts_.after_dirs) cand.push_back({strip_slashes(d), true});
  for (size_t i = 0; i < cand.size(); ++i) {
    const SearchDir& d = cand[i];
    if (!is_directory(d.path)) continue;
    bool dup = false;
    for (const auto& e : dirs_)
      if (e.path == d.path) dup = true;
    // A non-system directory that is also a system one stays a system one.
    if (!d.system)
      for (size_t j = i + 1; j < cand.size(); ++j)
        if (cand[j].system && cand[j].path == d.path && i >= quotes) dup = true;
    if (dup) continue;
    if (i < quotes) ++quote_end_;
    dirs_.push_back(d);
  }
}

PreprocessorImpl::~PreprocessorImpl() = default;

// ---------------------------------------------------------------------------
// Identifiers and the arena

IdentId PreprocessorImpl::intern(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return lookup_ident(s.data(), s.size(), h);
}

IdentId PreprocessorImpl::lookup_ident(const char* p, size_t n, uint32_t hash) {
  size_t mask = slots_.size() - 1;
  size_t i = (hash * 0x9E3779B1u) >> 7 & mask;
  for (;;) {
    Slot& s = slots_[i];
    if (s.id == 0) break;
    if (s.hash == hash && names_.str(s.id).size() == n && std::memcmp(s.ptr, p, n) == 0) return s.id;
    i = (i + 1) & mask;
  }
  IdentId id = names_.intern(std::string_view(p, n));
  std::string_view stored = names_.str(id);
  slots_[i] = Slot{stored.data(), hash, id};
  if (++slot_count_ * 2 > slots_.size()) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.id) continue;
      size_t j = (s.hash * 0x9E3779B1u) >> 7 & mask;
      while (slots_[j].id) j = (j + 1) & mask;
      slots_[j] = s;
    }
  }
  if (id >= idents_.size()) idents_.resize(std::max<size_t>(id + 1, idents_.size() * 2));
  return id;
}

char* PreprocessorImpl::arena_alloc(size_t n) {
  constexpr size_t kChunk = 64 * 1024;
  if (arena_.empty() || arena_used_ + n > arena_.back().size()) {
    arena_.emplace_back(std::max(kChunk, n), '\0');
    arena_used_ = 0;
  }
  char* p = arena_.back().data() + arena_used_;
  arena_used_ += n;
  return p;
}

std::string_view PreprocessorImpl::save(std::string_view s) {
  if (s.empty()) return {};
  char* p = arena_alloc(s.size());
  std::memcpy(p, s.data(), s.size());
  return std::string_view(p, s.size());
}

// ---------------------------------------------------------------------------
// Diagnostics

bool PreprocessorImpl::report(Severity severity, SourceLocation loc, uint32_t expansion,
                              std::string_view message) {
  if (!diags_.enabled(severity)) return false;
  // gcc keeps quiet about warnings inside system headers.
  if (severity == Severity::Warning && loc.valid() && sm_.file(loc.file).system) return false;
  if (expansion && severity == Severity::Warning) {
    uint32_t x = expansion;
    while (expansions_[x].parent) x = expansions_[x].parent;
    if (expansions_[x].loc.valid() && sm_.file(expansions_[x].loc.file).system) return false;
  }
  std::string context;
  // The include stack, when it is not the one the last message showed.
  if (loc.valid() && loc.file != last_diag_file_) {
    last_diag_file_ = loc.file;
    const FileEntry* e = &sm_.file(loc.file);
    bool first = true;
    while (e->included_from.valid() || (e->included_from.file == 0 && e->included_from.line == 1)) {
      SourceLocation from = e->included_from;
      context += first ? "In file included from " : "                 from ";
      first = false;
      if (!from.valid()) {
        context += "<command-line>";
        context += ":\n";
        break;
      }
      PresumedLoc p = sm_.presumed(from);
      context += std::string(p.file) + ":" + std::to_string(p.line);
      e = &sm_.file(from.file);
      context += e->included_from.valid() ? ",\n" : ":\n";
    }
  }
  diags_.report(severity, sm_.diag_loc(loc), message, sm_.line_text(loc), context);
  for (uint32_t x = expansion; x && x < expansions_.size(); x = expansions_[x].parent) {
    const ExpansionInfo& e = expansions_[x];
    diags_.report(Severity::Note, sm_.diag_loc(e.loc),
                  "in expansion of macro '" + std::string(name(e.macro)) + "'",
                  sm_.line_text(e.loc));
  }
  return true;
}

void PreprocessorImpl::fatal_at(SourceLocation loc, std::string_view message) {
  report(Severity::Fatal, loc, 0, message);
  diags_.report(Severity::Note, {}, "compilation terminated");
  stopped_ = true;
  for (auto& c : contexts_)
    if (c.macro) c.macro->busy = false;
  while (!contexts_.empty()) pop_context();
}

// ---------------------------------------------------------------------------
// Files

void PreprocessorImpl::prepare_content(const FileContent* cc) {
  FileContent* c = const_cast<FileContent*>(cc);
  if (c->phases_done) return;
  c->phases_done = true;
  char* d = c->data.data();
  size_t n = c->size;
  const char* first_bs = static_cast<const char*>(std::memchr(d, '\\', n));
  const char* first_tri = nullptr;
  if (trigraphs_) {
    for (const char* q = d; (q = static_cast<const char*>(std::memchr(q, '?', n - (q - d)))); ++q)
      if (q + 2 < d + n && q[1] == '?' && q[2] && std::strchr("=/'()!<>-", q[2])) {
        first_tri = q;
        break;
      }
  }
  if (!first_bs && !first_tri) return;
  // One pass, reading at r and writing at w <= r: trigraphs (5.2.1.1) are
  // replaced, then backslash-newlines removed (gcc also takes white space
  // between the backslash and the newline).
  size_t start = static_cast<size_t>(std::min(first_bs ? first_bs : d + n, first_tri ? first_tri : d + n) - d);
  size_t r = start, w = start;
  auto trigraph = [&](size_t i) -> char {
    if (!trigraphs_ || d[i] != '?' || i + 2 >= n || d[i + 1] != '?') return 0;
    switch (d[i + 2]) {
      case '=': return '#';
      case '(': return '[';
      case '/': return '\\';
      case ')': return ']';
      case '\'': return '^';
      case '<': return '{';
      case '!': return '|';
      case '>': return '}';
      case '-': return '~';
    }
    return 0;
  };
  while (r < n) {
    char ch = d[r];
    size_t len = 1;
    if (ch == '?') {
      if (char t = trigraph(r)) {
        ch = t;
        len = 3;
      }
    }
    if (ch == '\\') {
      size_t k = r + len;
      while (k < n && (d[k] == ' ' || d[k] == '\t')) ++k;
      if (k < n && d[k] == '\r' && k + 1 < n && d[k + 1] == '\n') ++k;
      if (k < n && d[k] == '\n') {
        c->splices.push_back(static_cast<uint32_t>(w));
        r = k + 1;
        continue;
      }
    }
    d[w++] = ch;
    r += len;
  }
  c->size = w;
  std::memset(d + w, 0, std::min<size_t>(8, c->data.size() - w));
  c->data.resize(w + 8);
}

const FileContent* PreprocessorImpl::read_file(const std::string& path, bool& is_dir,
                                               bool special_ok) {
  is_dir = false;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st;
  // Only regular files: a device (/dev/zero) or a FIFO named in an
  // #include would never end.
  if (::fstat(fd, &st) != 0 || (!S_ISREG(st.st_mode) && !(special_ok && !S_ISDIR(st.st_mode)))) {
    is_dir = S_ISDIR(st.st_mode);
    ::close(fd);
    return nullptr;
  }
  uint64_t unique = (static_cast<uint64_t>(st.st_dev) << 40) ^ static_cast<uint64_t>(st.st_ino);
  if (auto it = unique_cache_.find(unique); it != unique_cache_.end()) {
    ::close(fd);
    return it->second;
  }
  std::string bytes;
  bytes.reserve(static_cast<size_t>(st.st_size) + 8);  // + the padding add_content appends
  bytes.resize(static_cast<size_t>(st.st_size));
  size_t got = 0;
  while (got < bytes.size()) {
    ssize_t r = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (r <= 0) break;
    got += static_cast<size_t>(r);
  }
  // Files that grow while read (or pipes with size 0) are read to the end.
  for (;;) {
    char buf[65536];
    ssize_t r = ::read(fd, buf, sizeof buf);
    if (r <= 0) break;
    bytes.resize(got);
    bytes.append(buf, static_cast<size_t>(r));
    got += static_cast<size_t>(r);
  }
  bytes.resize(got);
  ::close(fd);
  const FileContent* c = sm_.add_content(path, std::move(bytes));
  FileContent* mc = const_cast<FileContent*>(c);
  mc->unique_id = unique;
  mc->mtime = static_cast<int64_t>(st.st_mtime);
  unique_cache_.emplace(unique, c);
  return c;
}

const FileContent* PreprocessorImpl::find_include(std::string_view name, bool angled, bool next,
                                                  std::string& found, bool& system,
                                                  int& dir_index) {
  auto try_path = [&](const std::string& path) -> const FileContent* {
    auto it = path_cache_.find(path);
    if (it != path_cache_.end()) return it->second;
    bool is_dir = false;
    const FileContent* c = read_file(path, is_dir);
    path_cache_.emplace(path, c);
    return c;
  };
  system = false;
  dir_index = -1;
  if (!name.empty() && name[0] == '/') {
    found = std::string(name);
    return try_path(found);
  }
  size_t start = 0;
  if (next) {
    const FileState& f = files_.back();
    start = f.dir_index >= 0 ? static_cast<size_t>(f.dir_index) + 1 : quote_end_;
  } else if (!angled) {
    // The includer's directory first (for the top file).
    std::string_view dir = files_.empty() ? std::string_view() : files_.back().dir;
    found = std::string(dir);
    found += name;
    if (const FileContent* c = try_path(found)) {
      system = !files_.empty() && sm_.file(files_.back().id).system;
      return c;
    }
  } else {
    start = quote_end_;
  }
  for (size_t i = start; i < dirs_.size(); ++i) {
    found = dirs_[i].path;
    if (found != "/") found += '/';
    found += name;
    if (const FileContent* c = try_path(found)) {
      system = dirs_[i].system;
      dir_index = static_cast<int>(i);
      return c;
    }
  }
  return nullptr;
}

bool PreprocessorImpl::enter_file(const FileContent* content, std::string_view name,
                                  SourceLocation from, bool system, int dir_index,
                                  bool suppress_output) {
  if (files_.size() >= 200) {
    error_at(from, "#include nested depth 200 exceeds maximum of 200 (use -fmax-include-depth=DEPTH to increase the maximum)");
    return false;
  }
  prepare_content(content);
  uint32_t depth = files_.empty() ? 0 : static_cast<uint32_t>(files_.size());
  if (!main_entered_) depth = 0;
  FileId id = sm_.add_entry(content, name, from, system, depth);
  if (!main_entered_ && name == "<built-in>") builtin_file_ = id;
  FileState f;
  f.content = content;
  f.id = id;
  f.dir_index = dir_index;
  f.lexer = std::make_unique<Lexer>(*this, *content, id);
  std::string_view n = sm_.file(id).name;
  size_t slash = n.rfind('/');
  f.dir = slash == std::string_view::npos ? std::string_view() : n.substr(0, slash + 1);
  f.suppress_output = suppress_output;
  files_.push_back(std::move(f));
  // Dependencies: each real file once, in the order first read.
  if (!content->path.empty() && content->path[0] != '<' &&
      std::find(deps_seen_.begin(), deps_seen_.end(), content) == deps_seen_.end()) {
    deps_seen_.push_back(content);
    bool sys = system;
    if (from.valid() && sm_.file(from.file).system) sys = true;
    deps_.push_back({std::string(name), sys});
  }
  if (opts_.print_includes && from.valid()) {
    std::string dots(files_.size() - 1, '.');
    std::cerr << dots << ' ' << name << '\n';
  }
  if (record_events_ && main_entered_ && files_.size() > 1)
    events_.push_back({FileEvent::Enter, id, 1, nullptr, 0});
  return true;
}

void PreprocessorImpl::leave_file() {
  FileState& f = files_.back();
  if (f.guard_state == FileState::AfterGuard && f.guard_macro)
    const_cast<FileContent*>(f.content)->guard = f.guard_macro;
  bool forced = f.forced;
  files_.pop_back();
  if (files_.empty()) return;
  FileState& back = files_.back();
  if (record_events_ && main_entered_) {
    uint32_t line = back.lexer->line();
    events_.push_back({FileEvent::Leave, forced ? 0u : back.id, line, nullptr, 0});
  }
  if (forced) start_next_forced();
}

void PreprocessorImpl::start_next_forced() {
  while (next_forced_ < forced_.size()) {
    const Forced& fi = forced_[next_forced_++];
    SourceLocation from{0, 1, 0};
    if (enter_file(fi.content, fi.name, from, fi.system, fi.dir_index, false)) {
      files_.back().forced = true;
      return;
    }
  }
  if (record_events_ && !files_.empty()) events_.push_back({FileEvent::Line, files_.back().id, 1, nullptr, 0});
}

// ---------------------------------------------------------------------------
// Contexts

std::vector<Token>* PreprocessorImpl::get_buffer() {
  if (!free_buffers_.empty()) {
    std::vector<Token>* b = free_buffers_.back();
    free_buffers_.pop_back();
    b->clear();
    return b;
  }
  buffer_store_.push_back(std::make_unique<std::vector<Token>>());
  return buffer_store_.back().get();
}

void PreprocessorImpl::release_buffer(std::vector<Token>* b) { free_buffers_.push_back(b); }

void PreprocessorImpl::push_tokens(std::vector<Token>* buf, Macro* m, uint32_t expansion,
                                   uint8_t first_flags, SourceLocation first_loc) {
  Context c;
  c.kind = Context::Tokens;
  c.buffer = buf;
  c.cur = buf->data();
  c.end = buf->data() + buf->size();
  c.macro = m;
  c.expansion = expansion;
  c.first = m != nullptr;
  c.first_flags = first_flags;
  c.first_loc = first_loc;
  if (m) m->busy = true;
  contexts_.push_back(c);
}

void PreprocessorImpl::push_single(const Token& t) {
  Context c;
  c.kind = Context::Single;
  c.single = t;
  contexts_.push_back(c);
}

void PreprocessorImpl::pop_context() {
  Context& c = contexts_.back();
  if (c.macro) c.macro->busy = false;
  if (c.first) {  // the expansion was empty: its flags go to the next token
    uint8_t f = c.first_flags;
    if ((f & kAtLineStart) && record_events_ && c.first_loc.valid()) {
      events_.push_back({FileEvent::LineStart, c.first_loc.file, c.first_loc.line, nullptr, 0,
                         c.first_loc.column});
      f &= static_cast<uint8_t>(~kAtLineStart);
    }
    carry_flags_ |= f;
  }
  if (c.buffer) release_buffer(c.buffer);
  contexts_.pop_back();
}

void PreprocessorImpl::lex_unexpanded(Token& t) {
  while (!contexts_.empty()) {
    Context& c = contexts_.back();
    if (c.kind == Context::Single) {
      t = c.single;
      contexts_.pop_back();
      return;
    }
    if (c.cur != c.end) {
      t = *c.cur++;
      if (c.stamp) {
        t.expansion = c.expansion;
        t.flags &= static_cast<uint8_t>(~kAtLineStart);
      }
      if (c.first) {
        c.first = false;
        t.flags = static_cast<uint8_t>((t.flags & ~(kAtLineStart | kLeadingSpace)) | c.first_flags);
      }
      return;
    }
    if (c.sentinel) {
      t = Token{};
      t.kind = TokenKind::Eof;
      return;
    }
    pop_context();
  }
  lex_file(t, stop_at_file_end_);
}

void PreprocessorImpl::lex_file(Token& t, bool stop_at_file_end) {
  for (;;) {
    if (stopped_ || files_.empty()) {
      t = Token{};
      t.kind = TokenKind::Eof;
      return;
    }
    FileState& f = files_.back();
    Lexer& lx = *f.lexer;
    if (lx.directive_mode) {
      lx.lex(t);
      return;
    }
    lx.lex(t);
    if (t.kind == TokenKind::Eof) {
      if (stop_at_file_end) return;
      for (auto it = f.conds.rbegin(); it != f.conds.rend(); ++it)
        error_at(it->loc, "unterminated #" + std::string(it->directive));
      f.conds.clear();
      if (files_.size() == 1 && !files_.back().forced) {  // the main file (or a prelude buffer)
        if (main_entered_) write_dependency_file();
        return;
      }
      leave_file();
      continue;
    }
    if (t.kind == TokenKind::Punct && t.punct == Punct::Hash && (t.flags & kAtLineStart)) {
      directive(t);
      if (have_pending_) {
        have_pending_ = false;
        t = pending_;
        return;
      }
      continue;
    }
    if (f.guard_state != FileState::InGuard) f.guard_state = FileState::NoGuard;
    if (f.suppress_output) continue;
    return;
  }
}

// ---------------------------------------------------------------------------
// Entering the main file

bool PreprocessorImpl::run_buffer(std::string_view name, std::string text, bool system) {
  const FileContent* c = sm_.add_content(std::string(name), std::move(text));
  return run_content(c, name, system, SourceLocation{}, -1);
}

bool PreprocessorImpl::run_content(const FileContent* c, std::string_view name, bool system,
                                   SourceLocation from, int dir_index) {
  size_t base = files_.size();
  bool old_stop = stop_at_file_end_;
  stop_at_file_end_ = false;
  if (!enter_file(c, name, from, system, dir_index, true)) return false;
  files_.back().forced = false;
  Token t;
  while (files_.size() > base && !stopped_) {
    lex_unexpanded(t);
    if (t.kind == TokenKind::Eof) {
      if (files_.size() == base + 1) {
        FileState& f = files_.back();
        for (auto it = f.conds.rbegin(); it != f.conds.rend(); ++it)
          error_at(it->loc, "unterminated #" + std::string(it->directive));
        files_.pop_back();
      }
      break;
    }
  }
  stop_at_file_end_ = old_stop;
  return true;
}

bool PreprocessorImpl::enter_main(std::string_view name, const FileContent* content) {
  base_file_ = std::string(name);
  // <built-in>: the predefined macros; <command-line>: -D and -U in order.
  record_define_events_ = opts_.dump_macros == 'D' || opts_.dump_macros == 'N';
  run_buffer("<built-in>", predefined_text(), true);
  std::string cmd;
  for (const auto& op : opts_.macro_ops) {
    if (op.define) {
      size_t eq = op.text.find('=');
      cmd += "#define ";
      if (eq == std::string::npos) {
        cmd += op.text + " 1";
      } else {
        cmd += op.text.substr(0, eq) + " " + op.text.substr(eq + 1);
      }
    } else {
      cmd += "#undef " + op.text;
    }
    cmd += '\n';
  }
  if (!cmd.empty()) run_buffer("<command-line>", cmd, false);
  // -imacros: only the macros are kept.
  for (const auto& path : opts_.macro_includes) {
    std::string found;
    bool sys = false;
    int di = -1;
    files_.push_back(FileState{});  // find_include looks at the includer; none here
    files_.back().dir = {};
    const FileContent* c = find_include(path, false, false, found, sys, di);
    files_.pop_back();
    if (!c) {
      diags_.report(Severity::Fatal, {}, path + ": No such file or directory");
      stopped_ = true;
      return false;
    }
    run_content(c, found, sys, SourceLocation{0, 1, 0}, di);
  }
  if (stopped_) return false;

  main_entered_ = true;
  counter_ = 0;
  enter_file(content, name, SourceLocation{}, false, -1, false);
  // Forced includes: the C library's stdc-predef.h (as gcc does on
  // systems that have it), then -include files, each found as if by
  // #include "..." from the current directory.
  if (!opts_.no_std_inc && !opts_.freestanding) {
    std::string found;
    bool sys = false;
    int di = -1;
    size_t saved = quote_end_;
    if (const FileContent* c = find_include("stdc-predef.h", true, false, found, sys, di)) {
      (void)saved;
      forced_.push_back({c, sm_.save(found), sys, di});
    }
  }
  for (const auto& path : opts_.forced_includes) {
    std::string found;
    bool sys = false;
    int di = -1;
    // Relative to the current directory first (gcc: the directory of the
    // main file is not searched for -include).
    std::string_view saved_dir = files_.back().dir;
    files_.back().dir = path.empty() || path[0] == '/' ? std::string_view() : std::string_view("./");
    const FileContent* c = find_include(path, false, false, found, sys, di);
    files_.back().dir = saved_dir;
    if (!c) {
      fatal_at({}, path + ": No such file or directory");
      return false;
    }
    forced_.push_back({c, sm_.save(found), sys, di});
  }
  start_next_forced();
  return !stopped_;
}

bool PreprocessorImpl::enter_main_file(const std::string& path) {
  const FileContent* c = nullptr;
  if (path == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    c = sm_.add_content("<stdin>", std::move(bytes));
    return enter_main("<stdin>", c);
  }
  bool is_dir = false;
  c = read_file(path, is_dir, true);  // the main file may be a pipe (/dev/stdin)
  if (!c) {
    diags_.report(Severity::Fatal, {},
                  path + (is_dir ? ": Is a directory" : ": No such file or directory"));
    stopped_ = true;
    return false;
  }
  return enter_main(path, c);
}

bool PreprocessorImpl::enter_main_buffer(std::string_view name, std::string_view text) {
  const FileContent* c = sm_.add_content(std::string(name), std::string(text));
  return enter_main(name, c);
}

// ---------------------------------------------------------------------------
// The public face

Preprocessor::Preprocessor(const TargetSpec& target, const FrontendOptions& options,
                           Diagnostics& diags)
    : impl_(std::make_unique<PreprocessorImpl>(target, options, diags)) {}
Preprocessor::~Preprocessor() = default;

bool Preprocessor::enter_main_file(const std::string& path) { return impl_->enter_main_file(path); }
bool Preprocessor::enter_main_buffer(std::string_view name, std::string_view text) {
  return impl_->enter_main_buffer(name, text);
}
Token Preprocessor::next() { return impl_->next(); }
StringInterner& Preprocessor::names() { return impl_->names_; }
std::string_view Preprocessor::ident_name(IdentId id) const { return impl_->name(id); }
std::string_view Preprocessor::save(std::string_view s) { return impl_->save(s); }
SourceManager& Preprocessor::sources() { return impl_->sm_; }
const SourceManager& Preprocessor::sources() const { return impl_->sm_; }
const ExpansionInfo& Preprocessor::expansion(uint32_t id) const {
  return impl_->expansions_[id < impl_->expansions_.size() ? id : 0];
}
void Preprocessor::report(Severity severity, SourceLocation loc, uint32_t expansion,
                          std::string_view message) {
  impl_->report(severity, loc, expansion, message);
}
void Preprocessor::error(const Token& t, std::string_view message) { impl_->error_at(t, message); }
void Preprocessor::warning(const Token& t, std::string_view message) {
  impl_->warning_at(t, message);
}
Diagnostics& Preprocessor::diagnostics() { return impl_->diags_; }
bool Preprocessor::has_errors() const { return impl_->diags_.has_errors(); }
void Preprocessor::set_builtin_query(std::function<bool(std::string_view)> query) {
  impl_->builtin_query_ = std::move(query);
}
const std::vector<Preprocessor::Dependency>& Preprocessor::dependencies() const {
  return impl_->deps_;
}

}  // namespace kit::pp
