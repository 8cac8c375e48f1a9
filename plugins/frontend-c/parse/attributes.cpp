// GNU attributes: __attribute__((name, name(args), ...)), and asm labels
// (`int f(void) __asm__("g")`), which name the symbol.
//
// The names kit knows are the table attributes.def (also what
// __has_attribute answers). Attributes that change code or checks are
// recorded in Attrs and applied by the declaration code; the "Ignored"
// ones are accepted without effect because they cannot change the result
// of a correct program; unknown ones get gcc's -Wattributes warning.
#include <unordered_map>

#include "parse/parser.hpp"

namespace kit::c {

namespace {

enum class AttrId : uint8_t {
  Unknown,
#define KIT_C_ATTRIBUTE(name, id, effect) id,
#include "attributes.def"
};

AttrId find_attribute(std::string_view name) {
  static const std::unordered_map<std::string_view, AttrId> table = [] {
    std::unordered_map<std::string_view, AttrId> t;
#define KIT_C_ATTRIBUTE(name, id, effect) t.emplace(#name, AttrId::id);
#include "attributes.def"
    return t;
  }();
  // __name__ is the same attribute as name.
  if (name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__")
    name = name.substr(2, name.size() - 4);
  auto it = table.find(name);
  return it == table.end() ? AttrId::Unknown : it->second;
}

}  // namespace

bool Parser::is_attribute_start() {
  return is_kw(pp::kw___attribute__) || is_kw(pp::kw___attribute) || is_kw(pp::kw_asm) ||
         is_kw(pp::kw___asm) || is_kw(pp::kw___asm__);
}

void Parser::attributes(Attrs& a) {
  for (;;) {
    if (is_kw(pp::kw___attribute__) || is_kw(pp::kw___attribute)) {
      advance();
      expect(Punct::LParen, "after '__attribute__'");
      expect(Punct::LParen, "after '__attribute__('");
      attribute_list(a);
      expect(Punct::RParen, "to close the attribute list");
      expect(Punct::RParen, "to close '__attribute__'");
      continue;
    }
    if (is_kw(pp::kw_asm) || is_kw(pp::kw___asm) || is_kw(pp::kw___asm__)) {
      // An asm label: the symbol name for this declaration.
      advance();
      expect(Punct::LParen, "after 'asm'");
      if (tok().kind != TokKind::String) fatal(tok().loc, "expected string literal in asm label");
      Type* elem;
      Loc loc;
      StringLit* s = concat_strings(elem, loc);
      a.asm_name = names().intern(std::string_view(s->bytes, static_cast<size_t>(s->size - 1)));
      expect(Punct::RParen, "after asm label");
      continue;
    }
    break;
  }
}

void Parser::skip_balanced_parens() {
  int depth = 0;
  do {
    if (tok().kind == TokKind::Eof) fatal(tok().loc, "unterminated attribute arguments");
    if (is(Punct::LParen)) ++depth;
    else if (is(Punct::RParen)) --depth;
    advance();
  } while (depth > 0);
}

void Parser::attribute_list(Attrs& a) {
  auto string_arg = [&]() -> StrId {
    if (tok().kind != TokKind::String) fatal(tok().loc, "expected a string argument");
    Type* elem;
    Loc loc;
    StringLit* s = concat_strings(elem, loc);
    return names().intern(std::string_view(s->bytes, static_cast<size_t>(s->size - 1)));
  };
  auto int_arg = [&]() -> int64_t { return const_int(assign()); };

  while (!is(Punct::RParen)) {
    if (accept(Punct::Comma)) continue;
    if (tok().kind != TokKind::Ident) fatal(tok().loc, "expected attribute name before " + describe_tok(tok()));
    Loc loc = tok().loc;
    std::string_view name = tok().text;
    AttrId id = find_attribute(name);
    advance();
    bool has_args = is(Punct::LParen);
    switch (id) {
      case AttrId::Packed: a.packed = true; break;
      case AttrId::Aligned:
        if (has_args) {
          advance();
          int64_t v = int_arg();
          if (v <= 0 || (v & (v - 1))) error(loc, "requested alignment is not a positive power of 2");
          else if (static_cast<uint64_t>(v) > a.aligned) a.aligned = static_cast<uint32_t>(v);
          expect(Punct::RParen);
          has_args = false;
        } else {
          a.aligned_max = true;  // the largest useful alignment of the target
          if (a.aligned < 16) a.aligned = 16;
        }
        break;
      case AttrId::Section:
        if (has_args) {
          advance();
          a.section = string_arg();
          expect(Punct::RParen);
          has_args = false;
        }
        break;
      case AttrId::Alias:
      case AttrId::Weakref:
        if (has_args) {
          advance();
          a.alias = string_arg();
          expect(Punct::RParen);
          has_args = false;
        }
        if (id == AttrId::Weakref) a.weakref = a.weak = true;
        break;
      case AttrId::Visibility:
        if (has_args) {
          advance();
          a.visibility = string_arg();
          std::string_view v = name_of(a.visibility);
          if (v != "default" && v != "hidden" && v != "protected" && v != "internal")
            error(loc, "attribute 'visibility' argument must be one of 'default', 'hidden', 'protected' or 'internal'");
          expect(Punct::RParen);
          has_args = false;
        }
        break;
      case AttrId::Mode:
        if (has_args) {
          advance();
          std::string_view m = tok().text;
          if (tok().kind != TokKind::Ident) fatal(tok().loc, "expected a mode name");
          if (m.size() > 4 && m.substr(0, 2) == "__") m = m.substr(2, m.size() - 4);
          a.mode_float = false;
          if (m == "QI" || m == "byte") a.mode = 1;
          else if (m == "HI") a.mode = 2;
          else if (m == "SI") a.mode = 4;
          else if (m == "DI") a.mode = 8;
          else if (m == "TI") a.mode = 16;
          else if (m == "word" || m == "pointer" || m == "unwind_word") a.mode = static_cast<uint8_t>(model().pointer_size);
          else if (m == "SF") a.mode = 4, a.mode_float = true;
          else if (m == "DF") a.mode = 8, a.mode_float = true;
          else if (m == "XF" || m == "TF") a.mode = 16, a.mode_float = true;
          else error(tok().loc, "unknown machine mode '" + std::string(m) + "'");
          advance();
          expect(Punct::RParen);
          has_args = false;
        }
        break;
      case AttrId::Weak: a.weak = true; break;
      case AttrId::Used: a.used = true; break;
      case AttrId::Unused:
      case AttrId::MaybeUnused: a.unused = true; break;
      case AttrId::Common: a.common = true; break;
      case AttrId::NoCommon: a.nocommon = true; break;
      case AttrId::DllImport: a.dllimport = true; break;
      case AttrId::DllExport: a.dllexport = true; break;
      case AttrId::NoReturn: a.noreturn = true; break;
      case AttrId::NoInline: a.noinline = true; break;
      case AttrId::AlwaysInline: a.always_inline = true; break;
      case AttrId::GnuInline: a.gnu_inline = true; break;
      case AttrId::ReturnsTwice: a.returns_twice = true; break;
      case AttrId::MsStruct: a.ms_struct = true; break;
      case AttrId::GccStruct: a.gcc_struct = true; break;
      case AttrId::Constructor:
      case AttrId::Destructor: {
        int32_t prio = 65535;
        if (has_args) {
          advance();
          prio = static_cast<int32_t>(int_arg());
          expect(Punct::RParen);
          has_args = false;
        }
        if (id == AttrId::Constructor) a.constructor = true, a.ctor_priority = prio;
        else a.destructor = true, a.dtor_priority = prio;
        break;
      }
      case AttrId::Deprecated:
      case AttrId::Unavailable:
      case AttrId::ErrorAttr:
      case AttrId::WarningAttr:
        if (id == AttrId::Deprecated || id == AttrId::Unavailable) a.deprecated = true;
        if (has_args) {
          advance();
          StrId msg = string_arg();
          if (id == AttrId::Deprecated || id == AttrId::Unavailable) a.deprecated_msg = msg;
          expect(Punct::RParen);
          has_args = false;
        }
        break;
      case AttrId::Cleanup:
        if (has_args) {
          advance();
          a.cleanup = expect_ident("a function name");
          expect(Punct::RParen);
          has_args = false;
        }
        break;
      case AttrId::Format:
        if (has_args) {
          advance();
          std::string_view kind = tok().text;
          advance();
          expect(Punct::Comma);
          int64_t index = int_arg();
          expect(Punct::Comma);
          int64_t first = int_arg();
          expect(Punct::RParen);
          has_args = false;
          if (kind.size() > 4 && kind.substr(0, 2) == "__") kind = kind.substr(2, kind.size() - 4);
          if (kind == "printf" || kind == "gnu_printf" || kind == "ms_printf") a.format_kind = 1;
          else if (kind == "scanf" || kind == "gnu_scanf" || kind == "ms_scanf") a.format_kind = 2;
          else a.format_kind = 0;  // strftime, strfmon: not checked
          a.format_index = static_cast<int16_t>(index);
          a.format_first = static_cast<int16_t>(first);
        }
        break;
      case AttrId::Unknown: {
        std::string_view bare = name;
        if (bare.size() > 4 && bare.substr(0, 2) == "__") bare = bare.substr(2, bare.size() - 4);
        // Ignoring these would silently change what the program means.
        if (bare == "transparent_union") {  // applied by apply_type_attrs and record()
          a.transparent_union = true;
          break;
        }
        if (bare == "vector_size" || bare == "ext_vector_type") {
          error(loc, "'" + std::string(bare) + "' attribute is not supported by kit");
          break;
        }
        warning(Warn::Attributes, loc, "'" + std::string(name) + "' attribute directive ignored");
        break;
      }
      default:
        break;  // an Ignored attribute of attributes.def
    }
    if (has_args) skip_balanced_parens();
  }
}

}  // namespace kit::c
