// Unit tests of frontend-c's compiler proper (plugins/frontend-c): target
// facts (data models, long double, char signedness, wchar_t, va_list,
// bit-field layout), constant encoding, the IR it produces, and its
// diagnostics. Programs are compiled from preprocessed text
// (compile_c_text), so no headers or preprocessor are involved.
#include <gtest/gtest.h>

#include <sstream>

#include "compile.hpp"
#include "kit/diag.hpp"
#include "kit/ir/text.hpp"
#include "kit/ir/verify.hpp"
#include "sema/float_bits.hpp"
#include "types/layout.hpp"

namespace {

kit::TargetSpec x86_64_linux() {
  kit::TargetSpec t;
  t.name = "x86_64-linux-gnu";
  t.arch = "x86_64";
  t.os = "linux";
  t.long_double = "x87-80";
  t.va_list = "array-of-record";
  t.va_list_size = 24;
  return t;
}

kit::TargetSpec aarch64_linux() {
  kit::TargetSpec t = x86_64_linux();
  t.name = "aarch64-linux-gnu";
  t.arch = "aarch64";
  t.long_double = "binary128";
  t.char_signed = false;
  t.wchar_type = "unsigned int";
  t.va_list = "record";
  t.va_list_size = 32;
  return t;
}

kit::TargetSpec x86_64_windows() {
  kit::TargetSpec t = x86_64_linux();
  t.name = "x86_64-windows-gnu";
  t.os = "windows";
  t.data_model = kit::DataModel::LLP64;
  t.wchar_type = "unsigned short";
  t.va_list = "pointer";
  t.va_list_size = 8;
  t.bitfield_layout = "ms";
  return t;
}

struct Result {
  std::unique_ptr<kit::ir::Module> module;
  std::string diagnostics;
  std::string ir;
  bool verified = false;
};

Result compile(const std::string& src, const kit::TargetSpec& target = x86_64_linux(),
               std::vector<std::string> flags = {}) {
  Result r;
  std::ostringstream out;
  kit::Diagnostics diags(out);
  kit::FrontendOptions o;
  o.warning_flags = std::move(flags);
  r.module = kit::c::compile_c_text(target, o, src, "t.c", diags);
  if (r.module) {
    r.verified = kit::ir::verify(*r.module, diags, "t.c");
    r.ir = kit::ir::to_string(*r.module);
  }
  r.diagnostics = out.str();
  return r;
}

bool compiles(const std::string& src, const kit::TargetSpec& target = x86_64_linux()) {
  Result r = compile(src, target);
  EXPECT_TRUE(r.module) << r.diagnostics;
  EXPECT_TRUE(r.verified) << r.diagnostics << r.ir;
  return r.module && r.verified;
}

}  // namespace

