// Constant evaluation (C17 6.6): integer constant expressions, arithmetic
// constants, and the address constants static initializers may hold
// (&object + offset, string literals, functions, &&label).
#pragma once

#include "parse/parser.hpp"

namespace kit::c {

struct ConstVal {
  enum Kind : uint8_t { None, Int, Float, Addr };
  Kind kind = None;
  int64_t i = 0;       // Int: the value (wrapped to the expression's type)
  int64_t hi = 0;      // Int: the upper 64 bits for 128-bit types
  long double f = 0;   // Float
  Obj* obj = nullptr;  // Addr: the object (the function, for a label)
  Label* label = nullptr;
  int64_t addend = 0;  // Addr: byte offset
};

class ConstEval {
 public:
  explicit ConstEval(Parser& p) : p_(p) {}
  // The value of n, or false if n is not a constant the evaluator accepts
  // (an error is then the caller's to report).
  bool eval(Node* n, ConstVal& out);

 private:
  bool eval_addr(Node* n, ConstVal& out);
  bool eval_int(Node* n, ConstVal& out);
  Parser& p_;
  unsigned depth_ = 0;
};

// The anonymous read-only object holding a string literal's bytes.
Obj* string_object(Parser& p, Node* str);

}  // namespace kit::c
