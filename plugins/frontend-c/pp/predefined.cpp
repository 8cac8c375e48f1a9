// Predefined macros (C17 6.10.8 and what GNU-compatible code expects),
// all derived from the TargetSpec and the options -- nothing here knows an
// ISA or an OS by name. They are made as the text of a <built-in> buffer of
// #define lines, read like any file, so -dM and -dD show them as written.
//
// kit presents itself as GNU C 12.2.0. Build systems read the version:
// CMake's GNU module knows -std=c11 only from GCC 4.7 and -std=c17 from
// 8.1, so the 4.2.1 clang claims made every CMAKE_C_STANDARD project fail.
// The C library headers read it too (glibc 2.36 by __GNUC_PREREQ): from 7
// _Float32/_Float64/_Float32x/_Float64x/_Float128 are keywords with f32...
// literal suffixes and __builtin_*f128 constants; from 4.3 error.h has
// extern always_inline wrappers using __builtin_va_arg_pack; 9, 10 and 11
// add the copy, access and malloc(dealloc, n) attributes; 12 lets
// _FORTIFY_SOURCE=3 use __builtin_dynamic_object_size. kit handles all of
// these (parse/declspec.cpp, literal.cpp, builtins.cpp, attributes.def), so
// 12.2 -- the Debian 12 system compiler, whose -dM kit is compared with --
// is the newest version whose header-visible features kit has. (The paths
// glibc keeps for 13 are C++ only.) What kit lacks and a header reaches
// stays a located error, never a silent wrong path: vector types (<link.h>),
// inline assembly (<sys/io.h>). <tgmath.h> from 8 calls __builtin_tgmath,
// which kit has too.
// __kit__ (and its version) tells kit apart; _MSC_VER is never defined.
//
// The order of the sources: the standard macros (6.10.8.1-3), the data
// model and C ABI facts (sizes, types, limits, float characteristics), the
// options (-O, -fPIC, -ffreestanding), then the target's own list from
// targets.toml, which may override any derived one (for a target whose
// typedef choices differ, e.g. int64_t as long long under LP64).
#include <cstdio>
#include <string>

#include "pp/impl.hpp"

#ifndef KIT_VERSION_STRING
#define KIT_VERSION_STRING "0.0.0"
#endif

