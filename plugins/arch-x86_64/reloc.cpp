// x86-64 relocations: what each R_X86_64_* kind means to a linker, how its
// value is written, and the code rewrites ("relaxations") the psABI allows
// a linker to make when it knows more than the compiler did.
//
// System V AMD64 psABI, section 4.4 "Relocation" and chapter 11
// ("Thread-Local Storage", with the code sequences of 11.2-11.5).
//
// Values. A relocation computes a value from S (the symbol), A (the
// addend), P (the place), G (the GOT slot), GOT (the GOT base) and the TLS
// offsets, and stores it little-endian in a field of 8, 16, 32 or 64 bits.
// 32-bit fields come in three flavours: PC-relative and "32S" fields are
// sign-extended by the CPU, so the value must fit an int32; plain "32" is
// zero-extended and must fit a uint32. A value that does not fit is an
// error naming the kind and the value; the linker adds the place and the
// symbol ("... referenced from a.o:(.text+0x10) to 'sym'").
//
// Who decides what. The linker (format code) decides where S, G and the
// PLT are and whether the symbol binds locally (RelocValues); this file
// decides what bytes that means, including when a sequence may be
// rewritten:
//
//  - GOTPCRELX / REX_GOTPCRELX mark a GOT load the linker may bypass when
//    the symbol is local: `mov foo@GOTPCREL(%rip),%reg` becomes
//    `lea foo(%rip),%reg`, `call *foo@GOTPCREL(%rip)` becomes
//    `addr32 call foo`, `jmp *foo@GOTPCREL(%rip)` becomes `jmp foo; nop`
//    (psABI B.2 "Optimize GOTPCRELX Relocations"). Plain GOTPCREL is never
//    rewritten. The GOT slot still exists (it is simply unused), so the
//    linker's bookkeeping does not depend on this decision.
//
//  - TLS (chapter 11). In an executable (RelocValues::static_link: the
//    output is the initial module, whether or not a dynamic linker runs) the
//    thread-pointer offset of every variable the executable defines is a
//    link-time constant, and the offset of any other variable is known by
//    the time the program starts. So:
//      general dynamic  -> local exec  (symbol local)     table 11.6 / 11.8
//      general dynamic  -> initial exec (not local)       table 11.7
//      local dynamic    -> local exec                     table 11.9
//      initial exec     -> local exec  (symbol local)     table 11.10
//      TLS descriptors  -> local exec / initial exec      (gnu2 dialect)
//    A GD or LD sequence ends in a call to __tls_get_addr that the
//    rewrite replaces; the linker skips that call's relocation. In a shared
//    library nothing is rewritten.
//
// x86-64 uses TLS variant II: the block sits below the thread pointer, so
// TP offsets (RelocValues::TP, computed by the linker) are negative.
#include "reloc.hpp"

#include <cstdio>
#include <cstring>
#include <string>

#include "kit/diag.hpp"
#include "reloc_kinds.hpp"

