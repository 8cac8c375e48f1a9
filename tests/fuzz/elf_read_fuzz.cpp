// libFuzzer target: the fmt-elf reader (plugins/fmt-elf/read.cpp) and, for
// what it accepts, the object writer.
//
// Invariants checked beyond "no crash, no sanitizer report":
//  - malformed input is reported with kit::Error, never another exception;
//  - an object read for a link can be written back, unless the writer
//    refuses it with kit::Error (a machine it has no number for), and what
//    the writer produces is read again without error and written again to
//    the same bytes (write . read is idempotent on writer output).
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <memory>
#include <span>

#include "elf.hpp"
#include "kit/diag.hpp"
#include "kit/format.hpp"
#include "read.hpp"
#include "write_object.hpp"

using namespace kit;

namespace {
[[noreturn]] void invariant(const char* what, const char* detail = "") {
  std::fprintf(stderr, "elf_read_fuzz: invariant broken: %s %s\n", what, detail);
  std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const uint8_t> bytes(data, size);
  for (uint32_t flags : {0u, uint32_t{kListImages}, uint32_t{kListImages | kListDynamicSymbols}}) {
    try {
      FileListing listing;
      auto o = elf::list_file(bytes, "fuzz.o", flags, listing);
      if (listing.sections.size() != o->sections.size()) invariant("listing.sections size");
    } catch (const Error&) {
    }
  }
  static const RelocKindInfo kinds[] = {
      {1, "R_X86_64_64", 8, false, RelocKindInfo::Plain, 1, 0xffffffff, 0xffffffff},
      {2, "R_X86_64_PC32", 4, true, RelocKindInfo::Plain, 2, 0xffffffff, 0xffffffff},
      {4, "R_X86_64_PLT32", 4, true, RelocKindInfo::PltCall, 4, 0xffffffff, 0xffffffff},
  };
  for (const elf::RelocMap& map : {elf::RelocMap(), elf::RelocMap(kinds)}) {
    std::unique_ptr<obj::ObjectFile> o;
    try {
      o = elf::read_object(bytes, "fuzz.o", map);
    } catch (const Error&) {
      continue;
    }
    const Endian endian = bytes[elf::EI_DATA] == elf::ELFDATA2MSB ? Endian::Big : Endian::Little;
    std::span<const RelocKindInfo> table;
    if (!map.identity()) table = kinds;
    std::vector<uint8_t> written;
    try {
      written = elf::write_object(*o, o->arch, endian, table);
    } catch (const Error&) {
      continue;
    }
    std::unique_ptr<obj::ObjectFile> again;
    try {
      again = elf::read_object(written, "rewritten.o", map);
    } catch (const Error& e) {
      invariant("the writer's output does not read back:", e.what());
    }
    std::vector<uint8_t> twice;
    try {
      twice = elf::write_object(*again, again->arch, endian, table);
    } catch (const Error& e) {
      invariant("what was read back cannot be written:", e.what());
    }
    if (twice != written) invariant("write(read(written)) differs from written");
  }
  return 0;
}
