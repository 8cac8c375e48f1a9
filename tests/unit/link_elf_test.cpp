// fmt-elf linker parts that need no linking: GNU ld scripts, build-id
// digests.
#include <gtest/gtest.h>

#include <cstring>

#include "kit/diag.hpp"
#include "link_context.hpp"

using namespace kit;
using namespace kit::elf;

TEST(LinkScript, DebianLibcSo) {
  const char* text =
      "/* GNU ld script\n   Use the shared library, but some functions are only in\n"
      "   the static library, so try that secondarily.  */\n"
      "OUTPUT_FORMAT(elf64-x86-64)\n"
      "GROUP ( /lib/x86_64-linux-gnu/libc.so.6 /usr/lib/x86_64-linux-gnu/libc_nonshared.a  "
      "AS_NEEDED ( /lib64/ld-linux-x86-64.so.2 ) )\n";
  std::vector<link::Input> in;
  std::vector<std::string> dirs;
  parse_linker_script(text, "libc.so", in, dirs);
  ASSERT_EQ(in.size(), 7u);
  EXPECT_EQ(in[0].kind, link::Input::GroupStart);
  EXPECT_EQ(in[1].value, "/lib/x86_64-linux-gnu/libc.so.6");
  EXPECT_EQ(in[2].value, "/usr/lib/x86_64-linux-gnu/libc_nonshared.a");
  EXPECT_EQ(in[3].kind, link::Input::AsNeeded);
  EXPECT_EQ(in[4].value, "/lib64/ld-linux-x86-64.so.2");
  EXPECT_EQ(in[5].kind, link::Input::NoAsNeeded);
  EXPECT_EQ(in[6].kind, link::Input::GroupEnd);
}

TEST(LinkScript, InputLibrariesAndSearchDir) {
  std::vector<link::Input> in;
  std::vector<std::string> dirs;
  parse_linker_script("SEARCH_DIR(/opt/lib) INPUT(a.o, -lfoo \"b c.o\")", "s.ld", in, dirs);
  ASSERT_EQ(dirs.size(), 1u);
  EXPECT_EQ(dirs[0], "/opt/lib");
  ASSERT_EQ(in.size(), 3u);
  EXPECT_EQ(in[1].kind, link::Input::Library);
  EXPECT_EQ(in[1].value, "foo");
  EXPECT_EQ(in[2].value, "b c.o");
}

TEST(LinkScript, UnsupportedCommandIsALocatedError) {
  std::vector<link::Input> in;
  std::vector<std::string> dirs;
  try {
    parse_linker_script("INPUT(a.o)\nSECTIONS { .text : { *(.text) } }", "x.ld", in, dirs);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.loc().file, "x.ld");
    EXPECT_EQ(e.loc().line, 2u);
    EXPECT_NE(std::string(e.what()).find("SECTIONS"), std::string::npos);
  }
  EXPECT_THROW(parse_linker_script("GROUP ( a.o", "y.ld", in, dirs), Error);
}

TEST(LinkHash, Sha1AndMd5KnownAnswers) {
  auto hex = [](const uint8_t* d, size_t n) {
    std::string s;
    char b[3];
    for (size_t i = 0; i < n; ++i) {
      std::snprintf(b, sizeof b, "%02x", d[i]);
      s += b;
    }
    return s;
  };
  uint8_t h[20];
  sha1(reinterpret_cast<const uint8_t*>("abc"), 3, h);
  EXPECT_EQ(hex(h, 20), "a9993e364706816aba3e25717850c26c9cd0d89d");
  sha1(nullptr, 0, h);
  EXPECT_EQ(hex(h, 20), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  std::string m(1000, 'a');
  sha1(reinterpret_cast<const uint8_t*>(m.data()), m.size(), h);
  EXPECT_EQ(hex(h, 20), "291e9a6c66994949b57ba5e650361e98fc36b1ba");
  uint8_t d[16];
  md5(reinterpret_cast<const uint8_t*>("abc"), 3, d);
  EXPECT_EQ(hex(d, 16), "900150983cd24fb0d6963f7d28e17f72");
  md5(nullptr, 0, d);
  EXPECT_EQ(hex(d, 16), "d41d8cd98f00b204e9800998ecf8427e");
}
