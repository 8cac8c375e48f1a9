#include "commands.hpp"

namespace kit::host {

namespace {
const Command kCommands[] = {
    {"cc", "compile and link C (and other frontends' languages), gcc-compatible",
     "usage: kit [--target T] cc [options] file...\n"
     "  Compiles each source file with the frontend that handles its suffix, then\n"
     "  links with the target's startup objects and libraries.\n"
     "  -c  -S  -E  -o FILE  -D/-U/-I/-isystem/-idirafter/-iquote/-include\n"
     "  --target=T  (same as kit --target T)\n"
     "  'kit cc --help' lists every flag: implemented, accepted and ignored (and why),\n"
     "  or refused; see docs/DRIVER.md.\n",
     cmd_cc, true},
    {"cpp", "preprocess a source file",
     "usage: kit [--target T] cpp [-D NAME[=V]] [-U NAME] [-I DIR] [-o FILE] file\n"
     "  Preprocesses with the frontend that handles the file's suffix (C by default\n"
     "  for unknown suffixes) and writes the result to FILE or standard output.\n"
     "  Takes kit cc's flags ('kit cc --help').\n",
     cmd_cpp, true},
    {"ld", "link objects into an executable or shared library",
     "usage: kit [--target T] ld [options] file...\n"
     "  The kit linker, GNU ld-compatible flags (-o -L -l -static -shared -pie -e\n"
     "  --gc-sections --start-group/--end-group -rpath -soname -Map).\n",
     cmd_ld, true},
    {"as", "assemble a source file into an object",
     "usage: kit [--target T] as [-o FILE] file.s\n", cmd_as, true},
    {"ar", "create and edit static libraries",
     "usage: kit [--target T] ar [-]OP[MODS] archive [member...]\n"
     "  GNU ar-compatible. OP: r replace or add, q append, d delete, t list,\n"
     "  x extract, p print, s write the symbol index only. MODS: c (no 'creating'\n"
     "  notice), s (index; written unless S), S (no index), u (only newer files,\n"
     "  with U), v (verbose), D (zero dates and ids, the default), U (real ones),\n"
     "  P (match full paths). The common case: kit ar rcs libx.a a.o b.o\n",
     cmd_ar, true},
    {"ranlib", "write the symbol index of static libraries",
     "usage: kit [--target T] ranlib archive...\n"
     "  Rewrites each archive's symbol index from its members' defined globals,\n"
     "  as the target's format plugin reads them (same as kit ar s).\n",
     cmd_ranlib, true},
    {"nm", "list the symbols of objects, archives and images",
     "usage: kit [--target T] nm [options] [file...]\n"
     "  GNU nm's format: VALUE LETTER NAME. Objects, archives (member by member),\n"
     "  executables and shared libraries; default file a.out.\n"
     "  -a  also debugger symbols (files, sections)   -A, -o  file name on each line\n"
     "  -D  dynamic symbols (with versions)            -g  external symbols only\n"
     "  -u  undefined symbols only                     --defined-only\n"
     "  -n  sort by address   -p  do not sort   -r  reverse   -S  print sizes\n",
     cmd_nm, true},
    {"size", "print section sizes of objects and images",
     "usage: kit [--target T] size [-A|-B] [-t] [-d|-o|-x] [file...]\n"
     "  Berkeley format (text, data, bss, dec, hex) by default; -A: System V\n"
     "  format, every section with its size and address; -t: totals.\n",
     cmd_size, true},
    {"objdump", "show the headers, sections and disassembly of objects",
     "usage: kit [--target T] objdump [-h] [-t] [-r] [-d] [-f] [-x] file...\n"
     "  -h  section headers   -t  symbol table   -r  relocations   -f  file header\n"
     "  -x  all headers       -d  disassemble (when the arch plugin can)\n",
     cmd_objdump, true},
    {"run", "compile in memory and run a program",
     "usage: kit [--target T] run file... [-- args...]\n", cmd_run, true},
    {"targets", "list the known targets and whether their plugins are installed",
     "usage: kit targets [--installed] [--verbose] [TRIPLE...]\n"
     "  One line per target: canonical triple, the arch and format plugins it needs,\n"
     "  and 'installed' or what is missing (with the package that provides it).\n"
     "  TRIPLE...    only these targets (any spelling kit normalizes, e.g.\n"
     "               amd64-pc-linux-gnu); exits non-zero, saying why, when one is\n"
     "               unknown or its plugins are not installed (also: kit --target T targets)\n"
     "  --installed  only targets whose plugins are all installed\n"
     "  --verbose    also print each target's data model, environment and sysroot\n",
     cmd_targets, false},
    {"plugins", "list, inspect, install, remove and test plugins",
     "usage: kit plugins list [--all]\n"
     "       kit plugins info NAME\n"
     "       kit plugins install PATH [--dir DIR] [--force]\n"
     "       kit plugins remove NAME [--dir DIR]\n"
     "       kit plugins test NAME|PATH... | --all\n"
     "  list     the plugins kit finds, in search order (--all: shadowed ones too)\n"
     "  info     a plugin's manifest, location, and whether it loads\n"
     "  install  copy a plugin library and its manifest into the user plugin\n"
     "           directory (or DIR), after checking that this kit can load it\n"
     "  remove   delete an installed plugin from the user plugin directory (or DIR)\n"
     "  test     run the conformance suite for each plugin's kind, each plugin in\n"
     "           its own child process; prints 'N passed, N failed'\n",
     cmd_plugins, false},
    {"help", "show help for kit or one command", "usage: kit help [COMMAND]\n", cmd_help,
     false},
    {"version", "print kit's version, SDK version and ABI build key", "usage: kit version\n",
     cmd_version, false},
};
// Developer commands: callable by name, not listed by kit help.
const Command kHiddenCommands[] = {
    {"__rewrite-object", "read an object and write it back through the object model",
     "usage: kit [--target T] __rewrite-object IN OUT\n", cmd_rewrite_object, false},
    {"ir-print", "print a file's kit IR module (.kir, or a source file through its frontend)",
     "usage: kit [--target T] ir-print [--no-verify] [-o OUT] FILE\n"
     "  Prints the module in canonical .kir form after verifying it (errors go to\n"
     "  standard error; the module is printed anyway).\n",
     cmd_ir_print, false},
    {"ir-verify", "parse and verify kit IR",
     "usage: kit [--target T] ir-verify FILE...\n"
     "  Silent when every module is valid; located errors and exit status 1 otherwise.\n",
     cmd_ir_verify, false},
};
}  // namespace

std::span<const Command> all_commands() { return kCommands; }

const Command* find_command(std::string_view name) {
  for (const auto& c : kCommands)
    if (name == c.name) return &c;
  for (const auto& c : kHiddenCommands)
    if (name == c.name) return &c;
  return nullptr;
}

}  // namespace kit::host
