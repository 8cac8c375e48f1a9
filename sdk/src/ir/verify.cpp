// The kit IR verifier: the rules docs/IR.md states, checked on a Module
// before any arch plugin sees it.
//
// The IR is the contract between frontends and backends, so the verifier
// is where "the frontend made a mistake" is told apart from "the backend
// has a bug". It checks, in this order:
//   1. types: records' fields inside the record, bit-fields inside their
//      storage unit, power-of-two alignments; arrays and function types
//      built from sized types;
//   2. globals: linkage rules (common only for data; internal and linkonce
//      must be defined; dllimport never defined), attributes only where
//      they mean something (thread_local on data, noinline on functions),
//      initializers whose items are well formed and whose total size is
//      the size of the global's type, aliases that end at a definition
//      without a cycle, ctors/dtors that are `void ()` functions;
//   3. each function, structure first: every operand index in range, every
//      instruction in exactly one block, every block ending in exactly one
//      terminator, phis first in their block, branch targets valid and
//      never the entry block. Only when the structure holds:
//   4. typing, opcode by opcode (docs/IR.md's table): operand counts and
//      types, unused aux/flags bits zero, alignments powers of two, calls
//      matching the function type (extra arguments only when variadic,
//      aggregates passed by address), returns matching the function;
//   5. SSA: each use of an instruction's result is dominated by its
//      definition (the end of the incoming block for a phi), and each phi
//      lists exactly the block's predecessors. Dominators come from the
//      Cooper-Harvey-Kennedy iteration over reverse postorder; code in
//      unreachable blocks is not checked for dominance, as in LLVM.
// Errors are located: "file:line: error: function @f, block ^b: %3 = add:
// ..." when the module came from text (Function::inst_lines), names
// spelled as the printer spells them. The verifier never crashes on a
// structurally broken module: anything out of range is reported, and
// the checks that would need it are skipped.
#include <algorithm>
#include <span>

#include "kit/diag.hpp"
#include "kit/ir/verify.hpp"
#include "names.hpp"

namespace kit::ir {

namespace {

constexpr TypeId kNoType = ~0u;

class FunctionVerifier;

bool pow2(uint64_t v) { return v && !(v & (v - 1)); }

class Verifier {
 public:
  Verifier(const Module& m, Diagnostics& diags, std::string_view file)
      : m_(m), diags_(diags), file_(file), scratch_(m.names().size() + 1, 0) {
    types_.build(m, scratch_);
  }

  bool run();

 private:
  friend class FunctionVerifier;

  // ------------------------------------------------------------ reporting

  void error(uint32_t line, std::string_view msg) {
    ok_ = false;
    diags_.error(SourceLoc{file_, line, 0}, msg);
  }

  std::string gname(uint32_t g) const {
    std::string s;
    if (g >= m_.global_count()) return "@?" + std::to_string(g);
    detail::append_name(s, '@', m_.str(m_.global(g).name));
    return s;
  }

  std::string tname(TypeId t) const { return types_.spelled(t); }

  void global_error(uint32_t g, std::string_view msg) {
    error(m_.global(g).line, gname(g) + ": " + std::string(msg));
  }

  // ---------------------------------------------------------------- types

  bool valid(TypeId t) const { return t < m_.type_count(); }
  bool sized(TypeId t) const {
    if (!valid(t)) return false;
    TypeKind k = m_.type(t).kind;
    return k != TypeKind::Void && k != TypeKind::Func;
  }
  bool scalar(TypeId t) const {
    if (!valid(t)) return false;
    TypeKind k = m_.type(t).kind;
    return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Ptr;
  }

  void check_type(TypeId t) {
    const TypeInfo& ti = m_.type(t);
    auto type_error = [&](const std::string& msg) { error(0, "type " + tname(t) + ": " + msg); };
    switch (ti.kind) {
      case TypeKind::Array:
        if (!sized(ti.elem)) type_error("array element type must be sized");
        break;
      case TypeKind::Func: {
        if (!valid(ti.elem) || m_.type(ti.elem).kind == TypeKind::Func)
          type_error("a function cannot return a function type");
        for (TypeId p : m_.params(t))
          if (!sized(p)) type_error("parameter types must be sized (not void or a function type)");
        break;
      }
      case TypeKind::Record: {
        if (!pow2(ti.align)) type_error("record alignment must be a power of two");
        else if (ti.size % ti.align) type_error("record size must be a multiple of its alignment");
        uint32_t n = 0;
        for (const Field& f : m_.fields(t)) {
          ++n;
          std::string where = "field " + std::to_string(n) + ": ";
          if (!sized(f.type) || f.type >= t) {
            type_error(where + "field types must be sized types defined before the record");
            continue;
          }
          uint64_t fs = m_.type(f.type).size;
          if (f.offset > ti.size || fs > ti.size - f.offset)
            type_error(where + "field at offset " + std::to_string(f.offset) + " of size " +
                       std::to_string(fs) + " does not fit in " + std::to_string(ti.size) + " bytes");
          if (f.bit_width) {
            if (m_.type(f.type).kind != TypeKind::Int)
              type_error(where + "a bit-field's storage type must be an integer");
            else if (unsigned(f.bit_offset) + f.bit_width > m_.type(f.type).bits)
              type_error(where + "bit-field bits " + std::to_string(f.bit_offset) + ".." +
                         std::to_string(f.bit_offset + f.bit_width - 1) + " exceed " +
                         tname(f.type));
          } else if (f.bit_offset) {
            type_error(where + "bit offset without a bit width");
          }
        }
        break;
      }
      default: break;
    }
  }

  // -------------------------------------------------------------- globals

