// kit IR text: the printer and parser (sdk/src/ir/print.cpp, parse.cpp).
// The properties locked here: print -> parse -> print is byte-identical;
// the corpus in tests/fuzz/ir_corpus is canonical, valid and covers every
// construct; builder-made modules print the expected text; names and
// numbers are spelled so that nothing is lost; parse errors are located
// and no input makes the parser crash or throw.
#include <gtest/gtest.h>

#include <algorithm>
#include <bitset>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "kit/diag.hpp"
#include "kit/ir/builder.hpp"
#include "kit/ir/text.hpp"
#include "kit/ir/verify.hpp"

namespace fs = std::filesystem;
using namespace kit;
using namespace kit::ir;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> corpus_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(KIT_SOURCE_DIR) / "tests/fuzz/ir_corpus"))
    if (e.path().extension() == ".kir") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

struct Parsed {
  std::unique_ptr<Module> m;
  std::string diags;
};

Parsed parse_text(std::string_view text, std::string_view file = "t.kir") {
  std::ostringstream os;
  Diagnostics d(os);
  Parsed p;
  p.m = parse(text, file, d);
  p.diags = os.str();
  return p;
}

// Parses (must succeed) and prints.
std::string canonical(std::string_view text) {
  Parsed p = parse_text(text);
  EXPECT_TRUE(p.m) << p.diags;
  if (!p.m) return {};
  EXPECT_EQ(p.diags, "");
  return to_string(*p.m);
}

// print(m) parses, and printing the result gives the same bytes.
void expect_round_trip(const Module& m) {
  std::string a = to_string(m);
  Parsed p = parse_text(a, "printed.kir");
  ASSERT_TRUE(p.m) << p.diags << "\n--- text ---\n" << a;
  EXPECT_EQ(to_string(*p.m), a);
}

std::string verify_errors(const Module& m) {
  std::ostringstream os;
  Diagnostics d(os);
  verify(m, d, "t.kir");
  return os.str();
}

}  // namespace

// ------------------------------------------------------------------ corpus

TEST(IrText, CorpusIsCanonicalValidAndRoundTrips) {
  auto files = corpus_files();
  ASSERT_GE(files.size(), 6u);
  for (const auto& f : files) {
    SCOPED_TRACE(f.filename().string());
    std::string text = read_file(f);
    Parsed p = parse_text(text, f.string());
    ASSERT_TRUE(p.m) << p.diags;
    EXPECT_EQ(to_string(*p.m), text) << "the corpus file is not in canonical form";
    EXPECT_EQ(verify_errors(*p.m), "");
    expect_round_trip(*p.m);
  }
}

TEST(IrText, CorpusCoversEveryOpcodeAndModifier) {
  std::set<Op> ops;
  std::set<unsigned> preds_i, preds_f, orderings, rmw;
  bool vol = false, tail = false, atomic_load = false, atomic_store = false, cx_failure = false;
  for (const auto& f : corpus_files()) {
    Parsed p = parse_text(read_file(f));
    ASSERT_TRUE(p.m) << p.diags;
    for (size_t fi = 0; fi < p.m->function_count(); ++fi) {
      for (const Inst& in : p.m->function(fi).insts) {
        ops.insert(in.op);
        if (in.op == Op::ICmp) preds_i.insert(in.aux);
        if (in.op == Op::FCmp) preds_f.insert(in.aux);
        if (in.op == Op::AtomicRMW) {
          rmw.insert(in.aux >> 8);
          orderings.insert(in.aux & 0xff);
        }
        if (in.op == Op::CmpXchg && (in.aux >> 8)) cx_failure = true;
        if (in.op == Op::Fence) orderings.insert(in.aux);
        if (in.flags & kVolatile) vol = true;
        if (in.flags & kTail) tail = true;
        if (in.op == Op::Load && access_ordering(in) != Ordering::NotAtomic) atomic_load = true;
        if (in.op == Op::Store && access_ordering(in) != Ordering::NotAtomic) atomic_store = true;
      }
    }
  }
  for (unsigned o = 0; o < unsigned(Op::Count); ++o)
    EXPECT_TRUE(ops.count(Op(o))) << "no corpus file uses " << op_name(Op(o));
  EXPECT_EQ(preds_i.size(), 10u);
  EXPECT_EQ(preds_f.size(), 14u);
  EXPECT_EQ(rmw.size(), 7u);
  EXPECT_EQ(orderings.size(), 5u);
  EXPECT_TRUE(vol && tail && atomic_load && atomic_store && cx_failure);
}

