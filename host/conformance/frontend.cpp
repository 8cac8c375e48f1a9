// Contracts of frontend plugins.
//   preprocess: claimed -> a file of the plugin's first suffix is processed
//   without error; a missing file is an error diagnostic (false), never a
//   crash or an exception. Not claimed -> the call says kit::Unsupported.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "checks.hpp"
#include "kit/diag.hpp"
#include "kit/frontend.hpp"
#include "kit/target.hpp"

namespace kit::host::conformance {

namespace fs = std::filesystem;

namespace {
// A fresh directory of our own: several conformance runs (parallel tests,
// two users) must not share or delete each other's scratch files.
fs::path scratch_dir(const std::string& id) {
  std::random_device rd;
  for (int i = 0; i < 100; ++i) {
    fs::path d = fs::temp_directory_path() / ("kit-conformance-" + id + "-" + std::to_string(rd()));
    if (fs::create_directory(d)) return d;
  }
  fail("cannot create a scratch directory in " + fs::temp_directory_path().string());
}
}  // namespace

void check_frontend_contracts(Reporter& r, FrontendPlugin& p, const PluginManifest& m) {
  TargetSpec target;
  target.name = "conformance-target";
  target.arch = "x86_64";
  target.format = "elf";
  target.os = "linux";
  FrontendOptions opts;
  std::string ext = m.extensions.empty() ? ".txt" : m.extensions.front();
  fs::path dir = scratch_dir(m.id);
  fs::path src = dir / ("empty" + ext);
  std::ofstream(src) << "\n";

  if (m.has(KIT_CAP_PREPROCESS)) {
    r.check("frontend.preprocess.empty-file", [&] {
      std::ostringstream errs;
      Diagnostics diags(errs);
      std::string out;
      if (!p.preprocess(target, opts, src.string(), out, diags))
        fail("preprocessing an empty file failed: " + errs.str());
    });
    r.check("frontend.preprocess.missing-file", [&] {
      std::ostringstream errs;
      Diagnostics diags(errs);
      std::string out;
      bool ok = p.preprocess(target, opts, (dir / ("missing" + ext)).string(), out, diags);
      if (ok || !diags.has_errors()) fail("a missing input file did not produce an error");
    });
  } else {
    r.check("frontend.preprocess.refused", [&] {
      std::ostringstream errs;
      Diagnostics diags(errs);
      std::string out;
      try {
        p.preprocess(target, opts, src.string(), out, diags);
      } catch (const Unsupported&) {
        return;
      }
      fail("preprocess is not claimed but did not refuse with kit::Unsupported");
    });
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
}

}  // namespace kit::host::conformance
