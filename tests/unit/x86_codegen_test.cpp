// arch-x86_64 code generation, tested on the object model it produces:
// System V classification, symbols, sections, relocations, COMDAT groups,
// constructor sections, determinism, and clear errors for what x86-64
// cannot compile. (Programs that run are in tests/lit/kir.)
#include <gtest/gtest.h>

#include <sstream>

#include "abi.hpp"
#include "kit/diag.hpp"
#include "kit/ir/builder.hpp"
#include "kit/ir/text.hpp"
#include "kit/obj/object.hpp"
#include "kit/target.hpp"
#include "reloc_kinds.hpp"
#include "target.hpp"

namespace x = kit::x86_64;
using kit::ir::Field;
using kit::ir::Module;
using kit::ir::TypeId;
using x::ArgClass;

namespace {

kit::TargetSpec linux_target() {
  kit::TargetSpec t;
  t.name = "x86_64-linux-gnu";
  t.arch = "x86_64";
  t.format = "elf";
  t.os = "linux";
  t.env = "gnu";
  t.long_double = "x87-80";
  return t;
}

struct Compiled {
  kit::obj::ObjectFile obj;
  std::string errors;
  bool ok = false;
};

Compiled compile(const Module& m, kit::CodegenOptions opts = {}) {
  Compiled c;
  std::ostringstream err;
  kit::Diagnostics d(err);
  c.ok = x::compile(m, linux_target(), opts, c.obj, d);
  c.errors = err.str();
  return c;
}

std::unique_ptr<Module> parse(std::string_view text) {
  std::ostringstream err;
  kit::Diagnostics d(err);
  auto m = kit::ir::parse(text, "test.kir", d);
  EXPECT_TRUE(m) << err.str();
  return m;
}

const kit::obj::Symbol* sym(const kit::obj::ObjectFile& o, std::string_view name) {
  for (const auto& s : o.symbols)
    if (o.str(s.name) == name) return &s;
  return nullptr;
}

const kit::obj::Section* section(const kit::obj::ObjectFile& o, std::string_view name) {
  for (const auto& s : o.sections)
    if (o.str(s.name) == name) return &s;
  return nullptr;
}

}  // namespace

TEST(X86SysV, ClassifiesScalarsAndRecords) {
  Module m("x86_64-linux-gnu");
  TypeId i8 = m.int_type(8), i32 = m.int_type(32), i64 = m.int_type(64), i128 = m.int_type(128);
  TypeId f32 = m.float_type(32), f64 = m.float_type(64), f80 = m.float_type(80);
  using V = std::vector<ArgClass>;
  const ArgClass I = ArgClass::Integer, S = ArgClass::Sse, M = ArgClass::Memory;
  EXPECT_EQ(x::sysv_classify(m, i32), V{I});
  EXPECT_EQ(x::sysv_classify(m, m.ptr_type()), V{I});
  EXPECT_EQ(x::sysv_classify(m, i128), (V{I, I}));
  EXPECT_EQ(x::sysv_classify(m, f64), V{S});
  EXPECT_EQ(x::sysv_classify(m, f80), (V{ArgClass::X87, ArgClass::X87Up}));

  Field dl[] = {{0, f64}, {8, i64}};
  EXPECT_EQ(x::sysv_classify(m, m.record_type("dl", dl, 16, 8)), (V{S, I}));
  Field ff[] = {{0, f32}, {4, f32}, {8, f32}};
  EXPECT_EQ(x::sysv_classify(m, m.record_type("fff", ff, 12, 4)), (V{S, S}));
  Field fi[] = {{0, f32}, {4, i32}};  // float and int share an eightbyte: INTEGER
  EXPECT_EQ(x::sysv_classify(m, m.record_type("fi", fi, 8, 4)), V{I});
  Field big[] = {{0, i64}, {8, i64}, {16, i64}};
  EXPECT_EQ(x::sysv_classify(m, m.record_type("big", big, 24, 8)), V{M});
  Field ld[] = {{0, f80}};  // struct { long double }: X87 (memory as an argument, st0 as a result)
  EXPECT_EQ(x::sysv_classify(m, m.record_type("ld", ld, 16, 16)), (V{ArgClass::X87, ArgClass::X87Up}));
  Field ldi[] = {{0, f80}, {16, i32}};
  EXPECT_EQ(x::sysv_classify(m, m.record_type("ldi", ldi, 32, 16)), V{M});
  Field packed[] = {{0, i8}, {1, i32}};  // an unaligned field makes MEMORY
  EXPECT_EQ(x::sysv_classify(m, m.record_type("pk", packed, 5, 1)), V{M});
  Field un[] = {{0, f64}, {0, i64}};  // union { double; long }: INTEGER wins
  EXPECT_EQ(x::sysv_classify(m, m.record_type("u", un, 8, 8, true)), V{I});
  TypeId arr = m.array_type(f32, 4);  // float[4]: two SSE eightbytes
  EXPECT_EQ(x::sysv_classify(m, arr), (V{S, S}));
  Field nest[] = {{0, arr}};
  EXPECT_EQ(x::sysv_classify(m, m.record_type("nest", nest, 16, 4)), (V{S, S}));
  EXPECT_TRUE(x::sysv_classify(m, m.record_type("empty", {}, 0, 1)).empty());
  Field bits[] = {{0, i32, 0, 3}, {0, i32, 3, 5}, {1, i8}};
  EXPECT_EQ(x::sysv_classify(m, m.record_type("bits", bits, 4, 4)), V{I});
}

