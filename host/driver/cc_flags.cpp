// The flag table of kit cc / kit cpp (see cc_flags.hpp for the three kinds).
//
// The rule for "Ignored": a flag may be accepted without effect only when
// no program can behave differently for it -- kit already does what it asks
// (-fno-stack-protector, -mno-red-zone), it only permits optimizations kit
// does not make (-fno-strict-aliasing, -ffast-math, -mtune=), it only
// shapes diagnostics (-fmax-errors=), or it is hardening that changes only
// what a program with undefined behaviour does (-fstack-protector*, listed
// apart in docs/DRIVER.md so nobody mistakes kit's output for hardened).
// A flag that would make a correct program behave differently and that kit
// does not honour is Unsupported: an error, never a quietly other binary.
//
// Matching: an exact spelling wins; otherwise the longest spelling that
// prefixes the argument among the Joined/JoinedOrSeparate/Prefix entries
// (so -Wl,x is -Wl, and not -W, and -isystem/x is not -I).
#include "cc_flags.hpp"

#include <cctype>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kit/diag.hpp"
#include "ld_flags.hpp"

namespace kit::host {

namespace {


std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t c = s.find(',', start);
    out.push_back(s.substr(start, c == std::string::npos ? std::string::npos : c - start));
    if (c == std::string::npos) break;
    start = c + 1;
  }
  return out;
}

// gcc's warning names (gcc_warnings.def); "format=" takes a value.
const char* const kGccWarnings[] = {
#define KIT_GCC_WARNING(name) name,
#include "gcc_warnings.def"
#undef KIT_GCC_WARNING
};

bool is_gcc_warning(std::string_view name) {
  size_t eq = name.find('=');
  std::string_view key = eq == std::string_view::npos ? name : name.substr(0, eq + 1);
  if (eq != std::string_view::npos && eq + 1 == name.size()) return false;  // "-Wformat="
  for (const char* w : kGccWarnings)
    if (key == w) return true;
  return false;
}

void warning_flag(CcCommand& c, const std::string& spelled) {
  c.fo.warning_flags.push_back(spelled);
}

using C = CcCommand;
using S = const std::string&;
constexpr auto Impl = FlagKind::Implemented;
constexpr auto Ign = FlagKind::Ignored;
constexpr auto Unsup = FlagKind::Unsupported;
constexpr auto Flag = FlagForm::Flag;
constexpr auto Joined = FlagForm::Joined;
constexpr auto Sep = FlagForm::Separate;
constexpr auto JoS = FlagForm::JoinedOrSeparate;
constexpr auto Prefix = FlagForm::Prefix;

// Flags that are parsed by the preprocessor entries again when they come
// through -Wp, or -Xpreprocessor.
void parse_nested(C& c, const std::vector<std::string>& words);

