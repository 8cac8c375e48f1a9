// The SDK's ar archive reader and writer: GNU and BSD variants, /SYM64/,
// thin archives, same-named members, and located errors.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "kit/diag.hpp"
#include "kit/obj/archive.hpp"

using namespace kit;
using namespace kit::obj;

namespace {

std::vector<uint8_t> bytes(std::string_view s) { return {s.begin(), s.end()}; }

// A 60-byte header.
std::string header(std::string name, uint64_t size, std::string mode = "644") {
  char buf[61];
  std::snprintf(buf, sizeof buf, "%-16s%-12s%-6s%-6s%-8s%-10llu`\n", name.c_str(), "0", "0", "0",
                mode.c_str(), static_cast<unsigned long long>(size));
  return std::string(buf, 60);
}

void be(std::string& s, uint64_t v, int n) {
  for (int k = n - 1; k >= 0; --k) s.push_back(static_cast<char>((v >> (8 * k)) & 0xff));
}
void le(std::string& s, uint64_t v, int n) {
  for (int k = 0; k < n; ++k) s.push_back(static_cast<char>((v >> (8 * k)) & 0xff));
}

std::string error_of(const std::string& data) {
  auto b = bytes(data);
  try {
    Archive::parse(b, "bad.a");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

// Found by the archive_read fuzzer: a member named "#1" written as "#1/"
// read back as a BSD long name; it goes through the long-name table.
TEST(Archive, NamesThatLookLikeBsdMarkersRoundTrip) {
  std::vector<uint8_t> d = {1, 2};
  std::vector<NewArchiveMember> in(3);
  in[0].name = "#1";
  in[1].name = "#1x";
  in[2].name = "#";
  for (auto& m : in) m.data = d;
  auto out = write_archive(in);
  Archive a = Archive::parse(out, "t.a");
  ASSERT_EQ(a.members().size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(a.members()[i].name, in[i].name);
    EXPECT_EQ(std::vector<uint8_t>(a.members()[i].data.begin(), a.members()[i].data.end()), d);
  }
}

// Found by the archive_read fuzzer: a thin archive whose first member is a
// BSD index read the index's data from past the end of the file.
TEST(Archive, ThinArchiveWithBsdIndexIsAnError) {
  std::string data = "!<thin>\n" + header("__.SYMDEF SORTED", 8);
  EXPECT_NE(error_of(data).find("a thin archive has a BSD symbol index"), std::string::npos) << error_of(data);
}

TEST(Archive, WriteThenReadKeepsMembersIndexAndSameNames) {
  std::vector<uint8_t> d1 = {1, 2, 3}, d2 = {4, 5, 6, 7}, d3 = {8};
  std::vector<NewArchiveMember> in(3);
  in[0].name = "free.o";
  in[0].data = d1;
  in[0].symbols = {"free", "cfree"};
  in[1].name = "a_name_longer_than_fifteen.o";
  in[1].data = d2;
  in[1].symbols = {"long_one"};
  in[2].name = "free.o";  // a second member of the same name
  in[2].data = d3;
  in[2].symbols = {"other_free"};
  auto out = write_archive(in);
  EXPECT_EQ(std::string(out.begin(), out.begin() + 8), "!<arch>\n");
  Archive a = Archive::parse(out, "t.a");
  EXPECT_EQ(a.variant(), Archive::Variant::Gnu);
  ASSERT_EQ(a.members().size(), 3u);
  EXPECT_EQ(a.members()[0].name, "free.o");
  EXPECT_EQ(a.members()[1].name, "a_name_longer_than_fifteen.o");
  EXPECT_EQ(a.members()[2].name, "free.o");
  EXPECT_EQ(std::vector<uint8_t>(a.members()[1].data.begin(), a.members()[1].data.end()), d2);
  EXPECT_EQ(a.members()[0].mode, 0644u);
  EXPECT_EQ(a.members()[0].date, 0u);
  ASSERT_TRUE(a.has_index());
  ASSERT_EQ(a.symbols().size(), 4u);
  EXPECT_EQ(a.symbols()[3].name, "other_free");
  // The index names members by header offset: the second free.o.
  EXPECT_EQ(a.member_index_at(a.symbols()[3].member_offset), 2);
  EXPECT_EQ(a.member_index_at(a.symbols()[0].member_offset), 0);
  EXPECT_EQ(a.member_at(12345), nullptr);
  // Every member starts at an even offset.
  for (const auto& m : a.members()) EXPECT_EQ(m.header_offset % 2, 0u);
  // Same inputs, same bytes.
  EXPECT_EQ(write_archive(in), out);
}

TEST(Archive, NonDeterministicModeKeepsMetadata) {
  std::vector<uint8_t> d = {1};
  std::vector<NewArchiveMember> in(1);
  in[0].name = "x.o";
  in[0].data = d;
  in[0].date = 1600000000;
  in[0].uid = 1000;
  in[0].gid = 100;
  in[0].mode = 0600;
  ArchiveWriteOptions o;
  o.deterministic = false;
  o.symbol_index = false;
  Archive a = Archive::parse(write_archive(in, o), "t.a");
  EXPECT_FALSE(a.has_index());
  EXPECT_EQ(a.members()[0].date, 1600000000u);
  EXPECT_EQ(a.members()[0].uid, 1000u);
  EXPECT_EQ(a.members()[0].mode, 0600u);
}

TEST(Archive, EmptyArchiveHasNoIndex) {
  auto out = write_archive({});
  EXPECT_EQ(out, bytes("!<arch>\n"));
  Archive a = Archive::parse(out, "e.a");
  EXPECT_TRUE(a.members().empty());
}

TEST(Archive, ReadsBsdVariant) {
  // __.SYMDEF with one symbol, then a "#1/" member with a NUL-padded name.
  std::string strs = std::string("sym\0", 4);
  std::string symdef;
  le(symdef, 8, 4);  // ranlib array bytes
  le(symdef, 0, 4);  // name offset
  size_t member_off = 8 + 60 + 4 + 8 + 4 + 4 + 12;  // header + symdef name + body
  le(symdef, member_off, 4);
  le(symdef, strs.size(), 4);
  symdef += strs;
  std::string name1 = std::string("__.SYMDEF\0\0\0", 12);
  std::string a = "!<arch>\n" + header("#1/12", name1.size() + symdef.size()) + name1 + symdef;
  ASSERT_EQ(a.size(), member_off);
  std::string name2 = std::string("long_member_name.o\0\0", 20);
  a += header("#1/20", name2.size() + 3) + name2 + "abc" + "\n";
  auto b = bytes(a);
  Archive ar = Archive::parse(b, "bsd.a");
  EXPECT_EQ(ar.variant(), Archive::Variant::Bsd);
  ASSERT_EQ(ar.members().size(), 1u);
  EXPECT_EQ(ar.members()[0].name, "long_member_name.o");
  EXPECT_EQ(std::string(ar.members()[0].data.begin(), ar.members()[0].data.end()), "abc");
  ASSERT_EQ(ar.symbols().size(), 1u);
  EXPECT_EQ(ar.symbols()[0].name, "sym");
  EXPECT_EQ(ar.member_index_at(ar.symbols()[0].member_offset), 0);
}

TEST(Archive, ReadsSym64IndexAndThinArchives) {
  std::string index;
  be(index, 1, 8);
  be(index, 8 + 60 + 20, 8);  // the member after the index
  index += std::string("big\0", 4);
  ASSERT_EQ(index.size(), 20u);
  std::string a = "!<arch>\n" + header("/SYM64/", index.size()) + index + header("m.o/", 2) + "hi";
  auto b = bytes(a);
  Archive ar = Archive::parse(b, "64.a");
  ASSERT_EQ(ar.symbols().size(), 1u);
  EXPECT_EQ(ar.symbols()[0].name, "big");
  EXPECT_EQ(ar.member_at(ar.symbols()[0].member_offset)->name, "m.o");

  // Thin: names in the long-name table, sizes of external files, no data.
  std::string names = "dir/one.o/\nsecond_long_name.o/\n\n";  // padded to even
  std::string t = "!<thin>\n" + header("//", names.size()) + names + header("/0", 1000) +
                  header("/11", 2000);
  auto tb = bytes(t);
  Archive thin = Archive::parse(tb, "thin.a");
  EXPECT_TRUE(thin.thin());
  ASSERT_EQ(thin.members().size(), 2u);
  EXPECT_EQ(thin.members()[0].name, "dir/one.o");
  EXPECT_TRUE(thin.members()[0].external);
  EXPECT_EQ(thin.members()[1].name, "second_long_name.o");
  EXPECT_EQ(thin.members()[1].size, 2000u);
}

TEST(Archive, MalformedInputsGiveLocatedErrors) {
  EXPECT_NE(error_of("!<arc").find("bad.a: not an archive"), std::string::npos);
  EXPECT_NE(error_of("!<arch>\nabc").find("member header is truncated"), std::string::npos);
  std::string h = header("x.o/", 4);
  EXPECT_NE(error_of("!<arch>\n" + h + "ab").find("extends past the end of the file"),
            std::string::npos);
  std::string bad_size = header("x.o/", 4);
  bad_size.replace(48, 4, "4x  ");
  EXPECT_NE(error_of("!<arch>\n" + bad_size + "abcd").find("member size field '4x'"),
            std::string::npos);
  std::string bad_end = header("x.o/", 0);
  bad_end[58] = '!';
  EXPECT_NE(error_of("!<arch>\n" + bad_end).find("does not end with"), std::string::npos);
  EXPECT_NE(error_of("!<arch>\n" + header("/5", 0)).find("long-name table the archive does not have"),
            std::string::npos);
  std::string names = "abc/\n\n";
  EXPECT_NE(error_of("!<arch>\n" + header("//", names.size()) + names + header("/40", 0))
                .find("past the end of the long-name table"),
            std::string::npos);
  std::string unterminated = "abcd";
  EXPECT_NE(error_of("!<arch>\n" + header("//", 4) + unterminated + header("/0", 0))
                .find("is not terminated"),
            std::string::npos);
  std::string index;
  be(index, 3, 4);
  EXPECT_NE(error_of("!<arch>\n" + header("/", 4) + index).find("symbol index claims 3 entries"),
            std::string::npos);
  std::string one;
  be(one, 1, 4);
  be(one, 7, 4);
  one += std::string("s\0", 2);
  EXPECT_NE(error_of("!<arch>\n" + header("/", one.size()) + one + header("m.o/", 0))
                .find("points where no member starts"),
            std::string::npos);
  std::string missing_name;
  be(missing_name, 1, 4);
  be(missing_name, 8, 4);
  EXPECT_NE(error_of("!<arch>\n" + header("/", missing_name.size()) + missing_name)
                .find("only 0 names"),
            std::string::npos);
  EXPECT_NE(error_of("!<arch>\n" + header("#1/50", 4) + "abcd").find("BSD member name length 50"),
            std::string::npos);
  // Every message carries the offset.
  EXPECT_NE(error_of("!<arch>\nabc").find("(at offset 0x8)"), std::string::npos);
}