  void check_global(uint32_t gi) {
    const Global& g = m_.global(gi);
    if (g.name == 0) global_error(gi, "a global needs a name");
    if (unsigned(g.linkage) > unsigned(Linkage::LinkOnce)) {
      global_error(gi, "invalid linkage");
      return;
    }
    if (unsigned(g.visibility) > unsigned(Visibility::Protected)) global_error(gi, "invalid visibility");
    if (!valid(g.type)) {
      global_error(gi, "invalid type");
      return;
    }
    if (g.align && !pow2(g.align)) global_error(gi, "alignment must be a power of two");
    if (g.flags >> 9) global_error(gi, "unknown flag bits");
    const uint16_t data_only = kThreadLocal | kReadOnly | kStrings;
    const uint16_t func_only = kNoReturn | kNoInline | kAlwaysInline;
    if (g.kind != GlobalKind::Data && (g.flags & data_only))
      global_error(gi, "thread_local, readonly and strings apply to data only");
    if (g.kind != GlobalKind::Function && (g.flags & func_only))
      global_error(gi, "noreturn, noinline and always_inline apply to functions only");
    if ((g.flags & kNoInline) && (g.flags & kAlwaysInline))
      global_error(gi, "noinline and always_inline together");
    if ((g.flags & kDllImport) && (g.flags & kDllExport))
      global_error(gi, "dllimport and dllexport together");
    if ((g.flags & kDllImport) && (g.defined || g.linkage == Linkage::Internal) && g.kind != GlobalKind::Alias)
      global_error(gi, "a dllimport global is defined in another module; it cannot be defined or internal here");
    if (g.linkage == Linkage::Common && g.kind != GlobalKind::Data)
      global_error(gi, "common linkage applies to data only");
    if ((g.linkage == Linkage::Internal || g.linkage == Linkage::LinkOnce) && !g.defined)
      global_error(gi, std::string(g.linkage == Linkage::Internal ? "internal" : "linkonce") +
                           " global has no definition");
    switch (g.kind) {
      case GlobalKind::Data: check_data(gi); break;
      case GlobalKind::Function:
        if (m_.type(g.type).kind != TypeKind::Func) global_error(gi, "a function's type must be a function type");
        if (g.defined && g.function >= m_.function_count()) global_error(gi, "body index out of range");
        if (!g.defined && !g.init.empty()) global_error(gi, "a function has no initializer");
        break;
      case GlobalKind::Alias: check_alias(gi); break;
      default: global_error(gi, "invalid global kind"); break;
    }
  }

  void check_data(uint32_t gi) {
    const Global& g = m_.global(gi);
    if (!sized(g.type)) {
      global_error(gi, "data must have a sized type, not " + tname(g.type));
      return;
    }
    if (!g.defined) {
      if (!g.init.empty()) global_error(gi, "initializer items on a declaration");
      return;
    }
    uint64_t total = 0;
    bool items_ok = true;
    unsigned ptr_bytes = m_.layout().pointer_bits / 8;
    for (size_t i = 0; i < g.init.size(); ++i) {
      const InitItem& it = g.init[i];
      std::string where = "initializer item " + std::to_string(i + 1) + ": ";
      switch (it.kind) {
        case InitItem::Zero: total += it.count; break;
        case InitItem::Bytes:
          if (it.value > m_.bytes_size() || it.count > m_.bytes_size() - it.value) {
            global_error(gi, where + "bytes out of range of the module's byte pool");
            items_ok = false;
          }
          total += it.count;
          break;
        case InitItem::Int:
          if (it.size != 1 && it.size != 2 && it.size != 4 && it.size != 8 && it.size != 16) {
            global_error(gi, where + "integer size must be 1, 2, 4, 8 or 16 bytes");
            items_ok = false;
          }
          total += it.size;
          break;
        case InitItem::Addr:
          if ((it.size != 4 && it.size != 8) || it.size > ptr_bytes) {
            global_error(gi, where + "an address takes 4 or 8 bytes, at most the pointer size");
            items_ok = false;
          }
          if (it.global >= m_.global_count()) {
            global_error(gi, where + "address of a global that does not exist");
            items_ok = false;
          }
          total += it.size;
          break;
        case InitItem::BlockAddr: {
          if (it.size != ptr_bytes) {
            global_error(gi, where + "a block address takes the pointer size");
            items_ok = false;
          }
          total += it.size;
          if (it.global >= m_.global_count() || m_.global(it.global).kind != GlobalKind::Function ||
              !m_.global(it.global).defined || m_.global(it.global).function >= m_.function_count()) {
            global_error(gi, where + "blockaddr needs a function defined in this module");
            items_ok = false;
            break;
          }
          const Function& f = m_.function(m_.global(it.global).function);
          if (it.value == 0 || it.value >= f.blocks.size()) {
            global_error(gi, where + (it.value == 0 ? "the entry block has no address"
                                                   : "block index out of range"));
            items_ok = false;
          }
          break;
        }
        default:
          global_error(gi, where + "invalid item kind");
          items_ok = false;
      }
    }
    if (items_ok && total != m_.type(g.type).size)
      global_error(gi, "initializer is " + std::to_string(total) + " bytes, but " + tname(g.type) +
                           " is " + std::to_string(m_.type(g.type).size));
    if (g.linkage == Linkage::Common)
      for (const InitItem& it : g.init)
        if (it.kind != InitItem::Zero) {
          global_error(gi, "a common global is zero-initialized; it cannot have data");
          break;
        }
  }

  void check_alias(uint32_t gi) {
    const Global& g = m_.global(gi);
    uint32_t cur = gi;
    for (size_t steps = 0;; ++steps) {
      uint32_t next = m_.global(cur).aliasee;
      if (next >= m_.global_count()) {
        global_error(gi, "alias of a global that does not exist");
        return;
      }
      if (next == gi || steps > m_.global_count()) {
        global_error(gi, "alias cycle");
        return;
      }
      const Global& t = m_.global(next);
      if (t.kind != GlobalKind::Alias) {
        if (!t.defined)
          global_error(gi, "alias target " + gname(next) + " is not defined in this module");
        break;
      }
      cur = next;
    }
    (void)g;
  }

  void check_ctors(const std::vector<Module::Ctor>& list, const char* what) {
    for (const Module::Ctor& c : list) {
      std::string head = std::string(what) + " " + gname(c.function_global) + ": ";
      if (c.function_global >= m_.global_count() ||
          m_.global(c.function_global).kind != GlobalKind::Function) {
        error(0, head + "not a function");
        continue;
      }
      TypeId t = m_.global(c.function_global).type;
      if (!valid(t) || m_.type(t).kind != TypeKind::Func || m_.type(t).elem != m_.void_type() ||
          m_.type(t).num != 0 || m_.type(t).variadic)
        error(m_.global(c.function_global).line, head + "must have type void ()");
      if (c.priority < 0 || c.priority > 65535) error(0, head + "priority must be 0..65535");
    }
  }

  const Module& m_;
  Diagnostics& diags_;
  std::string file_;
  std::vector<uint32_t> scratch_;
  detail::TypeNames types_;
  bool ok_ = true;
};

// ---------------------------------------------------------------- functions

class FunctionVerifier {
 public:
  FunctionVerifier(Verifier& v, const Function& f)
      : v_(v), m_(v.m_), f_(f), g_(m_.global(f.global)) {}

