// The C parser: tokens in, typed AST out, one top-level declaration at a
// time (C17 6.9). It is also the semantic checker: names are resolved
// through scopes as they are read, every expression gets its type, the
// conversions of C17 6.3 are made explicit, constant expressions are
// folded, and diagnostics are reported where the tokens are.
//
// As soon as a function definition is complete it is handed to the
// DeclSink (codegen) and its nodes are freed, so memory stays bounded by
// the largest function, not by the translation unit.
//
// The parser is one class split by topic:
//   parser.cpp      tokens, diagnostics, the translation unit, pragmas
//   scope.cpp       scopes and name lookup
//   decl.cpp        declaration specifiers, declarators, declarations
//   record.cpp      struct / union / enum specifiers
//   attributes.cpp  __attribute__ and asm labels
//   init.cpp        initializers (C17 6.7.9)
//   stmt.cpp        statements
//   expr.cpp        expressions
//   literal.cpp     numbers, characters, strings
//   builtins.cpp    __builtin_* calls
//   ../sema/        conversions, constant evaluation, format checks
#pragma once

#include <string>
#include <vector>

#include "ast/arena.hpp"
#include "ast/ast.hpp"
#include "parse/options.hpp"
#include "pp/token.hpp"
#include "source/token_source.hpp"
#include "types/layout.hpp"
#include "types/types.hpp"

namespace kit::c {

struct DeclTree;
struct Suffix;

// Receives the translation unit from the parser.
class DeclSink {
 public:
  virtual ~DeclSink() = default;
  // A complete function definition. Its nodes live until the call returns,
  // unless the function is `static inline` (then they live to the end).
  virtual void function(Obj* fn) = 0;
  // The end of the translation unit: every file-scope object and function,
  // in declaration order.
  virtual void finish(const std::vector<Obj*>& globals) = 0;
};

// Thrown to abandon the translation unit (after the error was reported).
struct ParseAbort {};

// Attributes gathered from __attribute__ lists, _Alignas and asm labels.
struct Attrs {
  uint32_t aligned;          // aligned(N); 0: none
  bool aligned_max;          // aligned with no argument
  bool packed, weak, used, unused, noreturn, noinline, always_inline, gnu_inline;
  bool deprecated, unavailable, common, nocommon, dllimport, dllexport;
  bool constructor, destructor, ms_struct, gcc_struct, weakref, returns_twice, transparent_union;
  int32_t ctor_priority, dtor_priority;
  StrId section, alias, visibility, deprecated_msg, cleanup, asm_name;
  uint8_t mode;              // mode(QI/HI/SI/DI/TI...): bytes; 0: none
  bool mode_float;           // mode(SF/DF/XF/TF)
  int16_t format_kind, format_index, format_first;
};

enum class Storage : uint8_t { None, Typedef, Extern, Static, Auto, Register };

struct DeclSpec {
  Type* ty;
  Storage storage;
  bool is_inline, is_noreturn, is_thread_local;
  bool implicit_int;  // no type specifier at all (C89 implicit int)
  bool has_type;      // some type specifier was seen
  uint32_t align;     // _Alignas
  Loc loc;
  Attrs attrs;
};

// What a declarator declared: its name and, for a function declarator
// applied last, its parameters (for a definition).
struct Declarator {
  StrId name;
  Loc loc;
  Obj* params;          // the parameter objects of the outermost function declarator
  bool params_kr;       // identifier list (K&R)
  bool is_function_decl;  // the last type derivation was a function declarator
  uint8_t array_quals;  // [const 3]: qualifiers of the pointer a parameter array becomes
  Attrs attrs;
};

class Parser {
 public:
  Parser(TokenSource& src, TypeTable& types, Arena& perm, Arena& fn_arena, DeclSink& sink,
         const CompileOptions& opts);

  // Parses the whole translation unit, handing functions to the sink.
  // Returns false if errors were reported.
  bool parse_translation_unit();

  // ---- used by sema/ and codegen
  TypeTable& types() { return types_; }
  const TargetModel& model() const { return types_.model(); }
  StringInterner& names() { return src_.names(); }
  void error(const Loc& loc, const std::string& msg);
  void warning(Warn w, const Loc& loc, const std::string& msg);
  void note(const Loc& loc, const std::string& msg);
  std::string tname(const Type* t) { return "'" + kit::c::type_name(t, names()) + "'"; }
  std::string_view name_of(StrId id) { return names().str(id); }

  // ---- sema: conversions (sema/convert.cpp)
  Node* rvalue(Node* n);                 // lvalue conversion, decay of arrays and functions
  Node* cast(Node* n, Type* to);         // an explicit or implicit conversion
  Node* convert_assign(Node* n, Type* to, const char* context, const Loc& loc);
  Node* promote(Node* n);                // integer promotions (6.3.1.1)
  Type* common_type(Type* a, Type* b);   // usual arithmetic conversions (6.3.1.8)
  Node* to_condition(Node* n);           // a scalar used as a truth value
  bool is_null_pointer(Node* n);
  bool is_lvalue(Node* n);
  bool check_modifiable(Node* n, const char* what);

