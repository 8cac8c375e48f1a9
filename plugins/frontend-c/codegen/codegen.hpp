// Codegen: the typed AST of each function, and the translation unit's
// objects, to kit IR through ir::Builder.
//
// The mapping (docs/C-FRONTEND.md has the long form):
//  * locals are stack slots (ir::Builder::slot); a VLA is a dynamic alloca
//    whose address lives in a slot; parameters are copied into slots,
//    except aggregates, which arrive by address and are used in place;
//  * expressions are SSA values of the C type's IR scalar type; an
//    expression of aggregate type (struct, union, array, _Complex) yields
//    the address of its memory, and copies are memcpy;
//  * control flow is explicit blocks: && || ?: through branches and phis,
//    switch to the IR switch (case ranges as compare chains), goto and
//    labels to blocks, computed goto to blockaddr/indirectbr;
//  * calls pass aggregates by address and receive them by address, as the
//    IR specifies; ABI lowering is the arch plugin's;
//  * file-scope objects become IR globals with their linkage, visibility,
//    section, alignment, thread-local and read-only flags, and their
//    initializer bytes and relocations as InitItems.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "kit/ir/builder.hpp"
#include "kit/ir/ir.hpp"
#include "parse/parser.hpp"

namespace kit::c {

class Codegen final : public DeclSink {
 public:
  Codegen(ir::Module& m, Parser*& parser, TypeTable& types, const CompileOptions& opts);
  ~Codegen() override;

  void function(Obj* fn) override;
  void finish(const std::vector<Obj*>& globals) override;

 private:
  using Value = ir::Value;
  using TypeId = ir::TypeId;

  // ---- types (types.cpp)
  TypeId irt(Type* t);               // the IR type of a C type
  TypeId scalar_irt(Type* t);        // the IR value type of a scalar C type
  TypeId func_irt(Type* fn_ty);      // the IR function type of a C function type
  TypeId record_irt(Type* t);
  TypeId complex_irt(Type* t);
  uint32_t align_of(Type* t) { return type_align(t) ? type_align(t) : 1; }
  std::string unique_record_name(const std::string& base);

  // ---- globals (globals.cpp)
  uint32_t global_of(Obj* o);
  std::string symbol_name(Obj* o);
  void emit_data(Obj* o);
  void emit_function_decl(Obj* o);
  void apply_global_attrs(Obj* o, ir::Global& g);
  uint32_t string_global(Obj* str_obj);
  void emit_deferred();

  // ---- functions and statements (function.cpp, stmt.cpp)
  void gen_function(Obj* fn);
  void stmt(Node* n);
  void block_stmt(Node* n);
  void decl(Node* n);
  void switch_stmt(Node* n);
  uint32_t label_block(Label* l);
  uint32_t new_block(const char* name = nullptr);
  void set_block(uint32_t b);
  void br(uint32_t target);
  void condbr(Value cond, uint32_t t, uint32_t f);
  void ensure_open_block();   // a fresh (dead) block after a terminator
  void run_actions(size_t down_to);
  void init_stores(Node* list);

  // ---- expressions (expr.cpp)
  Value gen(Node* n);                   // the value (aggregates: their address)
  Value gen_addr(Node* n);              // the address of an lvalue
  void gen_branch(Node* cond, uint32_t t, uint32_t f);
  Value truth(Value v, Type* ty);       // nonzero-ness of a scalar, as an integer
  Value gen_binary(Node* n);
  Value gen_compare(Node* n);
  Value gen_logical(Node* n);
  Value gen_cond(Node* n);
  Value gen_call(Node* n);
  Value gen_assign(Node* n);
  Value gen_op_assign(Node* n);
  Value gen_incdec(Node* n);
  Value gen_stmt_expr(Node* n);
  Value arith(NodeKind op, Value a, Value b, Type* ty);
  Value iconst(Type* t, int64_t v);
  Value zero_of(Type* t);
  Value undef_of(Type* t);

  // ---- memory (memory.cpp)
  Value load(Type* ty, Value addr, bool is_volatile = false, bool is_atomic = false);
  void store(Type* ty, Value v, Value addr, bool is_volatile = false, bool is_atomic = false);
  Value load_lvalue(Node* lv, Value addr);         // honours bit-fields, volatile, _Atomic
  Value store_lvalue(Node* lv, Value addr, Value v);  // returns the value the lvalue now holds
  Value load_bitfield(Member* m, Value addr, bool is_volatile);
  Value store_bitfield(Member* m, Value addr, Value v, bool is_volatile);
  void copy(Type* ty, Value dst, Value src);
  void zero(Value dst, int64_t size, uint32_t align);
  Value temp(Type* ty);                            // a fresh stack slot for a value of ty
  Value size_value(int64_t n);

  // ---- conversions (convert.cpp)
  Value convert(Value v, Type* from, Type* to);
  Value int_resize(Value v, TypeId to, bool is_signed);

  // ---- complex arithmetic (complex.cpp)
  Value complex_make(Type* cty, Value re, Value im);   // a temporary holding re + im*i
  void complex_parts(Type* cty, Value addr, Value& re, Value& im);
  Value complex_binary(NodeKind op, Type* cty, Value a, Value b);
  Value complex_convert(Value v, Type* from, Type* to);
  Value complex_compare(NodeKind op, Type* cty, Value a, Value b);

  // ---- builtins (builtins.cpp)
  Value gen_builtin(Node* n);
  Value gen_atomic(Node* n);
  Value gen_overflow(Node* n);
  Value gen_float_class(Node* n);
  ir::Ordering ordering_of(Node* order_arg);

  // ---- diagnostics
  void warning(Warn w, const Loc& loc, const std::string& msg);
  void error(const Loc& loc, const std::string& msg);

  ir::Module& m_;
  Parser*& parser_;
  TypeTable& types_;
  const TargetModel& model_;
  const CompileOptions& opts_;

  std::unordered_map<std::string, bool> record_names_;
  TypeId complex_types_[32] = {};     // by component TypeKind

  // strings: bytes -> global
  std::unordered_map<std::string_view, uint32_t> strings_;
  uint32_t string_count_ = 0;

  std::vector<Obj*> deferred_;        // inline functions emitted only if used
  std::vector<Obj*> statics_to_resolve_;

  // The function being generated
  Obj* fn_ = nullptr;
  ir::Function* f_ = nullptr;
  std::unique_ptr<ir::Builder> b_;
  std::vector<bool> has_pred_;
  struct Action {
    Obj* cleanup;     // call cleanup->cleanup_fn(&cleanup), or
    Value stack;      // restore the stack pointer (VLAs)
  };
  std::vector<Action> actions_;
  void emit_action(const Action& a);
  // goto leaves the scopes its label is not in: a label's actions_ as its
  // statement was reached, and forward gotos waiting in a block of their
  // own until their label is reached (codegen/stmt.cpp).
  void goto_label(Label* l);
  void reach_label(Label* l);
  std::unordered_map<Label*, std::vector<Action>> label_actions_;
  struct PendingGoto {
    Label* label;
    uint32_t block;
    std::vector<Action> actions;
  };
  std::vector<PendingGoto> pending_gotos_;
  struct Jump {
    uint32_t block;
    size_t actions;   // actions_ depth at the loop/switch
  };
  std::vector<Jump> breaks_, continues_;
  std::vector<uint32_t> addr_taken_blocks_;
  std::unordered_map<Node*, uint32_t> case_blocks_;
  std::unordered_map<Obj*, Value> vla_sp_;  // VLA local -> slot: the stack before its allocation
  std::vector<bool> block_stack_saved_;  // per C block: whether a VLA saved the stack
};

}  // namespace kit::c