TEST(IrText, CorpusCoversEveryGlobalConstruct) {
  std::set<unsigned> linkages, visibilities, kinds, items, const_kinds, type_kinds;
  uint16_t flags = 0;
  bool bitfield = false, is_union = false, variadic = false, alias_offset = false, ctors = false,
       dtors = false, layout = false, section = false, align = false, negative_addend = false;
  for (const auto& f : corpus_files()) {
    Parsed p = parse_text(read_file(f));
    ASSERT_TRUE(p.m) << p.diags;
    const Module& m = *p.m;
    if (m.layout().pointer_bits != 64) layout = true;
    ctors |= !m.ctors.empty();
    dtors |= !m.dtors.empty();
    for (uint32_t g = 0; g < m.global_count(); ++g) {
      const Global& gl = m.global(g);
      linkages.insert(unsigned(gl.linkage));
      visibilities.insert(unsigned(gl.visibility));
      kinds.insert(unsigned(gl.kind));
      flags |= gl.flags;
      section |= gl.section != 0;
      align |= gl.align != 0;
      alias_offset |= gl.alias_offset != 0;
      for (const InitItem& it : gl.init) {
        items.insert(it.kind);
        negative_addend |= it.addend < 0;
      }
    }
    for (TypeId t = 0; t < m.type_count(); ++t) {
      type_kinds.insert(unsigned(m.type(t).kind));
      if (m.type(t).kind == TypeKind::Record) {
        is_union |= m.type(t).is_union;
        for (const Field& fl : m.fields(t)) bitfield |= fl.bit_width != 0;
      }
      if (m.type(t).kind == TypeKind::Func) variadic |= m.type(t).variadic;
    }
    for (size_t c = 0; c < m.constant_count(); ++c)
      const_kinds.insert(m.constant(Value(Value::Const, uint32_t(c))).kind);
  }
  EXPECT_EQ(linkages.size(), 5u);
  EXPECT_EQ(visibilities.size(), 3u);
  EXPECT_EQ(kinds.size(), 3u);
  EXPECT_EQ(items.size(), 5u);
  EXPECT_EQ(const_kinds.size(), 4u);
  EXPECT_EQ(type_kinds.size(), 7u);
  EXPECT_EQ(flags, 0x1ff) << "every global flag appears in the corpus";
  EXPECT_TRUE(bitfield && is_union && variadic && alias_offset && ctors && dtors && layout &&
              section && align && negative_addend);
}

// ----------------------------------------------------------------- builder

TEST(IrText, BuilderModulePrintsExpectedText) {
  Module m("x86_64-unknown-linux-gnu");
  TypeId i32 = m.int_type(32), i64 = m.int_type(64), i1 = m.int_type(1), ptr = m.ptr_type();
  TypeId arr = m.array_type(m.int_type(8), 4);
  Field fs[] = {{0, i32}, {8, ptr}};
  TypeId rec = m.record_type("node", fs, 16, 8);
  uint32_t str = m.add_data("str", arr, Linkage::Internal);
  m.global(str).flags = kReadOnly;
  m.init_bytes(str, std::string_view("abc\0", 4));
  uint32_t head = m.add_data("head", rec, Linkage::External);
  m.init_int(head, 4, 5);
  m.init_zero(head, 4);
  m.init_addr(head, 8, str, 1);
  TypeId puts_t = m.func_type(i32, std::vector<TypeId>{ptr}, false);
  uint32_t puts = m.add_function("puts", puts_t, Linkage::External);
  TypeId sum_t = m.func_type(i64, std::vector<TypeId>{i64}, false);
  uint32_t sum = m.add_function("sum", sum_t, Linkage::External);
  Function& f = m.define_function(sum);
  f.param_names[0] = m.intern("n");
  Builder b(m, f);
  uint32_t entry = b.create_block("entry"), loop = b.create_block("loop"), done = b.create_block();
  b.set_block(entry);
  Value acc = b.slot(8, 8, "acc");
  b.store(b.iconst(i64, 0), acc, 8);
  b.call(puts_t, m.global_ref(puts), std::vector<Value>{m.global_ref(str)});
  b.br(loop);
  b.set_block(loop);
  std::pair<uint32_t, Value> inc[] = {{entry, b.iconst(i64, 0)}, {loop, Value(Value::Inst, 7)}};
  Value i = b.phi(i64, inc);
  Value a = b.load(i64, acc, 8);
  Value a2 = b.binop(Op::Add, a, i);
  b.store(a2, acc, 8);
  Value next = b.binop(Op::Add, i, b.iconst(i64, 1));  // inst #7
  Value c = b.icmp(Pred::SLt, next, b.arg(0), i1);
  b.condbr(c, loop, done);
  b.set_block(done);
  b.ret(b.load(i64, acc, 8, true));
  ASSERT_EQ(next, Value(Value::Inst, 7));

  const char* expected =
      "target \"x86_64-unknown-linux-gnu\"\n"
      "\n"
      "type %node = struct { 0: i32, 8: ptr }, size 16, align 8\n"
      "\n"
      "data @str: [4 x i8] internal readonly = { bytes \"abc\\x00\" }\n"
      "data @head: %node = { i32 5, zero 4, addr 8 @str + 1 }\n"
      "func @puts: i32 (ptr)\n"
      "\n"
      "func @sum: i64 (i64 %n) {\n"
      "  %acc = slot 8, align 8\n"
      "^entry:\n"
      "  store i64 0, %acc, align 8\n"
      "  %0 = call i32 (ptr) @puts(@str)\n"
      "  br ^loop\n"
      "^loop:\n"
      "  %1 = phi i64 [^entry, i64 0], [^loop, %4]\n"
      "  %2 = load i64 %acc, align 8\n"
      "  %3 = add i64 %2, %1\n"
      "  store %3, %acc, align 8\n"
      "  %4 = add i64 %1, i64 1\n"
      "  %5 = icmp slt i1 %4, %n\n"
      "  condbr %5, ^loop, ^0\n"
      "^0:\n"
      "  %6 = load volatile i64 %acc, align 8\n"
      "  ret %6\n"
      "}\n";
  EXPECT_EQ(to_string(m), expected);
  expect_round_trip(m);
  EXPECT_EQ(verify_errors(m), "");
}