  // ---- sema: constant evaluation (sema/consteval.cpp)
  // An integer constant expression, or an error and 0.
  int64_t const_int(Node* n, bool* ok = nullptr);
  bool try_const_int(Node* n, int64_t& out);

  // ---- node construction
  Node* new_node(NodeKind k, const Loc& loc);
  Node* new_num(int64_t v, Type* ty, const Loc& loc);
  Node* new_binary(NodeKind k, Node* lhs, Node* rhs, const Loc& loc);  // checked, converted
  Node* new_var(Obj* var, const Loc& loc);
  Node* new_cast(Node* n, Type* to);     // an unchecked Cast node (folds constants)

  Arena& nodes() { return *nodes_; }
  Arena& perm() { return perm_; }

 private:
  friend class InitParser;
  friend void skip_element(Parser& p);

  // ---- tokens (parser.cpp)
  const CTok& tok() { return buf_[pos_]; }
  const CTok& peek(size_t n);
  void advance();
  void fill(size_t n);
  bool is(Punct p) { return tok().is(p); }
  bool accept(Punct p);
  void expect(Punct p, const char* context = nullptr);
  bool is_kw(pp::Keyword k) { return tok().kind == TokKind::Ident && tok().ident == k; }
  bool accept_kw(pp::Keyword k);
  bool is_ident() { return tok().kind == TokKind::Ident && !is_keyword(tok().ident); }
  bool is_keyword(StrId id) const;
  StrId expect_ident(const char* what);
  [[noreturn]] void fatal(const Loc& loc, const std::string& msg);
  std::string describe_tok(const CTok& t);
  void enter_nesting();
  void leave_nesting() { --nesting_; }

  // ---- translation unit (parser.cpp)
  void top_level();
  void pragma(const CTok& t);
  void static_assert_decl();
  void file_scope_asm();

  // ---- scopes (scope.cpp)
  struct Binding {
    Binding* shadowed;
    Obj* var;
    Type* type;        // typedef: the type; tag: the struct/union/enum type
    int64_t value;     // enum constant
    uint32_t depth;
    bool is_typedef, is_enum_const;
  };
  void enter_scope();
  void leave_scope();
  Binding* find_ordinary(StrId id) {
    return id < ordinary_.size() ? ordinary_[id] : nullptr;
  }
  Binding* find_tag(StrId id) { return id < tags_.size() ? tags_[id] : nullptr; }
  Binding* bind_ordinary(StrId id);
  Binding* bind_tag(StrId id, Type* ty);
  Type* find_typedef(StrId id);
  Label* find_label(StrId id, const Loc& loc, bool define);

  // ---- declarations (decl.cpp)
  bool is_typename();
  bool is_typename_at(const CTok& t);
  void declspec(DeclSpec& spec, bool allow_storage);
  Type* declarator(Type* base, Declarator& d, bool abstract_ok, bool name_ok = true);
  Type* type_name();
  Type* typeof_spec();
  void params(Suffix* s);
  Type* adjust_param_type(Type* t);
  Type* apply_decl_tree(DeclTree* t, Type* base, Declarator& d);
  void global_declaration();
  void function_definition(Obj* fn, Declarator& d, DeclSpec& spec);
  void kr_param_declarations(Obj* fn, Declarator& d);
  Node* local_declaration();
  Obj* declare_global(DeclSpec& spec, Declarator& d, Type* ty);
  Obj* declare_local(DeclSpec& spec, Declarator& d, Type* ty);
  Obj* new_local(StrId name, Type* ty, const Loc& loc);
  Obj* new_static_local(StrId name, Type* ty, const Loc& loc);
  Obj* new_anonymous_global(Type* ty, const Loc& loc, const char* prefix);
  void apply_attrs(Obj* o, const Attrs& a);
  Type* apply_type_attrs(Type* t, const Attrs& a, const Loc& loc);
  void define_typedef(Declarator& d, Type* ty);
  void check_deprecated(Obj* o, const Loc& loc);
  Node* vla_size_stmts(Type* ty, const Loc& loc);
  Type* func_type_of(Obj* fn);

  // ---- struct / union / enum (record.cpp)
  Type* record_spec(bool is_union, DeclSpec& spec);
  void record_body(Type* ty, Attrs& attrs);
  Type* enum_spec(DeclSpec& spec);

  // ---- attributes (attributes.cpp)
  bool is_attribute_start();
  void attributes(Attrs& a);   // any number of __attribute__((...)) and asm labels
  void attribute_list(Attrs& a);
  void skip_balanced_parens();

  // ---- initializers (init.cpp)
  void global_initializer(Obj* var);
  Node* local_initializer(Obj* var);
  Node* compound_literal(Type* ty, const Loc& loc);

