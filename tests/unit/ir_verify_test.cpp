// The kit IR verifier (sdk/src/ir/verify.cpp): one module per rule that
// breaks exactly that rule, and the located message it must produce.
// Modules are written as .kir text where the text can say it (the parser
// builds what the text says and leaves every rule to the verifier); the
// rest (unused aux bits, out-of-range indices) are built directly.
#include <gtest/gtest.h>

#include <sstream>

#include "kit/diag.hpp"
#include "kit/ir/builder.hpp"
#include "kit/ir/text.hpp"
#include "kit/ir/verify.hpp"

using namespace kit;
using namespace kit::ir;

namespace {

// Parses text (must parse), verifies, returns what the verifier reported.
std::string verify_text(const std::string& text, bool* ok = nullptr) {
  std::ostringstream parse_out;
  Diagnostics pd(parse_out);
  auto m = parse(text, "t.kir", pd);
  EXPECT_TRUE(m) << parse_out.str();
  if (!m) return "<parse failed>";
  std::ostringstream os;
  Diagnostics d(os);
  bool r = verify(*m, d, "t.kir");
  if (ok) *ok = r;
  EXPECT_EQ(r, os.str().empty()) << os.str();
  return os.str();
}

std::string verify_module(const Module& m) {
  std::ostringstream os;
  Diagnostics d(os);
  bool r = verify(m, d, "m.kir");
  EXPECT_EQ(r, os.str().empty());
  return os.str();
}

// A function @f of type `sig` whose body is `body` (with ^entry: added),
// after `globals`.
std::string fn(const std::string& sig, const std::string& body, const std::string& globals = "") {
  return globals + "func @f: " + sig + " {\n^entry:\n" + body + "}\n";
}

struct Case {
  const char* name;
  std::string text;
  const char* message;  // expected in the output, with its location
};

class IrVerifyRule : public ::testing::TestWithParam<Case> {};

TEST_P(IrVerifyRule, IsReportedWithLocation) {
  const Case& c = GetParam();
  bool ok = true;
  std::string out = verify_text(c.text, &ok);
  EXPECT_FALSE(ok) << c.text;
  EXPECT_NE(out.find(c.message), std::string::npos) << "expected: " << c.message << "\ngot: " << out
                                                    << "\n--- module ---\n" << c.text;
}

const std::string kDecls =
    "func @callee: i32 (i32, ptr)\n"
    "func @vcallee: i32 (ptr, ...)\n"
    "type %S = struct { 0: i64, 8: i64 }, size 16, align 8\n"
    "func @takes: void (%S)\n"
    "data @d: i32 = { i32 0 }\n";

const Case kCases[] = {
    // ------------------------------------------------------------ types
    {"FieldOutsideRecord", "type %R = struct { 0: i32, 4: i64 }, size 8, align 4\n",
     "t.kir: error: type %R: field 2: field at offset 4 of size 8 does not fit in 8 bytes"},
    {"BitFieldOutsideUnit", "type %R = struct { 0: i8 bit 4 width 5 }, size 1, align 1\n",
     "type %R: field 1: bit-field bits 4..8 exceed i8"},
    {"BitFieldOnFloat", "type %R = struct { 0: f32 bit 0 width 3 }, size 4, align 4\n",
     "type %R: field 1: a bit-field's storage type must be an integer"},
    {"RecordAlignNotPowerOfTwo", "type %R = struct { 0: i8 }, size 3, align 3\n",
     "type %R: record alignment must be a power of two"},
    {"RecordSizeNotMultiple", "type %R = struct { 0: i32 }, size 6, align 4\n",
     "type %R: record size must be a multiple of its alignment"},
    {"ArrayOfVoid", "data @x: [4 x void]\n", "type [4 x void]: array element type must be sized"},
    {"VoidParameter", "func @g: void (void)\n", "type void (void): parameter types must be sized"},
    // ---------------------------------------------------------- globals
    {"CommonFunction", "func @g: void () common\n", "t.kir:1: error: @g: common linkage applies to data only"},
    {"InternalUndefined", "data @x: i32 internal\n", "t.kir:1: error: @x: internal global has no definition"},
    {"LinkOnceUndefined", "func @g: void () linkonce\n", "@g: linkonce global has no definition"},
    {"ThreadLocalFunction", "func @g: void () thread_local\n",
     "@g: thread_local, readonly and strings apply to data only"},
    {"NoInlineOnData", "data @x: i32 noinline = { i32 0 }\n",
     "@x: noreturn, noinline and always_inline apply to functions only"},
    {"NoInlineAndAlwaysInline", "func @g: void () noinline always_inline\n",
     "@g: noinline and always_inline together"},
    {"DllImportDefined", "data @x: i32 dllimport = { i32 0 }\n",
     "@x: a dllimport global is defined in another module"},
    {"DllImportAndExport", "data @x: i32 dllimport dllexport\n", "@x: dllimport and dllexport together"},
    {"GlobalAlignNotPowerOfTwo", "data @x: i32 align 6 = { i32 0 }\n", "@x: alignment must be a power of two"},
    {"InitializerTooSmall", "data @x: i64 = { i32 1 }\n", "t.kir:1: error: @x: initializer is 4 bytes, but i64 is 8"},
    {"InitializerTooBig", "data @x: [2 x i8] = { bytes \"abc\" }\n", "@x: initializer is 3 bytes, but [2 x i8] is 2"},
    {"AddressSize", "data @y: i16 = { addr 2 @y }\n",
     "@y: initializer item 1: an address takes 4 or 8 bytes, at most the pointer size"},
    {"BlockAddrOfEntry",
     "data @t: ptr = { blockaddr 8 @g ^entry }\nfunc @g: void () {\n^entry:\n  ret\n}\n",
     "@t: initializer item 1: the entry block has no address"},
    {"CommonWithData", "data @x: i32 common = { i32 1 }\n",
     "@x: a common global is zero-initialized; it cannot have data"},
    {"DataOfFunctionType", "data @x: void ()\n", "@x: data must have a sized type, not void ()"},
    {"AliasToDeclaration", "data @x: i32\nalias @a: i32 = @x\n",
     "t.kir:2: error: @a: alias target @x is not defined in this module"},
    {"AliasCycle", "alias @a: i32 = @b\nalias @b: i32 = @a\n", "@a: alias cycle"},
    {"CtorType", "func @c: i32 () {\n^entry:\n  ret i32 0\n}\nctor @c priority 5\n",
     "ctor @c: must have type void ()"},
    {"CtorPriority", "func @c: void () {\n^entry:\n  ret\n}\ndtor @c priority 70000\n",
     "dtor @c: priority must be 0..65535"},
    {"CtorOfData", "data @x: i32 = { i32 0 }\nctor @x\n", "ctor @x: not a function"},
    // -------------------------------------------------------- structure
    {"NoBlocks", "func @f: void () {\n}\n", "t.kir:1: error: function @f: a defined function needs at least one block"},
    {"EmptyBlock", fn("void ()", "  br ^b\n^a:\n^b:\n  ret\n"),
     "t.kir:4: error: function @f, block ^a: empty block: every block ends with a terminator"},
    {"MissingTerminator", fn("i32 ()", "  %x = add i32 i32 1, i32 2\n"),
     "t.kir:3: error: function @f, block ^entry: %x = add: block does not end with a terminator"},
    {"TerminatorInTheMiddle", fn("void ()", "  ret\n  br ^b\n^b:\n  ret\n"),
     "t.kir:3: error: function @f, block ^entry: ret: terminator in the middle of a block"},
    {"PhiAfterNonPhi",
     fn("i32 (i32 %a)", "  br ^b\n^b:\n  %x = add i32 %a, %a\n  %p = phi i32 [^entry, %a]\n  ret %p\n"),
     "t.kir:6: error: function @f, block ^b: %p = phi: phi after a non-phi instruction"},
    {"BranchToEntry", fn("void ()", "  br ^entry\n"),
     "function @f, block ^entry: br: the entry block cannot be a branch target"},
    {"BlockAddrOfEntryInCode", fn("ptr ()", "  ret blockaddr ^entry\n"),
     "ret: the entry block cannot be a branch target or have its address taken"},
    // ----------------------------------------------------------- typing
    {"OperandCount", fn("i32 (i32 %a)", "  %x = add i32 %a\n  ret %x\n"),
     "t.kir:3: error: function @f, block ^entry: %x = add: expects 2 operands, has 1"},
    {"OperandType", fn("i32 (i32 %a, i64 %b)", "  %x = add i32 %a, %b\n  ret %x\n"),
     "%x = add: operand 2 has type i64, expected i32"},
    {"AddOnFloat", fn("f64 (f64 %a)", "  %x = add f64 %a, %a\n  ret %x\n"),
     "%x = add: result type f64 must be an integer"},
    {"FAddOnInt", fn("i32 (i32 %a)", "  %x = fadd i32 %a, %a\n  ret %x\n"),
     "%x = fadd: result type i32 must be a float"},
    {"BSwapOnI8", fn("i8 (i8 %a)", "  %x = bswap i8 %a\n  ret %x\n"), "%x = bswap: bswap needs a whole number"},
    {"ICmpMixedTypes", fn("i1 (i32 %a, i64 %b)", "  %c = icmp eq i1 %a, %b\n  ret %c\n"),
     "%c = icmp: compares i32 with i64"},
    {"ICmpOnFloats", fn("i1 (f64 %a)", "  %c = icmp eq i1 %a, %a\n  ret %c\n"),
     "%c = icmp: icmp compares integers or pointers, not f64"},
    {"FCmpOnInts", fn("i1 (i32 %a)", "  %c = fcmp oeq i1 %a, %a\n  ret %c\n"),
     "%c = fcmp: fcmp compares floats, not i32"},
    {"CmpResultFloat", fn("f32 (i32 %a)", "  %c = icmp eq f32 %a, %a\n  ret %c\n"),
     "%c = icmp: result type f32 must be an integer"},
    {"TruncWidens", fn("i64 (i32 %a)", "  %x = trunc i64 %a\n  ret %x\n"),
     "%x = trunc: cannot convert i32 to i64 (a narrower integer)"},
    {"ZExtNarrows", fn("i8 (i32 %a)", "  %x = zext i8 %a\n  ret %x\n"),
     "%x = zext: cannot convert i32 to i8 (a wider integer)"},
    {"SExtSameWidth", fn("i32 (i32 %a)", "  %x = sext i32 %a\n  ret %x\n"), "%x = sext: cannot convert i32 to i32"},
    {"FPExtNarrows", fn("f32 (f64 %a)", "  %x = fpext f32 %a\n  ret %x\n"), "%x = fpext: cannot convert f64 to f32"},
    {"FPTruncWidens", fn("f80 (f64 %a)", "  %x = fptrunc f80 %a\n  ret %x\n"), "%x = fptrunc: cannot convert f64 to f80"},
    {"FPToSIFromInt", fn("i32 (i32 %a)", "  %x = fptosi i32 %a\n  ret %x\n"), "%x = fptosi: cannot convert i32 to i32 (float to integer)"},
    {"SIToFPToInt", fn("i32 (i32 %a)", "  %x = sitofp i32 %a\n  ret %x\n"), "(integer to float)"},
    {"PtrToIntFromInt", fn("i64 (i64 %a)", "  %x = ptrtoint i64 %a\n  ret %x\n"), "(ptr to integer)"},
    {"IntToPtrFromPtr", fn("ptr (ptr %a)", "  %x = inttoptr ptr %a\n  ret %x\n"), "(integer to ptr)"},
    {"BitcastWidth", fn("f64 (i32 %a)", "  %x = bitcast f64 %a\n  ret %x\n"),
     "%x = bitcast: cannot convert i32 to f64 (between integer and float types of the same width)"},
    {"CopyType", fn("i64 (i32 %a)", "  %x = copy i64 %a\n  ret %x\n"), "%x = copy: operand 1 has type i32, expected i64"},
    {"SelectFloatCondition", fn("i32 (f64 %c, i32 %a)", "  %x = select i32 %c, %a, %a\n  ret %x\n"),
     "%x = select: operand 1 has type f64, expected an integer condition"},
    {"PtrAddFloatOffset", fn("ptr (ptr %p, f64 %o)", "  %x = ptradd ptr %p, %o\n  ret %x\n"),
     "%x = ptradd: operand 2 has type f64, expected an integer offset"},
    {"LoadAggregate", kDecls + fn("void (ptr %p)", "  %x = load %S %p, align 8\n  ret\n"),
     "%x = load: loads a scalar (integer, float or ptr), not %S"},
    {"LoadAlignment", fn("i32 (ptr %p)", "  %x = load i32 %p, align 3\n  ret %x\n"),
     "%x = load: alignment 3 is not a power of two"},
    {"LoadFromInt", fn("i32 (i64 %p)", "  %x = load i32 %p, align 4\n  ret %x\n"),
     "%x = load: the address has type i64, expected ptr"},
    {"AtomicLoadRelease", fn("i32 (ptr %p)", "  %x = load release i32 %p, align 4\n  ret %x\n"),
     "%x = load: an atomic load cannot have release semantics"},
    {"AtomicLoadI128", fn("i128 (ptr %p)", "  %x = load seq_cst i128 %p, align 16\n  ret %x\n"),
     "%x = load: atomic accesses are 1, 2, 4 or 8 bytes"},
    {"AtomicStoreAcquire", fn("void (ptr %p)", "  store acquire i32 1, %p, align 4\n  ret\n"),
     "store: an atomic store cannot have acquire semantics"},
    {"StoreAlignZero", fn("void (ptr %p)", "  store i32 1, %p, align 0\n  ret\n"),
     "store: alignment 0 is not a power of two"},
    {"StoreToInt", fn("void (i64 %p)", "  store i32 1, %p, align 4\n  ret\n"),
     "store: the address has type i64, expected ptr"},
    {"MemSetByteType", fn("void (ptr %p)", "  memset %p, i32 0, i64 4, align 1\n  ret\n"),
     "memset: the byte has type i32, expected i8"},
    {"MemCopyFromInt", fn("void (ptr %p)", "  memcpy %p, i64 0, i64 4, align 1\n  ret\n"),
     "memcpy: the source has type i64, expected ptr"},
    {"AllocaFloatSize", fn("ptr (f64 %n)", "  %x = alloca ptr %n, align 8\n  ret %x\n"),
     "%x = alloca: operand 1 has type f64, expected an integer size"},
    {"AtomicRMWFloat", fn("f32 (ptr %p)", "  %x = atomicrmw add seq_cst f32 %p, f32 1.0\n  ret %x\n"),
     "%x = atomicrmw: operates on integers of 1, 2, 4 or 8 bytes"},
    {"AtomicRMWValueType", fn("i32 (ptr %p)", "  %x = atomicrmw add seq_cst i32 %p, i64 1\n  ret %x\n"),
     "%x = atomicrmw: operand 2 has type i64, expected i32"},
    {"CmpXchgFailureRelease", fn("i32 (ptr %p)", "  %x = cmpxchg seq_cst release i32 %p, i32 0, i32 1\n  ret %x\n"),
     "%x = cmpxchg: the failure ordering cannot be release or acq_rel"},
    {"FenceRelaxed", fn("void ()", "  fence relaxed\n  ret\n"), "fence: needs acquire, release, acq_rel or seq_cst"},
    {"CallTypeMismatch", kDecls + fn("i32 ()", "  %r = call i32 (i32) @callee(i32 1)\n  ret %r\n"),
     "%r = call: call type i32 (i32) does not match the type of @callee, i32 (i32, ptr)"},
    {"CallArgumentCount", kDecls + fn("i32 ()", "  %r = call i32 (i32, ptr) @callee(i32 1)\n  ret %r\n"),
     "%r = call: passes 1 argument to i32 (i32, ptr)"},
    {"CallArgumentType", kDecls + fn("i32 ()", "  %r = call i32 (i32, ptr) @callee(i64 1, ptr null)\n  ret %r\n"),
     "%r = call: argument 1 has type i64, expected i32"},
    {"CallTooManyNotVariadic",
     kDecls + fn("i32 ()", "  %r = call i32 (i32, ptr) @callee(i32 1, ptr null, i32 3)\n  ret %r\n"),
     "passes 3 arguments to i32 (i32, ptr)"},
    {"CallAggregateByValue", kDecls + fn("void (i64 %x)", "  call void (%S) @takes(%x)\n  ret\n"),
     "call: argument 1 (the address of a %S) has type i64, expected ptr"},
    {"CallVariadicMissingFixed", kDecls + fn("i32 ()", "  %r = call i32 (ptr, ...) @vcallee()\n  ret %r\n"),
     "passes 0 arguments to i32 (ptr, ...)"},
    {"CallData", kDecls + fn("void ()", "  call void () @d()\n  ret\n"), "call: callee @d is not a function"},
    {"CallIndirectThroughInt", fn("void (i64 %p)", "  call void () %p()\n  ret\n"),
     "call: the callee has type i64, expected ptr"},
    {"TailCallNotLast", kDecls + fn("i32 ()", "  %r = call tail i32 (ptr, ...) @vcallee(ptr null)\n  %s = add i32 %r, %r\n  ret %s\n"),
     "%r = call: a tail call must be followed by a ret of its result"},
    {"TailCallReturnType", kDecls + fn("void ()", "  %r = call tail i32 (ptr, ...) @vcallee(ptr null)\n  ret %r\n"),
     "the function returns void; ret takes no operand"},
    {"VaStartNotVariadic", fn("void (ptr %ap)", "  va_start %ap\n  ret\n"),
     "va_start: va_start in a function that is not variadic"},
    {"RetMissingValue", fn("i32 ()", "  ret\n"), "ret: the function returns i32; ret needs one operand"},
    {"RetWrongType", fn("i32 ()", "  ret i64 0\n"), "ret: the returned value has type i64, expected i32"},
    {"RetAggregateByValue", kDecls + fn("%S (i64 %x)", "  ret %x\n"),
     "ret: the address of the returned aggregate has type i64, expected ptr"},
    {"CondBrOnFloat", fn("void (f64 %c)", "  condbr %c, ^a, ^a\n^a:\n  ret\n"),
     "condbr: operand 1 has type f64, expected an integer condition"},
    {"SwitchDuplicateCase", fn("void (i32 %x)", "  switch %x, ^a, [i32 1, ^a], [i32 1, ^b]\n^a:\n  ret\n^b:\n  ret\n"),
     "switch: duplicate case value"},
    {"SwitchCaseType", fn("void (i32 %x)", "  switch %x, ^a, [i64 1, ^b]\n^a:\n  ret\n^b:\n  ret\n"),
     "switch: case 1 has type i64, expected i32"},
    {"SwitchCaseNotConstant", fn("void (i32 %x)", "  switch %x, ^a, [%x, ^b]\n^a:\n  ret\n^b:\n  ret\n"),
     "switch: case 1 is not an integer constant"},
    {"SwitchOnPointer", fn("void (ptr %x)", "  switch %x, ^a\n^a:\n  ret\n"), "switch: switches on an integer, not ptr"},
    {"BranchToValue", fn("void (i32 %x)", "  br %x\n"), "br: operand 1 must be a block"},
    {"BlockAsValue", fn("i32 (i32 %x)", "  %y = add i32 %x, ^b\n  ret %y\n^b:\n  ret %x\n"),
     "%y = add: operand 2 is a block where a value is expected"},
    {"IndirectBrToValue", fn("void (ptr %p)", "  indirectbr %p, [%p]\n"), "indirectbr: operand 2 must be a block"},
    // --------------------------------------------------------------- SSA
    {"UseBeforeDefinition", fn("i32 (i32 %a)", "  %x = add i32 %y, %a\n  %y = add i32 %a, %a\n  ret %x\n"),
     "t.kir:3: error: function @f, block ^entry: %x = add: uses %y before its definition"},
    {"SelfUse", fn("i32 (i32 %a)", "  %x = add i32 %x, %a\n  ret %x\n"), "%x = add: uses %x before its definition"},
    {"NotDominated",
     fn("i32 (i1 %c)", "  condbr %c, ^a, ^b\n^a:\n  %x = add i32 i32 1, i32 2\n  br ^b\n^b:\n  ret %x\n"),
     "t.kir:8: error: function @f, block ^b: ret: %x (defined in block ^a) does not dominate this use"},
    {"PhiValueNotDominatingEdge",
     fn("i32 (i1 %c)",
        "  condbr %c, ^a, ^b\n^a:\n  %x = add i32 i32 1, i32 2\n  br ^j\n^b:\n  br ^j\n^j:\n"
        "  %p = phi i32 [^a, %x], [^b, %x]\n  ret %p\n"),
     "%p = phi: %x (defined in block ^a) does not dominate the end of incoming block ^b"},
    {"PhiMissingPredecessor",
     fn("i32 (i1 %c)", "  condbr %c, ^a, ^b\n^a:\n  br ^j\n^b:\n  br ^j\n^j:\n  %p = phi i32 [^a, i32 1]\n  ret %p\n"),
     "%p = phi: no incoming value for predecessor ^b"},
    {"PhiNotPredecessor",
     fn("i32 ()", "  br ^j\n^x:\n  br ^x\n^j:\n  %p = phi i32 [^entry, i32 1], [^x, i32 2]\n  ret %p\n"),
     "%p = phi: block ^x is not a predecessor"},
    {"PhiBlockTwice", fn("i32 ()", "  br ^j\n^j:\n  %p = phi i32 [^entry, i32 1], [^entry, i32 2]\n  ret %p\n"),
     "%p = phi: lists block ^entry twice"},
    {"PhiOddOperands", fn("i32 ()", "  br ^j\n^j:\n  %p = phi i32 [^entry, i32 1], ^entry\n  ret %p\n"),
     "%p = phi: operands come in [block, value] pairs"},
    {"PhiTypeMismatch", fn("i32 ()", "  br ^j\n^j:\n  %p = phi i32 [^entry, i64 1]\n  ret %p\n"),
     "%p = phi: operand 2 has type i64, expected i32"},
};

INSTANTIATE_TEST_SUITE_P(IrVerify, IrVerifyRule, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace

// ------------------------------------------------------------------- valid

TEST(IrVerify, ValidProgramsPass) {
  bool ok = false;
  // Loops with phis, unreachable code using anything, aggregates by address.
  std::string text = kDecls + fn("i64 (i64 %n, ptr %s)",
                                 "  br ^loop\n"
                                 "^loop:\n"
                                 "  %i = phi i64 [^entry, i64 0], [^loop, %i2]\n"
                                 "  %i2 = add i64 %i, i64 1\n"
                                 "  %c = icmp slt i8 %i2, %n\n"
                                 "  condbr %c, ^loop, ^done\n"
                                 "^dead:\n"
                                 "  %z = add i64 %later, i64 1\n"
                                 "  br ^done\n"
                                 "^done:\n"
                                 "  %later = phi i64 [^loop, %i2], [^dead, %z]\n"
                                 "  call void (%S) @takes(%s)\n"
                                 "  ret %later\n");
  EXPECT_EQ(verify_text(text, &ok), "");
  EXPECT_TRUE(ok);
}

TEST(IrVerify, VaArgOfAggregateIsAnAddress) {
  std::string text = kDecls + fn("i64 (i32 %n, ...)",
                                 "  %ap = alloca ptr i64 24, align 8\n"
                                 "  va_start %ap\n"
                                 "  %s = va_arg %S %ap\n"
                                 "  %v = load i64 %s, align 8\n"
                                 "  va_end %ap\n"
                                 "  ret %v\n");
  EXPECT_EQ(verify_text(text), "");
}

TEST(IrVerify, EveryMessageCarriesFileAndLine) {
  std::string out = verify_text(fn("i32 (i32 %a)", "  %x = add i32 %a\n  %y = fadd i32 %a, %a\n  ret %x\n"));
  std::istringstream lines(out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    ++n;
    EXPECT_EQ(line.rfind("t.kir:", 0), 0u) << line;
  }
  EXPECT_EQ(n, 2);
  EXPECT_NE(out.find("t.kir:3: error:"), std::string::npos);
  EXPECT_NE(out.find("t.kir:4: error:"), std::string::npos);
}

// ------------------------------------------------------- builder-made IR

namespace {
struct Fixture {
  Module m;
  TypeId i32 = m.int_type(32);
  Function* f = nullptr;
  Builder* b = nullptr;
  std::unique_ptr<Builder> owned;
  explicit Fixture(bool variadic = false) {
    uint32_t g = m.add_function("f", m.func_type(i32, std::vector<TypeId>{i32}, variadic), Linkage::External);
    f = &m.define_function(g);
    owned = std::make_unique<Builder>(m, *f);
    b = owned.get();
    b->set_block(b->create_block("entry"));
  }
};
}  // namespace

TEST(IrVerify, BuilderErrorsHaveNoLineButNameTheInstruction) {
  Fixture x;
  Value v = x.b->emit(Op::Add, x.i32, {x.b->arg(0), x.b->arg(0)}, /*aux=*/4);
  x.b->ret(v);
  EXPECT_EQ(verify_module(x.m),
            "m.kir: error: function @f, block ^entry: %1 = add: aux set (4) on an opcode that does not use it\n");
}

TEST(IrVerify, UnusedFlagsMustBeZero) {
  Fixture x;
  Value v = x.b->emit(Op::Add, x.i32, {x.b->arg(0), x.b->arg(0)}, 0, kTail);
  x.b->ret(v);
  EXPECT_NE(verify_module(x.m).find("%1 = add: flags set that this opcode does not use"), std::string::npos);
}

TEST(IrVerify, VoidOpcodesHaveVoidType) {
  Fixture x;
  x.b->emit(Op::Br, x.i32, {x.b->block_ref(x.b->create_block("b"))});
  x.b->set_block(1);
  x.b->ret(x.b->arg(0));
  EXPECT_NE(verify_module(x.m).find("block ^entry: br: type must be void for this opcode"), std::string::npos);
}

TEST(IrVerify, OperandOutOfRange) {
  Fixture x;
  x.b->ret(Value(Value::Arg, 5));
  EXPECT_NE(verify_module(x.m).find("ret: operand 1 is invalid or out of range"), std::string::npos);
}

TEST(IrVerify, InstructionInTwoBlocks) {
  Fixture x;
  x.b->ret(x.b->arg(0));
  x.f->blocks.push_back(Block{});
  x.f->blocks.back().insts.push_back(0);
  EXPECT_NE(verify_module(x.m).find("instruction #0 appears twice"), std::string::npos);
}

TEST(IrVerify, UseOfResultlessInstruction) {
  Fixture x;
  x.b->store(x.b->arg(0), x.m.global_ref(x.f->global), 4);
  x.b->ret(Value(Value::Inst, 0));
  EXPECT_NE(verify_module(x.m).find("ret: operand 1 uses an instruction without a result"), std::string::npos);
}

TEST(IrVerify, InvalidPredicateAndOrdering) {
  Fixture x;
  Value c = x.b->emit(Op::ICmp, x.i32, {x.b->arg(0), x.b->arg(0)}, uint16_t(Pred::OLt));
  x.b->emit(Op::Fence, 0, std::span<const Value>{}, 9);
  x.b->ret(c);
  std::string out = verify_module(x.m);
  EXPECT_NE(out.find("%1 = icmp: invalid predicate for icmp"), std::string::npos) << out;
  EXPECT_NE(out.find("fence: needs acquire, release, acq_rel or seq_cst"), std::string::npos) << out;
}

TEST(IrVerify, InitializerItemSizes) {
  Module m;
  uint32_t g = m.add_data("x", m.int_type(32), Linkage::External);
  m.global(g).init.push_back(InitItem{InitItem::Int, 3, 0, 0, 0, 0, 0});
  m.global(g).defined = true;
  uint32_t h = m.add_data("y", m.int_type(64), Linkage::External);
  m.init_addr(h, 8, 99);
  std::string out = verify_module(m);
  EXPECT_NE(out.find("@x: initializer item 1: integer size must be 1, 2, 4, 8 or 16 bytes"), std::string::npos) << out;
  EXPECT_NE(out.find("@y: initializer item 1: address of a global that does not exist"), std::string::npos) << out;
}

TEST(IrVerify, ParamNamesMatchParameters) {
  Fixture x;
  x.b->ret(x.b->arg(0));
  x.f->param_names.push_back(0);
  EXPECT_NE(verify_module(x.m).find("function @f: has 2 parameter names for 1 parameters"), std::string::npos);
}

TEST(IrVerify, UnknownGlobalFlags) {
  Module m;
  uint32_t g = m.add_data("x", m.int_type(8), Linkage::External);
  m.global(g).flags = 1u << 12;
  EXPECT_NE(verify_module(m).find("@x: unknown flag bits"), std::string::npos);
}

TEST(IrVerify, EmptyGlobalName) {
  Module m;
  m.add_data("", m.int_type(8), Linkage::External);
  EXPECT_NE(verify_module(m).find("a global needs a name"), std::string::npos);
}

TEST(IrVerify, VaArgOfVoid) {
  Fixture x(true);
  Value ap = x.b->slot(24, 8);
  x.b->va_start_(ap);
  x.b->emit(Op::VaArg, x.m.void_type(), {ap});
  x.b->ret(x.b->arg(0));
  EXPECT_NE(verify_module(x.m).find("va_arg: reads a sized type, not void"), std::string::npos);
}
