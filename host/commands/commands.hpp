// The command table: every `kit <command>` with its one-line summary and
// usage text (what `kit help` prints). Each command lives in its own file.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"

namespace kit::host {

using Args = std::vector<std::string>;

struct Command {
  const char* name;
  const char* summary;
  const char* usage;  // full help text
  int (*run)(Context& ctx, const Args& args);
  bool toolchain;     // works per target; reachable through multicall names
};

std::span<const Command> all_commands();
const Command* find_command(std::string_view name);

int cmd_help(Context& ctx, const Args& args);
int cmd_version(Context& ctx, const Args& args);
int cmd_targets(Context& ctx, const Args& args);
int cmd_plugins(Context& ctx, const Args& args);
// Toolchain commands (commands/<name>.cpp, or commands/toolchain.cpp).
int cmd_cc(Context& ctx, const Args& args);
int cmd_ld(Context& ctx, const Args& args);
int cmd_ar(Context& ctx, const Args& args);
int cmd_ranlib(Context& ctx, const Args& args);
// Hidden: read an object and write it back (commands/rewrite_object.cpp).
int cmd_rewrite_object(Context& ctx, const Args& args);
// Hidden: kit IR developer commands (commands/ir.cpp).
int cmd_ir_print(Context& ctx, const Args& args);
int cmd_ir_verify(Context& ctx, const Args& args);
int cmd_nm(Context& ctx, const Args& args);
int cmd_size(Context& ctx, const Args& args);
int cmd_objdump(Context& ctx, const Args& args);
int cmd_cpp(Context& ctx, const Args& args);
int cmd_as(Context& ctx, const Args& args);
int cmd_run(Context& ctx, const Args& args);
// Hidden: the child side of `kit plugins test` (conformance/).
int cmd_conformance_child(Context& ctx, const Args& args);

std::string version_text();

}  // namespace kit::host
