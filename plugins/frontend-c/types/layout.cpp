// Struct and union layout.
//
// Ordinary members (C17 6.7.2.1p15-17): each member is placed at the next
// offset that is a multiple of its alignment; a union places every member at
// offset 0; the size is rounded up to the largest alignment. A flexible
// array member adds no size but its alignment still counts.
//
// Bit-fields are implementation-defined (6.7.2.1p11); kit follows the two
// ABIs GCC implements:
//
// * System V (every ELF and Mach-O psABI): bit-fields are packed into the
//   bit stream as tightly as possible, except that a bit-field may not
//   cross a boundary of its declared type's size ("storage unit"): one that
//   would is moved to the next such boundary. A named bit-field
//   contributes its type's alignment to the record; unnamed ones do not. A
//   zero-width bit-field moves to the next boundary of its type. With
//   __attribute__((packed)), or under any #pragma pack, bit-fields may
//   straddle units and bits just follow each other.
//
// * Microsoft (mingw with -mms-bitfields, TargetSpec bitfield_layout "ms"):
//   consecutive bit-fields share one storage unit of their declared type
//   while they have the same type size and still fit; any other bit-field
//   allocates a whole new unit, aligned to its type; an ordinary member
//   ends the run.
//
// For code generation a bit-field is read and written through a storage
// unit: `unit_size` bytes at `offset`, the field being bits
// [bit_offset, bit_offset + bit_width) of that little-endian integer.
#include "types/layout.hpp"

namespace kit::c {

namespace {

// Positions are counted in bits, in 128 bits: an object of 2^61 bytes or
// more (legal on 64-bit targets) must not overflow.
using Bits = __int128;

Bits align_up(Bits n, Bits a) { return a <= 1 ? n : (n + a - 1) / a * a; }

// The smallest power-of-two byte count holding `bits` bits.
uint8_t unit_for_bits(Bits bits) {
  for (uint8_t s : {1, 2, 4, 8})
    if (bits <= s * 8) return s;
  return 16;
}

struct Layout {
  const LayoutOptions& opts;
  Record* rec;
  Bits bit = 0;            // next free bit (structs)
  Bits size_bits = 0;      // the largest end seen (unions, and structs)
  uint32_t max_align = 1;
  // Microsoft bit-field run
  Bits run_start = 0;
  uint32_t run_unit = 0;   // bytes; 0 = not in a run
  Bits run_used = 0;

  // The alignment a member gets in this record.
  uint32_t member_align(const Member* m, bool& packed) const {
    uint32_t a = type_align(m->ty);
    packed = rec->packed || m->is_packed;
    if (packed) a = 1;
    if (opts.max_align && a > opts.max_align) {
      a = opts.max_align;
      packed = true;
    }
    if (m->align > a) a = m->align;  // declared alignment survives packing
    // ... but not #pragma pack: gcc caps every field's alignment at N,
    // __attribute__((aligned)) ones included.
    if (opts.max_align && a > opts.max_align) a = opts.max_align;
    return a;
  }

  void place_plain(Member* m) {
    bool packed;
    uint32_t a = member_align(m, packed);
    Bits size = type_size(m->ty);
    if (size < 0) size = 0;  // flexible array member
    run_unit = 0;
    Bits at = rec->is_union ? 0 : align_up(bit, Bits(a) * 8);
    m->offset = static_cast<int64_t>(at / 8);
    if (!rec->is_union) bit = at + size * 8;
    if (at + size * 8 > size_bits) size_bits = at + size * 8;
    if (a > max_align) max_align = a;
  }