TEST(IrText, BuilderAtomicsAndMachineHelpersPrint) {
  Module m;
  TypeId i32 = m.int_type(32), ptr = m.ptr_type();
  TypeId ft = m.func_type(m.void_type(), std::vector<TypeId>{ptr}, true);
  uint32_t g = m.add_function("f", ft, Linkage::External);
  Function& f = m.define_function(g);
  Builder b(m, f);
  uint32_t e = b.create_block("e"), x = b.create_block("x");
  b.set_block(e);
  Value v = b.atomic_load(i32, b.arg(0), 4, Ordering::Acquire);
  b.atomic_store(v, b.arg(0), 4, Ordering::SeqCst, true);
  b.atomic_rmw(RMWOp::Nand, b.arg(0), v, Ordering::AcqRel);
  b.cmpxchg(b.arg(0), v, v, Ordering::SeqCst, Ordering::Relaxed);
  b.fence(Ordering::Release);
  b.va_start_(b.arg(0));
  b.va_arg_(i32, b.arg(0));
  b.va_copy_(b.arg(0), b.arg(0));
  b.va_end_(b.arg(0));
  Value sp = b.stack_save();
  b.stack_restore(sp);
  b.frame_address(2);
  b.return_address(0);
  uint32_t targets[] = {x};
  b.indirectbr(b.block_addr(x), targets);
  b.set_block(x);
  b.trap();
  b.unreachable();
  const char* expected =
      "func @f: void (ptr %0, ...) {\n"
      "^e:\n"
      "  %1 = load acquire i32 %0, align 4\n"
      "  store volatile seq_cst %1, %0, align 4\n"
      "  %2 = atomicrmw nand acq_rel i32 %0, %1\n"
      "  %3 = cmpxchg seq_cst relaxed i32 %0, %1, %1\n"
      "  fence release\n"
      "  va_start %0\n"
      "  %4 = va_arg i32 %0\n"
      "  va_copy %0, %0\n"
      "  va_end %0\n"
      "  %5 = stacksave ptr\n"
      "  stackrestore %5\n"
      "  %6 = frameaddr ptr level 2\n"
      "  %7 = retaddr ptr level 0\n"
      "  indirectbr blockaddr ^x, [^x]\n"
      "^x:\n"
      "  trap\n"
      "  unreachable\n"
      "}\n";
  EXPECT_EQ(to_string(m), expected);
  EXPECT_EQ(verify_errors(m), "");
  expect_round_trip(m);
}

// -------------------------------------------------------------------- names

TEST(IrText, DuplicateNamesAreRenamedOnceAndThenStable) {
  Module m;
  TypeId i32 = m.int_type(32);
  Field fs[] = {{0, i32}};
  m.record_type("S", fs, 4, 4);
  m.record_type("S", fs, 4, 4);
  m.record_type("S.1", fs, 4, 4);
  TypeId ft = m.func_type(i32, std::vector<TypeId>{i32, i32}, false);
  Function& f = m.define_function(m.add_function("f", ft, Linkage::External));
  f.param_names = {m.intern("x"), m.intern("x")};
  Builder b(m, f);
  uint32_t b0 = b.create_block("bb"), b1 = b.create_block("bb");
  b.set_block(b0);
  Value s = b.slot(4, 4, "x.1");
  Value v1 = b.emit(Op::Add, i32, {b.arg(0), b.arg(1)}, 0, 0, "x");
  Value v2 = b.emit(Op::Add, i32, {v1, v1}, 0, 0, "x.2");
  Value v3 = b.emit(Op::Add, i32, {v2, v1}, 0, 0, "x");
  b.store(v3, s, 4);
  b.br(b1);
  b.set_block(b1);
  b.ret(v3);
  std::string text = to_string(m);
  EXPECT_NE(text.find("type %S = struct"), std::string::npos);
  EXPECT_NE(text.find("type %S.2 = struct"), std::string::npos);  // S.1 is taken
  EXPECT_NE(text.find("type %S.1 = struct"), std::string::npos);
  EXPECT_NE(text.find("func @f: i32 (i32 %x, i32 %x.3)"), std::string::npos) << text;
  EXPECT_NE(text.find("%x.1 = slot 4"), std::string::npos);
  // The parameter held "x" first; x.1 and x.2 are taken by their holders.
  EXPECT_NE(text.find("%x.4 = add i32 %x, %x.3"), std::string::npos) << text;
  EXPECT_NE(text.find("%x.2 = add i32 %x.4, %x.4"), std::string::npos) << text;
  EXPECT_NE(text.find("%x.5 = add i32 %x.2, %x.4"), std::string::npos) << text;
  EXPECT_NE(text.find("br ^bb.1"), std::string::npos);
  expect_round_trip(m);
}