namespace kit::pp {

namespace {

struct IntType {
  const char* name;     // as gcc spells it: "long unsigned int"
  unsigned bits;
  bool is_unsigned;
  const char* suffix;   // literal suffix for its max: "", "U", "L", "UL", "LL", "ULL"
};

std::string max_of(const IntType& t) {
  // gcc writes limits in hex: 0x7fffffff, 0xffffffffU, 0x7fffffffffffffffL.
  unsigned value_bits = t.is_unsigned ? t.bits : t.bits - 1;
  std::string hex = "0x";
  if (value_bits % 4) hex += static_cast<char>('0' + ((1 << (value_bits % 4)) - 1));
  hex.append(value_bits / 4, 'f');
  return hex + t.suffix;
}

struct FloatFormat {
  int mant_dig, dig, min_exp, min_10_exp, max_exp, max_10_exp, decimal_dig;
  const char* max;
  const char* min;
  const char* epsilon;
  const char* denorm_min;
};

constexpr FloatFormat kBinary32 = {24, 6, -125, -37, 128, 38, 9,
                                   "3.40282346638528859811704183484516925e+38",
                                   "1.17549435082228750796873653722224568e-38",
                                   "1.19209289550781250000000000000000000e-7",
                                   "1.40129846432481707092372958328991613e-45"};
constexpr FloatFormat kBinary64 = {53, 15, -1021, -307, 1024, 308, 17,
                                   "1.79769313486231570814527423731704357e+308",
                                   "2.22507385850720138309023271733240406e-308",
                                   "2.22044604925031308084726333618164062e-16",
                                   "4.94065645841246544176568792868221372e-324"};
constexpr FloatFormat kX87 = {64, 18, -16381, -4931, 16384, 4932, 21,
                              "1.18973149535723176502126385303097021e+4932",
                              "3.36210314311209350626267781732175260e-4932",
                              "1.08420217248550443400745280086994171e-19",
                              "3.64519953188247460252840593361941982e-4951"};
constexpr FloatFormat kBinary128 = {113, 33, -16381, -4931, 16384, 4932, 36,
                                    "1.18973149535723176508575932662800702e+4932",
                                    "3.36210314311209350626267781732175260e-4932",
                                    "1.92592994438723585305597794258492732e-34",
                                    "6.47517511943802511092443895822764655e-4966"};

}  // namespace

void PreprocessorImpl::register_builtins() {
  struct B {
    const char* name;
    Builtin kind;
  };
  static const B kBuiltins[] = {
      {"__FILE__", Builtin::File},
      {"__LINE__", Builtin::Line},
      {"__COUNTER__", Builtin::Counter},
      {"__INCLUDE_LEVEL__", Builtin::IncludeLevel},
      {"__BASE_FILE__", Builtin::BaseFile},
      {"__FILE_NAME__", Builtin::FileName},
      {"__DATE__", Builtin::Date},
      {"__TIME__", Builtin::Time},
      {"__TIMESTAMP__", Builtin::Timestamp},
      {"_Pragma", Builtin::Pragma},
      {"__has_include", Builtin::HasInclude},
      {"__has_include_next", Builtin::HasIncludeNext},
      {"__has_attribute", Builtin::HasAttribute},
      {"__has_c_attribute", Builtin::HasCAttribute},
      {"__has_cpp_attribute", Builtin::HasCppAttribute},
      {"__has_builtin", Builtin::HasBuiltin},
      {"__has_feature", Builtin::HasFeature},
      {"__has_extension", Builtin::HasExtension},
  };
  for (const B& b : kBuiltins) {
    Macro* m = new_macro();
    m->name = intern(b.name);
    m->builtin = b.kind;
    info(m->name).macro = m;
  }
}

std::string PreprocessorImpl::predefined_text() {
  std::string s;
  auto def = [&](const std::string& name, const std::string& value) {
    s += "#define ";
    s += name;
    s += ' ';
    s += value;
    s += '\n';
  };
  // 6.10.8.1, 6.10.8.3
  def("__STDC__", "1");
  if (std_version_) def("__STDC_VERSION__", std::to_string(std_version_) + "L");
  def("__STDC_HOSTED__", opts_.freestanding ? "0" : "1");
  def("__STDC_UTF_16__", "1");
  def("__STDC_UTF_32__", "1");
  if (opts_.undef) return s;
  def("__STDC_IEC_559__", "1");
  def("__STDC_IEC_559_COMPLEX__", "1");
  if (!gnu_mode_) def("__STRICT_ANSI__", "1");

  // A GNU C compiler (see the essay above).
  def("__GNUC__", "12");
  def("__GNUC_MINOR__", "2");
  def("__GNUC_PATCHLEVEL__", "0");
  def("__VERSION__", "\"12.2.0 Compatible kit " KIT_VERSION_STRING "\"");
  if (std_version_ >= 199901) def("__GNUC_STDC_INLINE__", "1");
  else def("__GNUC_GNU_INLINE__", "1");
  def("__kit__", "1");
  {
    std::string v = KIT_VERSION_STRING;
    size_t a = v.find('.'), b = v.find('.', a + 1);
    def("__kit_major__", v.substr(0, a));
    def("__kit_minor__", v.substr(a + 1, b - a - 1));
    def("__kit_patchlevel__", v.substr(b + 1));
    def("__kit_version__", "\"" + v + "\"");
  }
  def("__CHAR_BIT__", "8");
  def("__ORDER_LITTLE_ENDIAN__", "1234");
  def("__ORDER_BIG_ENDIAN__", "4321");
  def("__ORDER_PDP_ENDIAN__", "3412");
  const char* order = target_.endian == Endian::Big ? "__ORDER_BIG_ENDIAN__" : "__ORDER_LITTLE_ENDIAN__";
  def("__BYTE_ORDER__", order);
  def("__FLOAT_WORD_ORDER__", order);
  if (!char_signed_) def("__CHAR_UNSIGNED__", "1");
  def("__ATOMIC_RELAXED", "0");
  def("__ATOMIC_CONSUME", "1");
  def("__ATOMIC_ACQUIRE", "2");
  def("__ATOMIC_RELEASE", "3");
  def("__ATOMIC_ACQ_REL", "4");
  def("__ATOMIC_SEQ_CST", "5");
  def("__USER_LABEL_PREFIX__", target_.format == "macho" ? "_" : "");
  def("__REGISTER_PREFIX__", "");
  def("__FINITE_MATH_ONLY__", "0");
  def("__GCC_IEC_559", "2");
  def("__GCC_IEC_559_COMPLEX", "2");

  // The data model.
  unsigned ptr = target_.pointer_size();
  unsigned lng = target_.long_size();
  const IntType schar{"signed char", 8, false, ""}, uchar{"unsigned char", 8, true, ""};
  const IntType sshort{"short int", 16, false, ""}, ushort{"short unsigned int", 16, true, ""};
  const IntType sint{"int", 32, false, ""}, uint{"unsigned int", 32, true, "U"};
  const IntType slong{"long int", lng * 8, false, "L"}, ulong{"long unsigned int", lng * 8, true, "UL"};
  const IntType sllong{"long long int", 64, false, "LL"}, ullong{"long long unsigned int", 64, true, "ULL"};
  const IntType& s64 = lng == 8 ? slong : sllong;
  const IntType& u64 = lng == 8 ? ulong : ullong;
  const IntType& sptr = ptr == lng ? slong : ptr == 8 ? sllong : sint;
  const IntType& uptr = ptr == lng ? ulong : ptr == 8 ? ullong : uint;
  const IntType& smax = s64;
  const IntType& umax = u64;
  IntType wchar = wchar_bits_ == 16 ? (wchar_signed_ ? sshort : ushort) : (wchar_signed_ ? sint : uint);
  IntType wint = wchar_bits_ == 16 ? ushort : uint;
  // int_fastN_t: the word for 16 and 32 bits when long is the word.
  const IntType& fast16 = lng == 8 ? slong : target_.data_model == DataModel::LLP64 ? sshort : sint;
  const IntType& ufast16 = lng == 8 ? ulong : target_.data_model == DataModel::LLP64 ? ushort : uint;
  const IntType& fast32 = lng == 8 ? slong : sint;
  const IntType& ufast32 = lng == 8 ? ulong : uint;

  def("__SIZEOF_INT__", "4");
  def("__SIZEOF_LONG__", std::to_string(lng));
  def("__SIZEOF_LONG_LONG__", "8");
  def("__SIZEOF_SHORT__", "2");
  def("__SIZEOF_POINTER__", std::to_string(ptr));
  def("__SIZEOF_FLOAT__", "4");
  def("__SIZEOF_DOUBLE__", "8");
  const FloatFormat* ld = &kBinary64;
  unsigned ld_size = 8;
  if (target_.long_double == "x87-80") ld = &kX87, ld_size = ptr == 8 ? 16 : 12;
  else if (target_.long_double == "binary128") ld = &kBinary128, ld_size = 16;
  def("__SIZEOF_LONG_DOUBLE__", std::to_string(ld_size));
  def("__SIZEOF_SIZE_T__", std::to_string(ptr));
  def("__SIZEOF_WCHAR_T__", std::to_string(wchar_bits_ / 8));
  def("__SIZEOF_WINT_T__", std::to_string(wint.bits / 8));
  def("__SIZEOF_PTRDIFF_T__", std::to_string(ptr));
  if (ptr == 8) def("__SIZEOF_INT128__", "16");
  if (ld == &kX87) def("__SIZEOF_FLOAT80__", "16");
  def("__BIGGEST_ALIGNMENT__", ptr == 8 ? "16" : "8");

  auto type = [&](const char* what, const IntType& t) { def(std::string("__") + what + "_TYPE__", t.name); };
  auto max = [&](const char* what, const IntType& t) { def(std::string("__") + what + "_MAX__", max_of(t)); };
  auto width = [&](const char* what, const IntType& t) {
    def(std::string("__") + what + "_WIDTH__", std::to_string(t.bits));
  };
  type("SIZE", uptr);
  type("PTRDIFF", sptr);
  type("WCHAR", wchar);
  type("WINT", wint);
  type("INTMAX", smax);
  type("UINTMAX", umax);
  type("CHAR16", ushort);
  type("CHAR32", uint);
  type("SIG_ATOMIC", sint);
  type("INT8", schar);
  type("INT16", sshort);
  type("INT32", sint);
  type("INT64", s64);
  type("UINT8", uchar);
  type("UINT16", ushort);
  type("UINT32", uint);
  type("UINT64", u64);
  type("INT_LEAST8", schar);
  type("INT_LEAST16", sshort);
  type("INT_LEAST32", sint);
  type("INT_LEAST64", s64);
  type("UINT_LEAST8", uchar);
  type("UINT_LEAST16", ushort);
  type("UINT_LEAST32", uint);
  type("UINT_LEAST64", u64);
  type("INT_FAST8", schar);
  type("INT_FAST16", fast16);
  type("INT_FAST32", fast32);
  type("INT_FAST64", s64);
  type("UINT_FAST8", uchar);
  type("UINT_FAST16", ufast16);
  type("UINT_FAST32", ufast32);
  type("UINT_FAST64", u64);
  type("INTPTR", sptr);
  type("UINTPTR", uptr);

  max("SCHAR", schar);
  max("SHRT", sshort);
  max("INT", sint);
  max("LONG", slong);
  max("LONG_LONG", sllong);
  max("WCHAR", wchar);
  def("__WCHAR_MIN__", wchar.is_unsigned ? std::string("0") + wchar.suffix : "(-__WCHAR_MAX__ - 1)");
  max("WINT", wint);
  def("__WINT_MIN__", std::string("0") + wint.suffix);
  max("PTRDIFF", sptr);
  max("SIZE", uptr);
  max("INTMAX", smax);
  max("UINTMAX", umax);
  max("SIG_ATOMIC", sint);
  def("__SIG_ATOMIC_MIN__", "(-__SIG_ATOMIC_MAX__ - 1)");
  max("INT8", schar);
  max("INT16", sshort);
  max("INT32", sint);
  max("INT64", s64);
  max("UINT8", uchar);
  max("UINT16", ushort);
  max("UINT32", uint);
  max("UINT64", u64);
  max("INT_LEAST8", schar);
  max("INT_LEAST16", sshort);
  max("INT_LEAST32", sint);
  max("INT_LEAST64", s64);
  max("UINT_LEAST8", uchar);
  max("UINT_LEAST16", ushort);
  max("UINT_LEAST32", uint);
  max("UINT_LEAST64", u64);
  max("INT_FAST8", schar);
  max("INT_FAST16", fast16);
  max("INT_FAST32", fast32);
  max("INT_FAST64", s64);
  max("UINT_FAST8", uchar);
  max("UINT_FAST16", ufast16);
  max("UINT_FAST32", ufast32);
  max("UINT_FAST64", u64);
  max("INTPTR", sptr);
  max("UINTPTR", uptr);
  width("SCHAR", schar);
  width("SHRT", sshort);
  width("INT", sint);
  width("LONG", slong);
  width("LONG_LONG", sllong);
  width("WCHAR", wchar);
  width("WINT", wint);
  width("PTRDIFF", sptr);
  width("SIZE", uptr);
  width("INTMAX", smax);
  width("SIG_ATOMIC", sint);
  width("INT_LEAST8", schar);
  width("INT_LEAST16", sshort);
  width("INT_LEAST32", sint);
  width("INT_LEAST64", s64);
  width("INT_FAST8", schar);
  width("INT_FAST16", fast16);
  width("INT_FAST32", fast32);
  width("INT_FAST64", s64);
  width("INTPTR", sptr);
  // Constant suffix macros for <stdint.h>'s INTn_C.
  auto cmacro = [&](const char* what, const IntType& t) {
    std::string body = *t.suffix && t.bits >= 32 ? std::string("c ## ") + t.suffix : "c";
    def(std::string("__") + what + "_C(c)", body);
  };
  cmacro("INT8", schar);
  cmacro("INT16", sshort);
  cmacro("INT32", sint);
  cmacro("INT64", s64);
  cmacro("UINT8", uchar);
  cmacro("UINT16", ushort);
  cmacro("UINT32", uint);
  cmacro("UINT64", u64);
  cmacro("INTMAX", smax);
  cmacro("UINTMAX", umax);

  // Floating types.
  auto flt = [&](const char* p, const FloatFormat& f, const std::string& cast_pre,
                 const std::string& cast_post) {
    std::string n = std::string("__") + p + "_";
    def(n + "MANT_DIG__", std::to_string(f.mant_dig));
    def(n + "DIG__", std::to_string(f.dig));
    def(n + "MIN_EXP__", "(" + std::to_string(f.min_exp) + ")");
    def(n + "MIN_10_EXP__", "(" + std::to_string(f.min_10_exp) + ")");
    def(n + "MAX_EXP__", std::to_string(f.max_exp));
    def(n + "MAX_10_EXP__", std::to_string(f.max_10_exp));
    def(n + "DECIMAL_DIG__", std::to_string(f.decimal_dig));
    def(n + "MAX__", cast_pre + f.max + cast_post);
    def(n + "NORM_MAX__", cast_pre + f.max + cast_post);
    def(n + "MIN__", cast_pre + f.min + cast_post);
    def(n + "EPSILON__", cast_pre + f.epsilon + cast_post);
    def(n + "DENORM_MIN__", cast_pre + f.denorm_min + cast_post);
    def(n + "HAS_DENORM__", "1");
    def(n + "HAS_INFINITY__", "1");
    def(n + "HAS_QUIET_NAN__", "1");
    def(n + "IS_IEC_60559__", "2");
  };
  def("__FLT_RADIX__", "2");
  def("__FLT_EVAL_METHOD__", "0");
  def("__FLT_EVAL_METHOD_TS_18661_3__", "0");
  def("__DECIMAL_DIG__", std::to_string(ld->decimal_dig));
  flt("FLT", kBinary32, "", "F");
  flt("DBL", kBinary64, "((double)", "L)");
  flt("LDBL", *ld, "", "L");
  // The _FloatN and _FloatNx types (TS 18661-3) as gcc 7+ describes them;
  // <float.h> and glibc's <bits/floatn.h> read these. _Float64x is long
  // double, _Float128 binary128 whatever long double is.
  flt("FLT32", kBinary32, "", "F32");
  flt("FLT64", kBinary64, "", "F64");
  flt("FLT128", kBinary128, "", "F128");
  flt("FLT32X", kBinary64, "", "F32x");
  flt("FLT64X", *ld, "", "F64x");

  // Atomics: every target kit has is 64-bit and lock-free up to 8 bytes.
  for (const char* t : {"BOOL", "CHAR", "CHAR16_T", "CHAR32_T", "WCHAR_T", "SHORT", "INT", "LONG",
                        "LLONG", "POINTER"})
    def(std::string("__GCC_ATOMIC_") + t + "_LOCK_FREE", "2");
  def("__GCC_ATOMIC_TEST_AND_SET_TRUEVAL", "1");
  for (int n : {1, 2, 4, 8}) def("__GCC_HAVE_SYNC_COMPARE_AND_SWAP_" + std::to_string(n), "1");

  // Options.
  if (opts_.opt_level > 0) def("__OPTIMIZE__", "1");
  else def("__NO_INLINE__", "1");
  if (opts_.pic || opts_.pie) {
    def("__pic__", "2");
    def("__PIC__", "2");
  }
  if (opts_.pie) {
    def("__pie__", "2");
    def("__PIE__", "2");
  }

  // The target's own list (targets.toml); it may override the above.
  for (const std::string& m : target_.macros) {
    size_t eq = m.find('=');
    std::string name = m.substr(0, eq);
    if (name == "__CHAR_UNSIGNED__") continue;  // follows -f[un]signed-char, set above
    std::string value = eq == std::string::npos ? "1" : m.substr(eq + 1);
    if (s.find("#define " + name + " ") != std::string::npos) s += "#undef " + name + "\n";
    def(name, value);
  }
  return s;
}

}  // namespace kit::pp