  void place_sysv_bitfield(Member* m) {
    bool packed;
    uint32_t a = member_align(m, packed);
    // Under any #pragma pack(N), gcc lets every bit-field straddle its
    // type's units (its "may not cross a boundary" rule applies only when
    // no maximum field alignment is set), even a char one with N = 1.
    if (opts.max_align) packed = true;
    Bits unit_bytes = type_size(m->ty);
    Bits unit = unit_bytes * 8;
    Bits w = m->bit_width;
    Bits at = rec->is_union ? 0 : bit;
    if (w == 0) {
      // Only moves the position; no storage, no alignment contribution --
      // but a trailing one still pads the size up to that boundary (gcc,
      // packed or not: struct { char c; long : 0; } has size 8, align 1).
      if (!rec->is_union) {
        bit = align_up(bit, Bits(type_align(m->ty)) * 8);
        if (bit > size_bits) size_bits = bit;
      }
      m->offset = static_cast<int64_t>(bit / 8);
      return;
    }
    // __attribute__((aligned(N))) on the field itself starts it at such a
    // boundary, as gcc does (the field then opens a new unit).
    uint32_t field_align = opts.max_align && m->align > opts.max_align ? opts.max_align : m->align;
    if (field_align && !rec->is_union) at = align_up(at, Bits(field_align) * 8);
    if (!packed && at / unit != (at + w - 1) / unit) at = align_up(at, unit);
    if (!packed) {
      m->offset = static_cast<int64_t>(at / unit * unit_bytes);
      m->unit_size = static_cast<uint8_t>(unit_bytes);
    } else {
      m->offset = static_cast<int64_t>(at / 8);
      m->unit_size = unit_for_bits(at % 8 + w);
    }
    m->bit_offset = static_cast<uint16_t>(at - Bits(m->offset) * 8);
    if (!rec->is_union) bit = at + w;
    if (at + w > size_bits) size_bits = at + w;
    if (m->name && a > max_align) max_align = a;
  }

  void place_ms_bitfield(Member* m) {
    bool packed;
    uint32_t a = member_align(m, packed);
    Bits unit_bytes = type_size(m->ty);
    Bits w = m->bit_width;
    if (w == 0) {
      if (run_unit) bit = align_up(bit, Bits(a) * 8);
      run_unit = 0;
      m->offset = static_cast<int64_t>(bit / 8);
      return;
    }
    if (rec->is_union) {
      m->offset = 0;
      m->unit_size = static_cast<uint8_t>(unit_bytes);
      m->bit_offset = 0;
      if (unit_bytes * 8 > size_bits) size_bits = unit_bytes * 8;
      if (a > max_align) max_align = a;
      return;
    }
    if (!run_unit || run_unit != unit_bytes || run_used + w > unit_bytes * 8) {
      run_start = align_up(bit, Bits(a) * 8);
      run_unit = static_cast<uint32_t>(unit_bytes);
      run_used = 0;
      bit = run_start + unit_bytes * 8;
    }
    m->offset = static_cast<int64_t>(run_start / 8);
    m->unit_size = static_cast<uint8_t>(unit_bytes);
    m->bit_offset = static_cast<uint16_t>(run_used);
    run_used += w;
    if (bit > size_bits) size_bits = bit;
    if (a > max_align) max_align = a;
  }
};

}  // namespace

void layout_record(Record* rec, const LayoutOptions& opts) {
  Layout l{opts, rec};
  uint32_t index = 0;
  for (Member* m = rec->members; m; m = m->next) {
    m->index = index++;
    if (!m->is_bitfield) l.place_plain(m);
    else if (opts.ms_bitfields) l.place_ms_bitfield(m);
    else l.place_sysv_bitfield(m);
  }
  rec->num_members = index;
  uint32_t align = l.max_align;
  if (opts.declared_align > align) align = opts.declared_align;
  rec->align = align;
  Bits bytes = (l.size_bits + 7) / 8;
  rec->size = static_cast<int64_t>(align_up(bytes, align));
  // A packed bit-field's unit may stick out past the end of the record (bits
  // 3..27 of the last 3 bytes need a 4-byte unit): move such a unit back so
  // it ends with the record; the field's bits are still inside it.
  for (Member* m = rec->members; m; m = m->next) {
    if (!m->is_bitfield || !m->bit_width || m->offset + m->unit_size <= rec->size) continue;
    int64_t back = m->offset + m->unit_size - rec->size;
    if (back > m->offset) continue;
    m->offset -= back;
    m->bit_offset = static_cast<uint16_t>(m->bit_offset + back * 8);
  }
  rec->complete = true;
}

}  // namespace kit::c
