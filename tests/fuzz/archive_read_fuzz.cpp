// libFuzzer target: the SDK's ar archive reader (sdk/src/obj/archive.cpp)
// and, for what it accepts, the writer.
//
// Invariants beyond "no crash, no sanitizer report": malformed input is a
// kit::Error; every member's data lies inside the input; every index entry
// names a member; a parsed (non-thin) archive written back in the GNU
// variant parses again to the same member names and data and the same
// index, in order.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <memory>
#include <span>

#include "kit/diag.hpp"
#include "kit/obj/archive.hpp"

using namespace kit;
using namespace kit::obj;

namespace {
[[noreturn]] void invariant(const char* what, const char* detail = "") {
  std::fprintf(stderr, "archive_read_fuzz: invariant broken: %s %s\n", what, detail);
  std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const uint8_t> bytes(data, size);
  if (!is_archive(bytes)) return 0;
  std::unique_ptr<Archive> a;
  try {
    a = std::make_unique<Archive>(Archive::parse(bytes, "fuzz.a"));
  } catch (const Error&) {
    return 0;
  }
  for (const ArchiveMember& m : a->members()) {
    if (!m.data.empty() && (m.data.data() < data || m.data.data() + m.data.size() > data + size))
      invariant("member data outside the input");
    if (m.external != a->thin()) invariant("external members only in thin archives");
  }
  for (const ArchiveSymbol& s : a->symbols())
    if (!a->member_at(s.member_offset)) invariant("index entry without a member");
  if (a->thin()) return 0;

  std::vector<NewArchiveMember> out(a->members().size());
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].name = std::string(a->members()[i].name);
    out[i].data = a->members()[i].data;
  }
  std::vector<std::string> expected_symbols;
  for (const ArchiveSymbol& s : a->symbols()) {
    int64_t i = a->member_index_at(s.member_offset);
    out[static_cast<size_t>(i)].symbols.emplace_back(s.name);
  }
  for (const auto& m : out)
    for (const auto& s : m.symbols) expected_symbols.push_back(s);
  ArchiveWriteOptions options;
  options.symbol_index = a->has_index() || !expected_symbols.empty();
  std::vector<uint8_t> written;
  try {
    written = write_archive(out, options);
  } catch (const Error&) {
    return 0;  // a name GNU archives cannot spell
  }
  Archive b = [&] {
    try {
      return Archive::parse(written, "rewritten.a");
    } catch (const Error& e) {
      invariant("the writer's output does not parse:", e.what());
    }
  }();
  if (b.members().size() != out.size()) invariant("member count changed");
  for (size_t i = 0; i < out.size(); ++i) {
    const ArchiveMember& m = b.members()[i];
    if (m.name != out[i].name) invariant("member name changed:", out[i].name.c_str());
    if (!std::equal(m.data.begin(), m.data.end(), out[i].data.begin(), out[i].data.end()))
      invariant("member data changed");
  }
  if (b.symbols().size() != expected_symbols.size()) invariant("index size changed");
  for (size_t i = 0; i < expected_symbols.size(); ++i)
    if (b.symbols()[i].name != expected_symbols[i]) invariant("index order changed");
  return 0;
}
