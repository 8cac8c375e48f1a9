// What kit ar, ranlib, nm, size and objdump share: reading inputs, walking
// archive members, and the GNU binutils vocabulary for sections and
// symbols (nm letters, objdump section attributes), computed from the
// format-neutral object model the format plugin's list_file returns.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "kit/diag.hpp"
#include "kit/format.hpp"
#include "kit/plugin.hpp"
#include "kit/obj/archive.hpp"
#include "kit/obj/object.hpp"

namespace kit::host::objtools {

// The whole file; throws kit::Error located at path when it cannot be read.
std::vector<uint8_t> read_file(const std::string& path);

// One listed file: a file on the command line or an archive member.
struct Listed {
  std::string path;     // the file, or the archive holding the member
  std::string member;   // empty unless an archive member
  std::string label;    // "x.o" or "lib.a(x.o)": for messages
  std::unique_ptr<obj::ObjectFile> object;
  FileListing listing;
};

// Calls on_archive(archive) first for an archive, then on_file for the file
// or each member, in order. A member that cannot be listed is reported
// through on_error (and the walk goes on); a file that cannot be read
// throws. Returns false if on_error was called.
bool walk(const FormatPlugin& format, const std::string& path, uint32_t flags,
          const std::function<void(const obj::Archive&)>& on_archive,
          const std::function<void(Listed&)>& on_file,
          const std::function<void(const std::exception&)>& on_error);

// BFD's view of a section, as GNU tools print it.
struct SectionTraits {
  bool contents = false, alloc = false, load = false, reloc = false, readonly = false,
       code = false, data = false, debugging = false, octets = false, tls = false, group = false,
       link_once_discard = false, exclude = false;
};
SectionTraits traits(const obj::ObjectFile& o, const FileListing& l, uint32_t index1);
// "CONTENTS, ALLOC, LOAD, READONLY, CODE" (objdump -h).
std::string attribute_words(const SectionTraits& t);

// The section name a symbol is printed against: the section's name,
// or *ABS*, *UND*, *COM*.
std::string_view section_name(const obj::ObjectFile& o, const obj::Symbol& s);
// The name printed for a symbol (a section symbol is called after its section).
std::string_view symbol_name(const obj::ObjectFile& o, const obj::Symbol& s);
// GNU nm's one-letter class (U, T, t, D, d, B, b, R, r, C, W, w, V, v, A, i, N, n).
char nm_letter(const obj::ObjectFile& o, const FileListing& l, const obj::Symbol& s);
// Symbols nm and size hide unless asked for (-a): file and section symbols,
// and the null symbol.
bool is_debugging_symbol(const obj::Symbol& s);

// Calls f. A kit::Error or Unsupported that plugin code threw is rethrown
// as a copy made here: the original's destructor lives in the plugin
// library, which may be unloaded before the exception reaches main().
template <class F>
auto rethrow_in_host(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Unsupported& u) {
    throw Unsupported(u.capability());
  } catch (const Error& e) {
    if (e.loc().file.empty()) throw Error(std::string(e.what()));
    throw Error(e.loc(), e.message());
  }
}

}  // namespace kit::host::objtools
