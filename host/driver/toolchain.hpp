// Toolchain: the plugins serving one target for one command, created on
// first use and checked for the capabilities each step needs, plus the
// pipeline steps every driver shares:
//   source (.kir, or any frontend's language) -> verified kit IR
//   kit IR -> object bytes (arch plugin codegen + format plugin writer)
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "../context.hpp"
#include "kit/arch.hpp"
#include "kit/format.hpp"
#include "kit/frontend.hpp"

namespace kit::ir {
class Module;
}
namespace kit::obj {
class ObjectFile;
}

namespace kit::host {

class Toolchain {
 public:
  Toolchain(Context& ctx, const TargetSpec& target) : ctx_(ctx), target_(target) {}

  const TargetSpec& target() const { return target_; }
  Context& context() { return ctx_; }
  // The target's plugins, checked for `caps` (throws "cannot ... yet").
  ArchPlugin& arch(uint64_t caps);
  FormatPlugin& format(uint64_t caps);
  // The frontend for a file by suffix, or for `lang` (a -x language: "c",
  // "cpp-output") when given (throws if none, or it lacks caps).
  FrontendPlugin& frontend_for(const std::string& path, uint64_t caps, const std::string& lang = "");
  // Whether `path` is compiled by a frontend or is kit IR (.kir).
  bool is_source(const std::string& path);

  // .kir (or -x kir) is parsed here; other sources go through their
  // frontend, chosen by suffix or by `lang`. The result is verified.
  // Returns null after reporting errors to diags.
  std::unique_ptr<ir::Module> to_ir(const std::string& path, const FrontendOptions& opts,
                                    Diagnostics& diags, const std::string& lang = "");
  // The object model of a module, as the arch plugin generates it (what
  // cc -S lists). Returns false after reporting errors.
  bool to_object_file(const ir::Module& m, const CodegenOptions& opts, obj::ObjectFile& out,
                      Diagnostics& diags);
  // Object file bytes for a module. Returns false after reporting errors.
  bool to_object(const ir::Module& m, const CodegenOptions& opts, std::vector<uint8_t>& out,
                 Diagnostics& diags);

 private:
  Context& ctx_;
  const TargetSpec& target_;
  std::shared_ptr<Plugin> arch_, format_;
  std::vector<std::pair<std::string, std::shared_ptr<Plugin>>> frontends_;
};

}  // namespace kit::host
