// -Wformat: printf/scanf format strings checked against the arguments
// (C17 7.21.6.1, 7.21.6.2), for functions declared with
// __attribute__((format)) and for the standard library's family by name.
// Only literal format strings are checked; mismatches are reported the way
// gcc does: "format '%d' expects argument of type 'int', but argument 2
// has type 'char *'".
#include <cstring>

#include "parse/parser.hpp"

namespace kit::c {

namespace {

struct Known {
  const char* name;
  int16_t kind;   // 1 printf, 2 scanf
  int16_t index;  // the format parameter (1-based)
  int16_t first;  // the first checked argument; 0 for v* functions
};
const Known kKnown[] = {
    {"printf", 1, 1, 2},   {"fprintf", 1, 2, 3},  {"dprintf", 1, 2, 3},  {"sprintf", 1, 2, 3},
    {"snprintf", 1, 3, 4}, {"vprintf", 1, 1, 0},  {"vfprintf", 1, 2, 0}, {"vsprintf", 1, 2, 0},
    {"vsnprintf", 1, 3, 0}, {"scanf", 2, 1, 2},   {"fscanf", 2, 2, 3},   {"sscanf", 2, 2, 3},
};

// What a conversion expects: a class and a size (0: any pointer / not sized).
enum class Want { Int, Double, LongDouble, CharPtr, Ptr, IntPtr, FloatPtr, None };

}  // namespace

void Parser::check_call_format(Obj* fn, Node* args, const Loc& loc) {
  if (!opts_.enabled(Warn::Format)) return;
  int kind = fn->format_kind, index = fn->format_index, first = fn->format_first;
  if (!kind) {
    if (fn->is_static || fn->is_definition) return;
    std::string_view name = name_of(fn->name);
    for (const Known& k : kKnown)
      if (name == k.name) {
        kind = k.kind;
        index = k.index;
        first = k.first;
      }
    if (!kind) return;
  }
  // The format argument: a string literal, possibly behind casts.
  Node* arg = args;
  for (int i = 1; arg && i < index; ++i) arg = arg->next;
  if (!arg) return;
  Node* f = arg;
  while (f->kind == NodeKind::Cast || f->kind == NodeKind::Addr) f = f->lhs;
  if (f->kind != NodeKind::Str || f->str->elem_size != 1) return;
  std::string_view fmt(f->str->bytes, static_cast<size_t>(f->str->size - 1));
  Node* next_arg = nullptr;
  int argno = 0;
  if (first) {
    next_arg = args;
    for (argno = 1; next_arg && argno < first; ++argno) next_arg = next_arg->next;
  }
  const TargetModel& m = model();
  bool scanf_like = kind == 2;

  auto type_of = [&](Node* a) {
    Node* x = a;
    while (x->kind == NodeKind::Cast && x->lhs && type_size(x->lhs->ty) == type_size(x->ty) &&
           is_integer(x->ty) == is_integer(x->lhs->ty))
      x = x->lhs;
    return x->ty;
  };
  auto take = [&](const std::string& spec, Want want, int size, const char* expect_name) {
    if (!first) return;  // v* functions: nothing to check against
    if (!next_arg) {
      warning(Warn::Format, loc, "format '" + spec + "' expects a matching '" + expect_name + "' argument");
      return;
    }
    Node* a = next_arg;
    Type* t = type_of(a);
    bool ok = true;
    switch (want) {
      case Want::Int:
        ok = is_integer(t) && (type_size(t) == size || (size == 4 && type_size(t) < 4));
        break;
      case Want::Double: ok = t->unqual->kind == TypeKind::Double || t->unqual->kind == TypeKind::Float; break;
      case Want::LongDouble: ok = t->unqual->kind == TypeKind::LDouble; break;
      case Want::CharPtr:
        ok = is_pointer(t) && (is_integer(t->base) && type_size(t->base) == size);
        break;
      case Want::Ptr: ok = is_pointer(t); break;
      case Want::IntPtr:
        ok = is_pointer(t) && is_integer(t->base) && type_size(t->base) == size;
        break;
      case Want::FloatPtr:
        ok = is_pointer(t) && is_flonum(t->base) && type_size(t->base) == size;
        break;
      case Want::None: break;
    }
    if (!ok)
      warning(Warn::Format, a->loc, "format '" + spec + "' expects argument of type '" + expect_name +
                                        "', but argument " + std::to_string(argno) + " has type " + tname(t));
    next_arg = next_arg->next;
    ++argno;
  };

  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') continue;
    size_t start = i++;
    if (i < fmt.size() && fmt[i] == '%') continue;
    bool suppress = false;
    // flags, width, precision
    while (i < fmt.size() && std::strchr("-+ #0'I", fmt[i])) ++i;
    if (scanf_like && i < fmt.size() && fmt[i] == '*') suppress = true, ++i;
    if (i < fmt.size() && fmt[i] == '*' && !scanf_like) {
      ++i;
      take(std::string(fmt.substr(start, i - start)) + "...", Want::Int, 4, "int");
    }
    while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') ++i;
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      if (i < fmt.size() && fmt[i] == '*') {
        ++i;
        take(std::string(fmt.substr(start, i - start)) + "...", Want::Int, 4, "int");
      }
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') ++i;
    }
    // length
    int len = 0;  // 0 none, 1 hh, 2 h, 3 l, 4 ll, 5 L, 6 j, 7 z, 8 t
    if (i < fmt.size()) {
      if (fmt.substr(i, 2) == "hh") len = 1, i += 2;
      else if (fmt[i] == 'h') len = 2, ++i;
      else if (fmt.substr(i, 2) == "ll") len = 4, i += 2;
      else if (fmt[i] == 'l') len = 3, ++i;
      else if (fmt[i] == 'L' || fmt[i] == 'q') len = 5, ++i;
      else if (fmt[i] == 'j') len = 6, ++i;
      else if (fmt[i] == 'z') len = 7, ++i;
      else if (fmt[i] == 't') len = 8, ++i;
    }
    if (i >= fmt.size()) {
      warning(Warn::Format, loc, "spurious trailing '%' in format");
      break;
    }
    char c = fmt[i];
    std::string spec(fmt.substr(start, i - start + 1));
    int isize = len == 1 ? 1 : len == 2 ? 2 : len == 3 ? static_cast<int>(m.long_size)
                : len == 4 || len == 5 ? 8 : len == 6 || len == 7 || len == 8 ? static_cast<int>(m.pointer_size) : 4;
    const char* iname = len == 1 ? "signed char" : len == 2 ? "short int" : len == 3 ? "long int"
                        : len == 4 || len == 5 ? "long long int" : len == 6 ? "intmax_t" : len == 7 ? "size_t"
                        : len == 8 ? "ptrdiff_t" : "int";
    // gcc's names: %lu expects 'long unsigned int'; printf's %hd and %hhu
    // take a promoted 'int'.
    const char* uname = len == 1 ? "unsigned char" : len == 2 ? "short unsigned int" : len == 3 ? "long unsigned int"
                        : len == 4 || len == 5 ? "long long unsigned int" : len == 6 ? "uintmax_t" : len == 7 ? "size_t"
                        : len == 8 ? "ptrdiff_t" : "unsigned int";
    if (suppress) continue;
    switch (c) {
      case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': {
        const char* name = (c == 'd' || c == 'i') ? iname : uname;
        if (scanf_like) take(spec, Want::IntPtr, isize, (std::string(name) + " *").c_str());
        else take(spec, Want::Int, len == 1 || len == 2 ? 4 : isize, len == 1 || len == 2 ? "int" : name);
        break;
      }
      case 'c':
        if (scanf_like) take(spec, Want::CharPtr, 1, "char *");
        else take(spec, Want::Int, len == 3 ? static_cast<int>(type_size(types_.wchar_type())) : 4, len == 3 ? "wint_t" : "int");
        break;
      case 's': case '[':
        if (c == '[') {
          while (i + 1 < fmt.size() && fmt[i + 1] != ']') ++i;
          if (i + 1 < fmt.size()) ++i;
        }
        take(spec, Want::CharPtr, len == 3 ? static_cast<int>(type_size(types_.wchar_type())) : 1,
             len == 3 ? "wchar_t *" : "char *");
        break;
      case 'p':
        take(spec, Want::Ptr, 0, scanf_like ? "void **" : "void *");
        break;
      case 'n':
        take(spec, Want::IntPtr, isize, (std::string(iname) + " *").c_str());
        break;
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
        if (scanf_like)
          take(spec, Want::FloatPtr, len == 5 ? static_cast<int>(type_size(types_.basic(TypeKind::LDouble))) : len == 3 ? 8 : 4,
               len == 5 ? "long double *" : len == 3 ? "double *" : "float *");
        else if (len == 5)
          take(spec, Want::LongDouble, 0, "long double");
        else
          take(spec, Want::Double, 0, "double");
        break;
      case 'm':
        break;  // glibc: strerror(errno), no argument
      case 'C':
        take(spec, Want::Int, 4, "wint_t");
        break;
      case 'S':
        take(spec, Want::CharPtr, static_cast<int>(type_size(types_.wchar_type())), "wchar_t *");
        break;
      default:
        warning(Warn::Format, loc, std::string("unknown conversion type character '") + c + "' in format");
        break;
    }
  }
  if (first && next_arg) warning(Warn::Format, next_arg->loc, "too many arguments for format");
}

}  // namespace kit::c