  void run() {
    const TypeInfo& ft = m_.type(g_.type);
    if (ft.kind != TypeKind::Func) return;  // reported with the global
    ret_type_ = ft.elem;
    num_params_ = ft.num;
    if (f_.param_names.size() != num_params_)
      fn_error("has " + std::to_string(f_.param_names.size()) + " parameter names for " +
               std::to_string(num_params_) + " parameters");
    lines_ok_ = f_.inst_lines.size() == f_.insts.size();
    if (f_.blocks.empty()) {
      fn_error("a defined function needs at least one block");
      return;
    }
    for (size_t s = 0; s < f_.slots.size(); ++s)
      if (!pow2(f_.slots[s].align))
        fn_error("stack slot " + value_name(Value(Value::Slot, uint32_t(s))) +
                 ": alignment must be a power of two");
    if (!structure()) return;
    for (uint32_t b = 0; b < f_.blocks.size(); ++b)
      for (uint32_t i : f_.blocks[b].insts) check_inst(b, i);
    dominance();
  }

 private:
  // ----------------------------------------------------------- messages

  const detail::FunctionNames& names() {
    if (!names_built_) {
      names_.build(m_, f_, v_.scratch_);
      names_built_ = true;
    }
    return names_;
  }

  std::string value_name(Value v) {
    std::string s;
    names().append_value(s, v);
    return s;
  }

  std::string block_name(uint32_t b) {
    std::string s;
    names().append_block(s, b);
    return s;
  }

  void fn_error(std::string_view msg) {
    v_.error(g_.line, "function " + v_.gname(f_.global) + ": " + std::string(msg));
  }

  void block_error(uint32_t b, std::string_view msg) {
    uint32_t line = f_.blocks[b].line;
    v_.error(line, "function " + v_.gname(f_.global) + ", block " + block_name(b) + ": " +
                       std::string(msg));
  }

  void inst_error(uint32_t b, uint32_t i, std::string_view msg) {
    uint32_t line = lines_ok_ ? f_.inst_lines[i] : 0;
    if (!line) line = f_.blocks[b].line;
    std::string head = "function " + v_.gname(f_.global) + ", block " + block_name(b) + ": ";
    const Inst& in = f_.insts[i];
    if (detail::produces_value(m_, in)) head += value_name(Value(Value::Inst, i)) + " = ";
    head += op_name(in.op);
    head += ": ";
    v_.error(line, head + std::string(msg));
  }

  // ---------------------------------------------------------- structure

  // Operand ranges, block membership, terminators, phi placement, targets.
  bool structure() {
    bool ok = true;
    place_.assign(f_.insts.size(), Place{~0u, 0});
    for (uint32_t b = 0; b < f_.blocks.size(); ++b) {
      const Block& bl = f_.blocks[b];
      for (uint32_t k = 0; k < bl.insts.size(); ++k) {
        uint32_t i = bl.insts[k];
        if (i >= f_.insts.size()) {
          block_error(b, "instruction index " + std::to_string(i) + " out of range");
          ok = false;
          continue;
        }
        if (place_[i].block != ~0u) {
          block_error(b, "instruction #" + std::to_string(i) + " appears twice in the function");
          ok = false;
          continue;
        }
        place_[i] = Place{b, k};
      }
    }
    if (!ok) return false;
    for (uint32_t b = 0; b < f_.blocks.size(); ++b) {
      const Block& bl = f_.blocks[b];
      if (bl.insts.empty()) {
        block_error(b, "empty block: every block ends with a terminator");
        ok = false;
        continue;
      }
      bool phis = true;
      for (uint32_t k = 0; k < bl.insts.size(); ++k) {
        uint32_t i = bl.insts[k];
        const Inst& in = f_.insts[i];
        if (unsigned(in.op) >= unsigned(Op::Count)) {
          inst_error(b, i, "invalid opcode");
          ok = false;
          continue;
        }
        if (in.first_op > f_.operands.size() || in.num_ops > f_.operands.size() - in.first_op) {
          inst_error(b, i, "operand range out of bounds");
          ok = false;
          continue;
        }
        bool last = k + 1 == bl.insts.size();
        if (is_terminator(in.op) && !last) {
          inst_error(b, i, "terminator in the middle of a block");
          ok = false;
        }
        if (last && !is_terminator(in.op)) {
          inst_error(b, i, "block does not end with a terminator (br, condbr, switch, indirectbr, ret, unreachable)");
          ok = false;
        }
        if (in.op == Op::Phi) {
          if (!phis) {
            inst_error(b, i, "phi after a non-phi instruction; phis come first in a block");
            ok = false;
          }
        } else {
          phis = false;
        }
        for (uint32_t o = 0; o < in.num_ops; ++o) {
          Value val = f_.operands[in.first_op + o];
          if (!operand_in_range(val)) {
            inst_error(b, i, "operand " + std::to_string(o + 1) + " is invalid or out of range");
            ok = false;
          } else if ((val.tag() == Value::Block || val.tag() == Value::BlockAddr) && val.index() == 0 &&
                     !(in.op == Op::Phi && val.tag() == Value::Block)) {
            inst_error(b, i, "the entry block cannot be a branch target or have its address taken");
            ok = false;
          }
        }
      }
    }
    return ok;
  }

  bool operand_in_range(Value v) const {
    switch (v.tag()) {
      case Value::Inst: return v.index() < f_.insts.size();
      case Value::Arg: return v.index() < num_params_;
      case Value::Const: return v.index() < m_.constant_count();
      case Value::Global: return v.index() < m_.global_count();
      case Value::Slot: return v.index() < f_.slots.size();
      case Value::Block:
      case Value::BlockAddr: return v.index() < f_.blocks.size();
      default: return false;
    }
  }

  // The type of a value operand, or kNoType if it is not a value.
  TypeId vtype(Value v) const {
    switch (v.tag()) {
      case Value::Inst: {
        const Inst& in = f_.insts[v.index()];
        if (!detail::produces_value(m_, in) || !v_.valid(in.type)) return kNoType;
        return m_.type_of(&f_, v);
      }
      case Value::Arg: return m_.type_of(&f_, v);
      case Value::Const: {
        TypeId t = m_.constant(v).type;
        return v_.valid(t) ? t : kNoType;
      }
      case Value::Global:
      case Value::Slot:
      case Value::BlockAddr: return m_.ptr_type();
      default: return kNoType;
    }
  }

  // ------------------------------------------------------------- typing