TEST(X86SysV, LaysOutArgumentsAndResults) {
  Module m("x86_64-linux-gnu");
  TypeId i64 = m.int_type(64), f64 = m.float_type(64), f80 = m.float_type(80);
  Field big[] = {{0, i64}, {8, i64}, {16, i64}};
  TypeId bigt = m.record_type("big", big, 24, 8);
  Field dl[] = {{0, f64}, {8, i64}};
  TypeId dlt = m.record_type("dl", dl, 16, 8);
  // big f(i64 x 6, dl, f80, f64): sret takes rdi, so the sixth integer and
  // the record (needs one more GPR) go to the stack.
  TypeId params[] = {i64, i64, i64, i64, i64, i64, dlt, f80, f64};
  TypeId fn = m.func_type(bigt, params, true);
  auto abi = x::make_sysv_abi();
  x::CallLayout L = abi->layout(m, fn, params);
  EXPECT_EQ(L.ret.kind, x::ArgLoc::kSret);
  EXPECT_EQ(L.sret_reg, x::RDI);
  EXPECT_EQ(L.args[0].parts[0].reg, x::RSI);
  EXPECT_EQ(L.args[4].parts[0].reg, x::R9);
  EXPECT_EQ(L.args[5].kind, x::ArgLoc::kStack);
  EXPECT_EQ(L.args[5].stack, 0u);
  EXPECT_EQ(L.args[6].kind, x::ArgLoc::kStack);  // all or nothing: no GPR left
  EXPECT_EQ(L.args[6].stack, 8u);
  EXPECT_EQ(L.args[7].kind, x::ArgLoc::kStack);  // long double: memory, 16-aligned
  EXPECT_EQ(L.args[7].stack, 32u);
  EXPECT_EQ(L.args[8].kind, x::ArgLoc::kRegs);
  EXPECT_EQ(L.args[8].parts[0].reg, x::XMM0);
  EXPECT_EQ(L.stack_size, 48u);
  EXPECT_EQ(L.al, 1);  // variadic: one vector register used
  EXPECT_EQ(L.named_gprs, 6u);
}

TEST(X86Codegen, SymbolsRelocationsAndSections) {
  auto m = parse(R"(target "x86_64-unknown-linux-gnu"
func @ext: i32 (i32)
data @counter: i32 = { i32 0 }
data @name: [3 x i8] internal readonly strings = { bytes "hi\x00" }
func @f: i32 (i32 %x) {
^entry:
  %c = load i32 @counter, align 4
  %r = call i32 (i32) @ext(%c)
  %s = add i32 %r, %x
  ret %s
}
func @g: ptr () internal {
^entry:
  ret @name
}
)");
  ASSERT_TRUE(m);
  kit::CodegenOptions pie;
  pie.pie = true;
  Compiled c = compile(*m, pie);
  ASSERT_TRUE(c.ok) << c.errors;
  const auto* f = sym(c.obj, "f");
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->defined());
  EXPECT_EQ(f->type, kit::obj::SymbolType::Func);
  EXPECT_EQ(f->binding, kit::obj::Binding::Global);
  EXPECT_GT(f->size, 0u);
  const auto* g = sym(c.obj, "g");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->binding, kit::obj::Binding::Local);
  const auto* ext = sym(c.obj, "ext");
  ASSERT_TRUE(ext);
  EXPECT_FALSE(ext->defined());
  const auto* text = section(c.obj, ".text");
  ASSERT_TRUE(text);
  EXPECT_TRUE(text->flags & kit::obj::kExec);
  // The call is PLT32 - 4; the counter (defined here) is reached PC-relative.
  bool plt = false, pc = false;
  for (const auto& r : text->relocs) {
    std::string_view target = c.obj.str(c.obj.symbols[r.symbol].name);
    if (r.kind == x::kPLT32 && target == "ext" && r.addend == -4) plt = true;
    if (r.kind == x::kPC32 && target == "counter") pc = true;
  }
  EXPECT_TRUE(plt);
  EXPECT_TRUE(pc);
  const auto* str = section(c.obj, ".rodata.str1.1");
  ASSERT_TRUE(str);
  EXPECT_TRUE(str->flags & kit::obj::kMerge);
  EXPECT_TRUE(str->flags & kit::obj::kStrings);
  EXPECT_EQ(str->entsize, 1u);
}

