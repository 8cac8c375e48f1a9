#include "compile.hpp"

#include "codegen/codegen.hpp"
#include "parse/parser.hpp"
#include "pp/preprocessor.hpp"
#include "source/pp_source.hpp"
#include "source/text_lexer.hpp"

namespace kit::c {

ir::DataLayout data_layout_for(const TargetSpec& target) {
  TargetModel model = TargetModel::from(target);
  ir::DataLayout l;
  l.pointer_bits = static_cast<uint16_t>(model.pointer_size * 8);
  l.i128_align = 16;
  l.f80_size = model.long_double == LongDoubleFormat::X87 ? model.long_double_size : 16;
  l.f80_align = model.long_double == LongDoubleFormat::X87 ? model.long_double_align : 16;
  l.f128_align = 16;
  l.max_int_align = model.pointer_size == 4 ? 4 : 8;
  return l;
}

bool is_builtin_name(std::string_view name) { return Parser::builtin_id(name) != 0; }

std::unique_ptr<ir::Module> compile_c_tokens(TokenSource& src, const TargetSpec& target,
                                             const FrontendOptions& options) {
  Diagnostics& diags = src.diagnostics();
  CompileOptions opts;
  opts.configure(options.std, options.warning_flags);
  for (const std::string& f : options.warning_flags) {
    if (f == "-fcommon") opts.fcommon = true;
    if (f == "-fno-common") opts.fcommon = false;
    if (f == "-Werror") diags.set_werror(true), opts.werror = true;
    if (f == "-w") diags.set_suppress_warnings(true);
  }
  opts.pic = options.pic || options.pie;
  opts.opt_level = options.opt_level;
  if (options.werror) diags.set_werror(true), opts.werror = true;
  if (options.no_warnings) diags.set_suppress_warnings(true);

  TargetModel model = TargetModel::from(target);
  if (options.char_signed >= 0) model.char_signed = options.char_signed != 0;
  auto module = std::make_unique<ir::Module>(target.name, data_layout_for(target));
  Arena perm, fn_arena;
  TypeTable types(model, perm);
  Parser* parser_ptr = nullptr;
  Codegen codegen(*module, parser_ptr, types, opts);
  Parser parser(src, types, perm, fn_arena, codegen, opts);
  parser_ptr = &parser;
  bool ok;
  try {
    ok = parser.parse_translation_unit();
  } catch (const Error& e) {
    diags.error(e.loc(), e.message());
    ok = false;
  }
  if (!ok || diags.has_errors()) return nullptr;
  return module;
}

std::unique_ptr<ir::Module> compile_c_file(const TargetSpec& target, const FrontendOptions& options,
                                           const std::string& path, Diagnostics& diags) {
  pp::Preprocessor pp(target, options, diags);
  pp.set_builtin_query(is_builtin_name);
  if (!pp.enter_main_file(path)) return nullptr;
  PpTokenSource src(pp);
  return compile_c_tokens(src, target, options);
}

std::unique_ptr<ir::Module> compile_c_text(const TargetSpec& target, const FrontendOptions& options,
                                           std::string_view text, const std::string& name,
                                           Diagnostics& diags) {
  StringInterner names;
  TextLexer lexer(text, name, names, diags);
  return compile_c_tokens(lexer, target, options);
}

}  // namespace kit::c
