// Configuration layers: override key by key, add targets, inherit, and
// reject malformed input with a location.
#include <gtest/gtest.h>

#include "config.hpp"
#include "kit/diag.hpp"

using kit::host::Config;

namespace {
Config with_layers(std::initializer_list<std::string> texts) {
  Config c;
  c.add_file(KIT_SOURCE_DIR "/packaging/targets.toml", "built-in", true);
  int i = 0;
  for (const auto& t : texts) c.add_text(t, "layer" + std::to_string(++i) + ".toml", "test");
  c.finalize();
  return c;
}
}  // namespace

TEST(Config, LaterLayerOverridesOneKey) {
  Config c = with_layers({"[target.x86_64-linux-gnu]\nsysroot = [\"/opt/sr\"]\n"});
  const auto& t = c.resolve("x86_64-linux-gnu");
  ASSERT_EQ(t.sysroot.size(), 1u);
  EXPECT_EQ(t.sysroot[0], "/opt/sr");
  EXPECT_EQ(t.dynamic_linker, "/lib64/ld-linux-x86-64.so.2");  // untouched
}

TEST(Config, LayerAddsInheritingTarget) {
  Config c = with_layers({"[target.my-board]\ninherits = \"aarch64-linux-gnu\"\n"
                          "sysroot = [\"/opt/board\"]\n"});
  const auto& t = c.resolve("my-board");
  EXPECT_EQ(t.arch, "aarch64");
  EXPECT_EQ(t.sysroot.at(0), "/opt/board");
}

TEST(Config, DefaultTargetFromLayer) {
  Config c = with_layers({"default_target = \"x86_64-linux-musl\"\n"});
  EXPECT_EQ(c.default_target(), "x86_64-linux-musl");
}

TEST(Config, MalformedTomlIsLocated) {
  Config c;
  try {
    c.add_text("[target.x]\narch = \"x86_64\nformat = 1\n", "bad.toml", "test");
    FAIL();
  } catch (const kit::Error& e) {
    EXPECT_EQ(e.loc().file, "bad.toml");
    EXPECT_EQ(e.loc().line, 2u);
    EXPECT_GT(e.loc().column, 0u);
  }
}

TEST(Config, UnknownKeyIsLocated) {
  try {
    with_layers({"\n[target.x86_64-linux-gnu]\nsysrot = [\"/x\"]\n"});
    FAIL();
  } catch (const kit::Error& e) {
    EXPECT_EQ(e.loc().line, 3u);
    EXPECT_NE(e.message().find("unknown key 'sysrot'"), std::string::npos);
  }
}

TEST(Config, WrongTypeIsLocated) {
  try {
    with_layers({"[target.x86_64-linux-gnu]\nmacros = \"__x__\"\n"});
    FAIL();
  } catch (const kit::Error& e) {
    EXPECT_EQ(e.loc().line, 2u);
    EXPECT_NE(e.message().find("array of strings"), std::string::npos);
  }
}

TEST(Config, InheritanceCycleIsAnError) {
  EXPECT_THROW(with_layers({"[target.a]\ninherits = \"b\"\n[target.b]\ninherits = \"a\"\n"}),
               kit::Error);
}

TEST(Config, EditDistance) {
  EXPECT_EQ(kit::host::edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(kit::host::edit_distance("", "abc"), 3u);
}
