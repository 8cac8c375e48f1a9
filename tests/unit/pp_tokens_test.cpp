// The preprocessor's token interface, as the C compiler uses it: kinds,
// punctuators, interned identifiers and keyword ids, flags, locations
// (through line splices and #line), expansion records for notes, pragma
// tokens, and the source manager.
#include <gtest/gtest.h>

#include <sstream>

#include "pp/preprocessor.hpp"

namespace {

using kit::pp::Encoding;
using kit::pp::Preprocessor;
using kit::pp::Punct;
using kit::pp::Token;
using kit::pp::TokenKind;

kit::TargetSpec test_target() {
  kit::TargetSpec t;
  t.name = "x86_64-linux-gnu";
  t.arch = "x86_64";
  t.format = "elf";
  t.os = "linux";
  t.env = "gnu";
  t.long_double = "x87-80";
  t.macros = {"__x86_64__", "__linux__", "__ELF__", "__LP64__", "_LP64"};
  return t;
}

// One preprocessor over a buffer, hermetic (no system headers).
struct PpRun {
  explicit PpRun(std::string_view src, kit::FrontendOptions o = {}) : opts(std::move(o)) {
    opts.no_std_inc = true;
    pp = std::make_unique<Preprocessor>(target, opts, diags);
    entered = pp->enter_main_buffer("t.c", src);
    for (Token t = pp->next(); !t.is(TokenKind::Eof); t = pp->next()) toks.push_back(t);
  }
  std::string text() const {
    std::string s;
    for (const Token& t : toks) {
      if (!s.empty()) s += ' ';
      s += t.text;
    }
    return s;
  }
  kit::TargetSpec target = test_target();
  kit::FrontendOptions opts;
  std::ostringstream err;
  kit::Diagnostics diags{err};
  std::unique_ptr<Preprocessor> pp;
  std::vector<Token> toks;
  bool entered = false;
};

TEST(PpTokens, KindsAndPunctuators) {
  PpRun r("int x = 0x1f + 'a' - L\"s\" ... -> <<= %: <: @");
  ASSERT_EQ(r.toks.size(), 14u);
  EXPECT_TRUE(r.toks[0].is(TokenKind::Identifier));
  EXPECT_TRUE(r.toks[2].is(Punct::Equal));
  EXPECT_TRUE(r.toks[3].is(TokenKind::Number));
  EXPECT_EQ(r.toks[3].text, "0x1f");
  EXPECT_TRUE(r.toks[4].is(Punct::Plus));
  EXPECT_TRUE(r.toks[5].is(TokenKind::CharConst));
  EXPECT_TRUE(r.toks[7].is(TokenKind::String));
  EXPECT_EQ(r.toks[7].encoding, Encoding::Wide);
  EXPECT_TRUE(r.toks[8].is(Punct::Ellipsis));
  EXPECT_TRUE(r.toks[9].is(Punct::Arrow));
  EXPECT_TRUE(r.toks[10].is(Punct::LessLessEqual));
  // Digraphs are the punctuator they stand for, spelled as written.
  EXPECT_TRUE(r.toks[11].is(Punct::Hash));
  EXPECT_EQ(r.toks[11].text, "%:");
  EXPECT_TRUE(r.toks[12].is(Punct::LSquare));
  EXPECT_TRUE(r.toks[13].is(TokenKind::Other));
  EXPECT_EQ(kit::pp::punct_spelling(Punct::GreaterGreaterEqual), ">>=");
  EXPECT_FALSE(r.pp->has_errors());
}

TEST(PpTokens, KeywordsAreInternedFirst) {
  PpRun r("int while __attribute__ _Static_assert myname int");
  ASSERT_EQ(r.toks.size(), 6u);
  EXPECT_EQ(r.toks[0].ident, kit::pp::kw_int);
  EXPECT_EQ(r.toks[1].ident, kit::pp::kw_while);
  EXPECT_EQ(r.toks[2].ident, kit::pp::kw___attribute__);
  EXPECT_EQ(r.toks[3].ident, kit::pp::kw__Static_assert);
  EXPECT_GE(r.toks[4].ident, static_cast<kit::pp::IdentId>(kit::pp::kw_count_));
  EXPECT_EQ(r.toks[0].ident, r.toks[5].ident);
  // The parser shares the interner.
  EXPECT_EQ(r.pp->names().intern("myname"), r.toks[4].ident);
  EXPECT_EQ(r.pp->ident_name(r.toks[4].ident), "myname");
  EXPECT_EQ(r.pp->names().str(kit::pp::kw_double), "double");
}

TEST(PpTokens, FlagsAndLocations) {
  PpRun r("a  b\n  c\\\nd /* x */ e\n#line 100 \"other.c\"\nf");
  ASSERT_EQ(r.toks.size(), 5u);  // a b cd e f
  EXPECT_TRUE(r.toks[0].at_line_start());
  EXPECT_FALSE(r.toks[1].at_line_start());
  EXPECT_TRUE(r.toks[1].has_leading_space());
  EXPECT_EQ(r.toks[1].loc.line, 1u);
  EXPECT_EQ(r.toks[1].loc.column, 4u);
  EXPECT_EQ(r.toks[2].text, "cd");  // spliced
  EXPECT_EQ(r.toks[2].loc.line, 2u);
  EXPECT_EQ(r.toks[2].loc.column, 3u);
  EXPECT_EQ(r.toks[3].text, "e");
  EXPECT_EQ(r.toks[3].loc.line, 3u);  // physical line, after the splice
  EXPECT_TRUE(r.toks[3].has_leading_space());
  kit::pp::PresumedLoc p = r.pp->sources().presumed(r.toks[4].loc);
  EXPECT_EQ(p.file, "other.c");
  EXPECT_EQ(p.line, 100u);
  EXPECT_EQ(r.toks[4].loc.line, 5u);
  EXPECT_EQ(r.pp->sources().line_text(r.toks[1].loc), "a  b");
  EXPECT_EQ(r.pp->sources().diag_loc(r.toks[1].loc).str(), "t.c:1:4");
}

TEST(PpTokens, ExpansionRecords) {
  PpRun r("#define INNER(x) x + 1\n#define OUTER(y) INNER(y) * 2\nz OUTER(q)\n");
  ASSERT_EQ(r.toks.size(), 6u);  // z q + 1 * 2
  EXPECT_EQ(r.toks[0].expansion, 0u);
  const Token& plus = r.toks[2];
  ASSERT_NE(plus.expansion, 0u);
  const kit::pp::ExpansionInfo& inner = r.pp->expansion(plus.expansion);
  EXPECT_EQ(r.pp->ident_name(inner.macro), "INNER");
  EXPECT_EQ(inner.definition.line, 1u);
  EXPECT_EQ(plus.loc.line, 1u);  // spelled in INNER's definition
  ASSERT_NE(inner.parent, 0u);
  const kit::pp::ExpansionInfo& outer = r.pp->expansion(inner.parent);
  EXPECT_EQ(r.pp->ident_name(outer.macro), "OUTER");
  EXPECT_EQ(outer.loc.line, 3u);
  EXPECT_EQ(outer.loc.column, 3u);
  EXPECT_EQ(outer.parent, 0u);
  // The argument token keeps its spelling location (in the invocation).
  EXPECT_EQ(r.toks[1].text, "q");
  EXPECT_EQ(r.toks[1].loc.line, 3u);
  EXPECT_EQ(r.toks[1].loc.column, 9u);
}

TEST(PpTokens, NotesForErrorsInExpansions) {
  PpRun r("#define BAD(x) x\n#define USE BAD(1)\nUSE\n");
  ASSERT_EQ(r.toks.size(), 1u);
  r.pp->error(r.toks[0], "something is wrong here");
  std::string e = r.err.str();
  // At the token's spelling (the argument inside USE's definition), then
  // where USE was used.
  EXPECT_NE(e.find("t.c:2:17: error: something is wrong here"), std::string::npos) << e;
  EXPECT_NE(e.find("t.c:3:1: note: in expansion of macro 'USE'"), std::string::npos) << e;
  EXPECT_TRUE(r.pp->has_errors());
}

TEST(PpTokens, PragmaTokens) {
  PpRun r("a\n#pragma pack(push, 1)\nb _Pragma(\"weak w\") c\n#pragma once\n#pragma GCC poison zz\n");
  ASSERT_EQ(r.toks.size(), 5u);
  EXPECT_TRUE(r.toks[1].is(TokenKind::Pragma));
  EXPECT_EQ(r.toks[1].text, "pack(push, 1)");
  EXPECT_EQ(r.toks[1].loc.line, 2u);
  EXPECT_TRUE(r.toks[3].is(TokenKind::Pragma));
  EXPECT_EQ(r.toks[3].text, "weak w");
  EXPECT_EQ(r.toks[4].text, "c");
}

TEST(PpTokens, PaintedIdentifiersAreMarked) {
  PpRun r("#define f f\n#define g(x) x\nf g(f)\n");
  ASSERT_EQ(r.toks.size(), 2u);
  EXPECT_TRUE(r.toks[0].flags & kit::pp::kNoExpand);
  EXPECT_TRUE(r.toks[1].flags & kit::pp::kNoExpand);
}

TEST(PpTokens, StringsAreNotJoinedAndKeepPrefixes) {
  PpRun r("u8\"a\" \"b\" U'x' u\"c\"");
  ASSERT_EQ(r.toks.size(), 4u);
  EXPECT_EQ(r.toks[0].encoding, Encoding::Utf8);
  EXPECT_EQ(r.toks[0].text, "u8\"a\"");
  EXPECT_EQ(r.toks[1].encoding, Encoding::None);
  EXPECT_EQ(r.toks[2].encoding, Encoding::Utf32);
  EXPECT_EQ(r.toks[3].encoding, Encoding::Utf16);
}

TEST(PpTokens, SaveKeepsSpellings) {
  PpRun r("x");
  std::string_view a = r.pp->save(std::string("\"joined\" string"));
  std::string_view b = r.pp->save(std::string(100000, 'y'));
  EXPECT_EQ(a, "\"joined\" string");
  EXPECT_EQ(b.size(), 100000u);
}

TEST(PpTokens, BuiltinQueryHook) {
  kit::FrontendOptions o;
  o.no_std_inc = true;
  kit::TargetSpec t = test_target();
  std::ostringstream err;
  kit::Diagnostics d(err);
  Preprocessor pp(t, o, d);
  pp.set_builtin_query([](std::string_view n) { return n == "__builtin_kit_special"; });
  ASSERT_TRUE(pp.enter_main_buffer(
      "q.c", "#if __has_builtin(__builtin_kit_special) && !__has_builtin(__builtin_expect)\nyes\n#endif\n"));
  Token t1 = pp.next();
  EXPECT_EQ(t1.text, "yes");
  EXPECT_TRUE(pp.next().is(TokenKind::Eof));
  EXPECT_TRUE(pp.next().is(TokenKind::Eof));  // and again
}

TEST(PpTokens, MissingMainFileIsReported) {
  kit::FrontendOptions o;
  kit::TargetSpec t = test_target();
  std::ostringstream err;
  kit::Diagnostics d(err);
  Preprocessor pp(t, o, d);
  EXPECT_FALSE(pp.enter_main_file("/nonexistent/dir/x.c"));
  EXPECT_NE(err.str().find("No such file or directory"), std::string::npos);
  EXPECT_TRUE(pp.next().is(TokenKind::Eof));
}

}  // namespace