// Each Ignored/Unsupported entry needs no action; the reason is its doc.
const CcFlag kFlags[] = {
    // --- What to produce --------------------------------------------------
    {"-c", Flag, Impl, "compile each source to an object file; no link", [](C& c, S) { c.compile_only = true; }},
    {"-S", Flag, Impl, "write the generated code as GNU assembler source (.s)", [](C& c, S) { c.assembly = true; }},
    {"-E", Flag, Impl, "preprocess only, to standard output (or -o)", [](C& c, S) { c.preprocess_only = true; }},
    {"-fsyntax-only", Flag, Impl, "check the sources; write nothing", [](C& c, S) { c.syntax_only = true; }},
    {"-o", JoS, Impl, "the output file", [](C& c, S v) { c.output = v; }, "-o FILE"},
    {"-x", JoS, Impl,
     "the language of the inputs that follow: c, cpp-output (preprocessed C), c-header (-E only: kit writes no precompiled headers), kir; none: by suffix again",
     [](C& c, S v) {
       if (v == "none") c.lang.clear();
       else if (v == "c" || v == "cpp-output" || v == "kir" || v == "c-header") c.lang = v;
       else if (v == "assembler" || v == "assembler-with-cpp")
         throw Error("-x " + v + ": kit cannot assemble yet");
       else
         throw Error("language " + v + " not recognized");
     }, "-x LANG"},
    {"-pipe", Flag, Ign, "kit keeps every intermediate in memory; there are no temporary files to replace by pipes"},
    {"-v", Flag, Impl, "print kit's version, target and each step (compile, link, their inputs) on standard error",
     [](C& c, S) { c.verbose = true; }},
    {"--version", Flag, Impl, "print the version and exit", [](C& c, S) { c.info = "version"; }},
    {"--help", Flag, Impl, "print this table and exit", [](C& c, S) { c.info = "help"; }},
    {"-dumpversion", Flag, Impl, "print the GNU C version kit presents (`__GNUC__`: 12.2.0) and exit",
     [](C& c, S) { c.info = "dumpversion"; }},
    {"-dumpfullversion", Flag, Impl, "the same as -dumpversion", [](C& c, S) { c.info = "dumpversion"; }},
    {"-dumpmachine", Flag, Impl, "print the target triple and exit", [](C& c, S) { c.info = "dumpmachine"; }},
    {"-print-prog-name=", Joined, Impl,
     "print the kit tool that does NAME's job (ld -> kit-ld beside kit), or NAME, and exit",
     [](C& c, S v) { c.info = "print-prog-name", c.info_arg = v; }, "-print-prog-name=NAME"},
    {"-print-file-name=", Joined, Impl,
     "print where the link finds library or object NAME (searched like the link's -L, runtime and "
     "system directories; include: kit's own header directory), or NAME, and exit",
     [](C& c, S v) { c.info = "print-file-name", c.info_arg = v; }, "-print-file-name=NAME"},
    {"-print-libgcc-file-name", Flag, Impl, "-print-file-name=libgcc.a",
     [](C& c, S) { c.info = "print-file-name", c.info_arg = "libgcc.a"; }},
    {"-print-search-dirs", Flag, Impl, "print the library search directories (gcc's format) and exit",
     [](C& c, S) { c.info = "print-search-dirs"; }},
    {"-print-multiarch", Flag, Impl, "print the Debian multiarch name of the target (x86_64-linux-gnu), or nothing",
     [](C& c, S) { c.info = "print-multiarch"; }},
    {"-save-temps", Prefix, Unsup, "kit has no intermediate files to keep"},

    // --- Optimization -----------------------------------------------------
    {"-O", Prefix, Impl,
     "-O0 -O -O1 -O2 -O3 -Os -Oz -Og -Ofast: kit has one code generator, so every level generates the "
     "same code; a level above 0 defines `__OPTIMIZE__` (and -Os/-Oz `__OPTIMIZE_SIZE__`) as gcc does "
     "(headers choose inline versions by them)",
     [](C& c, S v) {
       int level;
       if (v.empty()) level = 1;
       else if (v == "s" || v == "z" || v == "g" || v == "fast") level = v == "g" ? 1 : 2;
       else if (v.find_first_not_of("0123456789") == std::string::npos && v.size() < 4) level = std::stoi(v);
       else throw Error("argument to '-O' should be a non-negative integer, 'g', 's', 'z' or 'fast'");
       c.co.opt_level = c.fo.opt_level = level > 3 ? 3 : level;
       c.opt_size = v == "s" || v == "z";
     }, "-O<level>"},
    {"-fomit-frame-pointer", Flag, Impl, "functions do not keep a frame pointer", [](C& c, S) { c.co.omit_frame_pointer = true; }},
    {"-fno-omit-frame-pointer", Flag, Impl, "functions keep a frame pointer (the default)", [](C& c, S) { c.co.omit_frame_pointer = false; }},
    {"-fstrict-aliasing", Flag, Ign, "kit does no type-based alias analysis"},
    {"-fno-strict-aliasing", Flag, Ign, "kit does no type-based alias analysis"},
    {"-fwrapv", Flag, Ign, "kit's signed arithmetic wraps in two's complement and is never optimized on overflow being undefined"},
    {"-fno-strict-overflow", Flag, Ign, "kit's signed arithmetic wraps in two's complement and is never optimized on overflow being undefined"},
    {"-fstrict-overflow", Flag, Ign, "permits optimizations kit does not make"},
    {"-fno-delete-null-pointer-checks", Flag, Ign, "kit never removes a null pointer check"},
    {"-fno-builtin", Prefix, Ign,
     "kit never replaces a call to a library function by inline code; calls stay calls with or without it",
     nullptr, "-fno-builtin, -fno-builtin-<function>"},
    {"-fbuiltin", Flag, Ign, "kit never replaces a call to a library function by inline code"},
    {"-finline", Prefix, Ign, "kit does not inline functions", nullptr, "-finline*"},
    {"-fno-inline", Prefix, Ign, "kit does not inline functions", nullptr, "-fno-inline*"},
    {"-funroll-loops", Flag, Ign, "permits an optimization kit does not make"},
    {"-fno-unroll-loops", Flag, Ign, "kit does not unroll loops"},
    {"-ftree-vectorize", Flag, Ign, "permits an optimization kit does not make"},
    {"-fno-tree-vectorize", Flag, Ign, "kit does not vectorize"},
    {"-foptimize-sibling-calls", Flag, Ign, "permits an optimization kit does not make"},
    {"-fno-optimize-sibling-calls", Flag, Ign, "kit does not turn calls into jumps"},
    {"-fno-semantic-interposition", Flag, Ign, "permits optimizations kit does not make"},
    {"-fmerge-constants", Flag, Ign, "permits an optimization kit does not make"},
    {"-fno-merge-constants", Flag, Ign, "kit does not merge constants across objects"},
    {"-flto", Prefix, Ign, "kit writes ordinary objects; link-time optimization only permits optimizations",
     nullptr, "-flto, -flto=<n>"},
    {"-fno-lto", Flag, Ign, "kit writes ordinary objects"},
    {"-ffat-lto-objects", Flag, Ign, "kit writes ordinary objects"},
    {"-fno-fat-lto-objects", Flag, Ign, "kit writes ordinary objects"},
    {"-ffast-math", Flag, Ign,
     "permits relaxing IEEE semantics; kit keeps them, which every -ffast-math program must accept "
     "(`__FAST_MATH__` stays undefined)"},
    {"-fno-fast-math", Flag, Ign, "kit keeps IEEE semantics"},
    {"-fno-math-errno", Flag, Ign, "permits not setting errno; kit's calls to the C library set it"},
    {"-fmath-errno", Flag, Ign, "kit's calls to the C library set errno"},
    {"-funsafe-math-optimizations", Flag, Ign, "permits relaxing IEEE semantics; kit keeps them"},
    {"-ffinite-math-only", Flag, Ign, "permits assuming no NaN or infinity; kit does not assume it"},
    {"-fno-trapping-math", Flag, Ign, "permits optimizations kit does not make"},
    {"-fno-signed-zeros", Flag, Ign, "permits optimizations kit does not make"},
    {"-ffp-contract=off", Flag, Ign, "kit never fuses a multiply and an add"},
    {"-ffp-contract=fast", Flag, Ign, "permits an optimization kit does not make"},
    {"-frounding-math", Flag, Unsup, "kit folds floating-point constants in round-to-nearest at compile time"},

    // --- Debug information --------------------------------------------------
    {"-g", Prefix, Ign,
     "debug information is not generated yet: the code and data are the same with and without -g, "
     "as with gcc; only the debug sections are missing",
     nullptr, "-g, -g<level>, -ggdb, -gdwarf-<n>"},

    // --- Diagnostics -------------------------------------------------------
    {"-W", Prefix, Impl,
     "turn a warning on; the name must be one gcc knows (-Wall, -Wextra, -Wformat=2, ...) or it is an "
     "error, as with gcc. The C frontend emits the warnings listed in "
     "plugins/frontend-c/parse/options.hpp; the rest produce no messages",
     [](C& c, S v) {
       if (!is_gcc_warning(v)) throw Error("unrecognized command-line option '-W" + v + "'");
       warning_flag(c, "-W" + v);
     }, "-W<warning>"},
    {"-Wno-", Prefix, Impl, "turn a warning off; unknown names are accepted, as gcc does",
     [](C& c, S v) { warning_flag(c, "-Wno-" + v); }, "-Wno-<warning>"},
    {"-Werror", Flag, Impl, "warnings are errors (exit status 1)", [](C& c, S) { c.fo.werror = true; }},
    {"-Wno-error", Flag, Impl, "undoes -Werror", [](C& c, S) { c.fo.werror = false; }},
    {"-Werror=", Joined, Impl, "turn one warning on, as an error",
     [](C& c, S v) {
       if (!is_gcc_warning(v)) throw Error("-Werror=" + v + ": no option -W" + v);
       warning_flag(c, "-Werror=" + v);
     }, "-Werror=<warning>"},
    {"-Wno-error=", Prefix, Impl, "that warning stays a warning under -Werror",
     [](C& c, S v) { warning_flag(c, "-Wno-error=" + v); }, "-Wno-error=<warning>"},
    {"-w", Flag, Impl, "no warnings at all", [](C& c, S) { c.fo.no_warnings = true; }},
    {"-pedantic", Flag, Impl, "warnings ISO C requires (-Wpedantic)", [](C& c, S) { warning_flag(c, "-Wpedantic"); }},
    {"-pedantic-errors", Flag, Impl, "those warnings as errors (-Werror=pedantic)",
     [](C& c, S) { warning_flag(c, "-Werror=pedantic"); }},
    {"-fdiagnostics-color", Flag, Impl, "colored diagnostics", [](C& c, S) { c.color = 1; }},
    {"-fno-diagnostics-color", Flag, Impl, "no colors", [](C& c, S) { c.color = 0; }},
    {"-fdiagnostics-color=", Joined, Impl, "always, never or auto (on a terminal)",
     [](C& c, S v) {
       if (v == "always") c.color = 1;
       else if (v == "never") c.color = 0;
       else if (v == "auto") c.color = -1;
       else throw Error("argument '" + v + "' to '-fdiagnostics-color=' is not valid");
     }, "-fdiagnostics-color=WHEN"},
    {"-finput-charset=", Joined, Impl, "the source character set: UTF-8, the only one kit reads",
     [](C&, S v) {
       std::string l;
       for (char ch : v) l += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
       if (l != "utf-8" && l != "utf8") throw Error("-finput-charset=" + v + ": kit reads sources as UTF-8 only");
     }, "-finput-charset=UTF-8"},
    {"-fmax-errors=", Joined, Ign, "only limits how many messages are printed", nullptr, "-fmax-errors=N"},
    {"-fmessage-length=", Joined, Ign, "only shapes how messages are printed", nullptr, "-fmessage-length=N"},
    {"-fdiagnostics-show-option", Flag, Ign, "only shapes how messages are printed"},
    {"-fno-diagnostics-show-option", Flag, Ign, "only shapes how messages are printed"},
    {"-fdiagnostics-show-caret", Flag, Ign, "only shapes how messages are printed"},
    {"-fno-diagnostics-show-caret", Flag, Ign, "only shapes how messages are printed"},

    // --- Preprocessor --------------------------------------------------------
    {"-D", JoS, Impl, "define a macro (NAME or NAME=VALUE)", [](C& c, S v) { c.fo.macro_ops.push_back({true, v}); }, "-D NAME[=VALUE]"},
    {"-U", JoS, Impl, "undefine a macro", [](C& c, S v) { c.fo.macro_ops.push_back({false, v}); }, "-U NAME"},
    {"-I", JoS, Impl, "search DIR for #include \"...\" and <...>", [](C& c, S v) { c.fo.include_dirs.push_back(v); }, "-I DIR"},
    {"-iquote", JoS, Impl, "search DIR for #include \"...\" only", [](C& c, S v) { c.fo.quote_dirs.push_back(v); }, "-iquote DIR"},
    {"-isystem", JoS, Impl, "search DIR as a system directory", [](C& c, S v) { c.fo.system_dirs.push_back(v); }, "-isystem DIR"},
    {"-idirafter", JoS, Impl, "search DIR after the system directories", [](C& c, S v) { c.fo.after_dirs.push_back(v); }, "-idirafter DIR"},
    {"-include", JoS, Impl, "include FILE before the source", [](C& c, S v) { c.fo.forced_includes.push_back(v); }, "-include FILE"},
    {"-imacros", JoS, Impl, "take FILE's macros, drop its output", [](C& c, S v) { c.fo.macro_includes.push_back(v); }, "-imacros FILE"},
    {"-nostdinc", Flag, Impl, "no system or kit include directories", [](C& c, S) { c.fo.no_std_inc = true; }},
    {"-undef", Flag, Impl, "no target or system macros", [](C& c, S) { c.fo.undef = true; }},
    {"-trigraphs", Flag, Impl, "replace trigraphs", [](C& c, S) { c.fo.trigraphs = true; }},
    {"-std=", Joined, Impl, "the language standard: c89/c90/c99/c11/c17/c2x, their gnu* and iso9899:* names",
     [](C& c, S v) { c.fo.std = v; }, "-std=STD"},
    {"-ansi", Flag, Impl, "the same as -std=c90", [](C& c, S) { c.fo.std = "c90"; }},
    {"-ffreestanding", Flag, Impl, "`__STDC_HOSTED__` is 0", [](C& c, S) { c.fo.freestanding = true; }},
    {"-fhosted", Flag, Impl, "`__STDC_HOSTED__` is 1 (the default)", [](C& c, S) { c.fo.freestanding = false; }},
    {"-fsigned-char", Flag, Impl, "plain char is signed", [](C& c, S) { c.fo.char_signed = 1; }},
    {"-fno-unsigned-char", Flag, Impl, "plain char is signed", [](C& c, S) { c.fo.char_signed = 1; }},
    {"-funsigned-char", Flag, Impl, "plain char is unsigned", [](C& c, S) { c.fo.char_signed = 0; }},
    {"-fno-signed-char", Flag, Impl, "plain char is unsigned", [](C& c, S) { c.fo.char_signed = 0; }},
    {"-P", Flag, Impl, "no line markers in preprocessed output", [](C& c, S) { c.fo.no_line_markers = true; }},
    {"-dM", Flag, Impl, "print the macros defined at the end instead of the output", [](C& c, S) { c.fo.dump_macros = 'M'; }},
    {"-dD", Flag, Impl, "print #define lines along with the output", [](C& c, S) { c.fo.dump_macros = 'D'; }},
    {"-dN", Flag, Impl, "print #define NAME lines along with the output", [](C& c, S) { c.fo.dump_macros = 'N'; }},
    {"-H", Flag, Impl, "print each header's name on standard error", [](C& c, S) { c.fo.print_includes = true; }},
    {"-M", Flag, Impl, "print a make rule for the source, with system headers (implies -E)",
     [](C& c, S) { c.fo.deps.enabled = c.fo.deps.only = true, c.fo.deps.system = true; }},
    {"-MM", Flag, Impl, "the same without system headers",
     [](C& c, S) { c.fo.deps.enabled = c.fo.deps.only = true, c.fo.deps.system = false; }},
    {"-MD", Flag, Impl, "write the make rule to a .d file while compiling",
     [](C& c, S) { c.fo.deps.enabled = true, c.fo.deps.system = true; }},
    {"-MMD", Flag, Impl, "the same without system headers",
     [](C& c, S) { c.fo.deps.enabled = true, c.fo.deps.system = false; }},
    {"-MF", JoS, Impl, "the file the rule goes to", [](C& c, S v) { c.fo.deps.file = v; }, "-MF FILE"},
    {"-MT", JoS, Impl, "the rule's target, as given", [](C& c, S v) { c.fo.deps.targets.push_back({v, false}); }, "-MT TARGET"},
    {"-MQ", JoS, Impl, "the rule's target, quoted for make", [](C& c, S v) { c.fo.deps.targets.push_back({v, true}); }, "-MQ TARGET"},
    {"-MP", Flag, Impl, "a phony target per header", [](C& c, S) { c.fo.deps.phony = true; }},
    {"-MG", Flag, Impl, "missing headers are generated files", [](C& c, S) { c.fo.deps.missing_ok = true; }},
    {"--sysroot=", Joined, Impl, "the target's system root (headers and libraries)",
     [](C& c, S v) { c.fo.sysroot = c.lr.sysroot = v; }, "--sysroot=DIR"},
    {"--sysroot", Sep, Impl, "the same as --sysroot=DIR", [](C& c, S v) { c.fo.sysroot = c.lr.sysroot = v; }, "--sysroot DIR"},
    {"-Wp,", Joined, Impl, "preprocessor flags, comma-separated, taken as if given directly",
     [](C& c, S v) { parse_nested(c, split_commas(v)); }, "-Wp,FLAG[,...]"},
    {"-Xpreprocessor", Sep, Impl, "one preprocessor flag", [](C& c, S v) { parse_nested(c, {v}); }, "-Xpreprocessor FLAG"},

    // --- Code generation ---------------------------------------------------
    {"-fPIC", Flag, Impl, "position-independent code (for shared libraries)", [](C& c, S) { c.pic = 1; }},
    {"-fpic", Flag, Impl, "the same as -fPIC (kit's GOT has no size limit to respect)", [](C& c, S) { c.pic = 1; }},
    {"-fno-PIC", Flag, Impl, "position-dependent code", [](C& c, S) { c.pic = 0; }},
    {"-fno-pic", Flag, Impl, "position-dependent code", [](C& c, S) { c.pic = 0; }},
    {"-fPIE", Flag, Impl, "position-independent code for an executable", [](C& c, S) { c.pie_code = 1; }},
    {"-fpie", Flag, Impl, "the same as -fPIE", [](C& c, S) { c.pie_code = 1; }},
    {"-fno-PIE", Flag, Impl, "code for a position-dependent executable", [](C& c, S) { c.pie_code = 0; }},
    {"-fno-pie", Flag, Impl, "code for a position-dependent executable", [](C& c, S) { c.pie_code = 0; }},
    {"-fcommon", Flag, Impl, "tentative definitions become common symbols", [](C& c, S) { warning_flag(c, "-fcommon"); }},
    {"-fno-common", Flag, Impl, "tentative definitions are ordinary definitions (the default)",
     [](C& c, S) { warning_flag(c, "-fno-common"); }},
    {"-ffunction-sections", Flag, Impl, "each function in its own section", [](C& c, S) { c.co.function_sections = true; }},
    {"-fno-function-sections", Flag, Impl, "functions share .text (the default)", [](C& c, S) { c.co.function_sections = false; }},
    {"-fdata-sections", Flag, Impl, "each variable in its own section", [](C& c, S) { c.co.data_sections = true; }},
    {"-fno-data-sections", Flag, Impl, "variables share their sections (the default)", [](C& c, S) { c.co.data_sections = false; }},
    {"-fvisibility=", Joined, Impl,
     "default is kit's behaviour; hidden, protected and internal are not supported yet (an error)",
     [](C&, S v) {
       if (v != "default")
         throw Error("-fvisibility=" + v + " is not supported: kit gives symbols default visibility "
                     "(use __attribute__((visibility)) in the source)");
     }, "-fvisibility=default"},
    {"-fsigned-bitfields", Flag, Ign, "plain int bit-fields are signed in kit, as it asks"},
    {"-funsigned-bitfields", Flag, Unsup, "plain int bit-fields are signed in kit"},
    {"-fshort-enums", Flag, Unsup, "changes the ABI; kit's enums are int-sized"},
    {"-fshort-wchar", Flag, Unsup, "changes the ABI; kit's wchar_t is the target's"},
    {"-fgnu89-inline", Flag, Impl, "GNU89 inline semantics (inline: an external definition; extern inline: for inlining only)",
     [](C& c, S) { warning_flag(c, "-fgnu89-inline"); }},
    {"-fno-gnu89-inline", Flag, Impl, "C99 inline semantics (the default from -std=gnu99 on)",
     [](C& c, S) { warning_flag(c, "-fno-gnu89-inline"); }},
    {"-fms-extensions", Flag, Unsup, "kit does not implement Microsoft's C extensions"},
    {"-fno-asynchronous-unwind-tables", Flag, Ign, "kit writes no unwind tables, as it asks"},
    {"-fno-unwind-tables", Flag, Ign, "kit writes no unwind tables, as it asks"},
    {"-fno-exceptions", Flag, Ign, "kit writes no unwind tables, as it asks"},
    {"-fasynchronous-unwind-tables", Flag, Unsup, "kit writes no unwind tables (.eh_frame) yet"},
    {"-funwind-tables", Flag, Unsup, "kit writes no unwind tables (.eh_frame) yet"},
    {"-fexceptions", Flag, Unsup, "kit writes no unwind tables (.eh_frame) yet"},
    {"-fno-ident", Flag, Ign, "kit writes no .comment section, as it asks"},
    {"-fident", Flag, Ign, "only names the compiler in .comment, which no program reads"},
    {"-fno-plt", Flag, Ign,
     "how an external call is made, not what it does: kit's calls go through the PLT and bind to the same function"},
    {"-fplt", Flag, Ign, "kit's calls go through the PLT, as it asks"},
    {"-fno-stack-protector", Flag, Ign, "kit adds no stack canaries, as it asks"},
    {"-fstack-protector", Prefix, Ign,
     "hardening: kit adds no stack canaries, which changes only what a program that overflows a buffer "
     "does (it is not stopped); kit's output is not hardened",
     nullptr, "-fstack-protector, -fstack-protector-strong, -fstack-protector-all, -fstack-protector-explicit"},
    {"-fstack-clash-protection", Flag, Ign,
     "hardening: kit does not probe large stack allocations page by page; kit's output is not hardened"},
    {"-fno-stack-clash-protection", Flag, Ign, "kit does not probe stack allocations, as it asks"},
    {"-fcf-protection", Prefix, Ign,
     "hardening: kit writes no endbr64 and no CET property note, so the linked program runs without "
     "control-flow enforcement; kit's output is not hardened",
     nullptr, "-fcf-protection, -fcf-protection=<kind>"},
    {"-fuse-ld=", Joined, Ign, "kit always links with its own linker", nullptr, "-fuse-ld=<linker>"},
    {"-fsanitize=", Joined, Unsup, "kit has no sanitizer runtime", nullptr, "-fsanitize=<checks>"},
    {"-fprofile-arcs", Flag, Unsup, "kit does not instrument code"},
    {"-ftest-coverage", Flag, Unsup, "kit does not instrument code"},
    {"--coverage", Flag, Unsup, "kit does not instrument code"},
    {"-pg", Flag, Unsup, "kit does not instrument code"},
    {"-finstrument-functions", Flag, Unsup, "kit does not instrument code"},
    {"-fopenmp", Flag, Unsup, "kit does not implement OpenMP"},
    {"-ftrapv", Flag, Unsup, "kit's signed arithmetic wraps; it does not trap"},

    // --- Machine -----------------------------------------------------------
    {"-m64", Flag, Impl, "a 64-bit target (an error on a 32-bit one)", [](C& c, S) { c.machine_flags.push_back("-m64"); }},
    {"-m32", Flag, Unsup, "kit compiles for the --target given; 32-bit x86 is not a kit target"},
    {"-mx32", Flag, Unsup, "kit compiles for the --target given; x32 is not a kit target"},
    {"-march=", Joined, Impl,
     "the target's baseline (x86-64, armv8-a, rv64gc) or native for it; kit generates baseline code, so "
     "any other CPU is an error",
     [](C& c, S v) { c.march = v; }, "-march=<baseline>"},
    {"-mtune=", Joined, Ign, "kit does no CPU-specific scheduling", nullptr, "-mtune=<cpu>"},
    {"-mno-red-zone", Flag, Ign, "kit never uses the red zone below the stack pointer, as it asks"},
    {"-mred-zone", Flag, Ign, "permits an optimization kit does not make"},
    {"-mcmodel=small", Flag, Ign, "the code model kit generates"},

    // --- Link -------------------------------------------------------------
    {"-l", JoS, Impl, "link with libNAME (.so or .a), in command-line order",
     [](C& c, S v) {
       flush_linker_words(c);
       c.lo.inputs.push_back({link::Input::Library, v});
     }, "-l NAME"},
    {"-L", JoS, Impl, "search DIR for -l libraries", [](C& c, S v) { c.lo.library_paths.push_back(v); }, "-L DIR"},
    {"-Wl,", Joined, Impl, "linker flags, comma-separated (kit ld's flags, docs/LINKER.md)",
     [](C& c, S v) {
       for (auto& w : split_commas(v)) c.linker_words.push_back(w);
     }, "-Wl,FLAG[,...]"},
    {"-Xlinker", Sep, Impl, "one linker word (-Xlinker -z -Xlinker now)", [](C& c, S v) { c.linker_words.push_back(v); }, "-Xlinker WORD"},
    {"-u", JoS, Impl, "start the link with SYMBOL undefined", [](C& c, S v) { c.lo.undefined.push_back(v); }, "-u SYMBOL"},
    {"-static", Flag, Impl, "a static executable", [](C& c, S) { c.lr.is_static = true; }},
    {"-shared", Flag, Impl, "a shared library (implies -fPIC code)", [](C& c, S) { c.lr.shared = true; }},
    {"-static-pie", Flag, Impl, "a static position-independent executable", [](C& c, S) { c.lr.static_pie = true; }},
    {"-pie", Flag, Impl, "a position-independent executable", [](C& c, S) { c.lr.pie = 1; }},
    {"-no-pie", Flag, Impl, "a position-dependent executable", [](C& c, S) { c.lr.pie = 0; }},
    {"-nopie", Flag, Impl, "the same as -no-pie", [](C& c, S) { c.lr.pie = 0; }},
    {"-rdynamic", Flag, Impl, "export every symbol of the executable (--export-dynamic)", [](C& c, S) { c.lo.export_dynamic = true; }},
    {"-s", Flag, Impl, "strip the output's symbol table", [](C& c, S) { c.lo.strip_all = true; }},
    {"-nostdlib", Flag, Impl, "neither startup files nor default libraries",
     [](C& c, S) { c.lr.no_start_files = c.lr.no_default_libs = true; }},
    {"-nostartfiles", Flag, Impl, "no startup files (crt1.o, crti.o, ...)", [](C& c, S) { c.lr.no_start_files = true; }},
    {"-nodefaultlibs", Flag, Impl, "no default libraries (-lc, ...)", [](C& c, S) { c.lr.no_default_libs = true; }},
    {"-pthread", Flag, Impl, "compile: define `_REENTRANT`; link: with -lpthread",
     [](C& c, S) {
       c.fo.macro_ops.push_back({true, "_REENTRANT"});
       c.lr.pthread = true;
     }},
    {"-T", JoS, Unsup, "kit's linker does not read linker scripts", nullptr, "-T SCRIPT"},
    {"-Wa,", Joined, Impl,
     "assembler flags: kit has no assembler step, so only --noexecstack (what kit's objects say already) "
     "is accepted; anything else is an error",
     [](C&, S v) {
       for (auto& w : split_commas(v))
         if (w != "--noexecstack")
           throw Error("-Wa," + w + ": kit does not run an assembler, and this flag would change the object");
     }, "-Wa,--noexecstack"},
    {"-Xassembler", Sep, Unsup, "kit does not run an assembler", nullptr, "-Xassembler WORD"},
};

