// The interface of format plugins: one object file format.
//
//  - Reading (KIT_CAP_READ_OBJECT): relocatable objects -> the object model.
//  - Writing (KIT_CAP_WRITE_OBJECT): the object model -> relocatable bytes.
//  - Listing (with KIT_CAP_READ_OBJECT): any file of the format, objects,
//    executables and shared libraries, as kit nm, size and objdump show it.
//  - Linking (KIT_CAP_LINK_EXECUTABLE / KIT_CAP_LINK_SHARED, with
//    KIT_CAP_READ_SHARED for shared-library inputs): inputs -> an image,
//    using the SDK's link core for resolution, archives and layout and the
//    arch plugin for relocations and stubs.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "kit/plugin.hpp"

namespace kit {

class ArchPlugin;
namespace obj {
class ObjectFile;
}
namespace link {
struct Options;
}

// What the listing tools (kit nm, size, objdump) learn about a file beyond
// the object model. sections[i] describes ObjectFile::sections[i].
struct FileListing {
  enum class Type : uint8_t { Relocatable, Executable, SharedLibrary, Core, Other };
  struct SectionPlace {
    uint64_t address = 0;       // where it is loaded (0 in relocatable objects)
    uint64_t load_address = 0;  // LMA
    uint64_t file_offset = 0;
    bool hidden = false;        // format bookkeeping GNU tools do not list as a section
                                // (an object's symbol, string and relocation tables)
    bool group = false;         // a section group table (objdump -h: GROUP)
    bool comdat = false;        // ... of a COMDAT group (LINK_ONCE_DISCARD)
    bool exclude = false;       // dropped by every link (ELF SHF_EXCLUDE)
  };
  Type type = Type::Relocatable;
  std::string format_name;  // as GNU tools print it, e.g. "elf64-x86-64"
  uint64_t entry = 0;       // start address (images)
  uint64_t flags = 0;       // header flags (ELF e_flags)
  std::vector<SectionPlace> sections;
  bool has_symbols = false;  // the requested symbol table exists (nm: "no symbols")
  bool versioned = false;    // the file carries symbol versions (objdump -t: a version column)
};

enum ListFlags : uint32_t {
  kListImages = 1 << 0,          // accept executables and shared libraries, not only objects
  kListDynamicSymbols = 1 << 1,  // the dynamic symbol table instead of the static one (nm -D)
};

class FormatPlugin : public Plugin {
 public:
  ~FormatPlugin() override;
  PluginKind kind() const final { return PluginKind::Format; }

  // True when bytes start like a relocatable object of this format.
  virtual bool is_object(std::span<const uint8_t> bytes) const;
  // KIT_CAP_READ_OBJECT. name is used in messages ("lib.a(x.o)"). Throws
  // kit::Error located at name (and the offending offset) on malformed input.
  virtual std::unique_ptr<obj::ObjectFile> read_object(std::span<const uint8_t> bytes,
                                                       const std::string& name,
                                                       const ArchPlugin& arch) const;
  // KIT_CAP_READ_OBJECT: a file as listing tools see it. Unlike read_object,
  // every section of the file is in the result (listing.sections says which
  // are bookkeeping), symbols keep the file's order and values (addresses in
  // images), dynamic symbols carry their version (name@VER, name@@VER), and
  // Reloc::kind is the format's own relocation type number: nothing goes
  // through an arch plugin, so a file for any machine can be listed. Throws
  // kit::Error located at name on malformed or unrecognized input.
  virtual std::unique_ptr<obj::ObjectFile> list_file(std::span<const uint8_t> bytes,
                                                     const std::string& name, uint32_t flags,
                                                     FileListing& listing) const;
  // KIT_CAP_WRITE_OBJECT
  virtual std::vector<uint8_t> write_object(const obj::ObjectFile& object,
                                            const TargetSpec& target,
                                            const ArchPlugin& arch) const;
  // KIT_CAP_LINK_EXECUTABLE / KIT_CAP_LINK_SHARED: writes options.output
  // atomically. Problems (undefined symbols, ...) go to diags; returns false
  // if any error was reported, and then no output file exists.
  virtual bool link(const link::Options& options, const TargetSpec& target,
                    const ArchPlugin& arch, Diagnostics& diags) const;
};

}  // namespace kit
