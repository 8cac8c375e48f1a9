// kit nm: the symbols of objects, archives (member by member), executables
// and shared libraries (.symtab, or .dynsym with -D), in GNU nm's BSD
// format: "VALUE LETTER NAME", sorted by name unless told otherwise.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "../driver/toolchain.hpp"
#include "commands.hpp"
#include "objtools.hpp"

namespace kit::host {

Args take_target(Context& ctx, const Args& args);

namespace {

struct NmOptions {
  bool debug_syms = false;     // -a
  bool file_prefix = false;    // -A, -o
  bool dynamic = false;        // -D
  bool extern_only = false;    // -g
  bool undefined_only = false; // -u
  bool defined_only = false;   // --defined-only
  enum Sort { Name, Numeric, None } sort = Name;
  bool reverse = false;        // -r
  bool print_size = false;     // -S
};

[[noreturn]] void usage_error(const std::string& m) {
  throw Error("nm: " + m + " (see 'kit help nm')");
}

void print_hex(std::string& out, uint64_t v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*llx", width, static_cast<unsigned long long>(v));
  out += buf;
}

void list_symbols(const objtools::Listed& f, const NmOptions& o, const std::string& prefix,
                  std::string& out) {
  const obj::ObjectFile& obj = *f.object;
  const int width = f.listing.format_name.rfind("elf32", 0) == 0 ? 8 : 16;
  std::vector<uint32_t> order;
  order.reserve(obj.symbols.size());
  for (uint32_t i = 0; i < obj.symbols.size(); ++i) {
    const obj::Symbol& s = obj.symbols[i];
    if (!o.debug_syms && objtools::is_debugging_symbol(s)) continue;
    if (o.debug_syms && s.name == 0 && s.section == obj::Symbol::kUndefined &&
        s.type == obj::SymbolType::None)
      continue;  // the null symbol is not a symbol
    const bool undef = s.section == obj::Symbol::kUndefined;
    if (o.undefined_only && !undef) continue;
    if (o.defined_only && undef) continue;
    if (o.extern_only && s.binding == obj::Binding::Local) continue;
    order.push_back(i);
  }
  auto name_of = [&](uint32_t i) { return objtools::symbol_name(obj, obj.symbols[i]); };
  // Dynamic symbols sort by their name without the version list_file added.
  auto key_of = [&](uint32_t i) {
    std::string_view n = name_of(i);
    return o.dynamic ? n.substr(0, n.find('@')) : n;
  };
  auto value_of = [&](const obj::Symbol& s) {
    return s.section == obj::Symbol::kCommon ? s.size : s.value;
  };
  // Stable: equal keys stay in table order, also when reversed (as GNU nm).
  auto by_name = [&](uint32_t a, uint32_t b) { return key_of(a) < key_of(b); };
  auto by_value = [&](uint32_t a, uint32_t b) {
    const obj::Symbol &x = obj.symbols[a], &y = obj.symbols[b];
    bool ux = x.section == obj::Symbol::kUndefined, uy = y.section == obj::Symbol::kUndefined;
    if (ux != uy) return ux;
    if (!ux && value_of(x) != value_of(y)) return value_of(x) < value_of(y);
    return key_of(a) < key_of(b);
  };
  if (o.sort == NmOptions::Name) {
    if (o.reverse) std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return by_name(b, a); });
    else std::stable_sort(order.begin(), order.end(), by_name);
  } else if (o.sort == NmOptions::Numeric) {
    if (o.reverse) std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return by_value(b, a); });
    else std::stable_sort(order.begin(), order.end(), by_value);
  }
  for (uint32_t i : order) {
    const obj::Symbol& s = obj.symbols[i];
    out += prefix;
    char letter = objtools::nm_letter(obj, f.listing, s);
    if (s.section == obj::Symbol::kUndefined) {
      out.append(static_cast<size_t>(width), ' ');
    } else {
      print_hex(out, value_of(s), width);
      if (o.print_size && s.size) {
        out += ' ';
        print_hex(out, s.size, width);
      }
    }
    out += ' ';
    out += letter;
    out += ' ';
    out += name_of(i);
    out += '\n';
  }
}

}  // namespace

int cmd_nm(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  NmOptions o;
  std::vector<std::string> files;
  bool options_done = false;
  for (const std::string& a : args) {
    if (options_done || a.size() < 2 || a[0] != '-') {
      files.push_back(a);
      continue;
    }
    if (a == "--") options_done = true;
    else if (a == "--debug-syms") o.debug_syms = true;
    else if (a == "--print-file-name") o.file_prefix = true;
    else if (a == "--dynamic") o.dynamic = true;
    else if (a == "--extern-only") o.extern_only = true;
    else if (a == "--undefined-only") o.undefined_only = true;
    else if (a == "--defined-only") o.defined_only = true;
    else if (a == "--numeric-sort") o.sort = NmOptions::Numeric;
    else if (a == "--no-sort") o.sort = NmOptions::None;
    else if (a == "--reverse-sort") o.reverse = true;
    else if (a == "--print-size") o.print_size = true;
    else if (a[1] == '-') usage_error("unrecognized option '" + a + "'");
    else
      for (size_t k = 1; k < a.size(); ++k) switch (a[k]) {
          case 'a': o.debug_syms = true; break;
          case 'A': case 'o': o.file_prefix = true; break;
          case 'D': o.dynamic = true; break;
          case 'g': o.extern_only = true; break;
          case 'u': o.undefined_only = true; break;
          case 'n': case 'v': o.sort = NmOptions::Numeric; break;
          case 'p': o.sort = NmOptions::None; break;
          case 'r': o.reverse = true; break;
          case 'S': o.print_size = true; break;
          case 'B': break;  // BSD format is the default
          default: usage_error(std::string("invalid option -- '") + a[k] + "'");
        }
  }
  if (files.empty()) files.push_back("a.out");

  Toolchain tc(ctx, ctx.target());
  FormatPlugin& format = tc.format(KIT_CAP_READ_OBJECT);
  const uint32_t flags = kListImages | (o.dynamic ? uint32_t{kListDynamicSymbols} : 0u);
  int rc = 0;
  std::string out;
  auto flush = [&] {
    std::cout << out;
    out.clear();
  };
  auto report = [&](const std::exception& e) {
    flush();
    std::cout.flush();
    auto* ke = dynamic_cast<const Error*>(&e);
    if (ke && !ke->loc().file.empty())
      std::cerr << ke->loc().str() << ": error: " << ke->message() << "\n";
    else
      std::cerr << "kit nm: error: " << e.what() << "\n";
    rc = 1;
  };
  const bool many = files.size() > 1;
  for (const std::string& path : files) {
    try {
      bool in_archive = false;
      objtools::walk(
          format, path, flags,
          [&](const obj::Archive&) {
            in_archive = true;
            if (many && !o.file_prefix) out += "\n" + path + ":\n";
          },
          [&](objtools::Listed& f) {
            if (!o.file_prefix && (many || in_archive))
              out += "\n" + (in_archive ? f.member : path) + ":\n";
            if (!f.listing.has_symbols) {
              flush();
              std::cout.flush();
              std::cerr << "kit nm: " << (in_archive ? f.member : path) << ": no symbols\n";
              return;
            }
            std::string prefix;
            if (o.file_prefix) prefix = in_archive ? path + ":" + f.member + ":" : path + ":";
            list_symbols(f, o, prefix, out);
            if (out.size() > (1 << 20)) flush();
          },
          report);
    } catch (const Unsupported&) {
      throw;
    } catch (const std::exception& e) {
      report(e);
    }
  }
  flush();
  return rc;
}

}  // namespace kit::host