  struct Ctx {
    uint32_t b, i;
    const Inst& in;
    const Value* ops;
  };

  std::string tname(TypeId t) const { return t == kNoType ? "no value" : v_.tname(t); }

  bool count(Ctx& c, uint32_t n) {
    if (c.in.num_ops == n) return true;
    inst_error(c.b, c.i, "expects " + std::to_string(n) + " operand" + (n == 1 ? "" : "s") + ", has " +
                             std::to_string(c.in.num_ops));
    return false;
  }

  // Operand k must be a value; returns its type or kNoType (reported).
  TypeId value(Ctx& c, uint32_t k) {
    Value v = c.ops[k];
    TypeId t = vtype(v);
    if (t == kNoType) {
      if (v.tag() == Value::Block)
        inst_error(c.b, c.i, "operand " + std::to_string(k + 1) + " is a block where a value is expected");
      else if (v.tag() == Value::Inst)
        inst_error(c.b, c.i, "operand " + std::to_string(k + 1) + " uses an instruction without a result");
      else
        inst_error(c.b, c.i, "operand " + std::to_string(k + 1) + " is not a value");
    }
    return t;
  }

  bool block_op(Ctx& c, uint32_t k) {
    if (c.ops[k].tag() == Value::Block) return true;
    inst_error(c.b, c.i, "operand " + std::to_string(k + 1) + " must be a block");
    return false;
  }

  // Operand k must have type want.
  void want(Ctx& c, uint32_t k, TypeId want_t, const char* role = nullptr) {
    TypeId t = value(c, k);
    if (t == kNoType || t == want_t) return;
    std::string what = role ? role : "operand " + std::to_string(k + 1);
    inst_error(c.b, c.i, what + " has type " + tname(t) + ", expected " + tname(want_t));
  }

  void want_kind(Ctx& c, uint32_t k, TypeKind kind, const char* what) {
    TypeId t = value(c, k);
    if (t == kNoType || m_.type(t).kind == kind) return;
    inst_error(c.b, c.i, "operand " + std::to_string(k + 1) + " has type " + tname(t) + ", expected " + what);
  }

  bool result_kind(Ctx& c, std::initializer_list<TypeKind> kinds, const char* what) {
    TypeId t = c.in.type;
    if (v_.valid(t))
      for (TypeKind k : kinds)
        if (m_.type(t).kind == k) return true;
    inst_error(c.b, c.i, "result type " + tname(t) + " must be " + what);
    return false;
  }

  void check_align(Ctx& c) {
    if (!pow2(c.in.aux)) inst_error(c.b, c.i, "alignment " + std::to_string(c.in.aux) + " is not a power of two");
  }

  bool atomic_sized(TypeId t) const {
    if (!v_.valid(t)) return false;
    const TypeInfo& ti = m_.type(t);
    if (ti.kind != TypeKind::Int && ti.kind != TypeKind::Ptr && ti.kind != TypeKind::Float) return false;
    return ti.size == 1 || ti.size == 2 || ti.size == 4 || ti.size == 8;
  }