namespace kit::x86_64 {

namespace {

using R = RelocKindInfo;
constexpr uint32_t kNoCoff = 0xffffffff, kNoMacho = 0xffffffff;

// IMAGE_REL_AMD64_* numbers for the kinds COFF has an obvious equivalent of.
constexpr uint32_t kCoffAddr64 = 1, kCoffAddr32 = 2, kCoffRel32 = 4;
// X86_64_RELOC_* numbers for the obvious Mach-O equivalents.
constexpr uint32_t kMachoUnsigned = 0, kMachoSigned = 1, kMachoBranch = 2, kMachoGotLoad = 3;

// One row per kind, indexed by the kind number (psABI numbers, 0..42).
constexpr RelocKindInfo kTable[] = {
    {kNone, "R_X86_64_NONE", 0, false, R::Marker, 0, kNoCoff, kNoMacho},
    {k64, "R_X86_64_64", 8, false, R::Plain, 1, kCoffAddr64, kMachoUnsigned},
    {kPC32, "R_X86_64_PC32", 4, true, R::Plain, 2, kCoffRel32, kMachoSigned},
    {kGOT32, "R_X86_64_GOT32", 4, false, R::GotEntry, 3, kNoCoff, kNoMacho},
    {kPLT32, "R_X86_64_PLT32", 4, true, R::PltCall, 4, kCoffRel32, kMachoBranch},
    {kCopy, "R_X86_64_COPY", 0, false, R::DynCopy, 5, kNoCoff, kNoMacho},
    {kGlobDat, "R_X86_64_GLOB_DAT", 8, false, R::DynGlobDat, 6, kNoCoff, kNoMacho},
    {kJumpSlot, "R_X86_64_JUMP_SLOT", 8, false, R::DynJumpSlot, 7, kNoCoff, kNoMacho},
    {kRelative, "R_X86_64_RELATIVE", 8, false, R::DynRelative, 8, kNoCoff, kNoMacho},
    {kGOTPCREL, "R_X86_64_GOTPCREL", 4, true, R::GotEntry, 9, kNoCoff, kMachoGotLoad},
    {k32, "R_X86_64_32", 4, false, R::Plain, 10, kCoffAddr32, kNoMacho},
    {k32S, "R_X86_64_32S", 4, false, R::Plain, 11, kNoCoff, kNoMacho},
    {k16, "R_X86_64_16", 2, false, R::Plain, 12, kNoCoff, kNoMacho},
    {kPC16, "R_X86_64_PC16", 2, true, R::Plain, 13, kNoCoff, kNoMacho},
    {k8, "R_X86_64_8", 1, false, R::Plain, 14, kNoCoff, kNoMacho},
    {kPC8, "R_X86_64_PC8", 1, true, R::Plain, 15, kNoCoff, kNoMacho},
    {kDTPMOD64, "R_X86_64_DTPMOD64", 8, false, R::DynDtpMod, 16, kNoCoff, kNoMacho},
    {kDTPOFF64, "R_X86_64_DTPOFF64", 8, false, R::DynDtpOff, 17, kNoCoff, kNoMacho},
    {kTPOFF64, "R_X86_64_TPOFF64", 8, false, R::DynTpOff, 18, kNoCoff, kNoMacho},
    {kTLSGD, "R_X86_64_TLSGD", 4, true, R::TlsGd, 19, kNoCoff, kNoMacho},
    {kTLSLD, "R_X86_64_TLSLD", 4, true, R::TlsLd, 20, kNoCoff, kNoMacho},
    {kDTPOFF32, "R_X86_64_DTPOFF32", 4, false, R::TlsDtpOff, 21, kNoCoff, kNoMacho},
    {kGOTTPOFF, "R_X86_64_GOTTPOFF", 4, true, R::TlsIe, 22, kNoCoff, kNoMacho},
    {kTPOFF32, "R_X86_64_TPOFF32", 4, false, R::TlsLe, 23, kNoCoff, kNoMacho},
    {kPC64, "R_X86_64_PC64", 8, true, R::Plain, 24, kNoCoff, kNoMacho},
    {kGOTOFF64, "R_X86_64_GOTOFF64", 8, false, R::GotBase, 25, kNoCoff, kNoMacho},
    {kGOTPC32, "R_X86_64_GOTPC32", 4, true, R::GotBase, 26, kNoCoff, kNoMacho},
    {kGOT64, "R_X86_64_GOT64", 8, false, R::GotEntry, 27, kNoCoff, kNoMacho},
    {kGOTPCREL64, "R_X86_64_GOTPCREL64", 8, true, R::GotEntry, 28, kNoCoff, kNoMacho},
    {kGOTPC64, "R_X86_64_GOTPC64", 8, true, R::GotBase, 29, kNoCoff, kNoMacho},
    {kGOTPLT64, "R_X86_64_GOTPLT64", 8, false, R::GotEntry, 30, kNoCoff, kNoMacho},
    {kPLTOFF64, "R_X86_64_PLTOFF64", 8, false, R::PltCall, 31, kNoCoff, kNoMacho},
    {kSIZE32, "R_X86_64_SIZE32", 4, false, R::Plain, 32, kNoCoff, kNoMacho},
    {kSIZE64, "R_X86_64_SIZE64", 8, false, R::Plain, 33, kNoCoff, kNoMacho},
    {kGOTPC32_TLSDESC, "R_X86_64_GOTPC32_TLSDESC", 4, true, R::TlsDesc, 34, kNoCoff, kNoMacho},
    {kTLSDESC_CALL, "R_X86_64_TLSDESC_CALL", 0, false, R::TlsDesc, 35, kNoCoff, kNoMacho},
    {kTLSDESC, "R_X86_64_TLSDESC", 0, false, R::Marker, 36, kNoCoff, kNoMacho},
    {kIRELATIVE, "R_X86_64_IRELATIVE", 8, false, R::DynIRelative, 37, kNoCoff, kNoMacho},
    {kRELATIVE64, "R_X86_64_RELATIVE64", 8, false, R::Marker, 38, kNoCoff, kNoMacho},
    {39, "R_X86_64_PC32_BND", 4, true, R::Plain, 39, kNoCoff, kNoMacho},
    {40, "R_X86_64_PLT32_BND", 4, true, R::PltCall, 40, kNoCoff, kNoMacho},
    {kGOTPCRELX, "R_X86_64_GOTPCRELX", 4, true, R::GotEntry, 41, kNoCoff, kNoMacho},
    {kREX_GOTPCRELX, "R_X86_64_REX_GOTPCRELX", 4, true, R::GotEntry, 42, kNoCoff, kNoMacho},
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == kRelocKindCount);

const char* kind_name(uint32_t kind) {
  return kind < kRelocKindCount ? kTable[kind].name : "unknown x86-64 relocation";
}

std::string hex_signed(int64_t v) {
  char buf[32];
  if (v < 0) std::snprintf(buf, sizeof buf, "-0x%llx", static_cast<unsigned long long>(-(v + 1)) + 1ULL);
  else std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

[[noreturn]] void overflow(uint32_t kind, int64_t value, int bits) {
  throw Error(std::string("relocation ") + kind_name(kind) + " out of range: " + hex_signed(value) +
              " does not fit in " + std::to_string(bits) + " bits");
}

[[noreturn]] void bad_sequence(uint32_t kind, const char* what) {
  throw Error(std::string("relocation ") + kind_name(kind) + ": unexpected instruction sequence (" +
              what + ")");
}

void put16(uint8_t* p, uint16_t v) {
  p[0] = static_cast<uint8_t>(v);
  p[1] = static_cast<uint8_t>(v >> 8);
}
void put32(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v);
  p[1] = static_cast<uint8_t>(v >> 8);
  p[2] = static_cast<uint8_t>(v >> 16);
  p[3] = static_cast<uint8_t>(v >> 24);
}
void put64(uint8_t* p, uint64_t v) {
  put32(p, static_cast<uint32_t>(v));
  put32(p + 4, static_cast<uint32_t>(v >> 32));
}

// Field writers with the psABI's range rules.
void write_s32(uint32_t kind, uint8_t* loc, int64_t v) {
  if (v < INT32_MIN || v > INT32_MAX) overflow(kind, v, 32);
  put32(loc, static_cast<uint32_t>(v));
}
void write_u32(uint32_t kind, uint8_t* loc, int64_t v) {
  if (v < 0 || v > static_cast<int64_t>(UINT32_MAX)) overflow(kind, v, 32);
  put32(loc, static_cast<uint32_t>(v));
}
// word16/word8 absolute fields: accept values that fit either signed or
// unsigned (as GNU tools do for data directives like `.short sym`).
void write_any16(uint32_t kind, uint8_t* loc, int64_t v) {
  if (v < INT16_MIN || v > UINT16_MAX) overflow(kind, v, 16);
  put16(loc, static_cast<uint16_t>(v));
}
void write_s16(uint32_t kind, uint8_t* loc, int64_t v) {
  if (v < INT16_MIN || v > INT16_MAX) overflow(kind, v, 16);
  put16(loc, static_cast<uint16_t>(v));
}
void write_any8(uint32_t kind, uint8_t* loc, int64_t v) {
  if (v < INT8_MIN || v > UINT8_MAX) overflow(kind, v, 8);
  *loc = static_cast<uint8_t>(v);
}
void write_s8(uint32_t kind, uint8_t* loc, int64_t v) {
  if (v < INT8_MIN || v > INT8_MAX) overflow(kind, v, 8);
  *loc = static_cast<uint8_t>(v);
}

// B.2: GOTPCRELX relaxation for a symbol that binds locally. Returns false
// when the instruction is not one of the rewritable forms.
bool relax_gotpcrelx(uint32_t kind, uint8_t* loc, const RelocValues& v) {
  int64_t direct = static_cast<int64_t>(v.S + v.A - v.P);
  uint8_t op = loc[-2], modrm = loc[-1];
  if (op == 0x8b && (modrm & 0xc7) == 0x05) {  // mov foo@GOTPCREL(%rip),%reg -> lea foo(%rip),%reg
    if (kind == kREX_GOTPCRELX && (loc[-3] & 0xf0) != 0x40) return false;
    if (direct < INT32_MIN || direct > INT32_MAX) return false;
    loc[-2] = 0x8d;
    put32(loc, static_cast<uint32_t>(direct));
    return true;
  }
  if (op == 0xff && modrm == 0x15) {  // call *foo@GOTPCREL(%rip) -> addr32 call foo
    if (direct < INT32_MIN || direct > INT32_MAX) return false;
    loc[-2] = 0x67;
    loc[-1] = 0xe8;
    put32(loc, static_cast<uint32_t>(direct));
    return true;
  }
  if (op == 0xff && modrm == 0x25) {  // jmp *foo@GOTPCREL(%rip) -> jmp foo; nop
    int64_t rel = direct + 1;  // the 5-byte jmp ends one byte before the 6-byte one did
    if (rel < INT32_MIN || rel > INT32_MAX) return false;
    loc[-2] = 0xe9;
    put32(loc - 1, static_cast<uint32_t>(rel));
    loc[3] = 0x90;
    return true;
  }
  return false;
}

// The local-exec replacement of a 16-byte general-dynamic sequence
// (table 11.6): movq %fs:0,%rax; leaq x@tpoff(%rax),%rax.
void gd_to_le(uint8_t* loc, int64_t tpoff) {
  static const uint8_t seq[] = {0x64, 0x48, 0x8b, 0x04, 0x25, 0x00, 0x00, 0x00,
                                0x00, 0x48, 0x8d, 0x80, 0x00, 0x00, 0x00, 0x00};
  if (tpoff < INT32_MIN || tpoff > INT32_MAX) overflow(kTLSGD, tpoff, 32);
  std::memcpy(loc - 4, seq, sizeof seq);
  put32(loc + 8, static_cast<uint32_t>(tpoff));
}

// The initial-exec replacement (table 11.7): movq %fs:0,%rax;
// addq x@gottpoff(%rip),%rax.
void gd_to_ie(uint8_t* loc, const RelocValues& v) {
  static const uint8_t seq[] = {0x64, 0x48, 0x8b, 0x04, 0x25, 0x00, 0x00, 0x00,
                                0x00, 0x48, 0x03, 0x05, 0x00, 0x00, 0x00, 0x00};
  std::memcpy(loc - 4, seq, sizeof seq);
  // The new field is at loc+8 and the instruction ends at loc+12.
  write_s32(kTLSGD, loc + 8, static_cast<int64_t>(v.G - (v.P + 12)));
}

// Both GD forms are 16 bytes from loc-4: the classic one ends in
// `66 66 48 e8 <rel32>` (call __tls_get_addr@PLT), the -fno-plt one in
// `66 48 ff 15 <rel32>` (call *__tls_get_addr@GOTPCREL(%rip)).
void check_gd(const uint8_t* loc) {
  bool lea = loc[-4] == 0x66 && loc[-3] == 0x48 && loc[-2] == 0x8d && loc[-1] == 0x3d;
  bool call_plt = loc[4] == 0x66 && loc[5] == 0x66 && loc[6] == 0x48 && loc[7] == 0xe8;
  bool call_got = loc[4] == 0x66 && loc[5] == 0x48 && loc[6] == 0xff && loc[7] == 0x15;
  if (!lea || !(call_plt || call_got)) bad_sequence(kTLSGD, "expected data16 lea x@tlsgd(%rip),%rdi; call __tls_get_addr");
}

// LD -> LE (table 11.9): `leaq x@tlsld(%rip),%rdi; call __tls_get_addr`
// becomes `movq %fs:0,%rax` padded with data16 prefixes to the same length.
void ld_to_le(uint8_t* loc) {
  if (loc[-3] != 0x48 || loc[-2] != 0x8d || loc[-1] != 0x3d)
    bad_sequence(kTLSLD, "expected lea x@tlsld(%rip),%rdi");
  if (loc[4] == 0xe8) {  // 12 bytes: lea (7) + call rel32 (5)
    static const uint8_t seq[] = {0x66, 0x66, 0x66, 0x64, 0x48, 0x8b, 0x04, 0x25, 0x00, 0x00, 0x00, 0x00};
    std::memcpy(loc - 3, seq, sizeof seq);
  } else if (loc[4] == 0xff && loc[5] == 0x15) {  // 13 bytes: lea (7) + call *mem (6)
    static const uint8_t seq[] = {0x66, 0x66, 0x66, 0x66, 0x64, 0x48, 0x8b, 0x04, 0x25, 0x00, 0x00, 0x00, 0x00};
    std::memcpy(loc - 3, seq, sizeof seq);
  } else {
    bad_sequence(kTLSLD, "expected call __tls_get_addr after lea x@tlsld(%rip),%rdi");
  }
}

// IE -> LE (table 11.10) for `movq x@gottpoff(%rip),%reg` and
// `addq x@gottpoff(%rip),%reg`. add to %rsp/%r12 stays an add (an lea with
// those base registers needs a SIB byte that does not fit).
void ie_to_le(uint8_t* loc, int64_t tpoff) {
  uint8_t rex = loc[-3], op = loc[-2], modrm = loc[-1];
  if ((rex != 0x48 && rex != 0x4c) || (modrm & 0xc7) != 0x05)
    bad_sequence(kGOTTPOFF, "expected movq/addq x@gottpoff(%rip),%reg");
  uint8_t reg = (modrm >> 3) & 7;
  bool high = rex == 0x4c;
  if (op == 0x8b) {  // mov -> mov $imm32 (sign-extended), REX.R moves to REX.B
    loc[-3] = high ? 0x49 : 0x48;
    loc[-2] = 0xc7;
    loc[-1] = static_cast<uint8_t>(0xc0 | reg);
  } else if (op == 0x03) {
    if (reg == 4) {  // %rsp / %r12: add $imm32
      loc[-3] = high ? 0x49 : 0x48;
      loc[-2] = 0x81;
      loc[-1] = static_cast<uint8_t>(0xc0 | reg);
    } else {  // lea imm32(%reg),%reg
      loc[-3] = high ? 0x4d : 0x48;
      loc[-2] = 0x8d;
      loc[-1] = static_cast<uint8_t>(0x80 | (reg << 3) | reg);
    }
  } else {
    bad_sequence(kGOTTPOFF, "expected movq/addq x@gottpoff(%rip),%reg");
  }
  if (tpoff < INT32_MIN || tpoff > INT32_MAX) overflow(kGOTTPOFF, tpoff, 32);
  put32(loc, static_cast<uint32_t>(tpoff));
}

}  // namespace

std::span<const RelocKindInfo> reloc_kind_table() { return kTable; }

void write_plt(uint8_t* out, uint64_t address, uint64_t slot) {
  // jmp *slot(%rip); the rest of the 16 bytes is int3 (never executed).
  out[0] = 0xff;
  out[1] = 0x25;
  int64_t rel = static_cast<int64_t>(slot - (address + 6));
  if (rel < INT32_MIN || rel > INT32_MAX) overflow(kPLT32, rel, 32);
  put32(out + 2, static_cast<uint32_t>(rel));
  std::memset(out + 6, 0xcc, kPltEntrySize - 6);
}

void apply_relocation(uint32_t kind, uint8_t* loc, const RelocValues& v) {
  const int64_t S = static_cast<int64_t>(v.S), A = v.A, P = static_cast<int64_t>(v.P);
  const int64_t G = static_cast<int64_t>(v.G), GOT = static_cast<int64_t>(v.GOT);
  switch (kind) {
    case kNone:
    case kTLSDESC:
    case kRELATIVE64:
      return;
    case k64:
      put64(loc, static_cast<uint64_t>(S + A));
      return;
    case kPC32:
    case 39:
      write_s32(kind, loc, S + A - P);
      return;
    case kPLT32:
    case 40:
      write_s32(kind, loc, S + A - P);  // S is the PLT entry when the call goes through one
      return;
    case kGOT32:
      write_s32(kind, loc, G - GOT + A);
      return;
    case kGOTPCREL:
      write_s32(kind, loc, G + A - P);
      return;
    case kGOTPCRELX:
    case kREX_GOTPCRELX:
      if (v.symbol_is_local && relax_gotpcrelx(kind, loc, v)) return;
      write_s32(kind, loc, G + A - P);
      return;
    case k32:
      write_u32(kind, loc, S + A);
      return;
    case k32S:
      write_s32(kind, loc, S + A);
      return;
    case k16:
      write_any16(kind, loc, S + A);
      return;
    case kPC16:
      write_s16(kind, loc, S + A - P);
      return;
    case k8:
      write_any8(kind, loc, S + A);
      return;
    case kPC8:
      write_s8(kind, loc, S + A - P);
      return;
    case kPC64:
      put64(loc, static_cast<uint64_t>(S + A - P));
      return;
    case kGOTOFF64:
      put64(loc, static_cast<uint64_t>(S + A - GOT));
      return;
    case kGOTPC32:
      write_s32(kind, loc, GOT + A - P);
      return;
    case kGOT64:
    case kGOTPLT64:
      put64(loc, static_cast<uint64_t>(G - GOT + A));
      return;
    case kGOTPCREL64:
      put64(loc, static_cast<uint64_t>(G + A - P));
      return;
    case kGOTPC64:
      put64(loc, static_cast<uint64_t>(GOT + A - P));
      return;
    case kPLTOFF64:
      put64(loc, static_cast<uint64_t>(S + A - GOT));
      return;
    case kDTPMOD64:
      // In an executable's own data (never emitted by compilers; seen in
      // hand-written GOT entries) the executable is module 1.
      put64(loc, 1);
      return;
    case kDTPOFF64:
      put64(loc, static_cast<uint64_t>(static_cast<int64_t>(v.DTP) + A));
      return;
    case kTPOFF64:
      put64(loc, static_cast<uint64_t>(static_cast<int64_t>(v.TP) + A));
      return;
    case kDTPOFF32:
      // After LD -> LE every DTPOFF32 of an executable is a TP offset.
      if (v.static_link) write_s32(kind, loc, static_cast<int64_t>(v.TP) + A);
      else write_s32(kind, loc, static_cast<int64_t>(v.DTP) + A);
      return;
    case kTPOFF32:
      write_s32(kind, loc, static_cast<int64_t>(v.TP) + A);
      return;
    case kTLSGD:
      if (v.static_link) {
        check_gd(loc);
        // A is -4 (the field ends 4 bytes before the next instruction); the
        // variable's own offset is TP + A + 4.
        if (v.symbol_is_local) gd_to_le(loc, static_cast<int64_t>(v.TP) + A + 4);
        else gd_to_ie(loc, v);
        return;
      }
      write_s32(kind, loc, G + A - P);
      return;
    case kTLSLD:
      if (v.static_link) {
        ld_to_le(loc);
        return;
      }
      write_s32(kind, loc, G + A - P);
      return;
    case kGOTTPOFF:
      if (v.static_link && v.symbol_is_local) {
        ie_to_le(loc, static_cast<int64_t>(v.TP) + A + 4);
        return;
      }
      write_s32(kind, loc, G + A - P);
      return;
    case kGOTPC32_TLSDESC:
      if (v.static_link) {
        // leaq x@tlsdesc(%rip),%reg (REX.W 8d modrm)
        if ((loc[-3] & 0xfb) != 0x48 || loc[-2] != 0x8d || (loc[-1] & 0xc7) != 0x05)
          bad_sequence(kind, "expected leaq x@tlsdesc(%rip),%reg");
        if (v.symbol_is_local) {  // -> movq $tpoff,%reg
          uint8_t reg = (loc[-1] >> 3) & 7;
          loc[-3] = static_cast<uint8_t>(0x48 | ((loc[-3] >> 2) & 1));
          loc[-2] = 0xc7;
          loc[-1] = static_cast<uint8_t>(0xc0 | reg);
          write_s32(kind, loc, static_cast<int64_t>(v.TP) + A + 4);
        } else {  // -> movq x@gottpoff(%rip),%reg
          loc[-2] = 0x8b;
          write_s32(kind, loc, G + A - P);
        }
        return;
      }
      write_s32(kind, loc, G + A - P);
      return;
    case kTLSDESC_CALL:
      if (v.static_link) {  // call *x@tlscall(%rax) -> xchg %ax,%ax
        if (loc[0] != 0xff || loc[1] != 0x10) bad_sequence(kind, "expected call *(%rax)");
        loc[0] = 0x66;
        loc[1] = 0x90;
      }
      return;
    case kSIZE32:
    case kSIZE64:
      throw Error(std::string("relocation ") + kind_name(kind) + " is not supported by kit's linker yet");
    case kCopy:
    case kGlobDat:
    case kJumpSlot:
    case kRelative:
    case kIRELATIVE:
      throw Error(std::string("relocation ") + kind_name(kind) +
                  " is a dynamic relocation and cannot appear in a relocatable object");
    default:
      throw Error("unknown x86-64 relocation type " + std::to_string(kind));
  }
}

}  // namespace kit::x86_64