TEST(IrText, NumericAndUnusualNamesAreQuoted) {
  Module m;
  TypeId i8 = m.int_type(8);
  m.init_int(m.add_data("123", i8, Linkage::External), 1, 1);
  m.init_int(m.add_data("with space", i8, Linkage::External), 1, 2);
  m.init_int(m.add_data(std::string_view("q\"\\\n\x01", 5), i8, Linkage::External), 1, 3);
  m.init_int(m.add_data("ok.name$1_", i8, Linkage::External), 1, 4);
  std::string text = to_string(m);
  EXPECT_EQ(text,
            "data @\"123\": i8 = { i8 1 }\n"
            "data @\"with space\": i8 = { i8 2 }\n"
            "data @\"q\\\"\\\\\\n\\x01\": i8 = { i8 3 }\n"
            "data @ok.name$1_: i8 = { i8 4 }\n");
  Parsed p = parse_text(text);
  ASSERT_TRUE(p.m) << p.diags;
  EXPECT_GE(p.m->find_global(std::string_view("q\"\\\n\x01", 5)), 0);
  EXPECT_GE(p.m->find_global("123"), 0);
  expect_round_trip(m);
}

TEST(IrText, UnnamedValuesAreRenumberedInDefinitionOrder) {
  std::string out = canonical(
      "func @f: i32 (i32 %9) {\n"
      "  %40 = slot 4\n"
      "^7:\n"
      "  %3 = add i32 %9, %9\n"
      "  br ^2\n"
      "^2:\n"
      "  %1 = add i32 %3, %3\n"
      "  ret %1\n"
      "}\n");
  EXPECT_EQ(out,
            "func @f: i32 (i32 %0) {\n"
            "  %1 = slot 4, align 1\n"
            "^0:\n"
            "  %2 = add i32 %0, %0\n"
            "  br ^1\n"
            "^1:\n"
            "  %3 = add i32 %2, %2\n"
            "  ret %3\n"
            "}\n");
}

// ------------------------------------------------------------------ numbers

TEST(IrText, RandomFloatBitsRoundTripExactly) {
  std::mt19937_64 rng(12345);
  Module m;
  TypeId types[] = {m.float_type(32), m.float_type(64), m.float_type(80), m.float_type(128)};
  std::vector<Value> consts;
  for (int k = 0; k < 4000; ++k) {
    TypeId t = types[k % 4];
    unsigned bits = m.type(t).bits;
    uint64_t lo = rng(), hi = rng();
    if (bits == 32) lo &= 0xffffffffu, hi = 0;
    if (bits == 64) hi = 0;
    if (bits == 80) hi &= 0xffff;
    if (k % 16 == 1 && bits == 64) {  // plain values too
      double d = double(int64_t(rng() % 2001) - 1000) / 8;
      std::memcpy(&lo, &d, 8);
    }
    consts.push_back(m.float_const(t, lo, hi));
  }
  TypeId ft = m.func_type(m.void_type(), {}, true);
  uint32_t sink = m.add_function("sink", ft, Linkage::External);
  Function& f = m.define_function(m.add_function("f", m.func_type(m.void_type(), {}, false), Linkage::External));
  Builder b(m, f);
  b.set_block(b.create_block("e"));
  for (size_t i = 0; i < consts.size(); i += 8) {
    std::vector<Value> args(consts.begin() + long(i), consts.begin() + long(std::min(i + 8, consts.size())));
    b.call(ft, m.global_ref(sink), args);
  }
  b.ret_void();
  Parsed p = parse_text(to_string(m));
  ASSERT_TRUE(p.m) << p.diags;
  const Function& g = p.m->function(0);
  size_t n = 0;
  for (const Inst& in : g.insts) {
    if (in.op != Op::Call) continue;
    for (uint32_t k = 1; k < in.num_ops; ++k, ++n) {
      const Constant& want = m.constant(consts[n]);
      const Constant& got = p.m->constant(g.operands[in.first_op + k]);
      ASSERT_EQ(got.kind, Constant::Float);
      EXPECT_EQ(got.lo, want.lo) << n;
      EXPECT_EQ(got.hi, want.hi) << n;
      EXPECT_EQ(p.m->type(got.type).bits, m.type(want.type).bits);
    }
  }
  EXPECT_EQ(n, consts.size());
}