TEST(CCompile, SimpleFunctionVerifies) {
  Result r = compile("int add(int a, int b) { return a + b; }");
  ASSERT_TRUE(r.module) << r.diagnostics;
  EXPECT_TRUE(r.verified) << r.diagnostics;
  EXPECT_NE(r.ir.find("func @add: i32 (i32 %a, i32 %b)"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("add i32"), std::string::npos) << r.ir;
}

TEST(CCompile, DataModelLP64) {
  EXPECT_TRUE(compiles("_Static_assert(sizeof(long) == 8, \"\"); _Static_assert(sizeof(void*) == 8, \"\");"
                       "_Static_assert(sizeof(long double) == 16, \"\"); _Static_assert((char)-1 < 0, \"\");"
                       "_Static_assert(sizeof(L'a') == 4 && L'\\xffffffff' < 0, \"\");"
                       "_Static_assert(sizeof(__builtin_va_list) == 24, \"\");"));
}

TEST(CCompile, DataModelLLP64) {
  EXPECT_TRUE(compiles("_Static_assert(sizeof(long) == 4, \"\"); _Static_assert(sizeof(void*) == 8, \"\");"
                       "_Static_assert(sizeof(sizeof 0) == 8, \"\"); _Static_assert(sizeof(L'a') == 2, \"\");"
                       "_Static_assert(L'\\xffff' > 0, \"\"); _Static_assert(sizeof(__builtin_va_list) == 8, \"\");",
                       x86_64_windows()));
}

TEST(CCompile, AArch64Facts) {
  EXPECT_TRUE(compiles("_Static_assert((char)-1 > 0, \"\"); _Static_assert(L'\\xffffffff' > 0, \"\");"
                       "_Static_assert(sizeof(__builtin_va_list) == 32, \"\");"
                       "_Static_assert(sizeof(long double) == 16, \"\");",
                       aarch64_linux()));
  Result r = compile("long double f(long double x) { return x * 2; }", aarch64_linux());
  ASSERT_TRUE(r.verified) << r.diagnostics;
  EXPECT_NE(r.ir.find("f128"), std::string::npos) << r.ir;
  Result x = compile("long double f(long double x) { return x * 2; }");
  EXPECT_NE(x.ir.find("f80"), std::string::npos) << x.ir;
}

TEST(CCompile, BitfieldLayoutSysVAndMs) {
  const char* src =
      "struct s { char a; int b : 4; char c; };"
      "struct t { char a : 4; short b : 4; };"
      "int size_s = sizeof(struct s); int size_t_ = sizeof(struct t);";
  // SysV: b shares the int unit at bit 8; c follows at byte 2: size 4.
  // t: a in a char unit, b in the first short unit at bit 4: size 2.
  EXPECT_TRUE(compiles(std::string(src) + "_Static_assert(sizeof(struct s) == 4, \"\");"
                                          "_Static_assert(sizeof(struct t) == 2, \"\");"));
  // MS: b starts a new int unit at offset 4, c at 8: size 12; t: a new
  // short unit for b (type size differs) at offset 2: size 4.
  EXPECT_TRUE(compiles(std::string(src) + "_Static_assert(sizeof(struct s) == 12, \"\");"
                                          "_Static_assert(sizeof(struct t) == 4, \"\");",
                       x86_64_windows()));
}

TEST(CCompile, FloatEncodings) {
  kit::TargetSpec t = x86_64_linux();
  kit::c::TargetModel m = kit::c::TargetModel::from(t);
  kit::c::Arena arena;
  kit::c::TypeTable types(m, arena);
  uint64_t lo, hi;
  kit::c::float_bits(1.0L, types.basic(kit::c::TypeKind::LDouble), m, lo, hi);
  EXPECT_EQ(lo, 0x8000000000000000ull);
  EXPECT_EQ(hi, 0x3fffu);
  kit::c::float_bits(-2.5L, types.basic(kit::c::TypeKind::LDouble), m, lo, hi);
  EXPECT_EQ(lo, 0xa000000000000000ull);
  EXPECT_EQ(hi, 0xc000u);
  kit::c::float_bits(1.0L, types.basic(kit::c::TypeKind::Float128), m, lo, hi);
  EXPECT_EQ(lo, 0u);
  EXPECT_EQ(hi, 0x3fff000000000000ull);
  kit::c::float_bits(0.1L, types.basic(kit::c::TypeKind::Double), m, lo, hi);
  EXPECT_EQ(lo, 0x3fb999999999999aull);
  kit::c::float_bits(1.0L / 0.0L, types.basic(kit::c::TypeKind::Float), m, lo, hi);
  EXPECT_EQ(lo, 0x7f800000u);
}

TEST(CCompile, StaticInitializerRelocations) {
  Result r = compile("int a[4]; int *p = &a[2]; char *s = \"hi\" + 1; struct { int *q; long n; } t = { a, 5 };");
  ASSERT_TRUE(r.verified) << r.diagnostics;
  EXPECT_NE(r.ir.find("data @p: ptr = { addr 8 @a + 8 }"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("addr 8 @.L.str.0 + 1"), std::string::npos) << r.ir;
}

TEST(CCompile, TentativeCommonWithFcommon) {
  Result plain = compile("int x; int y = 1;");
  EXPECT_EQ(plain.ir.find("common"), std::string::npos) << plain.ir;
  Result common = compile("int x; int y = 1;", x86_64_linux(), {"-fcommon"});
  EXPECT_NE(common.ir.find("data @x: i32 common"), std::string::npos) << common.ir;
}

TEST(CCompile, StaticInlineOnlyWhenUsed) {
  Result r = compile("static inline int unused(void) { return 1; } static inline int used(void) { return 2; }"
                     "int f(void) { return used(); }");
  ASSERT_TRUE(r.verified) << r.diagnostics;
  EXPECT_EQ(r.ir.find("@unused"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("func @used"), std::string::npos) << r.ir;
}

TEST(CCompile, ComputedGotoAndLabelTable) {
  Result r = compile("int f(int i) { static void *t[] = { &&a, &&b }; goto *t[i]; a: return 1; b: return 2; }");
  ASSERT_TRUE(r.verified) << r.diagnostics << r.ir;
  EXPECT_NE(r.ir.find("indirectbr"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("blockaddr"), std::string::npos) << r.ir;
}

TEST(CCompile, AtomicsUseIrAtomicOps) {
  Result r = compile("_Atomic int a; int f(void) { a = 1; a += 2; return a + __sync_fetch_and_add(&a, 1); }");
  ASSERT_TRUE(r.verified) << r.diagnostics << r.ir;
  EXPECT_NE(r.ir.find("seq_cst"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("cmpxchg"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("atomicrmw add"), std::string::npos) << r.ir;
}

TEST(CCompile, ErrorsAreLocated) {
  Result r = compile("int f(void) {\n  return nosuch;\n}\n");
  EXPECT_FALSE(r.module);
  EXPECT_NE(r.diagnostics.find("t.c:2:10: error: 'nosuch' undeclared"), std::string::npos) << r.diagnostics;
}

TEST(CCompile, WarningsForClassicMistakes) {
  Result r = compile("int *f(char *c) { int *p = c; g(); return p; }");
  EXPECT_TRUE(r.module);
  EXPECT_NE(r.diagnostics.find("incompatible pointer type"), std::string::npos) << r.diagnostics;
  EXPECT_NE(r.diagnostics.find("implicit declaration of function 'g'"), std::string::npos) << r.diagnostics;
  Result rt = compile("int f(int x) { if (x) return 1; }", x86_64_linux(), {"-Wall"});
  // At the closing brace, where control reaches the end, as gcc says.
  EXPECT_NE(rt.diagnostics.find("t.c:1:33: warning: control reaches end of non-void function [-Wreturn-type]"),
            std::string::npos) << rt.diagnostics;
  Result lu = compile("int printf(const char *, ...); void f(unsigned u) { printf(\"%lu %hhu\", u, 1L); }",
                      x86_64_linux(), {"-Wall"});
  EXPECT_NE(lu.diagnostics.find("format '%lu' expects argument of type 'long unsigned int', but argument 2 has type 'unsigned int'"),
            std::string::npos) << lu.diagnostics;
  EXPECT_NE(lu.diagnostics.find("format '%hhu' expects argument of type 'int', but argument 3 has type 'long'"),
            std::string::npos) << lu.diagnostics;
  Result fmt = compile("int printf(const char *, ...); void f(void) { printf(\"%d %s\\n\", \"x\", 1); }",
                       x86_64_linux(), {"-Wall"});
  EXPECT_NE(fmt.diagnostics.find("format '%d' expects argument of type 'int', but argument 2 has type 'char *'"),
            std::string::npos)
      << fmt.diagnostics;
}

TEST(CCompile, BadInputNeverCrashes) {
  const char* inputs[] = {
      "", "{", "}", "int", "int f(", "int f(int", "struct", "struct {", "int a[", "int a = {",
      "int f(void) { return (((((1", "typedef", "enum { A = 1 / 0 };", "int x = 1 +;",
      "int f(void) { goto *; }", "void f(void) { case 1: ; }", "int f() { int a[-1]; }",
      "char c = '", "char *s = \"abc", "int f(void) { _Generic(1, int: 2, int: 3); }",
      "struct s { struct s x; };", "int f(void) { __builtin_va_arg(1, int); }",
      "int x = sizeof(struct nosuch);", "void f(void) { int x; x = {1, 2}; }",
      "int f(void) { return __builtin_offsetof(int, x); }",
  };
  for (const char* in : inputs) {
    Result r = compile(in);
    if (r.module) {
      EXPECT_TRUE(r.verified) << in << "\n" << r.diagnostics;
    }
  }
}

TEST(CCompile, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '(');
  Result r = compile("int x = " + deep + "1;");
  EXPECT_FALSE(r.module);
  EXPECT_NE(r.diagnostics.find("nesting too deep"), std::string::npos);
}
