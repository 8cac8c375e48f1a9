#include "toolchain.hpp"

#include <fstream>
#include <sstream>

#include "kit/diag.hpp"
#include "kit/ir/ir.hpp"
#include "kit/ir/text.hpp"
#include "kit/ir/verify.hpp"
#include "kit/obj/object.hpp"

namespace kit::host {

ArchPlugin& Toolchain::arch(uint64_t caps) {
  const PluginManifest& m = ctx_.need_plugin(target_, target_.arch_plugin);
  ctx_.need_capabilities(target_, m, caps);
  if (!arch_) arch_ = ctx_.registry().load(m)->create();
  return static_cast<ArchPlugin&>(*arch_);
}

FormatPlugin& Toolchain::format(uint64_t caps) {
  const PluginManifest& m = ctx_.need_plugin(target_, target_.format_plugin);
  ctx_.need_capabilities(target_, m, caps);
  if (!format_) format_ = ctx_.registry().load(m)->create();
  return static_cast<FormatPlugin&>(*format_);
}

namespace {
// The suffix that stands for a -x language in frontend lookup.
std::string lang_suffix(const std::string& lang) {
  if (lang == "c") return ".c";
  if (lang == "cpp-output") return ".i";
  if (lang == "c-header") return ".h";
  return "." + lang;
}
}  // namespace

FrontendPlugin& Toolchain::frontend_for(const std::string& path, uint64_t caps, const std::string& lang) {
  const PluginManifest& m = ctx_.frontend_for(target_, lang.empty() ? path : "input" + lang_suffix(lang));
  ctx_.need_capabilities(target_, m, caps);
  for (auto& [id, p] : frontends_)
    if (id == m.id) return static_cast<FrontendPlugin&>(*p);
  frontends_.emplace_back(m.id, ctx_.registry().load(m)->create());
  return static_cast<FrontendPlugin&>(*frontends_.back().second);
}

bool Toolchain::is_source(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  return ext == ".kir" || ctx_.registry().frontend_for_extension(ext) != nullptr;
}

std::unique_ptr<ir::Module> Toolchain::to_ir(const std::string& path, const FrontendOptions& opts,
                                             Diagnostics& diags, const std::string& lang) {
  std::unique_ptr<ir::Module> m;
  if (lang == "kir" || (lang.empty() && fs::path(path).extension() == ".kir")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      diags.error(SourceLoc{path}, "cannot read file");
      return nullptr;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    m = ir::parse(ss.str(), path, diags);
  } else {
    m = frontend_for(path, KIT_CAP_COMPILE, lang).compile(target_, opts, path, diags);
  }
  if (!m || diags.has_errors()) return nullptr;
  if (m->target().empty()) m->set_target(target_.name);
  if (!ir::verify(*m, diags, path)) return nullptr;
  return m;
}

bool Toolchain::to_object_file(const ir::Module& m, const CodegenOptions& opts,
                               obj::ObjectFile& out, Diagnostics& diags) {
  ArchPlugin& a = arch(KIT_CAP_CODEGEN);
  out.arch = target_.arch;
  return a.compile(m, target_, opts, out, diags);
}

bool Toolchain::to_object(const ir::Module& m, const CodegenOptions& opts,
                          std::vector<uint8_t>& out, Diagnostics& diags) {
  ArchPlugin& a = arch(KIT_CAP_CODEGEN);
  FormatPlugin& f = format(KIT_CAP_WRITE_OBJECT);
  obj::ObjectFile o;
  if (!to_object_file(m, opts, o, diags)) return false;
  out = f.write_object(o, target_, a);
  return true;
}

}  // namespace kit::host