TEST(IrText, FloatSpellings) {
  std::string out = canonical(
      "func @s: void (...)\n"
      "func @f: void () {\n"
      "^e:\n"
      "  call void (...) @s(f64 1, f64 0.1, f32 0.1, f64 -0.0, f64 0x7FF0000000000000, f32 1e-45)\n"
      "  call void (...) @s(f80 1.5, f80 0x3fff8000000000000000, f128 -2, f80 0x3ffbcccccccccccccccd)\n"
      "  ret\n"
      "}\n");
  EXPECT_NE(out.find("@s(f64 1.0, f64 0.1, f32 0.1, f64 -0.0, f64 0x7ff0000000000000, f32 1e-45)"),
            std::string::npos)
      << out;
  // 1.0 as f80 is exactly a double: printed as a decimal; 0.1 is not.
  EXPECT_NE(out.find("@s(f80 1.5, f80 1.0, f128 -2.0, f80 0x3ffbcccccccccccccccd)"), std::string::npos)
      << out;
  Parsed p = parse_text(
      "func @f: f80 () {\n"
      "^e:\n"
      "  ret f80 0.1\n"
      "}\n");
  EXPECT_FALSE(p.m);
  EXPECT_NE(p.diags.find("t.kir:3:11: error: decimal constant is not exactly representable in f64; "
                         "write f80 constants as 0x bits"),
            std::string::npos)
      << p.diags;
}

TEST(IrText, IntegerConstantsRoundTripAtEveryWidth) {
  std::mt19937_64 rng(7);
  Module m;
  unsigned widths[] = {1, 2, 7, 8, 16, 31, 32, 33, 63, 64, 128};
  std::vector<Value> consts;
  for (unsigned w : widths)
    for (int k = 0; k < 50; ++k) {
      uint64_t lo = k == 0 ? 0 : k == 1 ? ~0ull : k == 2 ? (w == 128 ? 0 : 1ull << (w - 1)) : rng();
      uint64_t hi = w == 128 ? (k == 2 ? 1ull << 63 : rng()) : 0;
      consts.push_back(m.int_const(m.int_type(w), lo, hi));
    }
  consts.push_back(m.int_const(m.ptr_type(), ~0ull));
  TypeId ft = m.func_type(m.void_type(), {}, true);
  uint32_t sink = m.add_function("sink", ft, Linkage::External);
  Function& f = m.define_function(m.add_function("f", m.func_type(m.void_type(), {}, false), Linkage::External));
  Builder b(m, f);
  b.set_block(b.create_block("e"));
  b.call(ft, m.global_ref(sink), consts);
  b.ret_void();
  std::string text = to_string(m);
  EXPECT_NE(text.find("i128 -170141183460469231731687303715884105728"), std::string::npos);
  EXPECT_NE(text.find("ptr 18446744073709551615"), std::string::npos);
  EXPECT_NE(text.find("i1 1"), std::string::npos);
  EXPECT_NE(text.find("i8 -128"), std::string::npos);
  Parsed p = parse_text(text);
  ASSERT_TRUE(p.m) << p.diags;
  const Inst& call = p.m->function(0).insts[0];
  ASSERT_EQ(call.num_ops, consts.size() + 1);
  for (size_t k = 0; k < consts.size(); ++k) {
    const Constant& want = m.constant(consts[k]);
    const Constant& got = p.m->constant(p.m->function(0).operands[call.first_op + 1 + k]);
    EXPECT_EQ(got.lo, want.lo) << k;
    EXPECT_EQ(got.hi, want.hi) << k;
  }
}

TEST(IrText, ConstantsOutOfRangeAreRejected) {
  struct Case {
    const char* constant;
    const char* message;
  } cases[] = {
      {"i8 256", "constant 256 does not fit in 8 bits"},
      {"i8 -129", "constant -129 does not fit in 8 bits"},
      {"i1 2", "constant 2 does not fit in 1 bits"},
      {"i128 340282366920938463463374607431768211456", "integer constant too large"},
      {"i32 12x", "malformed integer constant"},
      {"f32 1e39", "constant out of range for f32"},
      {"f64 0x1234567812345678a", "f64 bits take at most 16 hex digits"},
      {"f64 1.2.3", "malformed floating-point constant"},
      {"i32 null", "'null' is a ptr constant"},
  };
  for (const Case& c : cases) {
    std::string text = std::string("func @s: void (...)\nfunc @f: void () {\n^e:\n  call void (...) @s(") +
                       c.constant + ")\n  ret\n}\n";
    Parsed p = parse_text(text);
    EXPECT_FALSE(p.m) << c.constant;
    EXPECT_NE(p.diags.find(c.message), std::string::npos) << c.constant << ": " << p.diags;
    EXPECT_NE(p.diags.find("t.kir:4:"), std::string::npos) << p.diags;
  }
}

