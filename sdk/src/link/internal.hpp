// Private helpers of the link core (not installed).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kit/link/linker.hpp"

namespace kit::link::detail {

bool is_archive(std::span<const uint8_t> bytes);

// The members and the symbol index of an ar archive. symbols pairs a name
// with a member index; empty when the archive has no index (then the
// caller reads the members to find their definitions). Throws kit::Error
// located at the archive on malformed input.
struct ArchiveIndex {
  std::vector<std::pair<std::string_view, uint32_t>> symbols;
  bool has_index = false;
};
ArchiveIndex read_archive(std::shared_ptr<const FileBuffer> file, ArchiveInput& out);

}  // namespace kit::link::detail