// The table entry for args[i] and its value (advancing i for a separate
// value); null if nothing matches.
const CcFlag* match(const std::vector<std::string>& args, size_t& i, std::string& value) {
  const std::string& a = args[i];
  const CcFlag* best = nullptr;
  for (const CcFlag& f : kFlags) {
    if (a == f.spelling) {
      if (f.form == FlagForm::Joined) throw Error("missing argument to '" + a + "'");
      best = &f;
      break;
    }
  }
  if (best) {
    if (best->form == FlagForm::Separate || best->form == FlagForm::JoinedOrSeparate) {
      if (i + 1 >= args.size()) throw Error("missing argument to '" + a + "'");
      value = args[++i];
    } else {
      value.clear();
    }
    return best;
  }
  size_t best_len = 0;
  for (const CcFlag& f : kFlags) {
    if (f.form == FlagForm::Flag || f.form == FlagForm::Separate) continue;
    size_t n = std::strlen(f.spelling);
    if (n > best_len && a.size() > n && a.compare(0, n, f.spelling) == 0) best = &f, best_len = n;
  }
  if (best) value = a.substr(best_len);
  return best;
}

void apply(const CcFlag& f, const std::string& arg, const std::string& value, CcCommand& c) {
  switch (f.kind) {
    case FlagKind::Implemented:
      f.apply(c, value);
      break;
    case FlagKind::Ignored:
      break;
    case FlagKind::Unsupported:
      throw Error("'" + arg + "' is not supported: " + f.doc);
  }
}

