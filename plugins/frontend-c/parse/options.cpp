#include "parse/options.hpp"

#include <string_view>

namespace kit::c {

namespace {
struct WarnInfo {
  const char* name;
  bool on_by_default;
  bool in_wall;  // -Wall (or -Wextra) turns it on
};
const WarnInfo kWarnings[] = {
#define KIT_C_WARN_INFO(id, name, on, wall) {name, on, wall},
    KIT_C_WARNINGS(KIT_C_WARN_INFO)
#undef KIT_C_WARN_INFO
};
constexpr size_t kCount = static_cast<size_t>(Warn::Count);
}  // namespace

const char* CompileOptions::name(Warn w) { return kWarnings[static_cast<size_t>(w)].name; }

void CompileOptions::configure(const std::string& std_mode, const std::vector<std::string>& flags) {
  std = std_mode.empty() ? "gnu17" : std_mode;
  gnu = std.rfind("gnu", 0) == 0;
  gnu89_inline = std == "gnu89" || std == "gnu90" || std == "c89" || std == "c90" || std == "iso9899:1990" ||
                 std == "iso9899:199409";
  for (size_t i = 0; i < kCount; ++i) warn_enabled[i] = kWarnings[i].on_by_default;
  auto find = [](std::string_view n) -> int {
    for (size_t i = 0; i < kCount; ++i)
      if (*kWarnings[i].name && n == kWarnings[i].name) return static_cast<int>(i);
    // gcc spells some as groups: -Wunused turns on the unused-* family.
    return -1;
  };
  for (const std::string& f : flags) {
    if (f == "-fgnu89-inline" || f == "-fno-gnu89-inline") {
      gnu89_inline = f == "-fgnu89-inline";
      continue;
    }
    std::string_view s = f;
    if (s.substr(0, 2) == "-W") s = s.substr(2);
    else if (s.substr(0, 1) == "W") s = s.substr(1);
    if (s == "all" || s == "extra") {
      for (size_t i = 0; i < kCount; ++i)
        if (kWarnings[i].in_wall) warn_enabled[i] = true;
      continue;
    }
    if (s == "unused" || s == "no-unused") {
      bool on = s == "unused";
      warn_enabled[static_cast<size_t>(Warn::UnusedVariable)] = on;
      warn_enabled[static_cast<size_t>(Warn::UnusedFunction)] = on;
      warn_enabled[static_cast<size_t>(Warn::UnusedLabel)] = on;
      continue;
    }
    if (s.substr(0, 6) == "error=") {
      int i = find(s.substr(6));
      if (i >= 0) warn_enabled[i] = warn_error[i] = true, warn_no_error[i] = false;
      continue;
    }
    if (s.substr(0, 9) == "no-error=") {
      int i = find(s.substr(9));
      if (i >= 0) warn_error[i] = false, warn_no_error[i] = true;
      continue;
    }
    bool on = true;
    if (s.substr(0, 3) == "no-") {
      on = false;
      s = s.substr(3);
    }
    if (s == "implicit") {  // -Wimplicit: implicit-int and implicit-function-declaration
      warn_enabled[static_cast<size_t>(Warn::ImplicitInt)] = on;
      warn_enabled[static_cast<size_t>(Warn::ImplicitFunctionDeclaration)] = on;
      continue;
    }
    if (s == "format=2" || s == "format=1") s = "format";
    int i = find(s);
    if (i >= 0) warn_enabled[i] = on;
  }
}

}  // namespace kit::c
