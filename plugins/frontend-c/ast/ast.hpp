// The typed syntax tree the parser builds and codegen walks.
//
// The parser checks and converts as it goes (C17 6.3 conversions are
// explicit Cast nodes, pointer arithmetic is scaled, lvalue-ness is known),
// so every Node arrives at codegen with its final type and codegen never
// has to ask "what does C mean here". Nodes live in an Arena: a function
// body's nodes are freed together once the function has been compiled.
//
//   Node   an expression or statement (kind, type, location, children)
//   Obj    a variable or function (its declaration facts, and where codegen
//          put it)
//   Label  a goto target within one function
#pragma once

#include <cstdint>

#include "kit/support/interner.hpp"
#include "source/ctoken.hpp"
#include "types/type.hpp"

namespace kit::c {

enum class NodeKind : uint8_t {
  // ---- expressions
  Num,       // integer constant: val (and val_hi for 128-bit)
  FNum,      // floating constant: fval
  Str,       // string literal: str (array type)
  Var,       // a variable or function designator: var
  Add, Sub, Mul, Div, Mod, BitAnd, BitOr, BitXor, Shl, Shr,  // arithmetic: lhs op rhs
  PtrAdd,    // lhs (pointer) + rhs (integer, already multiplied by the element size)
  PtrDiff,   // (lhs - rhs) / elem_size, lhs and rhs pointers; result ptrdiff_t
  Eq, Ne, Lt, Le,  // comparisons (a > b is parsed as b < a)
  LogAnd, LogOr, Not, BitNot, Neg,
  Assign,    // lhs = rhs (rhs converted to lhs's type)
  OpAssign,  // lhs op= rhs: `op` is the arithmetic kind, computed in `op_ty`
  PreInc, PreDec, PostInc, PostDec,  // val: the step (element size for pointers)
  Cond,      // cond ? then : els
  Comma,     // lhs, rhs
  Member,    // lhs.member (lhs has struct/union type)
  Deref,     // *lhs
  Addr,      // &lhs
  Cast,      // (ty) lhs
  Call,      // lhs(args...): func_ty is the callee's function type
  StmtExpr,  // ({ body }): the value of the last expression statement
  LabelAddr, // &&label
  Builtin,   // __builtin_*: builtin id, args
  RealPart, ImagPart,  // __real__ / __imag__ of lhs (lvalues when lhs is one)
  MemZero,   // zero the local `var` (before a partial initializer)
  InitStore, // initialize part of local `var`: lhs stored at byte offset val
             // (member: the bit-field; a Str lhs into a char array copies bytes)
  CompoundLit,  // (T){...} in a function: initialize local `var` (body), yield it
  VlaSize,   // compute sizeof of VLA type `op_ty` into its vla_size local
  // ---- statements
  ExprStmt,  // lhs;
  Block,     // { body... }
  If,        // if (cond) then else els
  For,       // for (init; cond; inc) body  (also while)
  Do,        // do body while (cond)
  Switch,    // switch (cond) body; cases: the Case nodes, default_case
  Case,      // case val [... val_hi]: body  (default: is_default)
  Break, Continue,
  Return,    // return lhs
  Goto,      // goto label
  GotoExpr,  // goto *lhs
  Label,     // label: body
  Asm,       // asm statement (str: the template)
  Decl,      // a local declaration: var, and its initialization in `body`
};

struct Obj;
struct Label;
struct StaticData;

// A string literal's decoded contents: elem_size-byte elements, the
// terminating zero included, in the target's byte order.
struct StringLit {
  const char* bytes;
  int64_t size;  // bytes
  uint8_t elem_size;
};

struct Node {
  NodeKind kind;
  NodeKind op;        // OpAssign: the arithmetic operation
  uint16_t builtin;   // Builtin: the BuiltinId
  bool is_default;    // Case: default:
  bool flag;          // Block: a declaration's statements, not a scope of its own
  Loc loc;
  Type* ty;           // the type of an expression (void for statements)
  Node* next;         // the next statement in a block, argument in a call
  Node* lhs;
  Node* rhs;

  // control flow
  Node* cond;
  Node* then;
  Node* els;
  Node* init;
  Node* inc;
  Node* body;
  Node* cases;        // Switch: first Case (linked by case_next)
  Node* case_next;
  Node* default_case;