void parse_nested(C& c, const std::vector<std::string>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    // To the preprocessor proper, -MD and -MMD take the file: -Wp,-MD,x.d.
    if ((words[i] == "-MD" || words[i] == "-MMD") && i + 1 < words.size()) {
      c.fo.deps.enabled = true, c.fo.deps.system = words[i] == "-MD";
      c.fo.deps.file = words[++i];
      continue;
    }
    std::string value;
    const CcFlag* f = words[i].size() > 1 && words[i][0] == '-' ? match(words, i, value) : nullptr;
    if (!f) throw Error("unrecognized command-line option '" + words[i] + "'");
    apply(*f, words[i], value, c);
  }
}

}  // namespace

std::span<const CcFlag> cc_flags() { return kFlags; }

void flush_linker_words(CcCommand& c) {
  if (c.linker_words.empty()) return;
  std::vector<std::string> words = std::move(c.linker_words);
  c.linker_words.clear();
  for (size_t j = 0; j < words.size(); ++j)
    if (!parse_ld_option(words, j, c.lo)) c.lo.inputs.push_back({link::Input::File, words[j]});
}

void parse_cc_args(const std::vector<std::string>& args, CcCommand& c) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 1 && a[0] == '-') {
      std::string value;
      size_t at = i;
      const CcFlag* f = match(args, i, value);
      if (!f) throw Error("unrecognized command-line option '" + a + "'");
      // -Wl,/-Xlinker words run together until something else is a link
      // input, so "-Xlinker -z -Xlinker now" is one option.
      bool linker_word = std::strcmp(f->spelling, "-Wl,") == 0 || std::strcmp(f->spelling, "-Xlinker") == 0;
      if (!linker_word) flush_linker_words(c);
      apply(*f, args[at], value, c);
      continue;
    }
    flush_linker_words(c);
    c.operands.push_back({a, c.lang, c.lo.inputs.size()});
  }
  flush_linker_words(c);
  // gcc defines __OPTIMIZE_SIZE__ for the last -O being -Os or -Oz; first
  // in line, so a -U on the command line still undoes it.
  if (c.opt_size) {
    std::vector<FrontendOptions::MacroOp> ops{{true, "__OPTIMIZE_SIZE__"}};
    for (auto& op : c.fo.macro_ops) ops.push_back(std::move(op));
    c.fo.macro_ops = std::move(ops);
  }
}

