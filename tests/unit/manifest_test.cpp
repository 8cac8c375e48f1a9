// Plugin manifests: reading, validation with locations, the package-name
// rule shared with packaging/cpack.cmake, and manifest paths.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "kit/diag.hpp"
#include "kit/plugin.h"
#include "manifest.hpp"
#include "registry.hpp"

namespace fs = std::filesystem;
using kit::host::PluginManifest;
using kit::host::read_manifest;

namespace {

class ManifestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("kit-manifest-test-" + std::to_string(rd()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path write(const std::string& text, const std::string& name = "x.plugin.toml") {
    fs::path p = dir_ / name;
    std::ofstream(p) << text;
    return p;
  }

  fs::path dir_;
};

const char* kGood =
    "[plugin]\n"
    "id = \"fmt-wasm\"\n"
    "kind = \"format\"\n"
    "version = \"0.3.1\"\n"
    "description = \"WebAssembly objects\"\n"
    "library = \"libkit-fmt-wasm.so\"\n"
    "library_target = \"x86_64-linux\"\n"
    "sdk_version = \"1.0\"\n"
    "abi_key = \"itanium/libstdc++-cxx11/sdk1/0123456789abcdef\"\n"
    "provides = [\"wasm\"]\n"
    "capabilities = [\"read-object\", \"write-object\"]\n";

TEST_F(ManifestTest, ReadsEveryField) {
  fs::path p = write(kGood);
  PluginManifest m = read_manifest(p);
  EXPECT_EQ(m.id, "fmt-wasm");
  EXPECT_EQ(m.kind, "format");
  EXPECT_EQ(m.version, "0.3.1");
  EXPECT_EQ(m.description, "WebAssembly objects");
  EXPECT_EQ(m.library_path, dir_ / "libkit-fmt-wasm.so");
  EXPECT_EQ(m.library_target, "x86_64-linux");
  EXPECT_EQ(m.sdk_major, 1);
  EXPECT_EQ(m.sdk_minor, 0);
  EXPECT_EQ(m.provides, std::vector<std::string>{"wasm"});
  EXPECT_TRUE(m.extensions.empty());
  EXPECT_EQ(m.capability_bits, KIT_CAP_READ_OBJECT | KIT_CAP_WRITE_OBJECT);
  EXPECT_TRUE(m.has(KIT_CAP_READ_OBJECT));
  EXPECT_FALSE(m.has(KIT_CAP_LINK_EXECUTABLE));
}

// Each broken manifest is refused with the location of the problem.
struct Broken {
  const char* from;  // a line of kGood
  const char* to;    // what it becomes
  unsigned line, column;
  const char* message;
};

class BrokenManifest : public ManifestTest, public ::testing::WithParamInterface<Broken> {};

TEST_P(BrokenManifest, IsRefusedWithLocation) {
  const Broken& b = GetParam();
  std::string text = kGood;
  size_t at = text.find(b.from);
  ASSERT_NE(at, std::string::npos) << b.from;
  text.replace(at, std::string(b.from).size(), b.to);
  fs::path p = write(text);
  try {
    read_manifest(p);
    FAIL() << "accepted: " << text;
  } catch (const kit::Error& e) {
    EXPECT_EQ(e.loc().file, p.string());
    EXPECT_EQ(e.loc().line, b.line) << e.what();
    EXPECT_EQ(e.loc().column, b.column) << e.what();
    EXPECT_NE(e.message().find(b.message), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Manifest, BrokenManifest,
    ::testing::Values(
        Broken{"version = \"0.3.1\"\n", "version = \"0.3.1\n", 4, 17, "malformed TOML"},
        Broken{"kind = \"format\"", "kind = \"linker\"", 3, 8, "kind must be arch, format or frontend"},
        Broken{"kind = \"format\"", "kind = 3", 3, 8, "'kind' must be a string"},
        Broken{"id = \"fmt-wasm\"\n", "", 1, 1, "lacks 'id'"},
        Broken{"library = \"libkit-fmt-wasm.so\"", "library = \"../x/libkit-fmt-wasm.so\"", 6, 11,
               "library must be a file name beside the manifest"},
        Broken{"sdk_version = \"1.0\"", "sdk_version = \"1\"", 8, 15, "sdk_version must be MAJOR.MINOR"},
        Broken{"sdk_version = \"1.0\"", "sdk_version = \"1.x\"", 8, 15, "sdk_version must be MAJOR.MINOR"},
        Broken{"\"write-object\"]", "\"mind-reading\"]", 11, 32, "unknown capability 'mind-reading'"},
        Broken{"provides = [\"wasm\"]", "provides = \"wasm\"", 10, 12, "must be an array of strings"},
        Broken{"[plugin]", "[plugins]", 1, 1, "manifest has no [plugin] table"}),
    [](const ::testing::TestParamInfo<Broken>& info) {
      return "line" + std::to_string(info.param.line) + "_case" + std::to_string(info.index);
    });

TEST(PackageName, KitDashIdWithUnderscoresSpelledAsDashes) {
  // The same rule as packaging/cpack.cmake kit_package_name().
  EXPECT_EQ(kit::host::package_for_plugin("fmt-elf"), "kit-fmt-elf");
  EXPECT_EQ(kit::host::package_for_plugin("arch-x86_64"), "kit-arch-x86-64");
  EXPECT_EQ(kit::host::package_for_plugin("arch-my_cpu_2"), "kit-arch-my-cpu-2");
}

TEST(ManifestPath, FromLibraryOrManifest) {
  using kit::host::manifest_path_for;
  EXPECT_EQ(manifest_path_for("/p/libkit-fmt-elf.so"), fs::path("/p/fmt-elf.plugin.toml"));
  EXPECT_EQ(manifest_path_for("/p/kit-fmt-coff.dll"), fs::path("/p/fmt-coff.plugin.toml"));
  EXPECT_EQ(manifest_path_for("/p/libkit-fmt-macho.dylib"), fs::path("/p/fmt-macho.plugin.toml"));
  EXPECT_EQ(manifest_path_for("/p/frontend-c.plugin.toml"), fs::path("/p/frontend-c.plugin.toml"));
}

}  // namespace