  Member* member;     // Member
  Obj* var;           // Var, MemZero, Decl
  Label* label;       // Goto, Label, LabelAddr
  Node* args;         // Call, Builtin: argument list (linked by next)
  Type* func_ty;      // Call: the callee's function type
  Type* op_ty;        // OpAssign: the type the operation is computed in; Builtin: a type argument
  Obj* cleanups;      // Block: variables with __attribute__((cleanup)), in declaration order

  int64_t val;        // Num; Case: low; inc/dec step
  int64_t val_hi;     // Num: high 64 bits for 128-bit constants; Case: high end of a range
  long double fval;   // FNum
  StringLit* str;     // Str, Asm
};

// Storage and linkage facts of a declared name, and where codegen keeps it.
struct Obj {
  Obj* next;          // function's locals list; cleanup list (next_cleanup)
  Obj* next_cleanup;
  StrId name;
  Type* ty;
  Loc loc;
  Loc body_end;       // a function definition: its closing brace

  bool is_local;      // an automatic variable or parameter
  bool is_param;
  bool is_function;
  bool is_definition; // function with a body; data with an initializer
  bool is_tentative;  // file-scope data without initializer and without extern
  bool is_static;     // internal linkage (or a static local)
  bool is_extern;     // declared extern (and not defined here)
  bool is_inline;
  bool is_gnu_inline; // extern inline in GNU89 sense: never emitted
  bool is_thread_local;
  bool is_weak;
  bool is_used;       // __attribute__((used))
  bool is_referenced; // named somewhere (for deferred static inline functions, warnings)
  bool is_noreturn;
  bool is_noinline;
  bool is_always_inline;
  bool is_common;     // __attribute__((common)), or -fcommon for tentatives
  bool no_common;
  bool is_deprecated;
  bool is_unused_ok;  // __attribute__((unused))
  bool is_dllimport;
  bool is_dllexport;
  bool is_compound_literal;
  bool is_string_literal;
  bool emitted;       // codegen produced it
  bool body_persists; // the body's nodes outlive DeclSink::function (may be deferred)
  uint8_t visibility; // ir::Visibility + 1 when set; 0: default
  int16_t format_kind;   // format(printf|scanf, fmt, first): 1 printf, 2 scanf, 0 none
  int16_t format_index;  // 1-based
  int16_t format_first;  // 1-based, 0 for v* functions
  int32_t ctor_priority; // -1: not a constructor
  int32_t dtor_priority; // -1: not a destructor
  uint32_t align;        // declared alignment (_Alignas, aligned); 0: the type's
  StrId asm_name;        // int f() __asm__("g"): the symbol name
  StrId section;
  StrId alias_target;    // __attribute__((alias("x")))
  StrId deprecated_msg;
  Obj* cleanup_fn;       // __attribute__((cleanup(f)))
  int param_index;

  // Function definitions
  Node* body;
  Obj* params;        // parameter objects, linked by next
  Obj* locals;        // every local (params included), linked by next
  Label* labels;
  Obj* va_area;       // variadic: unused (va_start is an IR op)
  bool has_vla;
  bool returns_twice;

  // Static-storage data: the initializer's bytes and relocations (set by
  // the parser, emitted by codegen); null for zero-initialized objects.
  StaticData* data;
  Obj* statics;       // function definitions: its static locals (linked by next)

  // codegen state
  uint32_t value;     // locals: the raw ir::Value of its address (slot, or aggregate arg)
  int64_t global;     // globals: index in the IR module; -1: not yet created
};

struct Label {
  Label* next;
  StrId name;
  Loc loc;
  uint32_t block;     // IR block, ~0u until codegen makes it
  bool defined;
  bool used;
  bool addr_taken;    // &&label: listed as a target of every goto *
  bool local;         // declared with __label__
};

// The contents of a static-storage object: bytes in the target's byte
// order, and relocations -- places that hold the address of another object
// (or of a label, for computed goto tables) plus an addend.
struct Reloc {
  int64_t offset;
  int64_t addend;
  Obj* target;      // the object or function whose address is stored
  Label* label;     // &&label (target is then the function); resolved to `block`
  uint32_t block;
  uint8_t size;     // bytes (the pointer size, or 4 for 32-bit differences)
};

struct StaticData {
  uint8_t* bytes;
  int64_t size;
  Reloc* relocs;
  uint32_t num_relocs;
};

}  // namespace kit::c
