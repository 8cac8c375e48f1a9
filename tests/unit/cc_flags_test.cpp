// The kit cc flag table (host/driver/cc_flags.cpp): its rows are
// consistent, and the matching rules pick the right row (exact spelling
// first, then the longest prefix; separate values; response files).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>

#include "driver/cc_flags.hpp"
#include "kit/diag.hpp"

using namespace kit;
using namespace kit::host;

TEST(CcFlags, RowsAreConsistent) {
  std::set<std::string> seen;
  for (const CcFlag& f : cc_flags()) {
    SCOPED_TRACE(f.spelling);
    EXPECT_TRUE(seen.insert(f.spelling).second) << "duplicate row";
    EXPECT_EQ(f.spelling[0], '-');
    ASSERT_NE(f.doc, nullptr);
    EXPECT_GT(std::strlen(f.doc), 8u) << "every row says what it does or why";
    // Only implemented rows act; ignored and refused ones must not.
    EXPECT_EQ(f.kind == FlagKind::Implemented, f.apply != nullptr);
  }
}

namespace {
CcCommand parse(std::vector<std::string> args) {
  CcCommand c;
  parse_cc_args(args, c);
  return c;
}
std::string error_of(std::vector<std::string> args) {
  try {
    parse(std::move(args));
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(CcFlags, LongestPrefixWins) {
  CcCommand c = parse({"-Wl,-z,now", "-isystem/sys", "-I", "inc", "-includefoo.h", "-Wno-bogus", "-Wall", "x.c"});
  EXPECT_TRUE(c.lo.now);  // -Wl, not -W
  ASSERT_EQ(c.fo.system_dirs.size(), 1u);
  EXPECT_EQ(c.fo.system_dirs[0], "/sys");  // -isystem, not -I
  ASSERT_EQ(c.fo.include_dirs.size(), 1u);
  EXPECT_EQ(c.fo.include_dirs[0], "inc");
  ASSERT_EQ(c.fo.forced_includes.size(), 1u);
  EXPECT_EQ(c.fo.forced_includes[0], "foo.h");
  EXPECT_EQ(c.fo.warning_flags, (std::vector<std::string>{"-Wno-bogus", "-Wall"}));
  ASSERT_EQ(c.operands.size(), 1u);
  EXPECT_EQ(c.operands[0].path, "x.c");
}

TEST(CcFlags, ExactBeforePrefix) {
  CcCommand c = parse({"-undef", "-Werror", "-static", "-shared"});
  EXPECT_TRUE(c.fo.undef);  // not -u ndef
  EXPECT_TRUE(c.lo.undefined.empty());
  EXPECT_TRUE(c.fo.werror);
  EXPECT_TRUE(c.lr.is_static);
  EXPECT_TRUE(c.lr.shared);
}

TEST(CcFlags, LanguageAppliesToFollowingInputs) {
  CcCommand c = parse({"a.txt", "-x", "c", "b.txt", "-xkir", "c.ir", "-x", "none", "d.c"});
  ASSERT_EQ(c.operands.size(), 4u);
  EXPECT_EQ(c.operands[0].lang, "");
  EXPECT_EQ(c.operands[1].lang, "c");
  EXPECT_EQ(c.operands[2].lang, "kir");
  EXPECT_EQ(c.operands[3].lang, "");
}

TEST(CcFlags, LinkInputsKeepTheirPlaces) {
  CcCommand c = parse({"-lfirst", "a.c", "-Wl,--whole-archive", "lib.a", "-Wl,--no-whole-archive", "-lm"});
  ASSERT_EQ(c.operands.size(), 2u);
  EXPECT_EQ(c.operands[0].link_position, 1u);  // after -lfirst
  EXPECT_EQ(c.operands[1].link_position, 2u);  // after --whole-archive
  ASSERT_EQ(c.lo.inputs.size(), 4u);
  EXPECT_EQ(c.lo.inputs[3].value, "m");
}

TEST(CcFlags, Errors) {
  EXPECT_EQ(error_of({"-fbogus"}), "unrecognized command-line option '-fbogus'");
  EXPECT_EQ(error_of({"-Wbogus"}), "unrecognized command-line option '-Wbogus'");
  EXPECT_EQ(error_of({"-Wformat="}), "unrecognized command-line option '-Wformat='");
  EXPECT_EQ(error_of({"-Wformat=2"}), "");
  EXPECT_EQ(error_of({"-o"}), "missing argument to '-o'");
  EXPECT_EQ(error_of({"-std="}), "missing argument to '-std='");
  EXPECT_NE(error_of({"-fsanitize=address"}).find("is not supported"), std::string::npos);
  EXPECT_EQ(error_of({"-Xlinker", "-z"}), "ld: missing argument to '-z'");
}

TEST(CcFlags, ResponseFileQuoting) {
  std::string path = testing::TempDir() + "kit-cc-flags.rsp";
  {
    std::ofstream f(path);
    f << "plain 'single quoted' \"double \\\"quoted\\\"\"\n  back\\ slash ''\tlast";
  }
  std::vector<std::string> out = expand_response_files({"first", "@" + path, "@"});
  EXPECT_EQ(out, (std::vector<std::string>{"first", "plain", "single quoted", "double \"quoted\"",
                                            "back slash", "", "last", "@"}));
  std::remove(path.c_str());
  EXPECT_THROW(expand_response_files({"@" + path}), Error);
}