  void check_inst(uint32_t b, uint32_t i) {
    const Inst& in = f_.insts[i];
    Ctx c{b, i, in, f_.operands.data() + in.first_op};
    // Unused aux and flags are zero, so that text says everything.
    uint8_t flags_allowed = 0;
    bool aux_used = false;
    switch (in.op) {
      case Op::Load:
      case Op::Store: flags_allowed = kVolatile | kOrderingMask; aux_used = true; break;
      case Op::MemCopy:
      case Op::MemSet: flags_allowed = kVolatile; aux_used = true; break;
      case Op::Call: flags_allowed = kTail; break;
      case Op::ICmp:
      case Op::FCmp:
      case Op::Alloca:
      case Op::AtomicRMW:
      case Op::CmpXchg:
      case Op::Fence:
      case Op::FrameAddr:
      case Op::ReturnAddr: aux_used = true; break;
      default: break;
    }
    if (in.flags & ~flags_allowed) inst_error(b, i, "flags set that this opcode does not use");
    if (!aux_used && in.aux) inst_error(b, i, "aux set (" + std::to_string(in.aux) + ") on an opcode that does not use it");
    if (!has_type(in.op) && in.type != m_.void_type())
      inst_error(b, i, "type must be void for this opcode");
    if (has_type(in.op) && !v_.valid(in.type)) {
      inst_error(b, i, "invalid type");
      return;
    }

    switch (in.op) {
      case Op::Add: case Op::Sub: case Op::Mul: case Op::SDiv: case Op::UDiv: case Op::SRem:
      case Op::URem: case Op::And: case Op::Or: case Op::Xor: case Op::Shl: case Op::LShr:
      case Op::AShr:
        if (!result_kind(c, {TypeKind::Int}, "an integer")) return;
        if (!count(c, 2)) return;
        want(c, 0, in.type);
        want(c, 1, in.type);
        return;
      case Op::Neg: case Op::Not: case Op::Clz: case Op::Ctz: case Op::Popcount:
        if (!result_kind(c, {TypeKind::Int}, "an integer")) return;
        if (count(c, 1)) want(c, 0, in.type);
        return;
      case Op::BSwap:
        if (!result_kind(c, {TypeKind::Int}, "an integer")) return;
        if (m_.type(in.type).bits % 16) inst_error(b, i, "bswap needs a whole number of byte pairs (i16, i32, i64, i128)");
        if (count(c, 1)) want(c, 0, in.type);
        return;
      case Op::FAdd: case Op::FSub: case Op::FMul: case Op::FDiv:
        if (!result_kind(c, {TypeKind::Float}, "a float")) return;
        if (!count(c, 2)) return;
        want(c, 0, in.type);
        want(c, 1, in.type);
        return;
      case Op::FNeg:
        if (!result_kind(c, {TypeKind::Float}, "a float")) return;
        if (count(c, 1)) want(c, 0, in.type);
        return;
      case Op::ICmp:
      case Op::FCmp: {
        if (!result_kind(c, {TypeKind::Int}, "an integer")) return;
        bool fl = in.op == Op::FCmp;
        if (in.aux > unsigned(Pred::Uno) || (fl ? !is_float_pred(Pred(in.aux)) : !is_int_pred(Pred(in.aux))))
          inst_error(b, i, std::string("invalid predicate for ") + (fl ? "fcmp" : "icmp"));
        if (!count(c, 2)) return;
        TypeId a = value(c, 0), bt = value(c, 1);
        if (a == kNoType || bt == kNoType) return;
        if (a != bt) inst_error(b, i, "compares " + tname(a) + " with " + tname(bt));
        TypeKind k = m_.type(a).kind;
        if (fl && k != TypeKind::Float) inst_error(b, i, "fcmp compares floats, not " + tname(a));
        if (!fl && k != TypeKind::Int && k != TypeKind::Ptr)
          inst_error(b, i, "icmp compares integers or pointers, not " + tname(a));
        return;
      }
      case Op::Trunc: case Op::ZExt: case Op::SExt: case Op::FPTrunc: case Op::FPExt:
      case Op::FPToSI: case Op::FPToUI: case Op::SIToFP: case Op::UIToFP: case Op::PtrToInt:
      case Op::IntToPtr: case Op::Bitcast:
        if (count(c, 1)) conversion(c);
        return;
      case Op::Copy:
        if (!scalar(in.type)) {
          inst_error(b, i, "result type " + tname(in.type) + " must be a scalar");
          return;
        }
        if (count(c, 1)) want(c, 0, in.type);
        return;
      case Op::Select:
        if (!scalar(in.type)) {
          inst_error(b, i, "result type " + tname(in.type) + " must be a scalar");
          return;
        }
        if (!count(c, 3)) return;
        want_kind(c, 0, TypeKind::Int, "an integer condition");
        want(c, 1, in.type);
        want(c, 2, in.type);
        return;
      case Op::PtrAdd:
        if (!result_kind(c, {TypeKind::Ptr}, "ptr")) return;
        if (!count(c, 2)) return;
        want(c, 0, m_.ptr_type());
        want_kind(c, 1, TypeKind::Int, "an integer offset");
        return;
      case Op::Phi: phi(c); return;
      case Op::Load: {
        if (!scalar(in.type)) inst_error(b, i, "loads a scalar (integer, float or ptr), not " + tname(in.type));
        check_align(c);
        Ordering o = access_ordering(in);
        if (unsigned(o) > unsigned(Ordering::SeqCst)) inst_error(b, i, "invalid ordering");
        else if (o == Ordering::Release || o == Ordering::AcqRel)
          inst_error(b, i, "an atomic load cannot have release semantics");
        if (o != Ordering::NotAtomic && !atomic_sized(in.type))
          inst_error(b, i, "atomic accesses are 1, 2, 4 or 8 bytes of integer, float or ptr");
        if (count(c, 1)) want(c, 0, m_.ptr_type(), "the address");
        return;
      }
      case Op::Store: {
        check_align(c);
        Ordering o = access_ordering(in);
        if (unsigned(o) > unsigned(Ordering::SeqCst)) inst_error(b, i, "invalid ordering");
        else if (o == Ordering::Acquire || o == Ordering::AcqRel)
          inst_error(b, i, "an atomic store cannot have acquire semantics");
        if (!count(c, 2)) return;
        TypeId t = value(c, 0);
        if (t != kNoType && !scalar(t)) inst_error(b, i, "stores a scalar, not " + tname(t));
        if (t != kNoType && o != Ordering::NotAtomic && !atomic_sized(t))
          inst_error(b, i, "atomic accesses are 1, 2, 4 or 8 bytes of integer, float or ptr");
        want(c, 1, m_.ptr_type(), "the address");
        return;
      }
      case Op::MemCopy:
        check_align(c);
        if (!count(c, 3)) return;
        want(c, 0, m_.ptr_type(), "the destination");
        want(c, 1, m_.ptr_type(), "the source");
        want_kind(c, 2, TypeKind::Int, "an integer size");
        return;
      case Op::MemSet:
        check_align(c);
        if (!count(c, 3)) return;
        want(c, 0, m_.ptr_type(), "the destination");
        if (TypeId t = value(c, 1); t != kNoType && (m_.type(t).kind != TypeKind::Int || m_.type(t).bits != 8))
          inst_error(b, i, "the byte has type " + tname(t) + ", expected i8");
        want_kind(c, 2, TypeKind::Int, "an integer size");
        return;
      case Op::Alloca:
        check_align(c);
        if (!result_kind(c, {TypeKind::Ptr}, "ptr")) return;
        if (count(c, 1)) want_kind(c, 0, TypeKind::Int, "an integer size");
        return;
      case Op::StackSave:
        if (!result_kind(c, {TypeKind::Ptr}, "ptr")) return;
        count(c, 0);
        return;
      case Op::StackRestore:
        if (count(c, 1)) want(c, 0, m_.ptr_type());
        return;
      case Op::AtomicRMW: {
        Ordering o = Ordering(in.aux & 0xff);
        unsigned r = in.aux >> 8;
        if (o == Ordering::NotAtomic || unsigned(o) > unsigned(Ordering::SeqCst))
          inst_error(b, i, "needs an atomic ordering");
        if (r > unsigned(RMWOp::Nand)) inst_error(b, i, "invalid operation");
        TypeKind k = m_.type(in.type).kind;
        if (!atomic_sized(in.type) || k == TypeKind::Float || (k == TypeKind::Ptr && r != unsigned(RMWOp::Xchg)))
          inst_error(b, i, "operates on integers of 1, 2, 4 or 8 bytes (xchg also on ptr), not " + tname(in.type));
        if (!count(c, 2)) return;
        want(c, 0, m_.ptr_type(), "the address");
        want(c, 1, in.type);
        return;
      }
      case Op::CmpXchg: {
        Ordering s = Ordering(in.aux & 0xff), fo = Ordering(in.aux >> 8);
        if (s == Ordering::NotAtomic || unsigned(s) > unsigned(Ordering::SeqCst))
          inst_error(b, i, "needs an atomic ordering");
        if (unsigned(fo) > unsigned(Ordering::SeqCst) || fo == Ordering::Release || fo == Ordering::AcqRel)
          inst_error(b, i, "the failure ordering cannot be release or acq_rel");
        TypeKind k = m_.type(in.type).kind;
        if (!atomic_sized(in.type) || k == TypeKind::Float)
          inst_error(b, i, "operates on integers or ptr of 1, 2, 4 or 8 bytes, not " + tname(in.type));
        if (!count(c, 3)) return;
        want(c, 0, m_.ptr_type(), "the address");
        want(c, 1, in.type);
        want(c, 2, in.type);
        return;
      }
      case Op::Fence: {
        Ordering o = Ordering(in.aux);
        if (in.aux > unsigned(Ordering::SeqCst) || o == Ordering::NotAtomic || o == Ordering::Relaxed)
          inst_error(b, i, "needs acquire, release, acq_rel or seq_cst");
        count(c, 0);
        return;
      }
      case Op::Call: call(c); return;
      case Op::VaStart:
        if (!m_.type(g_.type).variadic) inst_error(b, i, "va_start in a function that is not variadic");
        [[fallthrough]];
      case Op::VaEnd:
        if (count(c, 1)) want(c, 0, m_.ptr_type(), "the va_list address");
        return;
      case Op::VaCopy:
        if (!count(c, 2)) return;
        want(c, 0, m_.ptr_type(), "the destination va_list address");
        want(c, 1, m_.ptr_type(), "the source va_list address");
        return;
      case Op::VaArg:
        if (!sized(in.type)) inst_error(b, i, "reads a sized type, not " + tname(in.type));
        if (count(c, 1)) want(c, 0, m_.ptr_type(), "the va_list address");
        return;
      case Op::FrameAddr:
      case Op::ReturnAddr:
        result_kind(c, {TypeKind::Ptr}, "ptr");
        count(c, 0);
        return;
      case Op::Trap: count(c, 0); return;
      case Op::Br:
        if (count(c, 1)) block_op(c, 0);
        return;
      case Op::CondBr:
        if (!count(c, 3)) return;
        want_kind(c, 0, TypeKind::Int, "an integer condition");
        block_op(c, 1);
        block_op(c, 2);
        return;
      case Op::Switch: switch_(c); return;
      case Op::IndirectBr:
        if (in.num_ops < 1) {
          inst_error(b, i, "needs an address operand");
          return;
        }
        want(c, 0, m_.ptr_type(), "the address");
        for (uint32_t k = 1; k < in.num_ops; ++k) block_op(c, k);
        return;
      case Op::Ret: {
        if (ret_type_ == m_.void_type()) {
          if (in.num_ops) inst_error(b, i, "the function returns void; ret takes no operand");
          return;
        }
        if (in.num_ops != 1) {
          inst_error(b, i, "the function returns " + tname(ret_type_) + "; ret needs one operand");
          return;
        }
        TypeId want_t = m_.is_aggregate(ret_type_) ? m_.ptr_type() : ret_type_;
        want(c, 0, want_t, m_.is_aggregate(ret_type_) ? "the address of the returned aggregate" : "the returned value");
        return;
      }
      case Op::Unreachable: count(c, 0); return;
      default: inst_error(b, i, "invalid opcode"); return;
    }
  }

