// The C compiler proper: a token source in, a kit IR module out.
//
//   compile_c_file    preprocess `path` with kit's preprocessor and compile
//                     (what FrontendPlugin::compile does)
//   compile_c_tokens  compile tokens from any TokenSource (tests, .i files)
#pragma once

#include <memory>
#include <string>

#include "kit/diag.hpp"
#include "kit/frontend.hpp"
#include "kit/ir/ir.hpp"
#include "kit/target.hpp"
#include "source/token_source.hpp"

namespace kit::c {

std::unique_ptr<ir::Module> compile_c_tokens(TokenSource& src, const TargetSpec& target,
                                             const FrontendOptions& options);

std::unique_ptr<ir::Module> compile_c_file(const TargetSpec& target, const FrontendOptions& options,
                                           const std::string& path, Diagnostics& diags);

// Compiles text that is already preprocessed (line markers honoured).
std::unique_ptr<ir::Module> compile_c_text(const TargetSpec& target, const FrontendOptions& options,
                                           std::string_view text, const std::string& name,
                                           Diagnostics& diags);

// The IR data layout of a target (pointer width, long double storage).
ir::DataLayout data_layout_for(const TargetSpec& target);

// Whether the compiler implements builtin `name` (builtins.def).
bool is_builtin_name(std::string_view name);

}  // namespace kit::c