// ------------------------------------------------------------ hand-written

TEST(IrText, HandWrittenConveniencesBecomeCanonical) {
  std::string out = canonical(
      "; comment line\n"
      "target \"x86_64-linux-gnu\"   ; trailing comment\n"
      "data @t: [2 x ptr] external default = { addr 8 @g+0x10, addr 8 @g -4 }\n"
      "data @g: [8 x i32] = { zero 32 }\n"
      "func @f: i64 (ptr %p) {\n"
      "entry:\n"
      "  %v = load i64 %p\n"
      "  store i32 0x10, %p\n"
      "  store %v, %p\n"
      "  memset %p, i8 0, i64 8\n"
      "  br ^exit\n"
      "exit: ret %v\n"
      "}\n");
  EXPECT_EQ(out,
            "target \"x86_64-linux-gnu\"\n"
            "\n"
            "data @t: [2 x ptr] = { addr 8 @g + 16, addr 8 @g - 4 }\n"
            "data @g: [8 x i32] = { zero 32 }\n"
            "\n"
            "func @f: i64 (ptr %p) {\n"
            "^entry:\n"
            "  %v = load i64 %p, align 8\n"
            "  store i32 16, %p, align 4\n"
            "  store %v, %p, align 8\n"
            "  memset %p, i8 0, i64 8, align 1\n"
            "  br ^exit\n"
            "^exit:\n"
            "  ret %v\n"
            "}\n");
}

TEST(IrText, ForwardReferencesResolve) {
  Parsed p = parse_text(
      "data @tab: [1 x ptr] = { blockaddr 8 @f ^b }\n"
      "data @p: ptr = { addr 8 @f }\n"
      "func @f: i32 (i32 %n) {\n"
      "^a:\n"
      "  br ^c\n"
      "^b:\n"
      "  %y = add i32 %x, i32 1\n"
      "  ret %y\n"
      "^c:\n"
      "  %x = add i32 %n, i32 1\n"
      "  %z = call i32 (i32) @g(%x)\n"
      "  indirectbr blockaddr ^b, [^b]\n"
      "}\n"
      "func @g: i32 (i32)\n");
  ASSERT_TRUE(p.m) << p.diags;
  const Module& m = *p.m;
  EXPECT_EQ(m.global(0).init[0].value, 1u);  // block ^b
  EXPECT_EQ(m.global(0).init[0].global, 2u);
  const Function& f = m.function(0);
  EXPECT_EQ(f.operands[f.insts[1].first_op], Value(Value::Inst, 3));  // %x, defined later
  EXPECT_EQ(m.find_global("g"), 3);
  EXPECT_EQ(verify_errors(m), "");
}

TEST(IrText, InstructionAndGlobalLinesAreRecorded) {
  Parsed p = parse_text(
      "\n"
      "data @d: i32 = { i32 0 }\n"
      "func @f: i32 () {\n"
      "^e:\n"
      "\n"
      "  %a = add i32 i32 1, i32 2\n"
      "  ; comment\n"
      "  ret %a\n"
      "}\n");
  ASSERT_TRUE(p.m) << p.diags;
  EXPECT_EQ(p.m->global(0).line, 2u);
  EXPECT_EQ(p.m->global(1).line, 3u);
  const Function& f = p.m->function(0);
  EXPECT_EQ(f.blocks[0].line, 4u);
  ASSERT_EQ(f.inst_lines.size(), 2u);
  EXPECT_EQ(f.inst_lines[0], 6u);
  EXPECT_EQ(f.inst_lines[1], 8u);
}

TEST(IrText, ToStringOfOneFunction) {
  Parsed p = parse_text(read_file(fs::path(KIT_SOURCE_DIR) / "tests/fuzz/ir_corpus/abi.kir"));
  ASSERT_TRUE(p.m) << p.diags;
  std::string s = to_string(*p.m, p.m->function(1));
  EXPECT_EQ(s,
            "func @first: i64 (%pair %p) {\n"
            "^entry:\n"
            "  %v = load i64 %p, align 8\n"
            "  ret %v\n"
            "}\n");
}

TEST(IrText, EmptyModule) {
  Parsed p = parse_text("");
  ASSERT_TRUE(p.m);
  EXPECT_EQ(to_string(*p.m), "");
  p = parse_text("; only a comment\n\n");
  ASSERT_TRUE(p.m);
  EXPECT_EQ(to_string(*p.m), "");
}

// ------------------------------------------------------------------ errors

struct ErrorCase {
  const char* name;
  const char* text;
  const char* located;  // expected "file:line:col: error: message"
  const char* caret;    // expected source line under it (with the caret line)
};

class IrParseError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(IrParseError, IsLocatedWithCaret) {
  const ErrorCase& c = GetParam();
  Parsed p = parse_text(c.text);
  EXPECT_FALSE(p.m);
  EXPECT_NE(p.diags.find(c.located), std::string::npos) << p.diags;
  if (c.caret) {
    EXPECT_NE(p.diags.find(c.caret), std::string::npos) << p.diags;
  }
}

