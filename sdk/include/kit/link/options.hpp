// What a link is asked to do: the GNU ld-compatible options kit ld and the
// kit cc link driver understand, as plain data. The format plugin's linker
// reads this; it never sees a command line.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kit::link {

enum class OutputKind : uint8_t {
  Executable,     // fixed address (-no-pie)
  PieExecutable,  // position-independent executable (-pie)
  SharedLibrary,  // -shared
};

// One command-line input, in order. Position matters: archives are scanned
// where they appear, -Bstatic/--as-needed apply to what follows.
struct Input {
  enum Kind : uint8_t {
    File,           // a path: object, archive, shared library or linker script
    Library,        // -lNAME (searched in library_paths)
    GroupStart,     // --start-group / -(
    GroupEnd,       // --end-group / -)
    WholeArchive,   // --whole-archive
    NoWholeArchive, // --no-whole-archive
    AsNeeded,       // --as-needed
    NoAsNeeded,     // --no-as-needed
    Static,         // -Bstatic: -l finds only libNAME.a
    Dynamic,        // -Bdynamic
    Memory,         // an object produced in this process: Options::memory_files[memory_index]
    PushState,      // --push-state: save -Bstatic/--as-needed/--whole-archive
    PopState,       // --pop-state: restore them
  };
  Kind kind = File;
  std::string value;  // path, or NAME for Library ("c" for -lc, ":libc.a" for -l:libc.a)
  int memory_index = -1;
};

// An input that never touched the disk (kit cc compiles and links in one go).
struct MemoryFile {
  std::string name;  // for messages, e.g. "hello.c"
  std::vector<uint8_t> bytes;
};

struct Options {
  std::string output = "a.out";
  OutputKind kind = OutputKind::PieExecutable;
  bool is_static = false;          // -static: no shared libraries, no dynamic section
  std::vector<Input> inputs;
  std::vector<MemoryFile> memory_files;
  std::vector<std::string> library_paths;  // -L, in order
  std::string sysroot;             // --sysroot: prefix for '=' paths in -L and scripts
  std::string entry;               // -e; empty: the format's default (_start, mainCRTStartup)
  std::vector<std::string> undefined;  // -u SYMBOL
  std::vector<std::pair<std::string, std::string>> defsym;  // --defsym NAME=EXPR
  bool gc_sections = false;
  bool print_gc_sections = false;
  std::string soname;              // -soname
  std::vector<std::string> rpaths; // -rpath
  std::string dynamic_linker;      // --dynamic-linker / -I; empty: the target's
  std::string map_file;            // -Map
  std::string build_id;            // --build-id[=STYLE]: "", "sha1", "md5", "uuid", "0xHEX"
  bool export_dynamic = false;     // -E
  bool eh_frame_hdr = true;
  bool allow_undefined_in_shared = true;  // -z defs turns this off
  bool relro = true;               // -z relro / norelro
  bool now = false;                // -z now
  bool exec_stack = false;         // -z execstack
  bool strip_all = false;          // -s
  uint64_t image_base = 0;         // --image-base / -Ttext-segment; 0: the format's default
  unsigned threads = 0;            // --threads; 0: all cores (output never depends on it)
};

}  // namespace kit::link
