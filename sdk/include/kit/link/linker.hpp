// The format-neutral link core: what every format's linker does the same
// way, so that ELF, PE/COFF and Mach-O linkers share it and differ only in
// their own parts (the hooks below, and the image they write).
//
//   load()           inputs in command-line order: objects (read in
//                    parallel), archives (members fetched lazily when a
//                    reference needs them, in any position: --start-group
//                    is implied), shared libraries (exported symbols,
//                    --as-needed), linker scripts (through the format);
//                    symbol resolution (symbols.hpp); COMDAT groups (the
//                    first group with a signature wins, the others'
//                    sections are discarded); -u, --defsym, the entry.
//   report_undefined()  after the format has defined its synthetic symbols:
//                    "undefined reference to 'foo' (referenced from
//                    a.o:(.text+0x12))", one per symbol, first reference
//                    in input order.
//   gc_sections()    --gc-sections: mark from the roots through
//                    relocations; the format names root sections (notes,
//                    init arrays, KEEP-like sections, kRetain) and extra
//                    edges (an ELF FDE follows its function).
//   place_members()  atoms of one output section at aligned offsets.
//   write_map()      -Map.
//
// Determinism: every decision depends on input order only. Work done in
// parallel (reading objects, scanning relocations) writes disjoint slots
// and is merged in input order; the thread count never shows in the output.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kit/diag.hpp"
#include "kit/link/input.hpp"
#include "kit/link/options.hpp"
#include "kit/link/symbols.hpp"
#include "kit/obj/object.hpp"

namespace kit::link {

constexpr uint32_t kNoOutput = 0xffffffff;

// One input section: an object (index into Linker::objects) and a 1-based
// section index in it.
struct SectionRef {
  uint32_t file = 0;
  uint32_t section = 0;
  bool operator==(const SectionRef&) const = default;
};

// An object in the link, loaded from the command line, an archive member,
// or memory.
struct InputObject {
  std::unique_ptr<obj::ObjectFile> obj;
  std::string name;             // for messages: "a.o", "libc.a(printf.o)"
  uint32_t id = 0;              // index in Linker::objects (load order)
  std::vector<SymId> sym;       // per object symbol: its global symbol, 0 for locals
  std::vector<uint8_t> live;    // per section (index - 1): in the output
  std::vector<uint32_t> out;    // per section: output section index or kNoOutput
  std::vector<uint64_t> offset; // per section: offset within the output section

