// The kit IR printer: a Module as .kir text (docs/IR.md is the grammar).
//
// The printer is the canonical writer of the format. It decides every
// spelling, so that print(parse(print(m))) == print(m) byte for byte:
//   - names: names.hpp (first holder keeps a name, later ones get "name.N",
//     unnamed entities are numbered in order);
//   - numbers: numbers.hpp (signed decimals; floats as the shortest exact
//     decimal or as their IEEE bits);
//   - layout: one item per line, fixed order of attributes, two-space
//     indentation, a blank line around each function body;
//   - constants always carry their type ("i32 1"), so the text says
//     everything without inference;
//   - optional syntax (alignment on a load, `external`) is always printed
//     the same way: alignment always, default linkage/visibility never.
// It never throws on a structurally broken module (indices out of range,
// wrong operand counts): it prints what is there, marked with '?', so that
// the verifier's users can look at the module they built.
#include <ostream>
#include <unordered_map>

#include "kit/ir/text.hpp"
#include "names.hpp"
#include "numbers.hpp"

namespace kit::ir {

namespace {

using detail::append_int;
using detail::append_name;
using detail::append_quoted;
using detail::append_uint;
using detail::FunctionNames;

const char* const kLinkageNames[] = {"external", "internal", "weak", "common", "linkonce"};
const char* const kVisibilityNames[] = {"default", "hidden", "protected"};
const char* const kFlagNames[] = {"thread_local", "readonly", "dllimport",     "dllexport", "used",
                                  "noreturn",     "noinline", "always_inline", "strings"};

class Printer {
 public:
  explicit Printer(const Module& m) : m_(m), scratch_(m.names().size() + 1, 0) {
    types_.build(m, scratch_);
  }

  std::string& out() { return out_; }

  void module() {
    bool header = false;
    if (!m_.target().empty()) {
      out_ += "target ";
      append_quoted(out_, m_.target());
      out_ += '\n';
      header = true;
    }
    const DataLayout& l = m_.layout();
    DataLayout d;
    if (l.pointer_bits != d.pointer_bits || l.i128_align != d.i128_align || l.f80_size != d.f80_size ||
        l.f80_align != d.f80_align || l.f128_align != d.f128_align ||
        l.max_int_align != d.max_int_align) {
      out_ += "layout pointer_bits ";
      append_uint(out_, l.pointer_bits);
      out_ += ", i128_align ";
      append_uint(out_, l.i128_align);
      out_ += ", f80_size ";
      append_uint(out_, l.f80_size);
      out_ += ", f80_align ";
      append_uint(out_, l.f80_align);
      out_ += ", f128_align ";
      append_uint(out_, l.f128_align);
      out_ += ", max_int_align ";
      append_uint(out_, l.max_int_align);
      out_ += '\n';
      header = true;
    }
    bool section = header;
    bool types = false;
    for (TypeId t = 0; t < m_.type_count(); ++t) {
      if (m_.type(t).kind != TypeKind::Record) continue;
      if (section && !types) out_ += '\n';
      types = true;
      record_def(t);
    }
    section = section || types;
    bool first = true, last_was_body = false;
    for (uint32_t g = 0; g < m_.global_count(); ++g) {
      bool body = is_body(g);
      if ((first && section) || (!first && (body || last_was_body))) out_ += '\n';
      first = false;
      global(g);
      last_was_body = body;
    }
    section = section || m_.global_count() > 0;
    bool ctors = false;
    for (int list = 0; list < 2; ++list) {
      for (const Module::Ctor& c : list == 0 ? m_.ctors : m_.dtors) {
        if (section && !ctors) out_ += '\n';
        ctors = true;
        out_ += list == 0 ? "ctor " : "dtor ";
        global_ref(c.function_global);
        out_ += " priority ";
        append_int(out_, c.priority);
        out_ += '\n';
      }
    }
  }

  void function(const Function& f) {
    if (f.global < m_.global_count() && m_.global(f.global).kind == GlobalKind::Function &&
        m_.global(f.global).defined) {
      global(f.global);
      return;
    }
    out_ += "func ?:";
    body(f);
  }

 private:
  bool is_body(uint32_t g) const {
    const Global& gl = m_.global(g);
    return gl.kind == GlobalKind::Function && gl.defined;
  }

