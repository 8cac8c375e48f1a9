// The frontend-c plugin: C17 with GNU extensions: preprocessor and compiler to kit IR.
// Its capabilities are listed in CMakeLists.txt; only what is implemented
// here is claimed, and kit reports the rest as missing.
#include "compile.hpp"
#include "kit/frontend.hpp"
#include "kit/ir/ir.hpp"
#include "kit_plugin_meta.h"
#include "pp/preprocessor.hpp"

namespace {

class CFrontend final : public kit::FrontendPlugin {
 public:
  // kit cpp / kit cc -E / -M: the preprocessor alone (pp/print.cpp).
  bool preprocess(const kit::TargetSpec& target, const kit::FrontendOptions& options,
                  const std::string& path, std::string& out, kit::Diagnostics& diags) override {
    return kit::pp::preprocess_to_text(target, options, path, out, diags);
  }

  // kit cc: preprocess and compile to kit IR (compile.cpp).
  std::unique_ptr<kit::ir::Module> compile(const kit::TargetSpec& target,
                                           const kit::FrontendOptions& options,
                                           const std::string& path,
                                           kit::Diagnostics& diags) override {
    return kit::c::compile_c_file(target, options, path, diags);
  }
};

}  // namespace

KIT_DEFINE_PLUGIN(CFrontend);