  bool scalar(TypeId t) const { return v_.scalar(t); }
  bool sized(TypeId t) const { return v_.sized(t); }

  void conversion(Ctx& c) {
    TypeId from = value(c, 0);
    TypeId to = c.in.type;
    if (from == kNoType) return;
    const TypeInfo& a = m_.type(from);
    const TypeInfo& r = m_.type(to);
    bool ok = false;
    const char* rule = "";
    switch (c.in.op) {
      case Op::Trunc: ok = a.kind == TypeKind::Int && r.kind == TypeKind::Int && r.bits < a.bits; rule = "a narrower integer"; break;
      case Op::ZExt:
      case Op::SExt: ok = a.kind == TypeKind::Int && r.kind == TypeKind::Int && r.bits > a.bits; rule = "a wider integer"; break;
      case Op::FPTrunc: ok = a.kind == TypeKind::Float && r.kind == TypeKind::Float && r.bits < a.bits; rule = "a narrower float"; break;
      case Op::FPExt: ok = a.kind == TypeKind::Float && r.kind == TypeKind::Float && r.bits > a.bits; rule = "a wider float"; break;
      case Op::FPToSI:
      case Op::FPToUI: ok = a.kind == TypeKind::Float && r.kind == TypeKind::Int; rule = "float to integer"; break;
      case Op::SIToFP:
      case Op::UIToFP: ok = a.kind == TypeKind::Int && r.kind == TypeKind::Float; rule = "integer to float"; break;
      case Op::PtrToInt: ok = a.kind == TypeKind::Ptr && r.kind == TypeKind::Int; rule = "ptr to integer"; break;
      case Op::IntToPtr: ok = a.kind == TypeKind::Int && r.kind == TypeKind::Ptr; rule = "integer to ptr"; break;
      case Op::Bitcast:
        ok = (a.kind == TypeKind::Int || a.kind == TypeKind::Float) &&
             (r.kind == TypeKind::Int || r.kind == TypeKind::Float) && a.bits == r.bits;
        rule = "between integer and float types of the same width";
        break;
      default: break;
    }
    if (!ok) inst_error(c.b, c.i, "cannot convert " + tname(from) + " to " + tname(to) + " (" + rule + ")");
  }

  void phi(Ctx& c) {
    if (!scalar(c.in.type)) {
      inst_error(c.b, c.i, "result type " + tname(c.in.type) + " must be a scalar");
      return;
    }
    if (c.in.num_ops % 2) {
      inst_error(c.b, c.i, "operands come in [block, value] pairs");
      return;
    }
    for (uint32_t k = 0; k < c.in.num_ops; k += 2) {
      block_op(c, k);
      want(c, k + 1, c.in.type);
    }
  }

  void call(Ctx& c) {
    const TypeInfo& ft = m_.type(c.in.type);
    if (ft.kind != TypeKind::Func) {
      inst_error(c.b, c.i, "the type of a call is the callee's function type, not " + tname(c.in.type));
      return;
    }
    if (c.in.num_ops < 1) {
      inst_error(c.b, c.i, "needs a callee");
      return;
    }
    Value callee = c.ops[0];
    if (callee.tag() == Value::Global) {
      uint32_t g = callee.index();
      for (size_t steps = 0; m_.global(g).kind == GlobalKind::Alias && steps <= m_.global_count(); ++steps) {
        if (m_.global(g).aliasee >= m_.global_count()) break;
        g = m_.global(g).aliasee;  // a cycle ends on an alias: reported as not a function
      }
      const Global& cg = m_.global(g);
      if (cg.kind != GlobalKind::Function)
        inst_error(c.b, c.i, "callee " + v_.gname(callee.index()) + " is not a function");
      else if (cg.type != c.in.type)
        inst_error(c.b, c.i, "call type " + tname(c.in.type) + " does not match the type of " +
                                 v_.gname(callee.index()) + ", " + tname(cg.type));
    } else {
      want(c, 0, m_.ptr_type(), "the callee");
    }
    auto params = m_.params(c.in.type);
    uint32_t nargs = c.in.num_ops - 1;
    if (nargs < params.size() || (nargs > params.size() && !ft.variadic)) {
      inst_error(c.b, c.i, "passes " + std::to_string(nargs) + " argument" + (nargs == 1 ? "" : "s") + " to " +
                               tname(c.in.type));
      return;
    }
    for (uint32_t k = 0; k < nargs; ++k) {
      std::string role = "argument " + std::to_string(k + 1);
      if (k < params.size()) {
        TypeId p = params[k];
        bool agg = m_.is_aggregate(p);
        if (agg) role += " (the address of a " + tname(p) + ")";
        want(c, k + 1, agg ? m_.ptr_type() : p, role.c_str());
      } else {
        TypeId t = value(c, k + 1);
        if (t != kNoType && !scalar(t))
          inst_error(c.b, c.i, role + ": variadic arguments are scalars");
      }
    }
    if (c.in.flags & kTail) tail_call(c);
  }

