// fmt-elf object reader and writer: structure layouts for both classes and
// byte orders, write -> read round trips of hand-built models, and gcc
// objects read, rewritten and checked by readelf.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "elf.hpp"
#include "kit/diag.hpp"
#include "kit/obj/object.hpp"
#include "read.hpp"
#include "write_object.hpp"

namespace fs = std::filesystem;
using namespace kit;

namespace {

std::vector<uint8_t> slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void spit(const fs::path& p, const std::vector<uint8_t>& b) {
  std::ofstream out(p, std::ios::binary);
  out.write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
}
std::string run(const std::string& cmd, int* rc = nullptr) {
  std::string out;
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  if (rc) *rc = WEXITSTATUS(status);
  return out;
}
bool have(const char* tool) { return run(std::string("command -v ") + tool + " >/dev/null; echo $?") == "0\n"; }

fs::path temp_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kit-elf-unit-" + std::to_string(getpid())) / name;
  fs::create_directories(d);
  return d;
}

// A small model with every feature the writer handles.
obj::ObjectFile sample() {
  obj::ObjectFile o;
  o.name = "sample.o";
  o.arch = "x86_64";
  uint32_t text = o.add_section(".text", obj::SectionKind::Text, obj::kAlloc | obj::kExec, 16);
  o.section(text).data = {0x55, 0xe8, 0, 0, 0, 0, 0x5d, 0xc3};
  uint32_t data = o.add_section(".data", obj::SectionKind::Data, obj::kAlloc | obj::kWrite, 8);
  o.section(data).data.assign(16, 0);
  uint32_t bss = o.add_section(".bss", obj::SectionKind::Bss, obj::kAlloc | obj::kWrite, 4);
  o.section(bss).size = 64;
  uint32_t str = o.add_section(".rodata.str1.1", obj::SectionKind::ReadOnly,
                               obj::kAlloc | obj::kMerge | obj::kStrings, 1);
  o.section(str).entsize = 1;
  o.section(str).data = {'h', 'i', 0};
  uint32_t tls = o.add_section(".tbss", obj::SectionKind::TlsBss, obj::kAlloc | obj::kWrite | obj::kTls, 4);
  o.section(tls).size = 4;
  uint32_t init = o.add_section(".init_array", obj::SectionKind::Data,
                                obj::kAlloc | obj::kWrite | obj::kInitArray, 8);
  o.section(init).data.assign(8, 0);
  uint32_t inl = o.add_section(".text.inl", obj::SectionKind::Text, obj::kAlloc | obj::kExec, 1);
  o.section(inl).data = {0xc3};
  o.groups.push_back({o.intern("inl"), {inl}});
  o.section(inl).group = 1;

  obj::Symbol file;
  file.name = o.intern("sample.c");
  file.binding = obj::Binding::Local;
  file.type = obj::SymbolType::File;
  file.section = obj::Symbol::kAbsolute;
  obj::Symbol main;
  main.name = o.intern("main");
  main.section = text;
  main.type = obj::SymbolType::Func;
  main.size = 8;
  obj::Symbol puts;
  puts.name = o.intern("puts");
  obj::Symbol local;
  local.name = o.intern("counter");
  local.binding = obj::Binding::Local;
  local.section = bss;
  local.type = obj::SymbolType::Object;
  local.size = 4;
  obj::Symbol common;
  common.name = o.intern("shared");
  common.section = obj::Symbol::kCommon;
  common.value = 8;  // alignment
  common.size = 24;
  common.type = obj::SymbolType::Object;
  obj::Symbol weak;
  weak.name = o.intern("inl");
  weak.binding = obj::Binding::Weak;
  weak.section = inl;
  weak.type = obj::SymbolType::Func;
  weak.visibility = obj::SymbolVisibility::Hidden;
  obj::Symbol t;
  t.name = o.intern("tvar");
  t.section = tls;
  t.type = obj::SymbolType::Tls;
  t.size = 4;
  o.add_symbol(main);     // 0: globals before locals in the model on purpose
  o.add_symbol(puts);     // 1
  o.add_symbol(file);     // 2
  o.add_symbol(local);    // 3
  o.add_symbol(common);   // 4
  o.add_symbol(weak);     // 5
  o.add_symbol(t);        // 6
  o.section(text).relocs.push_back({2, 4 /*R_X86_64_PLT32*/, 1, -4});
  o.section(data).relocs.push_back({0, 1 /*R_X86_64_64*/, 3, 0});
  o.section(data).relocs.push_back({8, 1, 0, 8});
  o.section(init).relocs.push_back({0, 1, 0, 0});
  return o;
}

