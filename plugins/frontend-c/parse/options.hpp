// What the C compiler proper needs from the command line, distilled from
// FrontendOptions: the language mode, -fcommon, and which warnings are on.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kit::c {

// Warnings kit knows by name (-W<name> / -Wno-<name>), their default, and
// whether -Wall or -Wextra turn them on. gcc's names and defaults (gnu17).
#define KIT_C_WARNINGS(X)                                                     \
  X(ImplicitFunctionDeclaration, "implicit-function-declaration", true, true) \
  X(ImplicitInt, "implicit-int", true, true)                                  \
  X(IncompatiblePointerTypes, "incompatible-pointer-types", true, true)       \
  X(IntConversion, "int-conversion", true, true)                              \
  X(DiscardedQualifiers, "discarded-qualifiers", true, true)                  \
  X(PointerSign, "pointer-sign", false, true)                                 \
  X(ReturnType, "return-type", false, true)                                   \
  X(ReturnMismatch, "return-mismatch", true, true)                            \
  X(Format, "format", false, true)                                            \
  X(UnusedVariable, "unused-variable", false, true)                           \
  X(UnusedFunction, "unused-function", false, true)                           \
  X(UnusedLabel, "unused-label", false, true)                                 \
  X(Deprecated, "deprecated-declarations", true, true)                        \
  X(Attributes, "attributes", true, true)                                     \
  X(Overflow, "overflow", true, true)                                         \
  X(DivByZero, "div-by-zero", true, true)                                     \
  X(ShiftCountOverflow, "shift-count-overflow", true, true)                   \
  X(IntToPointerCast, "int-to-pointer-cast", true, true)                      \
  X(PointerToIntCast, "pointer-to-int-cast", true, true)                      \
  X(BuiltinDeclarationMismatch, "builtin-declaration-mismatch", true, true)   \
  X(ExcessInitializers, "excess-initializers", true, true)                    \
  X(Parentheses, "parentheses", false, true)                                  \
  X(CompareDistinctPointerTypes, "compare-distinct-pointer-types", true, true) \
  X(Pedantic, "pedantic", false, false)                                       \
  X(MissingBraces, "missing-braces", false, false)                            \
  X(SignCompare, "sign-compare", false, false)                                \
  X(UnknownPragmas, "unknown-pragmas", false, true)                           \
  X(Other, "", true, true)

enum class Warn : uint8_t {
#define KIT_C_WARN_ENUM(id, name, on, wall) id,
  KIT_C_WARNINGS(KIT_C_WARN_ENUM)
#undef KIT_C_WARN_ENUM
      Count
};

struct CompileOptions {
  std::string std = "gnu17";
  bool gnu = true;           // GNU extensions on (-std=gnu*): keywords typeof, asm
  bool fcommon = false;      // -fcommon: tentative definitions become common symbols
  // -fgnu89-inline, or -std=gnu89/c89/c90: GNU89 inline semantics, as if every
  // inline function were __attribute__((gnu_inline)): `inline` makes an
  // ordinary external definition, `extern inline` one used only for inlining.
  bool gnu89_inline = false;
  bool pic = false;
  int opt_level = 0;
  bool warn_enabled[static_cast<size_t>(Warn::Count)] = {};
  bool warn_error[static_cast<size_t>(Warn::Count)] = {};  // -Werror=<name>
  bool warn_no_error[static_cast<size_t>(Warn::Count)] = {};  // -Wno-error=<name>: a warning under -Werror
  bool werror = false;       // -Werror: every other warning is an error

  // Applies gcc-style flags in order: -Wall -Wextra -W<name> -Wno-<name>
  // -Werror=<name>, -fcommon/-fno-common (when given as warning_flags-like
  // extras), and the -std= mode.
  void configure(const std::string& std_mode, const std::vector<std::string>& flags);
  bool enabled(Warn w) const { return warn_enabled[static_cast<size_t>(w)]; }
  static const char* name(Warn w);
};

}  // namespace kit::c
