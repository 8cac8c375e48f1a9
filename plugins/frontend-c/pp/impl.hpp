// The preprocessor's insides, shared by the files of pp/ (not part of the
// interface the compiler uses: that is preprocessor.hpp).
//
//   lexer.cpp       phases 1-3: splices, comments, pp-tokens, header names,
//                   fast skipping of false #if groups
//   preprocessor.cpp the token loop: contexts, files, includes, the public API
//   directives.cpp  6.10.1-6.10.9: conditionals, #define, #include, #line, ...
//   expand.cpp      6.10.3: macro invocation, substitution, # and ##, rescanning
//   expr.cpp        6.10.1: #if expressions in intmax_t/uintmax_t
//   predefined.cpp  the predefined macros a TargetSpec implies
//   features.cpp    __has_builtin / __has_attribute / __has_feature tables
//   print.cpp       the -E printer, -dM/-dD, the -M family
#pragma once

#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "pp/preprocessor.hpp"

namespace kit::pp {

// ---------------------------------------------------------------------------
// Lexer: one file's clean text -> pp-tokens.

class PreprocessorImpl;

class Lexer {
 public:
  Lexer(PreprocessorImpl& pp, const FileContent& content, FileId file);

  // The next token. In directive mode a Newline token ends the line (the
  // newline itself is left for finish_directive()); at the end of the file
  // Eof (in directive mode: Newline first).
  void lex(Token& t);
  // After '#include' (directive mode): a <...> header name if one follows.
  bool lex_angle_header(Token& t);
  // Directive mode: the raw text up to the end of the line (for #error,
  // #warning), leading whitespace removed.
  std::string_view rest_of_line();
  // Leaves directive mode after the directive's line.
  void finish_directive();
  // Skips a false group (6.10.1p6): stops after the '#' of the next
  // #elif/#else/#endif at depth 0 (returns true, in directive mode), or at
  // the end of the file (false). Nested conditionals are skipped whole.
  bool skip_group(Token& name);

  bool at_eof() const { return cur_ >= end_; }
  uint32_t line() const;  // physical line of the current position

  bool directive_mode = false;
  bool quiet = false;  // no diagnostics (lexing a ## result)
  FileId file() const { return file_; }

 private:
  friend class PreprocessorImpl;
  void make_loc(Token& t, const char* p);
  void lex_slow_token(Token& t, const char* start);
  const char* skip_block_comment(const char* p);
  const char* skip_line_comment(const char* p);
  void newline_at(const char* p);  // p points at a '\n' being consumed
  void lex_number(Token& t, const char* p);
  void lex_quoted(Token& t, const char* p, char quote, Encoding enc);
  void lex_identifier(Token& t, const char* p);
  bool lex_punct(Token& t, const char* p);