  // ---- statements (stmt.cpp)
  Node* compound_stmt(bool new_scope = true);
  Node* stmt();
  Node* asm_stmt();
  Node* switch_stmt(const Loc& loc);
  Node* case_label(const Loc& loc, bool is_default);
  void check_labels();

  // ---- expressions (expr.cpp)
 public:
  Node* expr();
  Node* assign();
  Node* conditional();
 private:
  Node* binary(int min_prec);
  Node* cast_expr();
  Node* unary();
  Node* postfix();
  Node* postfix_tail(Node* n);
  Node* primary();
  Node* generic_selection();
  Node* call(Node* fn, const Loc& loc);
  Node* member_access(Node* n, StrId name, const Loc& loc);
  Node* sizeof_type(Type* ty, const Loc& loc);
  Node* new_add(Node* lhs, Node* rhs, const Loc& loc);
  Node* new_sub(Node* lhs, Node* rhs, const Loc& loc);
  Node* new_assign(NodeKind op, Node* lhs, Node* rhs, const Loc& loc);
  Node* new_incdec(NodeKind k, Node* n, const Loc& loc);
  Node* new_deref(Node* n, const Loc& loc);
  Node* new_addr(Node* n, const Loc& loc);
  Node* implicit_function(StrId name, const Loc& loc);
  Node* func_name_string(const Loc& loc);
  Node* elem_size_node(Type* ptr_ty, const Loc& loc);
  void check_call_format(Obj* fn, Node* args, const Loc& loc);

  // ---- literals (literal.cpp)
  Node* number(const CTok& t);
  Node* char_constant(const CTok& t);
  Node* string_literal();   // one or more adjacent string tokens
  StringLit* concat_strings(Type*& elem_ty, Loc& loc);

  // ---- builtins (builtins.cpp)
 public:
  static int builtin_id(std::string_view name);
  TypeKind floatn_kind(std::string_view builtin_name);
  Node* tgmath_call(std::vector<Node*>& v, int n, const Loc& loc);
  void mark_transparent_union(Type* t, const Loc& loc);
  Node* transparent_union_arg(Node* a, Type* u, const std::string& ctx);
 private:
  Node* builtin_call(int id, const Loc& loc);
  Node* library_call(const char* name, Node* args, const Loc& loc);
  Obj* library_function(std::string_view name, Type* ret, std::initializer_list<Type*> params,
                        bool variadic);
  Obj* known_library_function(std::string_view name);

  // ---- state
  TokenSource& src_;
  TypeTable& types_;
  Arena& perm_;
  Arena& fn_arena_;
  Arena* nodes_;           // where nodes go now: fn_arena_, or perm_ for static inline bodies
  DeclSink& sink_;
  const CompileOptions& opts_;
  Diagnostics& diags_;

  std::vector<CTok> buf_;
  size_t pos_ = 0;
  unsigned nesting_ = 0;

  std::vector<Binding*> ordinary_, tags_;
  struct Undo {
    StrId id;
    uint8_t table;  // 0 ordinary, 1 tag, 2 label
    void* previous;
  };
  std::vector<Undo> undo_;
  std::vector<size_t> scope_marks_;
  uint32_t depth_ = 0;     // 0: file scope

  std::vector<Obj*> globals_;        // file-scope declarations, in order
  std::vector<Obj*> linkage_;        // by StrId: the object with linkage of that name

  // The function being parsed
  Obj* fn_ = nullptr;
  Obj** locals_tail_ = nullptr;
  std::vector<Label*> labels_;       // by StrId
  std::vector<StrId> label_ids_;     // ids set in labels_ (to clear)
  Label* label_list_ = nullptr;
  Node* cur_switch_ = nullptr;
  unsigned loop_depth_ = 0, switch_depth_ = 0;
  Obj* cleanup_list_ = nullptr;      // cleanups of the innermost block being parsed
  Loc block_end_;                    // the closing brace of the last block parsed
  Node* last_stmt_expr_value_ = nullptr;

  // #pragma pack and GCC visibility
  std::vector<uint32_t> pack_stack_;
  uint32_t pack_ = 0;
  std::vector<uint8_t> visibility_stack_;

  // GNU spellings the preprocessor does not list as keywords
  StrId id_complex_ = 0, id_real_ = 0, id_imag_ = 0;
  uint32_t unique_ = 0;              // for static local and literal names
  uint32_t errors_ = 0;
  bool in_unevaluated_ = false;      // sizeof / typeof / _Alignof operands
  std::vector<std::pair<StrId, StrId>> pragma_weak_;  // #pragma weak a [= b]
};

// Folds an operation whose operands are constants into a constant node
// (expr.cpp); returns n itself otherwise.
Node* fold(Parser& p, Node* n);

// The builtin ids, from builtins.def.
enum class BuiltinId : uint16_t {
  None,
#define KIT_C_BUILTIN(name, id) id,
#include "builtins.def"
  Count
};

}  // namespace kit::c
