// Triple normalization and target resolution against the real
// packaging/targets.toml.
#include <gtest/gtest.h>

#include "config.hpp"
#include "kit/diag.hpp"

using kit::host::Config;

namespace {
Config& builtin() {
  static Config c = [] {
    Config c;
    c.add_file(KIT_SOURCE_DIR "/packaging/targets.toml", "built-in", true);
    c.finalize();
    return c;
  }();
  return c;
}

std::string resolve(const std::string& t) { return builtin().resolve(t).name; }
}  // namespace

TEST(Triple, CanonicalNamesResolveToThemselves) {
  for (const auto& name : builtin().target_names()) EXPECT_EQ(resolve(name), name);
}

TEST(Triple, LlvmStyleSpellingsResolve) {
  EXPECT_EQ(resolve("x86_64-pc-linux-gnu"), "x86_64-linux-gnu");
  EXPECT_EQ(resolve("x86_64-unknown-linux-gnu"), "x86_64-linux-gnu");
  EXPECT_EQ(resolve("amd64-linux"), "x86_64-linux-gnu");
  EXPECT_EQ(resolve("x86_64-linux"), "x86_64-linux-gnu");
  EXPECT_EQ(resolve("x86_64-unknown-linux-musl"), "x86_64-linux-musl");
  EXPECT_EQ(resolve("arm64-apple-darwin"), "aarch64-macos");
  EXPECT_EQ(resolve("arm64-apple-darwin21.6.0"), "aarch64-macos");
  EXPECT_EQ(resolve("x86_64-apple-macosx11.0"), "x86_64-macos");
  EXPECT_EQ(resolve("aarch64-w64-mingw32"), "aarch64-windows-gnu");
  EXPECT_EQ(resolve("x86_64-w64-mingw32"), "x86_64-windows-gnu");
  EXPECT_EQ(resolve("x86_64-w64-windows-gnu"), "x86_64-windows-gnu");
  EXPECT_EQ(resolve("aarch64-windows"), "aarch64-windows-gnu");
  EXPECT_EQ(resolve("riscv64-unknown-linux-gnu"), "riscv64-linux-gnu");
  EXPECT_EQ(resolve("X86_64-PC-Linux-GNU"), "x86_64-linux-gnu");
}

TEST(Triple, MsvcIsRefusedWithTheReason) {
  try {
    resolve("x86_64-pc-windows-msvc");
    FAIL() << "msvc accepted";
  } catch (const kit::Error& e) {
    EXPECT_NE(std::string(e.what()).find("mingw-w64"), std::string::npos) << e.what();
  }
}

TEST(Triple, UnknownTripleNamesNearMatches) {
  try {
    resolve("x86-64-linux");
    FAIL();
  } catch (const kit::Error& e) {
    std::string w = e.what();
    EXPECT_NE(w.find("unknown target 'x86-64-linux'"), std::string::npos) << w;
    EXPECT_NE(w.find("did you mean 'x86_64-linux-gnu'"), std::string::npos) << w;
  }
}

TEST(Triple, TargetFactsComeFromToml) {
  const auto& w = builtin().resolve("x86_64-windows-gnu");
  EXPECT_EQ(w.data_model, kit::DataModel::LLP64);
  EXPECT_EQ(w.format_plugin, "fmt-coff");
  const auto& a = builtin().resolve("aarch64-linux-gnu");
  EXPECT_EQ(a.arch_plugin, "arch-aarch64");
  EXPECT_EQ(a.dynamic_linker, "/lib/ld-linux-aarch64.so.1");
  EXPECT_EQ(a.format_plugin, "fmt-elf");  // inherited
  EXPECT_EQ(a.long_double, "binary128");
}