const obj::Symbol* by_name(const obj::ObjectFile& o, std::string_view n) {
  for (const auto& s : o.symbols)
    if (o.str(s.name) == n) return &s;
  return nullptr;
}

}  // namespace

TEST(ElfCodec, LayoutsOfBothClassesAndByteOrders) {
  elf::Sym s;
  s.name = 0x01020304;
  s.info = elf::Sym::make_info(elf::STB_GLOBAL, elf::STT_FUNC);
  s.other = elf::STV_HIDDEN;
  s.shndx = 0x0506;
  s.value = 0x1122334455667788ull;
  s.size = 0x10;
  uint8_t b64[24], b32[16];
  elf::Elf64LE::put_sym(b64, s);
  EXPECT_EQ(b64[0], 0x04);
  EXPECT_EQ(b64[4], 0x12);
  EXPECT_EQ(b64[6], 0x06);
  EXPECT_EQ(b64[8], 0x88);
  elf::Elf64BE::put_sym(b64, s);
  EXPECT_EQ(b64[0], 0x01);
  EXPECT_EQ(b64[15], 0x88);
  elf::Elf32BE::put_sym(b32, s);
  EXPECT_EQ(b32[7], 0x88);  // st_value is the second field in ELF32
  EXPECT_EQ(b32[12], 0x12);
  elf::Sym back = elf::Elf32BE::get_sym(b32);
  EXPECT_EQ(back.value, 0x55667788u);
  EXPECT_EQ(back.shndx, 0x0506);

  elf::Rela r{0x40, 7, 2, -4};
  uint8_t rb[24];
  elf::Elf32LE::put_rel(rb, r, true);
  EXPECT_EQ(rb[4], 2);  // r_info = sym << 8 | type
  EXPECT_EQ(rb[5], 7);
  elf::Rela r2 = elf::Elf32LE::get_rel(rb, true);
  EXPECT_EQ(r2.sym, 7u);
  EXPECT_EQ(r2.addend, -4);
  elf::Elf64BE::put_rel(rb, r, true);
  elf::Rela r3 = elf::Elf64BE::get_rel(rb, true);
  EXPECT_EQ(r3.sym, 7u);
  EXPECT_EQ(r3.type, 2u);
  EXPECT_EQ(r3.addend, -4);

  elf::Phdr ph{elf::PT_LOAD, elf::PF_R | elf::PF_X, 0x1000, 0x401000, 0x401000, 0x20, 0x30, 0x1000};
  uint8_t pb[56];
  elf::Elf32LE::put_phdr(pb, ph);
  EXPECT_EQ(pb[24], elf::PF_R | elf::PF_X);  // p_flags is the 7th field in ELF32
  elf::Phdr ph2 = elf::Elf32LE::get_phdr(pb);
  EXPECT_EQ(ph2.memsz, 0x30u);
  elf::Elf64LE::put_phdr(pb, ph);
  EXPECT_EQ(pb[4], elf::PF_R | elf::PF_X);
}