const ErrorCase kErrorCases[] = {
    {"UnknownInstruction", "func @f: void () {\n^e:\n  frobnicate i32 1\n}\n",
     "t.kir:3:3: error: unknown instruction 'frobnicate'", " 3 |   frobnicate i32 1\n   |   ^\n"},
    {"UndefinedValue", "func @f: i32 () {\n^e:\n  ret %nope\n}\n", "t.kir:3:7: error: undefined value %nope",
     "   |       ^"},
    {"UndefinedBlock", "func @f: void () {\n^e:\n  br ^nowhere\n}\n",
     "t.kir:3:6: error: undefined block ^nowhere", nullptr},
    {"UnknownGlobal", "data @p: ptr = { addr 8 @missing }\n", "t.kir:1:25: error: unknown global @missing",
     nullptr},
    {"UnknownGlobalNamedLikeALocal", "func @f: i1 (f64 %x) {\n^e:\n  %o = fcmp oeq i1 %x, @x\n  ret %o\n}\n",
     "t.kir:3:24: error: unknown global @x", nullptr},  // found by the fuzzer
    {"UnknownType", "data @x: %T\n", "t.kir:1:10: error: unknown type %T", nullptr},
    {"RedefinedGlobal", "data @x: i32\ndata @x: i32\n", "t.kir:2:6: error: redefinition of @x", nullptr},
    {"RedefinedValue", "func @f: void (i32 %a) {\n^e:\n  %a = add i32 %a, %a\n  ret\n}\n",
     "t.kir:3:3: error: redefinition of %a", nullptr},
    {"RedefinedBlock", "func @f: void () {\n^e:\n  br ^e\n^e:\n  ret\n}\n",
     "t.kir:4:1: error: redefinition of block ^e", nullptr},
    {"BadIntegerType", "data @x: i65\n", "t.kir:1:10: error: integer types are i1 to i64 and i128", nullptr},
    {"BadFloatType", "data @x: f16\n", "t.kir:1:10: error: float types are f32, f64, f80 and f128", nullptr},
    {"UnterminatedString", "target \"x86\n", "t.kir:1:8: error: unterminated string", nullptr},
    {"BadEscape", "data @s: [1 x i8] = { bytes \"\\q\" }\n",
     "t.kir:1:29: error: invalid escape sequence in string", nullptr},
    {"BadHexEscape", "data @s: [1 x i8] = { bytes \"\\x4\" }\n",
     "t.kir:1:29: error: invalid \\x escape: two hex digits expected", nullptr},
    {"MissingBrace", "func @f: void () {\n^e:\n  ret\n", "t.kir:1:18: error: missing '}' for this '{'", nullptr},
    {"UnexpectedCharacter", "data @x: i32 = { i32 1 } #\n", "t.kir:1:26: error: unexpected character",
     nullptr},
    {"OutsideBlock", "func @f: void () {\n  ret\n}\n",
     "t.kir:2:3: error: instruction outside a block; start the body with a label such as ^entry:", nullptr},
    {"NamedVoid", "func @f: void () {\n^e:\n  %x = call void () @f()\n  ret\n}\n",
     "t.kir:3:3: error: 'call' produces no value to name", nullptr},
    {"BadPredicate", "func @f: i1 (i32 %a) {\n^e:\n  %c = icmp olt i1 %a, %a\n  ret %c\n}\n",
     "t.kir:3:13: error: expected an integer predicate (eq, ne, slt, ..., uge), found 'olt'", nullptr},
    {"MissingOrdering", "func @f: void () {\n^e:\n  fence\n  ret\n}\n",
     "t.kir:3:8: error: expected an atomic ordering (relaxed, acquire, release, acq_rel, seq_cst), found end of line",
     nullptr},
    {"TargetTooLate", "data @x: i32\ntarget \"x\"\n", "t.kir:2:1: error: 'target' must come before everything else",
     nullptr},
    {"AlignOnAdd", "func @f: i32 (i32 %a) {\n^e:\n  %b = add i32 %a, %a, align 4\n  ret %b\n}\n",
     "t.kir:3:24: error: 'align' does not apply to add", nullptr},
    {"CallNeedsFunctionType", "func @f: i32 () {\n^e:\n  %r = call i32 @f()\n  ret %r\n}\n",
     "t.kir:3:13: error: call needs the callee's function type, such as i32 (ptr, ...)", nullptr},
    {"FunctionNeedsFunctionType", "func @f: i32\n",
     "t.kir:1:6: error: a function's type must be a function type, such as i32 (ptr)", nullptr},
    {"UnbalancedBracket", "func @f: i32 () {\n^e:\n  %r = phi i32 [^e, i32 1\n  ret %r\n}\n",
     "t.kir:3:26: error: expected ']', found end of line", nullptr},
    {"RecordConstant", "type %S = struct {}, size 0, align 1\nfunc @f: void () {\n^e:\n  ret %S 1\n}\n",
     "t.kir:4:10: error: expected end of line, found '1'", nullptr},
    {"BlockAddrOfUnknownBlock", "data @t: ptr = { blockaddr 8 @f ^zz }\nfunc @f: void () {\n^e:\n  ret\n}\n",
     "t.kir:1:33: error: function @f has no block ^zz", nullptr},
    {"UnknownAttribute", "data @x: i32 shiny\n", "t.kir:1:14: error: unknown attribute 'shiny'", nullptr},
    {"TwoLinkages", "data @x: i32 weak internal\n", "t.kir:1:19: error: more than one linkage", nullptr},
    {"UnknownLayoutKey", "layout pointer_bits 32, colour 5\n", "t.kir:1:25: error: unknown layout key 'colour'",
     nullptr},
    {"NestingTooDeep",
     "data @x: [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x "
     "[1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x "
     "[1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x [1 x "
     "[1 x i8]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
     "error: types nested too deeply", nullptr},
};

