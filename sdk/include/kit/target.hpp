// TargetSpec: everything the pipeline needs to know about one target,
// resolved by the host from the layered TOML configuration
// (packaging/targets.toml, /etc/kit/kit.toml, the user's kit.toml,
// --config FILE). Plain data: no ISA or format knowledge lives here, only
// the names of the plugins that have it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kit {

// C data models: sizes of int/long/pointer. LP64 (Linux, macOS),
// LLP64 (Windows: long stays 32-bit), ILP32 (32-bit targets, later).
enum class DataModel : uint8_t { LP64, LLP64, ILP32 };
enum class Endian : uint8_t { Little, Big };

const char* data_model_name(DataModel m);
const char* endian_name(Endian e);

// One way of linking (static, dynamic, pie, static-pie, shared): the
// startup objects placed before the user's inputs, the ones after, and the
// default libraries. Names are searched in TargetSpec::lib_dirs and
// runtime_dirs; a trailing '?' marks an item that may be absent (gcc's
// crtbegin.o, libgcc.a when no gcc is installed).
struct LinkProfile {
  std::vector<std::string> start;  // e.g. crt1.o crti.o crtbeginT.o
  std::vector<std::string> end;    // e.g. crtend.o crtn.o
  std::vector<std::string> libs;   // e.g. --start-group -lgcc -lc --end-group
};

struct TargetSpec {
  std::string name;           // canonical triple, e.g. "x86_64-linux-gnu"
  std::string description;
  std::string arch;           // "x86_64", "aarch64", "riscv64"
  std::string format;         // "elf", "coff", "macho"
  std::string os;             // "linux", "windows", "macos"
  std::string env;            // "gnu", "musl", "" (none)
  std::string arch_plugin;    // plugin id, e.g. "arch-x86_64"
  std::string format_plugin;  // plugin id, e.g. "fmt-elf"
  DataModel data_model = DataModel::LP64;
  Endian endian = Endian::Little;
  std::string long_double;     // "x87-80", "binary128", "binary64"
  std::vector<std::string> march;  // the -march= names of the code generator's baseline ISA
  // C ABI facts a frontend needs (from targets.toml [target.X.c]).
  bool char_signed = true;
  std::string wchar_type = "int";        // "int", "unsigned short", "unsigned int"
  std::string va_list = "pointer";       // "pointer", "record", "array-of-record"
  unsigned va_list_size = 8;             // bytes of the va_list object (or its one record)
  unsigned va_list_align = 8;
  std::string bitfield_layout = "sysv";  // "sysv" or "ms" (mingw's -mms-bitfields default)
  std::vector<std::string> macros;        // "NAME" or "NAME=VALUE"
  std::vector<std::string> sysroot;       // candidates; first existing wins
  std::vector<std::string> include_dirs;  // system headers (under the sysroot)
  std::vector<std::string> lib_dirs;      // libraries and crt objects (under the sysroot)
  std::vector<std::string> runtime_dirs;  // compiler runtime (libgcc, crtbegin), optional
  std::string dynamic_linker;             // ELF PT_INTERP, empty when none
  std::string default_link;               // key into links: "pie", "dynamic", ...
  std::map<std::string, LinkProfile> links;

  unsigned pointer_size() const { return data_model == DataModel::ILP32 ? 4 : 8; }
  unsigned long_size() const { return data_model == DataModel::LP64 ? 8 : 4; }
};

}  // namespace kit