TEST(ElfWriteObject, RoundTripsAHandBuiltModel) {
  obj::ObjectFile o = sample();
  auto bytes = elf::write_object(o, "x86_64", Endian::Little, {});
  EXPECT_TRUE(elf::is_elf_object(bytes));
  auto back = elf::read_object(bytes, "sample.o", elf::RelocMap());
  // symbols[0] is the null symbol, then locals first.
  ASSERT_EQ(back->symbols.size(), o.symbols.size() + 1);
  EXPECT_EQ(back->symbols[0].name, 0u);
  EXPECT_EQ(back->str(back->symbols[1].name), "sample.c");
  EXPECT_EQ(back->symbols[1].type, obj::SymbolType::File);
  EXPECT_EQ(back->str(back->symbols[2].name), "counter");
  EXPECT_EQ(back->symbols[2].binding, obj::Binding::Local);
  const obj::Symbol* shared = by_name(*back, "shared");
  ASSERT_TRUE(shared);
  EXPECT_EQ(shared->section, obj::Symbol::kCommon);
  EXPECT_EQ(shared->value, 8u);
  EXPECT_EQ(shared->size, 24u);
  const obj::Symbol* inl = by_name(*back, "inl");
  ASSERT_TRUE(inl);
  EXPECT_EQ(inl->binding, obj::Binding::Weak);
  EXPECT_EQ(inl->visibility, obj::SymbolVisibility::Hidden);
  EXPECT_EQ(by_name(*back, "tvar")->type, obj::SymbolType::Tls);

  // Sections keep their order and attributes; .note.GNU-stack is added.
  ASSERT_EQ(back->sections.size(), o.sections.size() + 1);
  for (size_t i = 0; i < o.sections.size(); ++i) {
    const auto& a = o.sections[i];
    const auto& b = back->sections[i];
    EXPECT_EQ(o.str(a.name), back->str(b.name));
    EXPECT_EQ(a.kind, b.kind) << o.str(a.name);
    EXPECT_EQ(a.flags, b.flags) << o.str(a.name);
    EXPECT_EQ(a.align, b.align);
    EXPECT_EQ(a.data, b.data);
    EXPECT_EQ(a.relocs.size(), b.relocs.size());
  }
  EXPECT_EQ(back->str(back->sections.back().name), ".note.GNU-stack");
  EXPECT_EQ(back->section(3).size, 64u);
  EXPECT_EQ(back->section(4).entsize, 1u);
  // Relocations point at the same symbols by name.
  const auto& r = back->section(1).relocs.at(0);
  EXPECT_EQ(r.offset, 2u);
  EXPECT_EQ(r.kind, 4u);
  EXPECT_EQ(r.addend, -4);
  EXPECT_EQ(back->str(back->symbols[r.symbol].name), "puts");
  EXPECT_EQ(back->str(back->symbols[back->section(2).relocs.at(0).symbol].name), "counter");
  EXPECT_EQ(back->str(back->symbols[back->section(2).relocs.at(1).symbol].name), "main");
  // The COMDAT group.
  ASSERT_EQ(back->groups.size(), 1u);
  EXPECT_EQ(back->str(back->groups[0].signature), "inl");
  ASSERT_EQ(back->groups[0].sections.size(), 1u);
  EXPECT_EQ(back->groups[0].sections[0], 7u);
  EXPECT_EQ(back->section(7).group, 1u);

  // Writing what was read gives the same bytes: the writer is a function
  // of the model, and the reader loses nothing the writer uses.
  auto again = elf::write_object(*back, "x86_64", Endian::Little, {});
  EXPECT_EQ(again, bytes);
}

TEST(ElfWriteObject, IsDeterministic) {
  obj::ObjectFile a = sample(), b = sample();
  EXPECT_EQ(elf::write_object(a, "x86_64", Endian::Little, {}),
            elf::write_object(b, "x86_64", Endian::Little, {}));
}