std::vector<std::string> expand_response_files(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  // libiberty stops after 2000 expansions: a file that includes itself.
  size_t budget = 2000;
  auto expand = [&](auto& self, const std::vector<std::string>& in) -> void {
    for (const std::string& a : in) {
      if (a.size() < 2 || a[0] != '@') {
        out.push_back(a);
        continue;
      }
      if (--budget == 0) throw Error("too many response files (does " + a + " include itself?)");
      std::string name = a.substr(1);
      std::ifstream f(name, std::ios::binary);
      if (!f) throw Error(name + ": No such file or directory");
      std::stringstream ss;
      ss << f.rdbuf();
      std::string text = ss.str();
      std::vector<std::string> words;
      size_t p = 0;
      auto space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f'; };
      while (p < text.size()) {
        while (p < text.size() && space(text[p])) ++p;
        if (p >= text.size()) break;
        std::string w;
        char quote = 0;
        for (; p < text.size(); ++p) {
          char ch = text[p];
          if (ch == '\\' && p + 1 < text.size()) {
            w += text[++p];
          } else if (quote) {
            if (ch == quote) quote = 0;
            else w += ch;
          } else if (ch == '\'' || ch == '"') {
            quote = ch;
          } else if (space(ch)) {
            break;
          } else {
            w += ch;
          }
        }
        words.push_back(std::move(w));
      }
      self(self, words);
    }
  };
  expand(expand, args);
  return out;
}