  PreprocessorImpl& pp_;
  const char* buf_;
  const char* cur_;
  const char* end_;
  const char* line_start_;
  uint32_t logical_line_ = 1;
  FileId file_;
  const uint32_t* splice_;      // next splice not yet passed
  const uint32_t* splice_end_;
  uint32_t splices_passed_ = 0;
  uint32_t last_splice_ = 0;    // clean offset where the physical line started after a splice
  bool at_bol_ = true;
};

// Lexes one stand-alone spelling (a ## result, a _Pragma string); true if
// `text` is exactly one pp-token.
bool lex_single_token(PreprocessorImpl& pp, std::string_view text, Token& out);

// ---------------------------------------------------------------------------
// Macros.

enum class Builtin : uint8_t {
  None, File, Line, Counter, IncludeLevel, BaseFile, FileName, Date, Time, Timestamp,
  Pragma,  // _Pragma
  HasInclude, HasIncludeNext, HasAttribute, HasCAttribute, HasCppAttribute, HasBuiltin,
  HasFeature, HasExtension, Defined,
};

struct Macro {
  IdentId name = 0;
  bool function_like = false;
  bool variadic = false;        // ... or name...
  bool named_variadic = false;  // GNU: args...
  bool simple = true;           // object-like without ##: the body is used in place
  bool busy = false;            // being rescanned (6.10.3.4p2)
  bool has_va_opt = false;
  Builtin builtin = Builtin::None;
  std::vector<IdentId> params;
  std::vector<Token> body;
  SourceLocation loc;           // the #define (invalid: built-in, command line)
  uint32_t order = 0;           // definition order (-dM)
};

// ---------------------------------------------------------------------------
// Token sources.

struct Context {
  enum Kind : uint8_t { Tokens, Single } kind = Tokens;
  bool sentinel = false;       // argument pre-expansion: stop here (Eof) instead of popping
  bool stamp = false;          // tokens from a macro body in place: set expansion, clear line start
  bool first = false;          // the next token is the expansion's first
  uint8_t first_flags = 0;     // flags the first token takes from the invocation
  SourceLocation first_loc;    // where the invocation's name was (outermost file location)
  uint32_t expansion = 0;
  Macro* macro = nullptr;      // made non-busy when popped
  const Token* cur = nullptr;
  const Token* end = nullptr;
  std::vector<Token>* buffer = nullptr;  // owned (pooled) storage of the tokens
  Token single;
};

struct Conditional {
  SourceLocation loc;          // the name of its last directive (#if, #elif, #else)
  std::string_view directive;  // "if", "ifdef", "ifndef", "elif", "else", ...
  SourceLocation begin;        // its #if
  bool taken = false;    // a group of this #if has been taken
  bool seen_else = false;
  bool guard = false;    // this is the file's include-guard candidate #ifndef
};

struct FileState {
  std::unique_ptr<Lexer> lexer;
  const FileContent* content = nullptr;
  FileId id = 0;
  int dir_index = -1;              // the search directory it was found in (#include_next)
  std::string_view dir;            // its directory, "" or ending in '/'
  std::vector<Conditional> conds;
  // Include-guard detection (the multiple-include optimisation).
  enum GuardState : uint8_t { Start, InGuard, AfterGuard, NoGuard } guard_state = Start;
  IdentId guard_macro = 0;
  bool suppress_output = false;    // -imacros: tokens are dropped
  bool forced = false;             // stdc-predef.h or an -include file
};

// What the -E printer needs to know besides the tokens.
struct FileEvent {
  // LineStart: a macro invocation that began a line expanded to nothing
  // (the printer still starts the line there, as gcc does).
  enum Kind : uint8_t { Enter, Leave, Line, System, Define, Undef, LineStart } kind;
  FileId file;
  uint32_t line;       // Leave/Line: the presumed line that follows
  const Macro* macro;  // Define/Undef (Undef: name only)
  IdentId name;
  uint32_t column = 0; // LineStart
};

struct SearchDir {
  std::string path;  // without a trailing '/'
  bool system;
};

struct IdentInfo {
  Macro* macro = nullptr;
  bool poisoned = false;
  std::vector<Macro*>* pushed = nullptr;  // #pragma push_macro stack
};

// ---------------------------------------------------------------------------

class PreprocessorImpl {
 public:
  PreprocessorImpl(const TargetSpec& target, const FrontendOptions& options, Diagnostics& diags);
  ~PreprocessorImpl();

  // Public API (see preprocessor.hpp).
  bool enter_main(std::string_view name, const FileContent* content);
  bool enter_main_file(const std::string& path);
  bool enter_main_buffer(std::string_view name, std::string_view text);
  Token next();
  // Returns whether it was printed (warnings in system headers and under -w are not).
  bool report(Severity severity, SourceLocation loc, uint32_t expansion, std::string_view message);

  // --- identifiers
  IdentId intern(std::string_view s);
  IdentId lookup_ident(const char* p, size_t n, uint32_t hash);
  IdentInfo& info(IdentId id) {
    if (id >= idents_.size()) idents_.resize(names_.size() + 64);
    return idents_[id];
  }
  std::string_view name(IdentId id) const { return names_.str(id); }
  std::string_view save(std::string_view s);

  // --- diagnostics at a token
  void error_at(const Token& t, std::string_view m) { report(Severity::Error, t.loc, t.expansion, m); }
  void warning_at(const Token& t, std::string_view m) { report(Severity::Warning, t.loc, t.expansion, m); }
  void error_at(SourceLocation l, std::string_view m) { report(Severity::Error, l, 0, m); }
  bool warning_at(SourceLocation l, std::string_view m) { return report(Severity::Warning, l, 0, m); }
  void fatal_at(SourceLocation l, std::string_view m);