TEST(X86Codegen, PositionIndependentAccessGoesThroughTheGot) {
  auto m = parse(R"(target "x86_64-unknown-linux-gnu"
data @ext: i32
data @mine: i32 = { i32 1 }
data @hid: i32 hidden = { i32 1 }
func @f: i32 () {
^entry:
  %a = load i32 @ext, align 4
  %b = load i32 @mine, align 4
  %c = load i32 @hid, align 4
  %s = add i32 %a, %b
  %t = add i32 %s, %c
  ret %t
}
)");
  ASSERT_TRUE(m);
  auto kinds_for = [&](kit::CodegenOptions o) {
    Compiled c = compile(*m, o);
    EXPECT_TRUE(c.ok) << c.errors;
    std::map<std::string, uint32_t> k;
    for (const auto& r : section(c.obj, ".text")->relocs)
      k[std::string(c.obj.str(c.obj.symbols[r.symbol].name))] = r.kind;
    return k;
  };
  kit::CodegenOptions pic, pie, exe;
  pic.pic = true;
  pie.pie = true;
  auto a = kinds_for(pic);
  EXPECT_EQ(a["ext"], x::kREX_GOTPCRELX);
  EXPECT_EQ(a["mine"], x::kREX_GOTPCRELX);  // preemptible in a shared library
  EXPECT_EQ(a["hid"], x::kPC32);
  auto b = kinds_for(pie);
  EXPECT_EQ(b["ext"], x::kREX_GOTPCRELX);
  EXPECT_EQ(b["mine"], x::kPC32);
  auto e = kinds_for(exe);
  EXPECT_EQ(e["ext"], x::kPC32);  // copy relocation / direct in a position-dependent executable
}

TEST(X86Codegen, SectionsPerFunctionComdatAndConstructors) {
  auto m = parse(R"(target "x86_64-unknown-linux-gnu"
func @a: void () {
^entry:
  ret
}
func @lo: void () linkonce {
^entry:
  ret
}
data @d: i32 = { i32 5 }
ctor @a priority 101
dtor @a priority 65535
)");
  ASSERT_TRUE(m);
  kit::CodegenOptions o;
  o.function_sections = o.data_sections = true;
  Compiled c = compile(*m, o);
  ASSERT_TRUE(c.ok) << c.errors;
  EXPECT_TRUE(section(c.obj, ".text.a"));
  EXPECT_TRUE(section(c.obj, ".data.d"));
  const auto* lo = section(c.obj, ".text.lo");
  ASSERT_TRUE(lo);
  ASSERT_NE(lo->group, 0u);
  EXPECT_EQ(c.obj.str(c.obj.groups[lo->group - 1].signature), "lo");
  EXPECT_EQ(sym(c.obj, "lo")->binding, kit::obj::Binding::Weak);
  const auto* init = section(c.obj, ".init_array.00101");
  ASSERT_TRUE(init);
  EXPECT_TRUE(init->flags & kit::obj::kInitArray);
  ASSERT_EQ(init->relocs.size(), 1u);
  EXPECT_EQ(init->relocs[0].kind, x::k64);
  const auto* fini = section(c.obj, ".fini_array");
  ASSERT_TRUE(fini);
  EXPECT_TRUE(fini->flags & kit::obj::kFiniArray);
}