namespace {
std::string doc_name(const CcFlag& f) {
  if (f.doc_spelling) return f.doc_spelling;
  std::string s = f.spelling;
  switch (f.form) {
    case FlagForm::Prefix: return s + "*";
    case FlagForm::Joined: return s + "VALUE";
    case FlagForm::Separate:
    case FlagForm::JoinedOrSeparate: return s + " VALUE";
    case FlagForm::Flag: return s;
  }
  return s;
}
}  // namespace

void print_flag_tables(std::ostream& out) {
  struct Section {
    FlagKind kind;
    const char* title;
    const char* column;
  } sections[] = {
      {FlagKind::Implemented, "Implemented", "Effect"},
      {FlagKind::Ignored, "Accepted and ignored", "Why it cannot change the output"},
      {FlagKind::Unsupported, "Known but refused (an error)", "Why"},
  };
  for (const auto& s : sections) {
    out << "### " << s.title << "\n\n| Flag | " << s.column << " |\n|---|---|\n";
    for (const CcFlag& f : kFlags) {
      if (f.kind != s.kind) continue;
      std::string doc = f.doc;
      for (size_t p = 0; (p = doc.find('|', p)) != std::string::npos; p += 2) doc.replace(p, 1, "\\|");
      out << "| `" << doc_name(f) << "` | " << doc << " |\n";
    }
    out << "\n";
  }
}

}  // namespace kit::host