  // --- files and contexts
  void lex_unexpanded(Token& t);        // next token, directives executed, no expansion
  void lex_file(Token& t, bool stop_at_file_end);
  void push_tokens(std::vector<Token>* buf, Macro* m, uint32_t expansion, uint8_t first_flags,
                   SourceLocation first_loc);
  SourceLocation root_loc(const Token& t) const {
    SourceLocation l = t.loc;
    for (uint32_t x = t.expansion; x; x = expansions_[x].parent) l = expansions_[x].loc;
    return l;
  }
  void push_single(const Token& t);
  void pop_context();
  std::vector<Token>* get_buffer();
  void release_buffer(std::vector<Token>* b);
  bool enter_file(const FileContent* content, std::string_view name, SourceLocation from,
                  bool system, int dir_index, bool suppress_output);
  void leave_file();
  void start_next_forced();
  bool run_buffer(std::string_view name, std::string text, bool system);
  bool run_content(const FileContent* c, std::string_view name, bool system, SourceLocation from,
                   int dir_index);
  FileState& top_file() { return files_.back(); }
  const FileContent* read_file(const std::string& path, bool& is_dir, bool special_ok = false);
  const FileContent* find_include(std::string_view name, bool angled, bool next,
                                  std::string& found, bool& system, int& dir_index);
  void prepare_content(const FileContent* c);  // phases 1-2

  // --- directives (directives.cpp)
  void directive(Token& hash);
  void skip_false_group();
  void do_if(Token& t, int kind);  // 0 #if, 1 #ifdef, 2 #ifndef
  void do_elif(Token& t, bool is_else);
  void do_endif(Token& t);
  void do_define(Token& t);
  void do_undef(Token& t);
  void do_include(Token& t, bool next, bool import);
  void do_line(Token& t, bool gnu_marker, Token first);
  void do_pragma(Token& t);
  void do_diagnostic_directive(Token& t, bool is_error);
  void lex_directive_token(Token& t) { top_file().lexer->lex(t); }
  void skip_to_end_of_directive(Token& t, const char* directive);
  void pragma(std::vector<Token>& toks, SourceLocation loc, bool from_operator);
  bool define_from_tokens(const std::vector<Token>& toks, SourceLocation loc);
  void define_macro(Macro* m, SourceLocation loc);
  void undefine(IdentId id, SourceLocation loc);
  bool macro_identical(const Macro& a, const Macro& b) const;
  Macro* new_macro();
  void read_header_name(Token& first, std::string& name, bool& angled, bool& ok);
  void guard_note_token();  // a token or directive outside the guard

  // --- expansion (expand.cpp)
  bool enter_macro(Token& name_tok, Macro* m);
  void apply_carry(Token& t);
  bool collect_args(const Token& name_tok, Macro* m, std::vector<Token>& toks,
                    std::vector<uint32_t>& bounds, Token& close);
  void substitute(Macro* m, const Token& name_tok, uint32_t expansion,
                  const std::vector<Token>& args, const std::vector<uint32_t>& bounds,
                  std::vector<Token>& out);
  void expand_arg(const Token* b, const Token* e, std::vector<Token>& out);
  Token stringify(const Token* b, const Token* e, SourceLocation loc);
  bool paste(Token& lhs, const Token& rhs, const Token& where);
  bool expand_builtin(Token& name_tok, Macro* m);
  uint32_t new_expansion(const Token& name_tok, const Macro* m);
  void expansion_too_large(const Token& name_tok);
  Token make_token(TokenKind k, std::string_view text, const Token& like);

  // --- #if (expr.cpp)
  bool eval_if_line(Token& directive_tok);
  Token next_in_if();                    // expanded tokens of an #if line, defined/__has_* done
  bool has_include_operator(Token& name_tok, bool next, Token& result);
  bool feature_operator(Token& name_tok, Builtin kind, Token& result);

  // --- outputs (print.cpp)
  std::string dependency_rule() const;
  bool write_dependency_file();
  bool deps_written_ = false;

  // --- predefined (predefined.cpp)
  std::string predefined_text();
  void register_builtins();

  // --- features (features.cpp)
  bool has_builtin(std::string_view name) const;
  static int has_attribute(std::string_view name);
  static int has_c_attribute(std::string_view ns, std::string_view name);
  static bool has_feature(std::string_view name, bool extension);