  // ------------------------------------------------------------- types

  void type(TypeId t) { types_.append(out_, t); }
  void func_type(TypeId t, const FunctionNames* fn) {
    types_.append_func(out_, t, fn ? &fn->values : nullptr);
  }

  void record_def(TypeId t) {
    const TypeInfo& ti = m_.type(t);
    out_ += "type ";
    types_.append_record_name(out_, t);
    out_ += ti.is_union ? " = union {" : ti.is_complex ? " = complex {" : " = struct {";
    auto fs = m_.fields(t);
    for (size_t i = 0; i < fs.size(); ++i) {
      out_ += i ? ", " : " ";
      append_uint(out_, fs[i].offset);
      out_ += ": ";
      type(fs[i].type);
      if (fs[i].bit_width) {
        out_ += " bit ";
        append_uint(out_, fs[i].bit_offset);
        out_ += " width ";
        append_uint(out_, fs[i].bit_width);
      }
    }
    out_ += fs.empty() ? "}, size " : " }, size ";
    append_uint(out_, ti.size);
    out_ += ", align ";
    append_uint(out_, ti.align);
    out_ += '\n';
  }

  // ------------------------------------------------------------ values

  void global_ref(uint32_t g) {
    if (g >= m_.global_count()) {
      out_ += "@?";
      append_uint(out_, g);
      return;
    }
    append_name(out_, '@', m_.str(m_.global(g).name));
  }

  void constant(uint32_t index) {
    if (index >= m_.constant_count()) {
      out_ += "?const";
      return;
    }
    const Constant& c = m_.constant(Value(Value::Const, index));
    type(c.type);
    out_ += ' ';
    bool ptr = c.type < m_.type_count() && m_.is_ptr(c.type);
    unsigned bits = c.type < m_.type_count() ? m_.type(c.type).bits : 64;
    switch (c.kind) {
      case Constant::Int: detail::append_int_bits(out_, bits, c.lo, c.hi, ptr); break;
      case Constant::Float: detail::append_float(out_, bits, c.lo, c.hi); break;
      case Constant::Undef: out_ += "undef"; break;
      case Constant::Zero: out_ += ptr ? "null" : "zero"; break;
      default: out_ += '?'; break;
    }
  }

  void operand(const FunctionNames& fn, Value v) {
    switch (v.tag()) {
      case Value::Inst:
      case Value::Arg:
      case Value::Slot: fn.append_value(out_, v); return;
      case Value::Const: constant(v.index()); return;
      case Value::Global: global_ref(v.index()); return;
      case Value::Block: fn.append_block(out_, v.index()); return;
      case Value::BlockAddr:
        out_ += "blockaddr ";
        fn.append_block(out_, v.index());
        return;
      default: out_ += "?none"; return;
    }
  }

  // ----------------------------------------------------------- globals

  void attributes(const Global& g) {
    if (g.linkage != Linkage::External) {
      out_ += ' ';
      size_t l = static_cast<size_t>(g.linkage);
      out_ += l < std::size(kLinkageNames) ? kLinkageNames[l] : "?linkage";
    }
    if (g.visibility != Visibility::Default) {
      out_ += ' ';
      size_t v = static_cast<size_t>(g.visibility);
      out_ += v < std::size(kVisibilityNames) ? kVisibilityNames[v] : "?visibility";
    }
    for (size_t b = 0; b < std::size(kFlagNames); ++b) {
      if (g.flags & (1u << b)) {
        out_ += ' ';
        out_ += kFlagNames[b];
      }
    }
    if (g.align) {
      out_ += " align ";
      append_uint(out_, g.align);
    }
    if (g.section) {
      out_ += " section ";
      append_quoted(out_, m_.str(g.section));
    }
  }