INSTANTIATE_TEST_SUITE_P(IrText, IrParseError, ::testing::ValuesIn(kErrorCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(IrText, ErrorsInSeveralItemsAreAllReported) {
  Parsed p = parse_text(
      "data @a: i99\n"
      "data @b: i32 = { i32 1 }\n"
      "data @c: i32 = { i32 1 } junk\n");
  EXPECT_FALSE(p.m);
  EXPECT_NE(p.diags.find("t.kir:1:10:"), std::string::npos) << p.diags;
  EXPECT_NE(p.diags.find("t.kir:3:26:"), std::string::npos) << p.diags;
}

// Every prefix of every corpus file, and random byte edits of it: the parser
// either fails with a diagnostic or gives a module that prints and reparses
// to the same text. Never a crash or an exception.
TEST(IrText, TruncatedAndMutatedInputsNeverCrash) {
  std::mt19937 rng(99);
  const char junk[] = "%@^\"[](){}=,:;+-.x0129aeiz \n\t\\\x80\xff";
  size_t parsed = 0, rejected = 0;
  for (const auto& f : corpus_files()) {
    std::string text = read_file(f);
    std::vector<std::string> inputs;
    for (size_t n = 0; n < text.size(); n += 7) inputs.push_back(text.substr(0, n));
    for (int k = 0; k < 300; ++k) {
      std::string t = text;
      for (int e = 0; e < 3; ++e) {
        size_t pos = rng() % t.size();
        switch (rng() % 3) {
          case 0: t[pos] = junk[rng() % (sizeof junk - 1)]; break;
          case 1: t.erase(pos, 1 + rng() % 8); break;
          default: t.insert(pos, 1, junk[rng() % (sizeof junk - 1)]); break;
        }
        if (t.empty()) t = "x";
      }
      inputs.push_back(t);
    }
    for (const std::string& in : inputs) {
      Parsed p;
      ASSERT_NO_THROW(p = parse_text(in));
      if (!p.m) {
        EXPECT_NE(p.diags.find("error:"), std::string::npos);
        ++rejected;
        continue;
      }
      ++parsed;
      std::string a = to_string(*p.m);
      Parsed q = parse_text(a);
      ASSERT_TRUE(q.m) << q.diags << "\n--- input ---\n" << in;
      ASSERT_EQ(to_string(*q.m), a);
      std::ostringstream os;
      Diagnostics d(os);
      ASSERT_NO_THROW(verify(*p.m, d, "m.kir"));
    }
  }
  EXPECT_GT(parsed, 20u);
  EXPECT_GT(rejected, 50u);
}

TEST(IrText, BrokenBuilderModulesPrintWithoutCrashing) {
  Module m;
  TypeId i32 = m.int_type(32);
  Function& f = m.define_function(m.add_function("f", m.func_type(i32, {}, false), Linkage::External));
  Builder b(m, f);
  b.set_block(b.create_block("e"));
  b.emit(Op::Add, i32, {Value(Value::Inst, 77), Value(Value::Arg, 3)});
  b.emit(Op::Ret, 0, {Value(Value::Const, 999)});
  f.blocks[0].insts.push_back(1234);
  std::string s;
  ASSERT_NO_THROW(s = to_string(m));
  EXPECT_NE(s.find("%0 = add i32 %?1.77, %?2.3"), std::string::npos) << s;
  EXPECT_NE(s.find("ret ?const"), std::string::npos) << s;
  EXPECT_NE(s.find("?inst"), std::string::npos) << s;
}

TEST(IrText, FindGlobalOfANameThatIsNoGlobal) {
  Module m;
  m.intern("local");
  m.add_data("g", m.int_type(8), Linkage::External);
  EXPECT_EQ(m.find_global("local"), -1);
  EXPECT_EQ(m.find_global("missing"), -1);
  EXPECT_EQ(m.find_global("g"), 0);
}