TEST(ElfWriteObject, OtherClassesAndByteOrdersReadBack) {
  obj::ObjectFile o = sample();
  o.arch = "riscv64";
  o.format_flags = elf::EF_RISCV_FLOAT_ABI_DOUBLE | elf::EF_RISCV_RVC;
  for (Endian e : {Endian::Little, Endian::Big}) {
    auto bytes = elf::write_object(o, "riscv64", e, {});
    auto back = elf::read_object(bytes, "rv.o", elf::RelocMap());
    EXPECT_EQ(back->arch, "riscv64");
    EXPECT_EQ(back->format_flags, 5u);
    EXPECT_EQ(back->str(back->symbols[back->section(1).relocs.at(0).symbol].name), "puts");
    EXPECT_EQ(elf::write_object(*back, "riscv64", e, {}), bytes);
  }
  o.arch = "riscv32";
  auto b32 = elf::write_object(o, "riscv32", Endian::Little, {});
  EXPECT_EQ(b32[elf::EI_CLASS], elf::ELFCLASS32);
  auto back = elf::read_object(b32, "rv32.o", elf::RelocMap());
  EXPECT_EQ(by_name(*back, "shared")->size, 24u);
  EXPECT_EQ(back->section(2).relocs.at(1).addend, 8);
}

TEST(ElfWriteObject, ManySectionsUseExtendedNumbering) {
  obj::ObjectFile o;
  o.name = "many.o";
  o.arch = "x86_64";
  for (int i = 0; i < 70000; ++i) {
    uint32_t s = o.add_section(".text.f" + std::to_string(i), obj::SectionKind::Text,
                               obj::kAlloc | obj::kExec, 1);
    o.section(s).data = {0xc3};
    obj::Symbol f;
    f.name = o.intern("f" + std::to_string(i));
    f.section = s;
    f.type = obj::SymbolType::Func;
    o.add_symbol(f);
  }
  auto bytes = elf::write_object(o, "x86_64", Endian::Little, {});
  auto back = elf::read_object(bytes, "many.o", elf::RelocMap());
  ASSERT_EQ(back->sections.size(), 70001u);
  const obj::Symbol* last = by_name(*back, "f69999");
  ASSERT_TRUE(last);
  EXPECT_EQ(back->str(back->section(last->section).name), ".text.f69999");
  if (have("readelf")) {
    fs::path d = temp_dir("many");
    spit(d / "many.o", bytes);
    int rc = 0;
    std::string out = run("readelf -S -s -W " + (d / "many.o").string() + " | grep -ci warning", &rc);
    EXPECT_EQ(out, "0\n");
  }
}

TEST(ElfWriteObject, RejectsWhatItCannotEncode) {
  obj::ObjectFile o = sample();
  o.section(1).relocs.push_back({0, 1, 999, 0});
  EXPECT_THROW(elf::write_object(o, "x86_64", Endian::Little, {}), Error);
  obj::ObjectFile p = sample();
  static const RelocKindInfo kinds[] = {
      {1, "R_X86_64_64", 8, false, RelocKindInfo::Plain, 1, 0xffffffff, 0xffffffff}};
  try {
    elf::write_object(p, "x86_64", Endian::Little, kinds);
    FAIL() << "kind 4 is not in the table";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("relocation kind 4"), std::string::npos) << e.what();
  }
  EXPECT_THROW(elf::write_object(p, "pdp11", Endian::Little, {}), Error);
}

TEST(ElfReadObject, RelocationKindsGoThroughTheArchTable) {
  obj::ObjectFile o = sample();
  auto bytes = elf::write_object(o, "x86_64", Endian::Little, {});
  // An arch whose kinds are not the ELF numbers.
  static const RelocKindInfo kinds[] = {
      {100, "R_X86_64_64", 8, false, RelocKindInfo::Plain, 1, 0xffffffff, 0xffffffff},
      {101, "R_X86_64_PLT32", 4, true, RelocKindInfo::PltCall, 4, 0xffffffff, 0xffffffff},
  };
  auto back = elf::read_object(bytes, "sample.o", elf::RelocMap(kinds));
  EXPECT_EQ(back->section(1).relocs.at(0).kind, 101u);
  EXPECT_EQ(back->section(2).relocs.at(0).kind, 100u);
  auto again = elf::write_object(*back, "x86_64", Endian::Little, kinds);
  EXPECT_EQ(again, bytes);
  static const RelocKindInfo only64[] = {
      {100, "R_X86_64_64", 8, false, RelocKindInfo::Plain, 1, 0xffffffff, 0xffffffff}};
  try {
    elf::read_object(bytes, "sample.o", elf::RelocMap(only64));
    FAIL() << "type 4 is unknown to the table";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("has type 4"), std::string::npos) << e.what();
  }
}