  void global(uint32_t gi) {
    const Global& g = m_.global(gi);
    switch (g.kind) {
      case GlobalKind::Data: out_ += "data "; break;
      case GlobalKind::Function: out_ += "func "; break;
      case GlobalKind::Alias: out_ += "alias "; break;
    }
    global_ref(gi);
    out_ += ": ";
    const Function* f = nullptr;
    if (g.kind == GlobalKind::Function && g.defined && g.function < m_.function_count())
      f = &m_.function(g.function);
    bool func_ok = g.type < m_.type_count() && m_.type(g.type).kind == TypeKind::Func;
    FunctionNames fn;
    if (f) fn.build(m_, *f, scratch_);
    if (f && func_ok)
      func_type(g.type, &fn);
    else
      type(g.type);
    attributes(g);
    switch (g.kind) {
      case GlobalKind::Data:
        if (g.defined) {
          out_ += " = ";
          initializer(g);
        }
        out_ += '\n';
        break;
      case GlobalKind::Alias:
        out_ += " = ";
        global_ref(g.aliasee);
        addend(g.alias_offset);
        out_ += '\n';
        break;
      case GlobalKind::Function:
        if (!g.defined) {
          out_ += '\n';
        } else if (!f) {
          out_ += " {\n}\n";
        } else {
          body(*f, &fn);
        }
        break;
    }
  }

  void addend(int64_t a) {
    if (a > 0) {
      out_ += " + ";
      append_uint(out_, uint64_t(a));
    } else if (a < 0) {
      out_ += " - ";
      append_uint(out_, uint64_t(0) - uint64_t(a));
    }
  }

  const FunctionNames* names_of_function(uint32_t g) {
    if (g >= m_.global_count()) return nullptr;
    const Global& gl = m_.global(g);
    if (gl.kind != GlobalKind::Function || !gl.defined || gl.function >= m_.function_count())
      return nullptr;
    auto it = function_names_.find(g);
    if (it == function_names_.end()) {
      it = function_names_.emplace(g, FunctionNames{}).first;
      it->second.build(m_, m_.function(gl.function), scratch_);
    }
    return &it->second;
  }

  void initializer(const Global& g) {
    out_ += '{';
    for (size_t i = 0; i < g.init.size(); ++i) {
      const InitItem& it = g.init[i];
      out_ += i == 0 ? " " : (i % 8 == 0 ? ",\n    " : ", ");
      switch (it.kind) {
        case InitItem::Zero:
          out_ += "zero ";
          append_uint(out_, it.count);
          break;
        case InitItem::Bytes:
          out_ += "bytes ";
          if (it.value <= m_.bytes_size() && it.count <= m_.bytes_size() - it.value)
            append_quoted(out_, m_.bytes(it));
          else
            out_ += "?bytes";
          break;
        case InitItem::Int:
          out_ += 'i';
          append_uint(out_, unsigned(it.size) * 8);
          out_ += ' ';
          detail::append_int_bits(out_, unsigned(it.size) * 8, it.value, it.hi, false);
          break;
        case InitItem::Addr:
          out_ += "addr ";
          append_uint(out_, it.size);
          out_ += ' ';
          global_ref(it.global);
          addend(it.addend);
          break;
        case InitItem::BlockAddr: {
          out_ += "blockaddr ";
          append_uint(out_, it.size);
          out_ += ' ';
          global_ref(it.global);
          out_ += ' ';
          if (const FunctionNames* fn = names_of_function(it.global))
            fn->append_block(out_, static_cast<uint32_t>(std::min<uint64_t>(it.value, ~0u)));
          else
            out_ += "^?";
          break;
        }
        default: out_ += "?item"; break;
      }
    }
    out_ += g.init.empty() ? "}" : " }";
  }

  // ------------------------------------------------------------ bodies

  void body(const Function& f, const FunctionNames* given = nullptr) {
    FunctionNames local;
    if (!given) {
      local.build(m_, f, scratch_);
      given = &local;
    }
    const FunctionNames& fn = *given;
    out_ += " {\n";
    for (uint32_t s = 0; s < f.slots.size(); ++s) {
      out_ += "  ";
      fn.values.append(out_, '%', fn.num_params + s);
      out_ += " = slot ";
      append_uint(out_, f.slots[s].size);
      out_ += ", align ";
      append_uint(out_, f.slots[s].align);
      out_ += '\n';
    }
    for (uint32_t b = 0; b < f.blocks.size(); ++b) {
      fn.append_block(out_, b);
      out_ += ":\n";
      for (uint32_t i : f.blocks[b].insts) {
        out_ += "  ";
        if (i >= f.insts.size()) {
          out_ += "?inst\n";
          continue;
        }
        inst(f, fn, i);
        out_ += '\n';
      }
    }
    out_ += "}\n";
  }