  // A tail call is followed by a ret of its result (or a plain ret for a
  // void call), and returns what the function returns.
  void tail_call(Ctx& c) {
    const Block& bl = f_.blocks[c.b];
    uint32_t pos = place_[c.i].pos;
    const TypeInfo& ft = m_.type(c.in.type);
    bool ok = pos + 2 == bl.insts.size();
    if (ok) {
      const Inst& r = f_.insts[bl.insts[pos + 1]];
      ok = r.op == Op::Ret;
      if (ok && ft.elem == m_.void_type()) ok = r.num_ops == 0;
      else if (ok) ok = r.num_ops == 1 && f_.operands[r.first_op] == Value(Value::Inst, c.i);
    }
    if (!ok) inst_error(c.b, c.i, "a tail call must be followed by a ret of its result");
    else if (ft.elem != ret_type_)
      inst_error(c.b, c.i, "a tail call must return the function's return type " + tname(ret_type_));
  }

  void switch_(Ctx& c) {
    if (c.in.num_ops < 2 || c.in.num_ops % 2) {
      inst_error(c.b, c.i, "operands are the value, the default block and [case, block] pairs");
      return;
    }
    TypeId t = value(c, 0);
    if (t != kNoType && m_.type(t).kind != TypeKind::Int)
      inst_error(c.b, c.i, "switches on an integer, not " + tname(t));
    block_op(c, 1);
    std::vector<std::pair<uint64_t, uint64_t>> seen;
    for (uint32_t k = 2; k < c.in.num_ops; k += 2) {
      Value cv = c.ops[k];
      block_op(c, k + 1);
      if (cv.tag() != Value::Const || m_.constant(cv).kind != Constant::Int) {
        inst_error(c.b, c.i, "case " + std::to_string(k / 2) + " is not an integer constant");
        continue;
      }
      const Constant& k_c = m_.constant(cv);
      if (t != kNoType && k_c.type != t) {
        inst_error(c.b, c.i, "case " + std::to_string(k / 2) + " has type " + tname(k_c.type) + ", expected " + tname(t));
        continue;
      }
      seen.emplace_back(k_c.hi, k_c.lo);
    }
    std::sort(seen.begin(), seen.end());
    for (size_t k = 1; k < seen.size(); ++k)
      if (seen[k] == seen[k - 1]) {
        inst_error(c.b, c.i, "duplicate case value");
        break;
      }
  }

  // ---------------------------------------------------------------- SSA

  void successors(uint32_t b, std::vector<uint32_t>& out) const {
    out.clear();
    const Block& bl = f_.blocks[b];
    const Inst& t = f_.insts[bl.insts.back()];
    const Value* ops = f_.operands.data() + t.first_op;
    for (uint32_t k = 0; k < t.num_ops; ++k)
      if (ops[k].tag() == Value::Block) {
        if (t.op == Op::Switch && k >= 2 && k % 2 == 0) continue;
        out.push_back(ops[k].index());
      }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }

  // Adjacency lists in compressed form (one offsets array and one flat
  // array of block numbers) rather than a vector per block: the verifier
  // runs on every function the frontends produce, and per-block heap
  // allocations were most of its cost.
  struct Adjacency {
    std::vector<uint32_t> start, list;  // block b's entries: list[start[b] .. start[b + 1])
    std::span<const uint32_t> of(uint32_t b) const { return {list.data() + start[b], list.data() + start[b + 1]}; }
  };
  // Groups the (from, to) edges by `from` (counting sort; stable, so each
  // group keeps the order the edges were listed in).
  static Adjacency group(uint32_t n, const std::vector<std::pair<uint32_t, uint32_t>>& edges) {
    Adjacency a;
    a.start.assign(n + 1, 0);
    for (const auto& e : edges) ++a.start[e.first + 1];
    for (uint32_t b = 0; b < n; ++b) a.start[b + 1] += a.start[b];
    a.list.resize(edges.size());
    std::vector<uint32_t> fill(a.start.begin(), a.start.end() - 1);
    for (const auto& e : edges) a.list[fill[e.first]++] = e.second;
    return a;
  }