// gcc objects (-O0 and -O2, with COMDAT groups, TLS, commons, merge
// strings, init arrays) read, written back, and re-read to the same model;
// readelf finds nothing to warn about and the rewritten objects link.
TEST(ElfReadObject, GccObjectsRoundTrip) {
  if (!have("gcc") || !have("readelf")) GTEST_SKIP() << "gcc and readelf needed";
  fs::path d = temp_dir("gcc");
  {
    std::ofstream c(d / "t.c");
    c << "#include <stdio.h>\n"
         "int common_var;\n"
         "__attribute__((visibility(\"hidden\"))) int hidden_var = 1;\n"
         "__attribute__((visibility(\"protected\"))) int protected_fn(void) { return hidden_var; }\n"
         "__thread int tls_var = 3;\n"
         "static int counter;\n"
         "__attribute__((constructor)) static void init(void) { counter = 40; }\n"
         "__attribute__((weak)) int weak_fn(int x) { return x + 1; }\n"
         "const char* msg(void) { return \"hello from kit\"; }\n"
         "int main(void) { common_var = 1; puts(msg());\n"
         "  printf(\"%d\\n\", counter + weak_fn(tls_var) - 3 + common_var + protected_fn()); return 0; }\n";
  }
  for (const char* opt : {"-O0", "-O2"}) {
    std::string o = (d / (std::string("t") + opt + ".o")).string();
    int rc = 0;
    run("gcc -c -fcommon -fPIE " + std::string(opt) + " " + (d / "t.c").string() + " -o " + o, &rc);
    ASSERT_EQ(rc, 0);
    auto bytes = slurp(o);
    auto model = elf::read_object(bytes, o, elf::RelocMap());
    EXPECT_TRUE(by_name(*model, "common_var"));
    EXPECT_EQ(by_name(*model, "common_var")->section, obj::Symbol::kCommon);
    EXPECT_EQ(by_name(*model, "weak_fn")->binding, obj::Binding::Weak);
    auto rewritten = elf::write_object(*model, "x86_64", Endian::Little, {});
    std::string ro = o + ".kit.o";
    spit(ro, rewritten);
    auto model2 = elf::read_object(rewritten, ro, elf::RelocMap());
    EXPECT_EQ(elf::write_object(*model2, "x86_64", Endian::Little, {}), rewritten);
    std::string warn = run("readelf -a -W " + ro + " >/dev/null");
    EXPECT_EQ(warn, "") << warn;
    // Same symbols (name, value, size, type, binding, visibility, section
    // name) as readelf sees them in the original and the rewrite.
    auto symbols = [&](const std::string& f) {
      return run("readelf -s -W " + f + " | awk 'NR>3 {s=$7; if (s ~ /^[0-9]+$/) s=\"sec\"; "
                 "print $2, $3, $4, $5, $6, s, $8}' | sort");
    };
    EXPECT_EQ(symbols(o), symbols(ro));
    auto sections = [&](const std::string& f) {
      return run("readelf -S -W " + f + " | grep '^  \\[' | sed 's/^ *\\[ *[0-9]*\\] *//' | "
                 "awk '{print $1, $2, $5, $6}' | sort");
    };
    EXPECT_EQ(sections(o), sections(ro));
    std::string exe = o + ".exe";
    run("gcc " + ro + " -o " + exe, &rc);
    ASSERT_EQ(rc, 0);
    EXPECT_EQ(run(exe), "hello from kit\n43\n");
  }
}
