// Struct and union layout: member offsets, bit-field storage units, size
// and alignment, by the target's rules.
#pragma once

#include "types/types.hpp"

namespace kit::c {

struct LayoutOptions {
  bool ms_bitfields = false;  // TargetModel::ms_bitfields
  uint32_t max_align = 0;     // #pragma pack(N); 0: none
  uint32_t declared_align = 0;  // __attribute__((aligned(N))) on the record
};

// Lays out rec's members (their ty, is_bitfield, bit_width, align and
// is_packed are set) and completes the record: offsets, bit-field units,
// size and alignment. Widths are checked by the parser before.
void layout_record(Record* rec, const LayoutOptions& opts);

}  // namespace kit::c