  void dominance() {
    uint32_t n = uint32_t(f_.blocks.size());
    std::vector<std::pair<uint32_t, uint32_t>> edges, back;
    std::vector<uint32_t> tmp;
    for (uint32_t b = 0; b < n; ++b) {
      if (!is_terminator(f_.insts[f_.blocks[b].insts.back()].op)) return;  // reported
      successors(b, tmp);
      for (uint32_t s : tmp) {
        edges.emplace_back(b, s);
        back.emplace_back(s, b);
      }
    }
    // Edges are listed by ascending source, so every predecessor list is
    // sorted and free of duplicates (successors() made them unique).
    const Adjacency succ = group(n, edges), pred = group(n, back);
    // Reverse postorder from the entry.
    std::vector<uint32_t> rpo, rpo_index(n, ~0u);
    {
      std::vector<uint8_t> state(n, 0);
      std::vector<std::pair<uint32_t, uint32_t>> stack{{0, 0}};
      state[0] = 1;
      while (!stack.empty()) {
        auto& [b, k] = stack.back();
        if (k < succ.of(b).size()) {
          uint32_t s = succ.of(b)[k++];
          if (!state[s]) {
            state[s] = 1;
            stack.emplace_back(s, 0);
          }
        } else {
          rpo.push_back(b);
          stack.pop_back();
        }
      }
      std::reverse(rpo.begin(), rpo.end());
      for (uint32_t k = 0; k < rpo.size(); ++k) rpo_index[rpo[k]] = k;
    }
    // Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm".
    std::vector<uint32_t> idom(n, ~0u);
    idom[0] = 0;
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t k = 1; k < rpo.size(); ++k) {
        uint32_t b = rpo[k];
        uint32_t nd = ~0u;
        for (uint32_t p : pred.of(b)) {
          if (idom[p] == ~0u) continue;
          if (nd == ~0u) {
            nd = p;
            continue;
          }
          uint32_t x = p, y = nd;
          while (x != y) {
            while (rpo_index[x] > rpo_index[y]) x = idom[x];
            while (rpo_index[y] > rpo_index[x]) y = idom[y];
          }
          nd = x;
        }
        if (nd != idom[b]) {
          idom[b] = nd;
          changed = true;
        }
      }
    }
    // Dominator tree numbering for O(1) queries.
    edges.clear();
    for (uint32_t b : rpo)
      if (b != 0) edges.emplace_back(idom[b], b);
    const Adjacency kids = group(n, edges);
    pre_.assign(n, 0);
    post_.assign(n, 0);
    reachable_.assign(n, 0);
    {
      uint32_t clock = 0;
      std::vector<std::pair<uint32_t, uint32_t>> stack{{0, 0}};
      pre_[0] = clock++;
      reachable_[0] = 1;
      while (!stack.empty()) {
        auto& [b, k] = stack.back();
        if (k < kids.of(b).size()) {
          uint32_t c = kids.of(b)[k++];
          pre_[c] = clock++;
          reachable_[c] = 1;
          stack.emplace_back(c, 0);
        } else {
          post_[b] = clock++;
          stack.pop_back();
        }
      }
    }

    for (uint32_t b = 0; b < n; ++b) {
      const Block& bl = f_.blocks[b];
      for (uint32_t k = 0; k < bl.insts.size(); ++k) {
        uint32_t i = bl.insts[k];
        const Inst& in = f_.insts[i];
        const Value* ops = f_.operands.data() + in.first_op;
        if (in.op == Op::Phi) {
          check_phi_preds(b, i, pred.of(b));
          if (!reachable_[b]) continue;
          for (uint32_t o = 0; o + 1 < in.num_ops; o += 2) {
            if (ops[o].tag() != Value::Block || ops[o + 1].tag() != Value::Inst) continue;
            uint32_t p = ops[o].index();
            if (!reachable_[p]) continue;
            check_use(b, i, ops[o + 1], p, ~0u);
          }
          continue;
        }
        if (!reachable_[b]) continue;
        for (uint32_t o = 0; o < in.num_ops; ++o)
          if (ops[o].tag() == Value::Inst) check_use(b, i, ops[o], b, k);
      }
    }
  }

  bool dominates(uint32_t a, uint32_t b) const {
    return reachable_[a] && reachable_[b] && pre_[a] <= pre_[b] && post_[b] <= post_[a];
  }

  // A use of v by instruction i in block b at position pos (~0u: at the end
  // of block `at`, for a phi).
  void check_use(uint32_t b, uint32_t i, Value v, uint32_t at, uint32_t pos) {
    uint32_t d = v.index();
    Place dp = place_[d];
    if (dp.block == ~0u) {
      inst_error(b, i, "uses instruction #" + std::to_string(d) + ", which is in no block");
      return;
    }
    bool ok = dp.block == at ? (pos == ~0u || dp.pos < pos) : dominates(dp.block, at);
    if (ok) return;
    std::string name = value_name(v);
    if (dp.block == at)
      inst_error(b, i, "uses " + name + " before its definition");
    else if (pos == ~0u)
      inst_error(b, i, name + " (defined in block " + block_name(dp.block) +
                           ") does not dominate the end of incoming block " + block_name(at));
    else
      inst_error(b, i, name + " (defined in block " + block_name(dp.block) + ") does not dominate this use");
  }

  // preds: sorted and unique.
  void check_phi_preds(uint32_t b, uint32_t i, std::span<const uint32_t> p) {
    const Inst& in = f_.insts[i];
    if (in.num_ops % 2) return;  // reported
    std::vector<uint32_t>& listed = listed_;
    listed.clear();
    const Value* ops = f_.operands.data() + in.first_op;
    for (uint32_t o = 0; o < in.num_ops; o += 2)
      if (ops[o].tag() == Value::Block) listed.push_back(ops[o].index());
    std::sort(listed.begin(), listed.end());
    for (size_t k = 1; k < listed.size(); ++k)
      if (listed[k] == listed[k - 1]) {
        inst_error(b, i, "lists block " + block_name(listed[k]) + " twice");
        return;
      }
    if (std::equal(p.begin(), p.end(), listed.begin(), listed.end())) return;
    for (uint32_t x : p)
      if (!std::binary_search(listed.begin(), listed.end(), x)) {
        inst_error(b, i, "no incoming value for predecessor " + block_name(x));
        return;
      }
    for (uint32_t x : listed)
      if (!std::binary_search(p.begin(), p.end(), x)) {
        inst_error(b, i, "block " + block_name(x) + " is not a predecessor");
        return;
      }
  }

  struct Place {
    uint32_t block;
    uint32_t pos;
  };

  Verifier& v_;
  const Module& m_;
  const Function& f_;
  const Global& g_;
  TypeId ret_type_ = 0;
  uint32_t num_params_ = 0;
  bool lines_ok_ = false;
  bool names_built_ = false;
  detail::FunctionNames names_;
  std::vector<Place> place_;
  std::vector<uint32_t> pre_, post_;
  std::vector<uint8_t> reachable_;
  std::vector<uint32_t> listed_;  // check_phi_preds' scratch
};

bool Verifier::run() {
  for (TypeId t = 0; t < m_.type_count(); ++t) check_type(t);
  for (uint32_t g = 0; g < m_.global_count(); ++g) check_global(g);
  check_ctors(m_.ctors, "ctor");
  check_ctors(m_.dtors, "dtor");
  for (uint32_t i = 0; i < m_.function_count(); ++i) {
    const Function& f = m_.function(i);
    if (f.global >= m_.global_count() || m_.global(f.global).kind != GlobalKind::Function ||
        !m_.global(f.global).defined || m_.global(f.global).function != i) {
      error(0, "function #" + std::to_string(i) + " does not belong to a defined function global");
      continue;
    }
    FunctionVerifier(*this, f).run();
  }
  return ok_;
}

}  // namespace

bool verify(const Module& m, Diagnostics& diags, std::string_view file_name) {
  return Verifier(m, diags, file_name).run();
}

}  // namespace kit::ir
