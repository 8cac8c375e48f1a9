// GNU ld linker scripts, the subset that names inputs.
//
// Linux distributions install some "libraries" as short scripts: Debian's
// /usr/lib/x86_64-linux-gnu/libc.so is
//
//   OUTPUT_FORMAT(elf64-x86-64)
//   GROUP ( /lib/x86_64-linux-gnu/libc.so.6 /usr/lib/x86_64-linux-gnu/libc_nonshared.a
//           AS_NEEDED ( /lib64/ld-linux-x86-64.so.2 ) )
//
// and libm.so, libpthread.so and friends look alike. kit reads the commands
// that only name inputs and search directories (GNU ld manual, "Simple
// Linker Script Commands" / "File Commands"):
//
//   INPUT(file ...)      the files, as if on the command line
//   GROUP(file ...)      the same, searched repeatedly (kit searches
//                        archives whenever a reference needs them anyway)
//   AS_NEEDED(file ...)  inside INPUT/GROUP: --as-needed for these
//   -lNAME               inside INPUT/GROUP: a library search
//   SEARCH_DIR(path)     like -L
//   OUTPUT_FORMAT(...), OUTPUT_ARCH(...), TARGET(...)   checked by nothing: the
//                        inputs' own headers decide
//
// Files may be separated by spaces or commas; /* comments */ are allowed.
// Anything else (SECTIONS, MEMORY, assignments) is an error naming the
// command: kit has no script-driven layout, and a silent partial reading
// would produce a wrong image.
#include <cctype>

#include "link_context.hpp"

namespace kit::elf {

namespace {

struct Lexer {
  std::string_view s;
  size_t i = 0;
  uint32_t line = 1;
  const std::string& path;

  [[noreturn]] void fail(const std::string& msg) const { throw Error(SourceLoc{path, line, 0}, msg); }

  void skip() {
    for (;;) {
      while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) {
        if (s[i] == '\n') ++line;
        ++i;
      }
      if (i + 1 < s.size() && s[i] == '/' && s[i + 1] == '*') {
        size_t e = s.find("*/", i + 2);
        if (e == std::string_view::npos) fail("unterminated comment in linker script");
        for (size_t k = i; k < e; ++k)
          if (s[k] == '\n') ++line;
        i = e + 2;
        continue;
      }
      return;
    }
  }
  // Returns "" at the end. Punctuation "(", ")", "," and ";" are tokens.
  std::string_view next() {
    skip();
    if (i >= s.size()) return {};
    char c = s[i];
    if (c == '(' || c == ')' || c == ',' || c == ';' || c == '{' || c == '}' || c == '=') return s.substr(i++, 1);
    if (c == '"') {
      size_t e = s.find('"', i + 1);
      if (e == std::string_view::npos) fail("unterminated string in linker script");
      std::string_view t = s.substr(i + 1, e - i - 1);
      i = e + 1;
      return t;
    }
    size_t b = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i])) && s[i] != '(' &&
           s[i] != ')' && s[i] != ',' && s[i] != ';' && s[i] != '{' && s[i] != '}' && s[i] != '=')
      ++i;
    return s.substr(b, i - b);
  }
  std::string_view peek() {
    size_t si = i;
    uint32_t sl = line;
    std::string_view t = next();
    i = si;
    line = sl;
    return t;
  }
  void expect(std::string_view t) {
    std::string_view got = next();
    if (got != t) fail("expected '" + std::string(t) + "' in linker script, found '" + std::string(got) + "'");
  }
};

void file_list(Lexer& lx, std::vector<link::Input>& inputs, bool as_needed) {
  lx.expect("(");
  for (;;) {
    std::string_view t = lx.next();
    if (t.empty()) lx.fail("unexpected end of linker script inside a file list");
    if (t == ")") return;
    if (t == ",") continue;
    if (t == "AS_NEEDED") {
      if (!as_needed) inputs.push_back({link::Input::AsNeeded, ""});
      file_list(lx, inputs, true);
      if (!as_needed) inputs.push_back({link::Input::NoAsNeeded, ""});
      continue;
    }
    if (t.size() > 2 && t.substr(0, 2) == "-l") {
      inputs.push_back({link::Input::Library, std::string(t.substr(2))});
      continue;
    }
    inputs.push_back({link::Input::File, std::string(t)});
  }
}

void skip_parens(Lexer& lx) {
  lx.expect("(");
  int depth = 1;
  while (depth) {
    std::string_view t = lx.next();
    if (t.empty()) lx.fail("unexpected end of linker script");
    if (t == "(") ++depth;
    else if (t == ")") --depth;
  }
}

}  // namespace

void parse_linker_script(std::string_view text, const std::string& path,
                         std::vector<link::Input>& inputs, std::vector<std::string>& search_dirs) {
  Lexer lx{text, 0, 1, path};
  for (;;) {
    std::string_view t = lx.next();
    if (t.empty()) return;
    if (t == ";") continue;
    if (t == "GROUP") {
      inputs.push_back({link::Input::GroupStart, ""});
      file_list(lx, inputs, false);
      inputs.push_back({link::Input::GroupEnd, ""});
    } else if (t == "INPUT") {
      file_list(lx, inputs, false);
    } else if (t == "SEARCH_DIR") {
      lx.expect("(");
      std::string_view d = lx.next();
      search_dirs.emplace_back(d);
      lx.expect(")");
    } else if (t == "OUTPUT_FORMAT" || t == "OUTPUT_ARCH" || t == "TARGET") {
      skip_parens(lx);
    } else {
      lx.fail("linker script command '" + std::string(t) +
              "' is not supported (kit reads INPUT, GROUP, AS_NEEDED, SEARCH_DIR, OUTPUT_FORMAT)");
    }
  }
}

}  // namespace kit::elf
