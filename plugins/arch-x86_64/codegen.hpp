// What the stages of x86-64 code generation share for one module: the
// object file being written, the symbol of every IR global, how each global
// is reached (directly, through the GOT, which TLS model), the constant
// pool, and the pipeline entry points of each stage:
//
//   isel.cpp      IR function -> MIR (virtual registers)
//   regalloc.cpp  MIR -> MIR on physical registers (+ spill code)
//   frame.cpp     frame layout: offsets of frame objects, saved registers
//   emit.cpp      MIR -> bytes, relocations, symbols; data; sections
//   target.cpp    the driver: compile_module()
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "abi.hpp"
#include "kit/arch.hpp"
#include "kit/diag.hpp"
#include "kit/ir/ir.hpp"
#include "kit/obj/object.hpp"
#include "kit/target.hpp"
#include "mir.hpp"

namespace kit::x86_64 {

enum class TlsModel : uint8_t { LocalExec, InitialExec, GeneralDynamic };

// Thrown for IR the backend cannot compile (f128 on x86-64, ...); the
// driver turns it into a located diagnostic.
class Unsupported : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ModuleContext {
 public:
  ModuleContext(const ir::Module& m, const TargetSpec& target, const CodegenOptions& opts,
                obj::ObjectFile& out, Diagnostics& diags);

  const ir::Module& m;
  const TargetSpec& target;
  const CodegenOptions& opts;
  obj::ObjectFile& out;
  Diagnostics& diags;
  std::unique_ptr<Abi> abi;
  // Types for runtime-library calls (i128 division, conversions), kept in a
  // module of their own because the input module is read-only.
  ir::Module rt;
  ir::TypeId rt_i128 = 0, rt_f32 = 0, rt_f64 = 0, rt_f80 = 0;

  // Object symbol of IR global g (created as undefined on first use when g
  // is not defined here).
  uint32_t symbol_of(uint32_t g);
  // Object symbol of a runtime function (memcpy, __tls_get_addr, __divti3).
  uint32_t external(std::string_view name);
  uint32_t section_symbol(uint32_t section);
  // Whether code may address g directly (PC-relative) or must load its
  // address from the GOT.
  bool direct_access(uint32_t g) const;
  TlsModel tls_model(uint32_t g) const;

  // Read-only constants (floating-point literals, masks): returns the
  // symbol and offset of a copy of bytes in .rodata.cst<size> (merged).
  std::pair<uint32_t, uint32_t> constant(const void* bytes, unsigned size);
  // Reserves space in .rodata (jump tables); returns the section index and offset.
  std::pair<uint32_t, uint32_t> reserve_rodata(uint64_t size, uint32_t align);

  // The IR function being compiled, for messages.
  std::string where;
  [[noreturn]] void unsupported(const std::string& what) const;

  // Offsets of IR blocks within their text section (for blockaddress in
  // data): by function index, by IR block.
  std::vector<std::vector<int64_t>> block_offsets;
  std::vector<uint32_t> function_section;

  std::vector<int64_t> global_sym;
  std::map<std::pair<unsigned, std::string>, uint32_t> const_pool;
  std::map<uint32_t, uint32_t> cst_sections;  // size -> section
  std::map<uint32_t, uint32_t> section_syms;
  uint32_t rodata = 0;
  bool dump_mir = false;
};

// Stage entry points.
void select_function(ModuleContext& cx, uint32_t function_index, MFunction& mf);
void allocate_registers(ModuleContext& cx, MFunction& mf);
struct FrameLayout {
  std::vector<Reg> saved;      // callee-saved registers pushed after %rbp, in order
  uint32_t push_bytes = 0;     // 8 * saved.size()
  uint32_t sub = 0;            // bytes subtracted from %rsp after the pushes
};
FrameLayout layout_frame(ModuleContext& cx, MFunction& mf);
// Encodes mf into a; returns the offset of each MIR block.
std::vector<uint32_t> encode_function(ModuleContext& cx, const MFunction& mf, const FrameLayout& fl,
                                      Assembler& a);
void compile_module(ModuleContext& cx);

}  // namespace kit::x86_64
