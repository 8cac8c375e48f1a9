// The plugin registry: search order and the same-id rule, rejected
// manifests, and loading (accept rule, manifest against binary, lifetime)
// with the test plugins of tests/plugins.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>

#include "kit/diag.hpp"
#include "kit/frontend.hpp"
#include "kit/plugin.hpp"
#include "paths.hpp"
#include "registry.hpp"

namespace fs = std::filesystem;
using kit::host::PluginManifest;
using kit::host::PluginRegistry;

namespace {

const fs::path kTestPlugins = fs::path(KIT_BINARY_DIR) / "tests" / "plugins";

class RegistryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("kit-registry-test-" + std::to_string(rd()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A copy of test plugin `which` in dir_/<as>, version rewritten.
  fs::path copy_plugin(const std::string& which, const std::string& as,
                       const std::string& version = "") {
    fs::path src = kTestPlugins / which, dst = dir_ / as;
    fs::create_directories(dst);
    for (const auto& e : fs::directory_iterator(src)) {
      if (e.path().extension() == ".toml" && !version.empty()) {
        std::ifstream in(e.path());
        std::ofstream out(dst / e.path().filename());
        std::string line;
        while (std::getline(in, line))
          out << (line.rfind("version = ", 0) == 0 ? "version = \"" + version + "\"" : line)
              << "\n";
      } else {
        fs::copy_file(e.path(), dst / e.path().filename());
      }
    }
    return dst;
  }

  const PluginManifest& only(PluginRegistry& r, const std::string& id) {
    const PluginManifest* m = r.find(id);
    EXPECT_NE(m, nullptr) << id;
    return *m;
  }

  fs::path dir_;
};

TEST_F(RegistryTest, FirstDirectoryWinsLaterAreShadowed) {
  fs::path a = copy_plugin("good", "a", "1.0.0");
  fs::path b = copy_plugin("good", "b", "2.0.0");
  PluginRegistry r;
  r.add_search_dir(b, "first");
  r.add_search_dir(a, "second");
  r.add_search_dir(b, "again");  // a directory is searched once
  r.scan();
  ASSERT_EQ(r.search_dirs().size(), 2u);
  ASSERT_EQ(r.plugins().size(), 1u);
  EXPECT_EQ(r.plugins()[0].version, "2.0.0");
  EXPECT_EQ(r.plugins()[0].origin, "first");
  ASSERT_EQ(r.shadowed().size(), 1u);
  EXPECT_EQ(r.shadowed()[0].version, "1.0.0");
  EXPECT_EQ(r.shadowed()[0].origin, "second");
  EXPECT_TRUE(r.problems().empty());
}

// Sets an environment variable for one scope, restoring it after.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) setenv(name_, old_->c_str(), 1);
    else unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST_F(RegistryTest, DefaultOrderIsBesideKitPrefixUserEnvConfig) {
  PluginRegistry r;
  {
    ScopedEnv path("KIT_PLUGIN_PATH", (dir_ / "env1").string() + ":" + (dir_ / "env2").string());
    ScopedEnv data("XDG_DATA_HOME", (dir_ / "data").string());
    r.add_default_search_dirs({dir_ / "cfg"});
  }
  std::vector<std::string> origins;
  for (const auto& d : r.search_dirs()) origins.push_back(d.origin);
  ASSERT_GE(origins.size(), 5u);
  EXPECT_EQ(origins.front(), "beside kit");
  EXPECT_EQ(r.search_dirs()[origins.size() - 3].path, dir_ / "env1");
  EXPECT_EQ(r.search_dirs()[origins.size() - 2].path, dir_ / "env2");
  EXPECT_EQ(r.search_dirs().back().path, dir_ / "cfg");
  EXPECT_EQ(origins.back(), "config");
  bool user_before_env = false;
  for (size_t i = 0; i + 3 < origins.size(); ++i)
    if (origins[i] == "user" && r.search_dirs()[i].path == dir_ / "data" / "kit" / "plugins")
      user_before_env = true;
  EXPECT_TRUE(user_before_env);
  for (const auto& d : r.search_dirs()) EXPECT_NE(d.path, fs::current_path());
}

TEST_F(RegistryTest, MalformedManifestIsAProblemNotAPlugin) {
  PluginRegistry r;
  r.add_search_dir(kTestPlugins / "bad-toml", "test");
  r.add_search_dir(kTestPlugins / "good", "test");
  r.scan();
  ASSERT_EQ(r.problems().size(), 1u);
  EXPECT_EQ(r.problems()[0].loc().line, 4u);
  EXPECT_EQ(r.problems()[0].loc().column, 17u);
  EXPECT_EQ(r.find("test-bad-toml"), nullptr);
  EXPECT_NE(r.find("test-good"), nullptr);  // the scan went on
}

TEST_F(RegistryTest, FrontendBySuffix) {
  PluginRegistry r;
  r.add_search_dir(kTestPlugins / "good", "test");
  r.add_search_dir(kTestPlugins / "target-echo", "test");
  r.scan();
  ASSERT_NE(r.frontend_for_extension(".echo"), nullptr);
  EXPECT_EQ(r.frontend_for_extension(".echo")->id, "test-target-echo");
  EXPECT_EQ(r.frontend_for_extension(".good")->id, "test-good");
  EXPECT_EQ(r.frontend_for_extension(".nothing"), nullptr);
}

TEST_F(RegistryTest, LoadsOnceAndInstancesKeepTheLibrary) {
  PluginRegistry r;
  r.add_search_dir(kTestPlugins / "target-echo", "test");
  r.scan();
  auto lp = r.load(only(r, "test-target-echo"));
  EXPECT_EQ(lp, r.load(only(r, "test-target-echo")));
  EXPECT_EQ(std::string(lp->entry().id), "test-target-echo");
  std::shared_ptr<kit::Plugin> p = lp->create();
  ASSERT_EQ(p->kind(), kit::PluginKind::Frontend);
  // Outside any registry, the last LoadedPlugin goes away; the instance
  // still holds the library, so calling into it is safe.
  auto solo = kit::host::load_plugin_library(only(r, "test-target-echo"));
  std::shared_ptr<kit::Plugin> q = solo->create();
  solo.reset();
  EXPECT_EQ(q->kind(), kit::PluginKind::Frontend);
}

// Each broken plugin is refused by the checked loader with a message that
// names it and says what is wrong.
struct Refusal {
  const char* dir;
  const char* id;
  std::vector<const char*> words;
};

class Refused : public RegistryTest, public ::testing::WithParamInterface<Refusal> {};

TEST_P(Refused, WithItsReason) {
  const Refusal& c = GetParam();
  PluginRegistry r;
  r.add_search_dir(kTestPlugins / c.dir, "test");
  r.scan();
  const PluginManifest& m = only(r, c.id);
  try {
    auto lp = r.load(m);
    lp->create();
    FAIL() << c.id << " was accepted";
  } catch (const kit::Error& e) {
    std::string what = e.what();
    EXPECT_NE(what.find(std::string("plugin ") + c.id), std::string::npos) << what;
    EXPECT_NE(what.find(m.library_path.string()), std::string::npos) << what;
    for (const char* w : c.words) EXPECT_NE(what.find(w), std::string::npos) << w << " in " << what;
  }
}

INSTANTIATE_TEST_SUITE_P(
    TestPlugins, Refused,
    ::testing::Values(
        Refusal{"sdk-major", "test-sdk-major", {"built for SDK 2.0", "this kit (SDK 1.", "rebuild"}},
        Refusal{"abi-key", "test-abi-key", {"ABI build key 'itanium/libc++-abi1/", KIT_ABI_KEY}},
        Refusal{"mismatch", "test-mismatch",
                {"disagrees", "version: manifest says '0.2.0', library says '0.1.0'",
                 "capabilities: manifest says '[preprocess]', library says '[]'"}},
        Refusal{"not-a-plugin", "test-not-a-plugin", {"is not a kit plugin", "kit_plugin_entry_v1"}},
        Refusal{"factory-throws", "test-factory-throws",
                {"failed to initialize", "cannot open /nonexistent/test-license.key"}},
        Refusal{"wrong-target", "test-wrong-target", {"is a library for aarch64-macos"}}),
    [](const ::testing::TestParamInfo<Refusal>& info) {
      std::string name = info.param.dir;
      for (char& c : name)
        if (c == '-') c = '_';
      return name;
    });

TEST(AcceptRule, ManifestChecksWithoutLoading) {
  PluginManifest m;
  m.id = "x";
  m.version = "1.0.0";
  m.library_path = "/nonexistent/libkit-x.so";
  m.library_target = kit::host::host_library_target();
  m.sdk_major = KIT_SDK_MAJOR;
  m.sdk_minor = KIT_SDK_MINOR;
  m.abi_key = KIT_ABI_KEY;
  EXPECT_NO_THROW(kit::host::check_manifest_compatible(m));
  PluginManifest newer = m;
  newer.sdk_minor = KIT_SDK_MINOR + 1;  // a newer minor needs a newer kit
  EXPECT_THROW(kit::host::check_manifest_compatible(newer), kit::Error);
  PluginManifest older_major = m;
  older_major.sdk_major = KIT_SDK_MAJOR - 1;
  EXPECT_THROW(kit::host::check_manifest_compatible(older_major), kit::Error);
  PluginManifest key = m;
  key.abi_key += "x";
  EXPECT_THROW(kit::host::check_manifest_compatible(key), kit::Error);
}

}  // namespace
