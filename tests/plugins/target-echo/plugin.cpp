// Test plugin: preprocess(path) = one line describing the target, the
// -D/-U operations in order, then the file's bytes. A missing file is an
// error diagnostic, as the conformance suite requires.
#include <fstream>
#include <sstream>

#include "kit/diag.hpp"
#include "kit/frontend.hpp"
#include "kit/plugin.hpp"
#include "kit/target.hpp"
#include "kit_plugin_meta.h"

namespace {
class TargetEchoFrontend final : public kit::FrontendPlugin {
 public:
  bool preprocess(const kit::TargetSpec& t, const kit::FrontendOptions& o, const std::string& path,
                  std::string& out, kit::Diagnostics& diags) override {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      diags.error(kit::SourceLoc{path}, "cannot open file");
      return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    out += "target " + t.name + " arch " + t.arch + " format " + t.format + " os " + t.os +
           " env " + (t.env.empty() ? "-" : t.env) + " data_model " +
           kit::data_model_name(t.data_model) + " plugins " + t.arch_plugin + " " +
           t.format_plugin + "\n";
    for (const auto& op : o.macro_ops) out += (op.define ? "define " : "undef ") + op.text + "\n";
    out += text.str();
    return true;
  }
};
}  // namespace

KIT_DEFINE_PLUGIN(TargetEchoFrontend);