  // --- state
  const TargetSpec& target_;
  const FrontendOptions& opts_;
  Diagnostics& diags_;
  SourceManager sm_;
  StringInterner names_;
  std::vector<IdentInfo> idents_;
  struct Slot {  // 16 bytes: the length is the interned string's
    const char* ptr;
    uint32_t hash;
    IdentId id;
  };
  std::vector<Slot> slots_;
  size_t slot_count_ = 0;
  std::deque<std::string> arena_;
  size_t arena_used_ = 0;
  char* arena_alloc(size_t n);

  std::deque<Macro> macros_;
  uint32_t macro_order_ = 0;
  std::vector<Context> contexts_;
  std::vector<std::unique_ptr<std::vector<Token>>> buffer_store_;
  std::vector<std::vector<Token>*> free_buffers_;
  std::vector<FileState> files_;
  std::vector<ExpansionInfo> expansions_;
  std::vector<SearchDir> dirs_;
  size_t quote_end_ = 0;   // dirs_[0, quote_end_): -iquote only
  std::unordered_map<std::string, const FileContent*> path_cache_;
  std::unordered_map<uint64_t, const FileContent*> unique_cache_;
  std::vector<std::unique_ptr<std::vector<Macro*>>> pushed_stacks_;
  std::vector<Preprocessor::Dependency> deps_;
  std::vector<const FileContent*> deps_seen_;
  std::function<bool(std::string_view)> builtin_query_;

  // Limits that keep hostile input from exhausting memory or the stack
  // (gcc has none; real code is far below them).
  uint64_t token_limit_ = uint64_t(1) << 31;  // tokens produced by macro expansion
  uint64_t tokens_made_ = 0;
  int arg_nesting_ = 0;                        // nested argument pre-expansions
  static constexpr int kMaxArgNesting = 1000;

  // Expansion state.
  uint8_t carry_flags_ = 0;        // flags of an expansion that produced nothing
  bool va_omitted_ = false;        // collect_args: the variadic argument was left out
  bool in_if_ = false;             // evaluating an #if line
  bool in_directive_expansion_ = false;
  int arg_depth_ = 0;              // collecting arguments
  bool stopped_ = false;           // a fatal error: only Eof from now on
  bool main_entered_ = false;
  bool record_events_ = false;     // the -E printer is listening
  FileId builtin_file_ = ~0u;      // the <built-in> buffer
  bool record_define_events_ = false;  // -dD
  bool stop_at_file_end_ = false;  // looking for '(' or collecting arguments
  bool have_pending_ = false;      // a directive made a token (#pragma, #ident)
  Token pending_;
  struct Forced {
    const FileContent* content;
    std::string_view name;
    bool system;
    int dir_index;
  };
  std::vector<Forced> forced_;
  size_t next_forced_ = 0;
  bool epoch_set_ = false;
  std::vector<FileEvent> events_;
  uint32_t counter_ = 0;
  std::string base_file_;
  SourceLocation last_include_context_;  // for "In file included from" once per file
  FileId last_diag_file_ = ~0u;
  uint32_t if_depth_total_ = 0;
  bool trigraphs_ = false;
  bool char_signed_ = true;
  unsigned wchar_bits_ = 32;
  bool wchar_signed_ = true;
  long std_version_ = 201710;
  bool gnu_mode_ = true;
  time_t date_time_ = 0;
  bool warn_undef_ = false;

  // Interned names the preprocessor itself uses.
  IdentId id_defined_, id_va_args_, id_va_opt_, id_include_, id_include_next_, id_import_,
      id_define_, id_undef_, id_if_, id_ifdef_, id_ifndef_, id_elif_, id_else_, id_endif_,
      id_line_, id_error_, id_warning_, id_pragma_, id_ident_, id_sccs_, id_assert_,
      id_unassert_, id_once_, id_GCC_, id_system_header_, id_poison_, id_push_macro_,
      id_pop_macro_, id_Pragma_, id_STDC_, id_elifdef_, id_elifndef_, id_dependency_;
};

// Make-quoting of a dependency target or prerequisite (spaces, '$', '#').
std::string make_escape(std::string_view s, bool target);

}  // namespace kit::pp