  void ordering(unsigned o) {
    out_ += ' ';
    out_ += ordering_name(Ordering(o));
  }

  void inst(const Function& f, const FunctionNames& fn, uint32_t index) {
    const Inst& in = f.insts[index];
    if (fn.inst_entity[index] != FunctionNames::kNone) {
      fn.values.append(out_, '%', fn.inst_entity[index]);
      out_ += " = ";
    }
    out_ += op_name(in.op);
    switch (in.op) {
      case Op::ICmp:
      case Op::FCmp: {
        out_ += ' ';
        std::string_view p = pred_name(Pred(in.aux));
        if (in.aux > 0xff || p == "?") out_ += "?pred";
        else out_ += p;
        break;
      }
      case Op::Load:
      case Op::Store:
        if (in.flags & kVolatile) out_ += " volatile";
        if (access_ordering(in) != Ordering::NotAtomic)
          ordering(static_cast<unsigned>(access_ordering(in)));
        break;
      case Op::MemCopy:
      case Op::MemSet:
        if (in.flags & kVolatile) out_ += " volatile";
        break;
      case Op::Call:
        if (in.flags & kTail) out_ += " tail";
        break;
      case Op::AtomicRMW:
        out_ += ' ';
        out_ += rmw_name(RMWOp(in.aux >> 8));
        ordering(in.aux & 0xff);
        break;
      case Op::CmpXchg:
        ordering(in.aux & 0xff);
        if (in.aux >> 8) ordering(in.aux >> 8);
        break;
      case Op::Fence: ordering(in.aux & 0xff); break;
      default: break;
    }
    if (has_type(in.op)) {
      out_ += ' ';
      type(in.type);
    }
    bool ops_ok = in.first_op <= f.operands.size() && in.num_ops <= f.operands.size() - in.first_op;
    const Value* ops = ops_ok ? f.operands.data() + in.first_op : nullptr;
    uint32_t n = ops_ok ? in.num_ops : 0;
    if (!ops_ok) out_ += " ?operands";
    if (in.op == Op::Call) {
      out_ += ' ';
      if (n) operand(fn, ops[0]);
      else out_ += "?callee";
      out_ += '(';
      for (uint32_t k = 1; k < n; ++k) {
        if (k > 1) out_ += ", ";
        operand(fn, ops[k]);
      }
      out_ += ')';
    } else {
      // Pairs are bracketed: phi [block, value]..., switch v, default,
      // [case, block]..., indirectbr p, [block, ...].
      uint32_t pair_from = in.op == Op::Phi ? 0 : in.op == Op::Switch ? 2 : ~0u;
      for (uint32_t k = 0; k < n; ++k) {
        out_ += k ? ", " : " ";
        if (k >= pair_from && (k - pair_from) % 2 == 0) out_ += '[';
        if (in.op == Op::IndirectBr && k == 1) out_ += '[';
        operand(fn, ops[k]);
        if (k >= pair_from && ((k - pair_from) % 2 == 1 || k + 1 == n)) out_ += ']';
        if (in.op == Op::IndirectBr && k >= 1 && k + 1 == n) out_ += ']';
      }
    }
    switch (in.op) {
      case Op::Load:
      case Op::Store:
      case Op::MemCopy:
      case Op::MemSet:
      case Op::Alloca:
        out_ += n ? ", align " : " align ";
        append_uint(out_, in.aux);
        break;
      case Op::FrameAddr:
      case Op::ReturnAddr:
        out_ += n ? ", level " : " level ";
        append_uint(out_, in.aux);
        break;
      default: break;
    }
  }

  const Module& m_;
  std::string out_;
  std::vector<uint32_t> scratch_;
  detail::TypeNames types_;
  std::unordered_map<uint32_t, FunctionNames> function_names_;
};

}  // namespace

void print(const Module& m, std::ostream& out) {
  Printer p(m);
  p.module();
  out << p.out();
}

std::string to_string(const Module& m) {
  Printer p(m);
  p.module();
  return std::move(p.out());
}

std::string to_string(const Module& m, const Function& f) {
  Printer p(m);
  p.function(f);
  return std::move(p.out());
}

}  // namespace kit::ir