TEST(X86Codegen, OutputIsDeterministic) {
  const char* text = R"(target "x86_64-unknown-linux-gnu"
func @printf: i32 (ptr, ...)
data @fmt: [4 x i8] internal readonly strings = { bytes "%g\n\x00" }
func @f: f64 (f64 %x, i32 %n) {
^entry:
  %a = fmul f64 %x, f64 2.5
  %b = sitofp f64 %n
  %c = fadd f64 %a, %b
  %p = call i32 (ptr, ...) @printf(@fmt, %c)
  switch %n, ^d, [i32 1, ^d], [i32 2, ^d], [i32 3, ^d], [i32 4, ^d]
^d:
  ret %c
}
)";
  auto m1 = parse(text), m2 = parse(text);
  ASSERT_TRUE(m1 && m2);
  Compiled a = compile(*m1), b = compile(*m2);
  ASSERT_TRUE(a.ok && b.ok);
  ASSERT_EQ(a.obj.sections.size(), b.obj.sections.size());
  for (size_t i = 0; i < a.obj.sections.size(); ++i) {
    EXPECT_EQ(a.obj.sections[i].data, b.obj.sections[i].data);
    ASSERT_EQ(a.obj.sections[i].relocs.size(), b.obj.sections[i].relocs.size());
    for (size_t r = 0; r < a.obj.sections[i].relocs.size(); ++r) {
      EXPECT_EQ(a.obj.sections[i].relocs[r].offset, b.obj.sections[i].relocs[r].offset);
      EXPECT_EQ(a.obj.sections[i].relocs[r].addend, b.obj.sections[i].relocs[r].addend);
    }
  }
  ASSERT_EQ(a.obj.symbols.size(), b.obj.symbols.size());
  for (size_t i = 0; i < a.obj.symbols.size(); ++i)
    EXPECT_EQ(a.obj.str(a.obj.symbols[i].name), b.obj.str(b.obj.symbols[i].name));
}

TEST(X86Codegen, BuilderModuleCompilesToExpectedCode) {
  // i64 add(i64 a, i64 b) { return a + b; } through the Builder API: the
  // arguments arrive in rdi/rsi and the allocator puts the sum in rax.
  Module m("x86_64-linux-gnu");
  TypeId i64 = m.int_type(64);
  TypeId ps[] = {i64, i64};
  uint32_t g = m.add_function("add", m.func_type(i64, ps, false), kit::ir::Linkage::External);
  kit::ir::Function& fn = m.define_function(g);
  kit::ir::Builder b(m, fn);
  b.set_block(b.create_block("entry"));
  b.ret(b.binop(kit::ir::Op::Add, b.arg(0), b.arg(1)));
  Compiled c = compile(m);
  ASSERT_TRUE(c.ok) << c.errors;
  const auto* text = section(c.obj, ".text");
  ASSERT_TRUE(text);
  // push %rbp; mov %rsp,%rbp; mov %rdi,%rax; add %rsi,%rax; pop %rbp; ret
  // (bytes from llvm-mc 14 -show-encoding)
  const std::vector<uint8_t> want = {0x55, 0x48, 0x89, 0xe5, 0x48, 0x89, 0xf8,
                                     0x48, 0x01, 0xf0, 0x5d, 0xc3};
  std::vector<uint8_t> got(text->data.begin(), text->data.begin() + static_cast<long>(sym(c.obj, "add")->size));
  EXPECT_EQ(got, want);
}

TEST(X86Codegen, ReportsWhatX86_64CannotCompile) {
  auto m = parse(R"(target "x86_64-unknown-linux-gnu"
func @q: f128 (f128 %x) {
^entry:
  %y = fadd f128 %x, %x
  ret %y
}
)");
  ASSERT_TRUE(m);
  Compiled c = compile(*m);
  EXPECT_FALSE(c.ok);
  EXPECT_NE(c.errors.find("function @q"), std::string::npos) << c.errors;
  EXPECT_NE(c.errors.find("f128"), std::string::npos) << c.errors;

  kit::TargetSpec win = linux_target();
  win.os = "windows";
  std::ostringstream err;
  kit::Diagnostics d(err);
  kit::obj::ObjectFile o;
  auto ok = parse(R"(target "x86_64-unknown-linux-gnu"
func @f: void () {
^entry:
  ret
}
)");
  EXPECT_FALSE(x::compile(*ok, win, {}, o, d));
  EXPECT_NE(err.str().find("Windows"), std::string::npos);
}
