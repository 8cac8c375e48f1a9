// The arch-x86_64 plugin: x86-64: code generation, System V and Windows x64 ABIs, relocations.
// Its capabilities are listed in CMakeLists.txt; only what is implemented
// here is claimed, and kit reports the rest as missing.
#include "disasm.hpp"
#include "kit/arch.hpp"
#include "kit_plugin_meta.h"
#include "reloc.hpp"
#include "target.hpp"

namespace {

class X86_64Arch final : public kit::ArchPlugin {
 public:
  // KIT_CAP_CODEGEN (target.cpp and the files it drives)
  bool compile(const kit::ir::Module& m, const kit::TargetSpec& target,
               const kit::CodegenOptions& opts, kit::obj::ObjectFile& out,
               kit::Diagnostics& diags) override {
    return kit::x86_64::compile(m, target, opts, out, diags);
  }
  // KIT_CAP_RELOCATE (reloc.cpp)
  std::span<const kit::RelocKindInfo> reloc_kinds() const override {
    return kit::x86_64::reloc_kind_table();
  }
  void apply_reloc(uint32_t kind, uint8_t* loc, const kit::RelocValues& v) const override {
    kit::x86_64::apply_relocation(kind, loc, v);
  }
  size_t plt_entry_size() const override { return kit::x86_64::kPltEntrySize; }
  void write_plt_entry(uint8_t* out, uint64_t address, uint64_t slot) const override {
    kit::x86_64::write_plt(out, address, slot);
  }
  // KIT_CAP_DISASSEMBLE (disasm.cpp)
  size_t disassemble_one(std::span<const uint8_t> code, uint64_t address, const kit::TargetSpec&,
                         std::string& text) const override {
    return kit::x86_64::disassemble(code, address, text);
  }
};

}  // namespace

KIT_DEFINE_PLUGIN(X86_64Arch);