  obj::Section& section(uint32_t index1) { return obj->sections[index1 - 1]; }
  const obj::Section& section(uint32_t index1) const { return obj->sections[index1 - 1]; }
  std::string_view section_name(uint32_t index1) const { return obj->str(section(index1).name); }
  bool is_live(uint32_t index1) const { return live[index1 - 1] != 0; }
};

struct ArchiveInput {
  std::string path;
  std::shared_ptr<const FileBuffer> file;
  struct Member {
    std::string name;
    uint64_t offset = 0;  // of its header in the archive (identity; names repeat)
    std::span<const uint8_t> bytes;
    std::shared_ptr<const FileBuffer> external;  // thin archives
    uint32_t object = kNoOutput;                 // InputObject id once loaded
    bool queued = false;                         // a fetch is pending
    std::unique_ptr<obj::ObjectFile> parsed;     // read ahead (archives without an index)
  };
  std::vector<Member> members;
};

struct SharedInput {
  std::unique_ptr<SharedLibrary> lib;
  bool as_needed = false;
  bool needed = false;  // a regular object refers to one of its symbols (or not as-needed)
};

struct OutputSection {
  std::string name;
  obj::SectionKind kind = obj::SectionKind::Other;
  uint32_t flags = 0;         // obj::SectionFlags
  uint32_t format_type = 0;   // e.g. ELF sh_type
  uint64_t format_flags = 0;  // e.g. ELF sh_flags
  uint64_t align = 1;
  uint32_t entsize = 0;
  std::vector<SectionRef> members;
  uint64_t size = 0;
  uint64_t address = 0;
  uint64_t file_offset = 0;
  uint32_t index = 0;         // the format's section number in the output
  bool synthetic = false;     // content produced by the format itself
};

// What a format plugin's linker tells the core.
class FormatHooks {
 public:
  virtual ~FormatHooks();
  // What the bytes are (archives are recognised by the core).
  virtual FileKind classify(std::span<const uint8_t> bytes) const = 0;
  // Throws kit::Error located at name on malformed input.
  virtual std::unique_ptr<obj::ObjectFile> read_object(std::span<const uint8_t> bytes,
                                                       const std::string& name) const = 0;
  virtual std::unique_ptr<SharedLibrary> read_shared(std::shared_ptr<const FileBuffer> file,
                                                     const std::string& name) const;
  // A linker script: appends the inputs it names and the directories it
  // adds to the library search path. Throws kit::Error on syntax errors.
  virtual void read_script(std::string_view text, const std::string& path, std::vector<Input>& inputs,
                           std::vector<std::string>& search_dirs) const;
  // --gc-sections: sections that are live whatever refers to them.
  virtual bool gc_root(const InputObject& f, uint32_t section) const = 0;
  // Whether a live section's relocations keep their targets live.
  virtual bool gc_follows_relocs(const InputObject& f, uint32_t section) const;
  // Sections that become live when `section` does, besides its relocation
  // targets (an ELF SHF_LINK_ORDER section follows the section it names;
  // an FDE's LSDA follows its function).
  virtual void gc_dependents(const InputObject& f, uint32_t section, std::vector<SectionRef>& out) const;
};

// Runs fn(i) for i in [0, n) on up to `threads` threads (0: all cores).
// fn must write only to slots of its own i.
void parallel_for(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

class Linker {
 public:
  Linker(const Options& options, const FormatHooks& hooks, Diagnostics& diags);
  ~Linker();

  const Options& options;
  const FormatHooks& hooks;
  Diagnostics& diags;

  SymbolTable symbols;
  std::vector<std::unique_ptr<InputObject>> objects;
  std::vector<ArchiveInput> archives;
  std::vector<SharedInput> shared;
  std::vector<SymId> commons;   // resolved common symbols, in input order
  // --defsym NAME=SYMBOL[+-N]: NAME takes SYMBOL's address plus N (the
  // format evaluates these after layout). NAME=N is SymState::Absolute.
  struct Alias {
    SymId name = 0, target = 0;
    int64_t addend = 0;
  };
  std::vector<Alias> aliases;
  SymId entry = 0;              // the entry symbol (options.entry or default_entry)

  unsigned threads() const;

  // Reads every input and resolves symbols. default_entry is the format's
  // entry symbol when options.entry is empty ("_start"); empty: none.
  // Returns false after reporting errors.
  bool load(std::string_view default_entry);

  // The output-independent address of a definition: its section's place
  // plus the value (absolute symbols: the value). Section placement must be
  // known (out/offset set and outputs addressed).
  uint64_t symbol_address(const InputObject& f, uint32_t symbol,
                          const std::vector<OutputSection>& outputs) const;
  // The global symbol's defining object symbol (Defined/Common), or null.
  const obj::Symbol* definition(SymId id) const;
  // "a.o:(.text+0x12)".
  std::string describe(const InputObject& f, uint32_t section, uint64_t offset) const;
  // "a.o" or "libc.so.6" or "<command line>" for the owner of a global symbol.
  std::string owner_name(SymId id) const;
  // Whether an object symbol is defined in a section that is in the output.
  bool defined_live(const InputObject& f, uint32_t symbol) const;

  // Undefined references from live allocated sections: one error per
  // symbol, unless allowed(id) says the symbol may stay undefined (shared
  // libraries, weak references). Returns the number of errors.
  unsigned report_undefined(const std::function<bool(SymId)>& allowed);

  // --gc-sections from the entry, -u symbols, root_symbols and the
  // format's root sections. Clears `live` of the dead allocated sections.
  void gc_sections(const std::vector<SymId>& root_symbols);

  // Lays out the members of an output section in order: offsets aligned,
  // InputObject::out/offset set, size and alignment updated.
  void place_members(OutputSection& os, uint32_t os_index);

  // -Map: output sections, the input sections in them and their symbols.
  // `extra` is appended (the format's own summary, e.g. dynamic relocations).
  void write_map(const std::string& path, const std::vector<OutputSection>& outputs,
                 std::string_view extra = {}) const;

 private:
  struct Loader;
  friend struct Loader;
  void add_object(std::unique_ptr<InputObject> f);
  void add_shared(std::unique_ptr<SharedLibrary> lib, bool as_needed);
  void fetch(SymId id);
  void drain_fetches();
  void reference(SymId id, bool weak);
  uint32_t load_member(uint32_t archive, uint32_t member);
  struct Fetch {
    uint32_t archive, member;
    SymId why;
  };
  std::vector<Fetch> fetch_queue_;
  struct Duplicate {
    SymId id;
    uint32_t first_file, first_index, second_file, second_index;
  };
  std::vector<Duplicate> duplicates_;
  struct ComdatMap;
  std::unique_ptr<ComdatMap> comdats_;
  std::vector<std::string> script_dirs_;
  std::deque<std::string> names_;  // storage for names the core makes up (-u, entry)
};

}  // namespace kit::link
