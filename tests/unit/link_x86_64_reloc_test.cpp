// arch-x86_64 relocation application: values, overflow diagnostics, and the
// psABI code rewrites (GOTPCRELX, TLS GD/LD/IE relaxations).
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "kit/diag.hpp"
#include "reloc.hpp"
#include "reloc_kinds.hpp"

using namespace kit;
using namespace kit::x86_64;

namespace {
uint32_t rd32(const uint8_t* p) { return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24; }
}  // namespace

TEST(X86Reloc, TableIsIndexedByPsabiNumber) {
  auto t = reloc_kind_table();
  ASSERT_EQ(t.size(), static_cast<size_t>(kRelocKindCount));
  for (size_t i = 0; i < t.size(); ++i) {
    EXPECT_EQ(t[i].kind, i);
    EXPECT_EQ(t[i].elf_type, i);
  }
  EXPECT_STREQ(t[kPC32].name, "R_X86_64_PC32");
  EXPECT_TRUE(t[kPC32].pc_relative);
  EXPECT_EQ(t[kPLT32].role, RelocKindInfo::PltCall);
  EXPECT_EQ(t[kREX_GOTPCRELX].role, RelocKindInfo::GotEntry);
  EXPECT_EQ(t[kRelative].role, RelocKindInfo::DynRelative);
  EXPECT_EQ(t[kIRELATIVE].role, RelocKindInfo::DynIRelative);
}

TEST(X86Reloc, PlainValues) {
  uint8_t buf[8] = {};
  RelocValues v;
  v.S = 0x401000;
  v.A = -4;
  v.P = 0x400800;
  apply_relocation(kPC32, buf, v);
  EXPECT_EQ(rd32(buf), 0x7fcu);
  apply_relocation(k64, buf, v);
  EXPECT_EQ(rd32(buf), 0x400ffcu);
  v.S = 0x10;
  v.A = 0;
  apply_relocation(k32S, buf, v);
  EXPECT_EQ(rd32(buf), 0x10u);
}

TEST(X86Reloc, OverflowNamesKindAndValue) {
  uint8_t buf[4] = {};
  RelocValues v;
  v.S = 0x7fffffff00000000ull;
  v.P = 0x401000;
  v.A = -4;
  try {
    apply_relocation(kPC32, buf, v);
    FAIL() << "no overflow reported";
  } catch (const Error& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("relocation R_X86_64_PC32 out of range: 0x7ffffffeffbfeffc does not fit in 32 bits"), std::string::npos) << m;
  }
  v.S = 0x100000000ull;
  v.A = 0;
  EXPECT_THROW(apply_relocation(k32, buf, v), Error);
  v.S = 0x80000000ull;
  EXPECT_THROW(apply_relocation(k32S, buf, v), Error);
  EXPECT_NO_THROW(apply_relocation(k32, buf, v));
}

TEST(X86Reloc, GotpcrelxRelaxesMovToLeaForLocalSymbols) {
  // mov foo@GOTPCREL(%rip),%rax : 48 8b 05 <rel32>
  uint8_t code[7] = {0x48, 0x8b, 0x05, 0, 0, 0, 0};
  RelocValues v;
  v.P = 0x1003;
  v.S = 0x2000;
  v.G = 0x3000;
  v.A = -4;
  v.symbol_is_local = true;
  apply_relocation(kREX_GOTPCRELX, code + 3, v);
  EXPECT_EQ(code[1], 0x8d);  // lea
  EXPECT_EQ(rd32(code + 3), 0x2000u - 4 - 0x1003);
  // Not local: stays a GOT load.
  uint8_t code2[7] = {0x48, 0x8b, 0x05, 0, 0, 0, 0};
  v.symbol_is_local = false;
  apply_relocation(kREX_GOTPCRELX, code2 + 3, v);
  EXPECT_EQ(code2[1], 0x8b);
  EXPECT_EQ(rd32(code2 + 3), 0x3000u - 4 - 0x1003);
  // call *foo@GOTPCREL(%rip) -> addr32 call foo
  uint8_t call[6] = {0xff, 0x15, 0, 0, 0, 0};
  v.symbol_is_local = true;
  v.P = 0x1002;
  apply_relocation(kGOTPCRELX, call + 2, v);
  EXPECT_EQ(call[0], 0x67);
  EXPECT_EQ(call[1], 0xe8);
  EXPECT_EQ(rd32(call + 2), 0x2000u - 4 - 0x1002);
}

TEST(X86Reloc, TlsGdToLeInAnExecutable) {
  // data16 lea x@tlsgd(%rip),%rdi; data16 data16 rex.W call __tls_get_addr@PLT
  uint8_t seq[16] = {0x66, 0x48, 0x8d, 0x3d, 0, 0, 0, 0, 0x66, 0x66, 0x48, 0xe8, 0, 0, 0, 0};
  RelocValues v;
  v.A = -4;
  v.TP = static_cast<uint64_t>(-16);
  v.static_link = true;
  v.symbol_is_local = true;
  apply_relocation(kTLSGD, seq + 4, v);
  const uint8_t want[12] = {0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0, 0x48, 0x8d, 0x80};
  EXPECT_EQ(std::memcmp(seq, want, 12), 0);
  EXPECT_EQ(static_cast<int32_t>(rd32(seq + 12)), -16);
}

TEST(X86Reloc, TlsIeToLeRewritesMovAndAdd) {
  uint8_t mov[7] = {0x4c, 0x8b, 0x1d, 0, 0, 0, 0};  // mov x@gottpoff(%rip),%r11
  RelocValues v;
  v.A = -4;
  v.TP = static_cast<uint64_t>(-8);
  v.static_link = true;
  v.symbol_is_local = true;
  apply_relocation(kGOTTPOFF, mov + 3, v);
  EXPECT_EQ(mov[0], 0x49);
  EXPECT_EQ(mov[1], 0xc7);
  EXPECT_EQ(mov[2], 0xc3);
  EXPECT_EQ(static_cast<int32_t>(rd32(mov + 3)), -8);
  uint8_t add[7] = {0x48, 0x03, 0x05, 0, 0, 0, 0};  // add x@gottpoff(%rip),%rax
  apply_relocation(kGOTTPOFF, add + 3, v);
  EXPECT_EQ(add[1], 0x8d);  // lea -8(%rax),%rax
  EXPECT_EQ(add[2], 0x80);
}

TEST(X86Reloc, TlsLdToLe) {
  uint8_t seq[12] = {0x48, 0x8d, 0x3d, 0, 0, 0, 0, 0xe8, 0, 0, 0, 0};
  RelocValues v;
  v.static_link = true;
  apply_relocation(kTLSLD, seq + 3, v);
  const uint8_t want[12] = {0x66, 0x66, 0x66, 0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0};
  EXPECT_EQ(std::memcmp(seq, want, 12), 0);
}

TEST(X86Reloc, UnexpectedTlsSequenceIsAnError) {
  uint8_t junk[16] = {};
  RelocValues v;
  v.static_link = true;
  v.symbol_is_local = true;
  EXPECT_THROW(apply_relocation(kTLSGD, junk + 4, v), Error);
}

TEST(X86Reloc, PltEntryJumpsThroughItsSlot) {
  uint8_t e[kPltEntrySize];
  write_plt(e, 0x1000, 0x3018);
  EXPECT_EQ(e[0], 0xff);
  EXPECT_EQ(e[1], 0x25);
  EXPECT_EQ(rd32(e + 2), 0x3018u - 0x1006);
}
