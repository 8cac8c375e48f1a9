// Macro expansion, #if evaluation and the predefined macros, checked
// through the token stream (the lit tests in tests/lit/cpp check the -E
// text; these check what the compiler sees).
#include <gtest/gtest.h>

#include <sstream>

#include "pp/preprocessor.hpp"

namespace {

using kit::pp::Preprocessor;
using kit::pp::Token;
using kit::pp::TokenKind;

kit::TargetSpec target_for(const std::string& name) {
  kit::TargetSpec t;
  t.name = name;
  t.format = "elf";
  t.long_double = "x87-80";
  if (name == "aarch64") {
    t.char_signed = false;
    t.wchar_type = "unsigned int";
    t.long_double = "binary128";
  } else if (name == "windows") {
    t.data_model = kit::DataModel::LLP64;
    t.wchar_type = "unsigned short";
    t.format = "coff";
    t.macros = {"_WIN64"};
  } else if (name == "macho") {
    t.format = "macho";
    t.long_double = "binary64";
  }
  return t;
}

std::string expand(std::string_view src, const std::string& target = "x86_64",
                   kit::FrontendOptions o = {}, std::string* errors = nullptr) {
  o.no_std_inc = true;
  kit::TargetSpec t = target_for(target);
  std::ostringstream err;
  kit::Diagnostics d(err);
  Preprocessor pp(t, o, d);
  std::string s;
  if (pp.enter_main_buffer("m.c", src)) {
    for (Token tok = pp.next(); !tok.is(TokenKind::Eof); tok = pp.next()) {
      if (!s.empty()) s += ' ';
      s += tok.text;
    }
  }
  if (errors) *errors = err.str();
  return s;
}

bool if_true(const std::string& cond, const std::string& target = "x86_64") {
  std::string r = expand("#if " + cond + "\nyes\n#else\nno\n#endif\n", target);
  EXPECT_TRUE(r == "yes" || r == "no") << cond << " -> " << r;
  return r == "yes";
}

TEST(PpMacro, ObjectAndFunctionLike) {
  EXPECT_EQ(expand("#define A 1 + 2\nA"), "1 + 2");
  EXPECT_EQ(expand("#define F(a, b) (a * b)\nF(1 + 2, 3)"), "( 1 + 2 * 3 )");
  EXPECT_EQ(expand("#define F(a) a\nF((x, y))"), "( x , y )");
  EXPECT_EQ(expand("#define F(a) [a]\nF F (1) F"), "F [ 1 ] F");
  EXPECT_EQ(expand("#define E\nE x E"), "x");
}

TEST(PpMacro, StringifyAndPaste) {
  EXPECT_EQ(expand("#define S(x) #x\nS( a  \"b\\n\"  'c' )"), "\"a \\\"b\\\\n\\\" 'c'\"");
  EXPECT_EQ(expand("#define C(a, b) a ## b\nC(x, y) C(1, 2) C(, z) C(w, ) C(<, <)"), "xy 12 z w <<");
  EXPECT_EQ(expand("#define C(a, b) a ## b\n#define xy done\nC(x, y)"), "done");
}

TEST(PpMacro, Variadic) {
  EXPECT_EQ(expand("#define V(...) f(__VA_ARGS__)\nV() V(1) V(1, 2)"), "f ( ) f ( 1 ) f ( 1 , 2 )");
  EXPECT_EQ(expand("#define G(x, args...) g(x, ## args)\nG(a) G(a,) G(a, b)"), "g ( a ) g ( a , ) g ( a , b )");
  EXPECT_EQ(expand("#define O(x, ...) x __VA_OPT__(: __VA_ARGS__)\nO(1) O(1, 2)"), "1 1 : 2");
}

TEST(PpMacro, RecursionStops) {
  EXPECT_EQ(expand("#define a a b\na"), "a b");
  EXPECT_EQ(expand("#define f(x) g(x)\n#define g(x) f(x)\nf(1)"), "f ( 1 )");
}

TEST(PpMacro, ArgumentCountErrors) {
  std::string err;
  expand("#define F(a, b) a\nF(1)\n", "x86_64", {}, &err);
  EXPECT_NE(err.find("m.c:2:4: error: macro \"F\" requires 2 arguments, but only 1 given"),
            std::string::npos)
      << err;
  expand("#define F(a) a\nF(1,\n", "x86_64", {}, &err);
  EXPECT_NE(err.find("unterminated argument list invoking macro \"F\""), std::string::npos) << err;
}

TEST(PpMacro, Redefinition) {
  std::string err;
  expand("#define A (1 - 1)\n#define A (1 - 1)\n", "x86_64", {}, &err);
  EXPECT_EQ(err, "");
  expand("#define A (1 - 1)\n#define A (1-1)\n", "x86_64", {}, &err);
  EXPECT_NE(err.find("warning: \"A\" redefined"), std::string::npos) << err;
}

TEST(PpExpr, Arithmetic) {
  EXPECT_TRUE(if_true("1 + 2 * 3 == 7"));
  EXPECT_TRUE(if_true("-1 < 0"));
  EXPECT_FALSE(if_true("-1 < 0u"));
  EXPECT_TRUE(if_true("0xffffffffffffffff == -1"));
  EXPECT_TRUE(if_true("(1 ? 2 : 3) == 2 && (0 ? 2 : 3) == 3"));
  EXPECT_TRUE(if_true("0 && 1 / 0 || 1"));
  EXPECT_TRUE(if_true("(7 >> 1) == 3 && (1 << 3) == 8 && (-8 >> 1) == -4"));
  EXPECT_TRUE(if_true("!defined X && !X && defined __STDC__"));
  EXPECT_TRUE(if_true("'\\377' < 0"));
  EXPECT_FALSE(if_true("'\\377' < 0", "aarch64"));  // unsigned char
  EXPECT_TRUE(if_true("L'\\xffffffff' > 0", "aarch64"));  // unsigned wchar_t
  EXPECT_TRUE(if_true("L'\\xffffffff' < 0"));
}

TEST(PpExpr, DivisionByZeroIsAnError) {
  std::string err;
  expand("#if 1 / 0\n#endif\n", "x86_64", {}, &err);
  EXPECT_NE(err.find("m.c:1:7: error: division by zero in #if"), std::string::npos) << err;
}

TEST(PpPredefined, FollowTheTarget) {
  EXPECT_TRUE(if_true("__SIZEOF_LONG__ == 8 && __SIZEOF_POINTER__ == 8"));
  EXPECT_TRUE(if_true("__SIZEOF_LONG__ == 4 && __SIZEOF_WCHAR_T__ == 2 && defined _WIN64", "windows"));
  EXPECT_TRUE(if_true("defined __CHAR_UNSIGNED__ && __LDBL_MANT_DIG__ == 113", "aarch64"));
  EXPECT_TRUE(if_true("!defined __CHAR_UNSIGNED__ && __LDBL_MANT_DIG__ == 64"));
  EXPECT_TRUE(if_true("__LDBL_MANT_DIG__ == 53 && __SIZEOF_LONG_DOUBLE__ == 8", "macho"));
  EXPECT_EQ(expand("__USER_LABEL_PREFIX__ x", "macho"), "_ x");
  EXPECT_EQ(expand("__USER_LABEL_PREFIX__ x"), "x");
  EXPECT_EQ(expand("__SIZE_TYPE__ | __INT64_TYPE__", "windows"), "long long unsigned int | long long int");
  EXPECT_EQ(expand("__INT64_C(5) __UINT32_C(6)"), "5L 6U");
  EXPECT_TRUE(if_true("__GNUC__ == 12 && __GNUC_MINOR__ == 2 && __kit__ && !defined _MSC_VER"));
  EXPECT_TRUE(if_true("__STDC_VERSION__ == 201710L && __STDC_HOSTED__ == 1"));
}

TEST(PpPredefined, FollowTheOptions) {
  kit::FrontendOptions o;
  o.std = "c99";
  o.opt_level = 2;
  o.pic = true;
  o.freestanding = true;
  o.char_signed = 0;
  EXPECT_EQ(expand("__STDC_VERSION__ __OPTIMIZE__ __PIC__ __STDC_HOSTED__ __CHAR_UNSIGNED__ __STRICT_ANSI__",
                   "x86_64", o),
            "199901L 1 2 0 1 1");
  kit::FrontendOptions u;
  u.undef = true;
  EXPECT_EQ(expand("__STDC__ __GNUC__ __x86_64__", "x86_64", u), "1 __GNUC__ __x86_64__");
  kit::FrontendOptions d;
  d.macro_ops = {{true, "X"}, {true, "Y=2"}, {false, "X"}, {true, "F(a)=<a>"}};
  EXPECT_EQ(expand("X Y F(3)", "x86_64", d), "X 2 < 3 >");
}

}  // namespace
