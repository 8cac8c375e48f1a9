// The code generator's driver: one kit IR module -> the format-neutral
// object model. Symbols for every global, functions through isel ->
// regalloc -> frame -> encode, then data, aliases, constructors, jump
// tables. Everything is visited in module order, so the output is a
// function of the input alone (deterministic).
//
// Sections follow the names ELF toolchains use, which the format plugins
// map to their own: .text, .data, .bss, .rodata, .rodata.str1.N (merged
// NUL-terminated strings), .rodata.cstN (merged constants), .data.rel.ro
// (read-only data holding addresses, when the code is position
// independent), .tdata/.tbss, .init_array[.NNNNN]/.fini_array[.NNNNN]
// (constructors by priority), a section per function or object with
// -ffunction-sections / -fdata-sections, and a COMDAT group per LinkOnce
// global (its own section, the group keyed by its name).
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "kit/ir/text.hpp"

#include "codegen.hpp"
#include "reloc_kinds.hpp"
#include "target.hpp"

namespace kit::x86_64 {

namespace {

using ir::GlobalKind;
using ir::Linkage;

obj::SymbolVisibility visibility(ir::Visibility v) {
  switch (v) {
    case ir::Visibility::Hidden: return obj::SymbolVisibility::Hidden;
    case ir::Visibility::Protected: return obj::SymbolVisibility::Protected;
    default: return obj::SymbolVisibility::Default;
  }
}

}  // namespace

ModuleContext::ModuleContext(const ir::Module& mod, const TargetSpec& t, const CodegenOptions& o,
                             obj::ObjectFile& ob, Diagnostics& d)
    : m(mod), target(t), opts(o), out(ob), diags(d), abi(make_sysv_abi()), rt(mod.target(), mod.layout()) {
  rt_i128 = rt.int_type(128);
  rt_f32 = rt.float_type(32);
  rt_f64 = rt.float_type(64);
  rt_f80 = rt.float_type(80);
  global_sym.assign(m.global_count(), -1);
  block_offsets.resize(m.function_count());
  function_section.assign(m.function_count(), 0);
}

void ModuleContext::unsupported(const std::string& what) const {
  throw Unsupported(where.empty() ? what : where + ": " + what);
}

uint32_t ModuleContext::symbol_of(uint32_t g) {
  if (global_sym[g] >= 0) return static_cast<uint32_t>(global_sym[g]);
  const ir::Global& gl = m.global(g);
  obj::Symbol s;
  s.name = out.intern(m.str(gl.name));
  s.section = obj::Symbol::kUndefined;
  s.binding = gl.linkage == Linkage::Weak ? obj::Binding::Weak : obj::Binding::Global;
  s.visibility = visibility(gl.visibility);
  s.type = (gl.flags & ir::kThreadLocal) ? obj::SymbolType::Tls : obj::SymbolType::None;
  if (gl.flags & ir::kDllImport) s.flags |= obj::kDllImport;
  uint32_t idx = out.add_symbol(s);
  global_sym[g] = idx;
  return idx;
}

uint32_t ModuleContext::external(std::string_view name) {
  int64_t i = out.find_symbol(name);
  if (i >= 0) return static_cast<uint32_t>(i);
  obj::Symbol s;
  s.name = out.intern(name);
  s.section = obj::Symbol::kUndefined;
  return out.add_symbol(s);
}

uint32_t ModuleContext::section_symbol(uint32_t section) {
  auto it = section_syms.find(section);
  if (it != section_syms.end()) return it->second;
  obj::Symbol s;
  s.section = section;
  s.binding = obj::Binding::Local;
  s.type = obj::SymbolType::Section;
  uint32_t idx = out.add_symbol(s);
  section_syms[section] = idx;
  return idx;
}

bool ModuleContext::direct_access(uint32_t g) const {
  const ir::Global& gl = m.global(g);
  bool defined = gl.defined || gl.kind == GlobalKind::Alias || gl.linkage == Linkage::Common;
  if (gl.linkage == Linkage::Internal) return true;
  if (gl.linkage == Linkage::Weak && !defined) return false;  // may resolve to address 0
  if (gl.visibility == ir::Visibility::Hidden) return true;
  if (gl.flags & ir::kDllImport) return false;
  if (opts.pic) return gl.visibility == ir::Visibility::Protected && defined;
  if (opts.pie) return defined;
  return true;  // position-dependent executable: copy relocations / canonical PLT
}

TlsModel ModuleContext::tls_model(uint32_t g) const {
  const ir::Global& gl = m.global(g);
  if (opts.pic) return TlsModel::GeneralDynamic;
  bool defined = gl.defined || gl.kind == GlobalKind::Alias;
  if (defined || gl.linkage == Linkage::Internal) return TlsModel::LocalExec;
  return TlsModel::InitialExec;
}

std::pair<uint32_t, uint32_t> ModuleContext::constant(const void* bytes, unsigned size) {
  std::string key(static_cast<const char*>(bytes), size);
  uint32_t sec;
  auto sit = cst_sections.find(size);
  if (sit == cst_sections.end()) {
    sec = out.add_section(".rodata.cst" + std::to_string(size), obj::SectionKind::ReadOnly,
                          obj::kAlloc | obj::kMerge, size);
    out.section(sec).entsize = size;
    cst_sections[size] = sec;
  } else {
    sec = sit->second;
  }
  auto it = const_pool.find({size, key});
  if (it != const_pool.end()) return {it->second, 0};
  obj::Section& s = out.section(sec);
  uint32_t off = static_cast<uint32_t>(s.data.size());
  s.data.insert(s.data.end(), key.begin(), key.end());
  s.size = s.data.size();
  // A local symbol per constant: in a mergeable section a linker finds the
  // piece by the symbol, so a PC-relative addend (-4) must not be what
  // selects it (GNU ld rejects "section + -4" as beyond the section).
  obj::Symbol sym;
  sym.name = out.intern(".LC" + std::to_string(const_pool.size()));
  sym.section = sec;
  sym.value = off;
  sym.size = size;
  sym.binding = obj::Binding::Local;
  sym.type = obj::SymbolType::Object;
  uint32_t idx = out.add_symbol(sym);
  const_pool[{size, key}] = idx;
  return {idx, 0};
}

std::pair<uint32_t, uint32_t> ModuleContext::reserve_rodata(uint64_t size, uint32_t align) {
  if (!rodata) rodata = out.add_section(".rodata", obj::SectionKind::ReadOnly, obj::kAlloc, 1);
  obj::Section& s = out.section(rodata);
  s.align = std::max(s.align, align);
  uint64_t off = (s.data.size() + align - 1) / align * align;
  s.data.resize(off + size, 0);
  s.size = s.data.size();
  return {rodata, static_cast<uint32_t>(off)};
}

namespace {

class ModuleCompiler {
 public:
  explicit ModuleCompiler(ModuleContext& cx) : cx_(cx), m_(cx.m), out_(cx.out) {}
  void run();

 private:
  ModuleContext& cx_;
  const ir::Module& m_;
  obj::ObjectFile& out_;
  std::map<std::string, uint32_t> shared_sections_;

  uint32_t section(const std::string& name, obj::SectionKind kind, uint32_t flags, uint32_t align,
                   bool unique, const std::string& group = {}) {
    if (!unique && group.empty()) {
      auto it = shared_sections_.find(name);
      if (it != shared_sections_.end()) {
        obj::Section& s = out_.section(it->second);
        s.align = std::max(s.align, align);
        return it->second;
      }
    }
    uint32_t idx = out_.add_section(name, kind, flags, align);
    if (!group.empty()) {
      obj::Group g;
      g.signature = out_.intern(group);
      g.sections.push_back(idx);
      out_.groups.push_back(std::move(g));
      out_.section(idx).group = static_cast<uint32_t>(out_.groups.size());
    }
    if (!unique && group.empty()) shared_sections_[name] = idx;
    return idx;
  }
  std::string name_of(uint32_t g) const { return std::string(m_.str(m_.global(g).name)); }

  void define_symbols();
  void compile_function(uint32_t fidx);
  void emit_data(uint32_t g);
  void emit_aliases();
  void emit_ctors();
};

void ModuleCompiler::define_symbols() {
  for (uint32_t g = 0; g < m_.global_count(); ++g) {
    const ir::Global& gl = m_.global(g);
    bool common = gl.kind == GlobalKind::Data && gl.linkage == Linkage::Common;
    if (!gl.defined && !common && gl.kind != GlobalKind::Alias) continue;
    obj::Symbol s;
    s.name = out_.intern(m_.str(gl.name));
    s.section = obj::Symbol::kUndefined;  // placed when emitted
    switch (gl.linkage) {
      case Linkage::Internal: s.binding = obj::Binding::Local; break;
      case Linkage::Weak:
      case Linkage::LinkOnce: s.binding = obj::Binding::Weak; break;
      default: s.binding = obj::Binding::Global; break;
    }
    s.visibility = visibility(gl.visibility);
    if (gl.kind == GlobalKind::Function) s.type = obj::SymbolType::Func;
    else if (gl.flags & ir::kThreadLocal) s.type = obj::SymbolType::Tls;
    else s.type = obj::SymbolType::Object;
    if (gl.flags & ir::kUsed) s.flags |= obj::kUsedSym;
    if (gl.flags & ir::kDllExport) s.flags |= obj::kDllExport;
    if (common) {
      const ir::TypeInfo& t = m_.type(gl.type);
      s.section = obj::Symbol::kCommon;
      s.value = std::max<uint32_t>(gl.align ? gl.align : t.align, 1);
      s.size = t.size;
    }
    cx_.global_sym[g] = out_.add_symbol(s);
  }
}

void ModuleCompiler::compile_function(uint32_t fidx) {
  const ir::Function& f = m_.function(fidx);
  const ir::Global& gl = m_.global(f.global);
  std::string name = name_of(f.global);
  cx_.where = "function @" + name;

  MFunction mf;
  select_function(cx_, fidx, mf);
  allocate_registers(cx_, mf);
  if (cx_.dump_mir) std::cerr << "; function @" << name << "\n" << dump(mf);
  FrameLayout fl = layout_frame(cx_, mf);
  for (JumpTable& t : mf.tables) t.rodata_offset = cx_.reserve_rodata(4 * t.targets.size(), 4).second;
  Assembler a;
  std::vector<uint32_t> offsets = encode_function(cx_, mf, fl, a);
  a.finish();

  std::string sec_name = ".text";
  bool unique = false;
  std::string group;
  if (gl.section) {
    sec_name = std::string(m_.str(gl.section));
  } else if (gl.linkage == Linkage::LinkOnce) {
    sec_name = ".text." + name;
    group = name;
  } else if (cx_.opts.function_sections) {
    sec_name = ".text." + name;
    unique = true;
  }
  uint32_t align = std::max<uint32_t>(16, gl.align);
  uint32_t sec = section(sec_name, obj::SectionKind::Text, obj::kAlloc | obj::kExec, align, unique, group);
  obj::Section& s = out_.section(sec);
  // Pad to the function's alignment with NOPs (in place: the section grows
  // with every function, so copying it per function would be quadratic).
  pad_with_nops(s.data, align);
  uint32_t base = static_cast<uint32_t>(s.data.size());
  s.data.insert(s.data.end(), a.code().begin(), a.code().end());
  s.size = s.data.size();
  for (const Assembler::Reloc& r : a.relocs()) s.relocs.push_back({base + r.offset, r.kind, r.symbol, r.addend});

  obj::Symbol& sym = out_.symbols[cx_.global_sym[f.global]];
  sym.section = sec;
  sym.value = base;
  sym.size = a.code().size();

  // Jump tables: 32-bit offsets of each target from the table's start.
  uint32_t text_sym = cx_.section_symbol(sec);
  for (const JumpTable& t : mf.tables) {
    obj::Section& ro = out_.section(cx_.rodata);
    for (size_t k = 0; k < t.targets.size(); ++k) {
      int64_t addend = static_cast<int64_t>(base) + offsets[t.targets[k]] + static_cast<int64_t>(4 * k);
      ro.relocs.push_back({t.rodata_offset + 4 * k, kPC32, text_sym, addend});
    }
  }
  // Block offsets for blockaddress constants in data.
  std::vector<int64_t>& bo = cx_.block_offsets[fidx];
  bo.assign(f.blocks.size(), -1);
  for (size_t b = 0; b < mf.blocks.size(); ++b)
    if (mf.blocks[b].ir_block != ~0u) bo[mf.blocks[b].ir_block] = base + offsets[b];
  cx_.function_section[fidx] = sec;
  cx_.where.clear();
}

void ModuleCompiler::emit_data(uint32_t g) {
  const ir::Global& gl = m_.global(g);
  if (gl.kind != GlobalKind::Data || !gl.defined || gl.linkage == Linkage::Common) return;
  std::string name = name_of(g);
  cx_.where = "global @" + name;
  const ir::TypeInfo& t = m_.type(gl.type);
  uint32_t align = std::max<uint32_t>(1, gl.align ? gl.align : t.align);
  uint64_t size = std::max<uint64_t>(m_.init_size(gl), t.size);

  bool all_zero = true, has_addr = false;
  for (const ir::InitItem& it : gl.init) {
    if (it.kind == ir::InitItem::Addr || it.kind == ir::InitItem::BlockAddr) {
      has_addr = true;
      all_zero = false;
    } else if (it.kind == ir::InitItem::Int && (it.value || it.hi)) {
      all_zero = false;
    } else if (it.kind == ir::InitItem::Bytes) {
      for (char c : m_.bytes(it))
        if (c) all_zero = false;
    }
  }
  bool tls = gl.flags & ir::kThreadLocal;
  bool ro = (gl.flags & ir::kReadOnly) && !tls;
  obj::SectionKind kind;
  uint32_t flags = obj::kAlloc;
  std::string base;
  uint32_t entsize = 0;
  if (tls) {
    kind = all_zero ? obj::SectionKind::TlsBss : obj::SectionKind::TlsData;
    flags |= obj::kWrite | obj::kTls;
    base = all_zero ? ".tbss" : ".tdata";
  } else if (ro && has_addr && (cx_.opts.pic || cx_.opts.pie)) {
    kind = obj::SectionKind::Data;  // relocated at load time, then read-only (RELRO)
    flags |= obj::kWrite;
    base = ".data.rel.ro";
  } else if (ro) {
    kind = obj::SectionKind::ReadOnly;
    base = ".rodata";
    // Mergeable strings: only NUL-terminated byte data.
    if ((gl.flags & ir::kStrings) && !has_addr && size > 0) {
      std::string bytes;
      for (const ir::InitItem& it : gl.init) {
        if (it.kind == ir::InitItem::Bytes) bytes += m_.bytes(it);
        else if (it.kind == ir::InitItem::Zero) bytes.append(it.count, '\0');
        else if (it.kind == ir::InitItem::Int && it.size == 1) bytes += static_cast<char>(it.value);
        else bytes += "\x01?";  // not plain bytes
      }
      bytes.resize(size, '\0');
      if (bytes.size() == m_.init_size(gl) && !bytes.empty() && bytes.back() == '\0' &&
          bytes.find("\x01?") == std::string::npos) {
        base = ".rodata.str1." + std::to_string(align);
        flags |= obj::kMerge | obj::kStrings;
        entsize = 1;
      }
    }
  } else if (all_zero) {
    kind = obj::SectionKind::Bss;
    flags |= obj::kWrite;
    base = ".bss";
  } else {
    kind = obj::SectionKind::Data;
    flags |= obj::kWrite;
    base = ".data";
  }
  std::string sec_name = base;
  bool unique = false;
  std::string group;
  if (gl.section) {
    sec_name = std::string(m_.str(gl.section));
    // The kind follows the section's conventional name when given one.
    auto starts = [&](const char* p) { return sec_name.rfind(p, 0) == 0; };
    if (!tls) {
      if (starts(".bss") || starts(".sbss")) {
        kind = all_zero ? obj::SectionKind::Bss : obj::SectionKind::Data;
        flags = obj::kAlloc | obj::kWrite;
      } else if (starts(".rodata")) {
        kind = obj::SectionKind::ReadOnly;
        flags = obj::kAlloc;
      } else if (kind == obj::SectionKind::Bss || kind == obj::SectionKind::ReadOnly) {
        // A named section holds bytes; keep read-only data read-only.
        kind = ro && !has_addr ? obj::SectionKind::ReadOnly : obj::SectionKind::Data;
        flags = kind == obj::SectionKind::Data ? (obj::kAlloc | obj::kWrite) : obj::kAlloc;
      }
      entsize = 0;
      flags &= ~(obj::kMerge | obj::kStrings);
    }
  } else if (gl.linkage == Linkage::LinkOnce) {
    sec_name = base + "." + name;
    group = name;
  } else if (cx_.opts.data_sections) {
    sec_name = base + "." + name;
    unique = true;
  }
  uint32_t sec = section(sec_name, kind, flags, align, unique, group);
  obj::Section& s = out_.section(sec);
  if (entsize) s.entsize = entsize;
  bool nobits = kind == obj::SectionKind::Bss || kind == obj::SectionKind::TlsBss;
  uint64_t off = (s.size + align - 1) / align * align;
  if (nobits) {
    s.size = off + size;
    obj::Symbol& sym = out_.symbols[cx_.global_sym[g]];
    sym.section = sec;
    sym.value = off;
    sym.size = t.size;
    cx_.where.clear();
    return;
  }
  s.data.resize(off, 0);
  for (const ir::InitItem& it : gl.init) {
    switch (it.kind) {
      case ir::InitItem::Zero: s.data.insert(s.data.end(), it.count, 0); break;
      case ir::InitItem::Bytes: {
        std::string_view b = m_.bytes(it);
        s.data.insert(s.data.end(), b.begin(), b.end());
        break;
      }
      case ir::InitItem::Int:
        for (unsigned k = 0; k < it.size; ++k)
          s.data.push_back(static_cast<uint8_t>((k < 8 ? it.value >> (8 * k) : it.hi >> (8 * (k - 8))) & 0xff));
        break;
      case ir::InitItem::Addr: {
        uint64_t at = s.data.size();
        s.data.insert(s.data.end(), it.size, 0);
        if (it.size != 8 && it.size != 4) cx_.unsupported("address initializer of " + std::to_string(it.size) + " bytes");
        s.relocs.push_back({at, it.size == 8 ? kit::x86_64::k64 : kit::x86_64::k32, cx_.symbol_of(it.global), it.addend});
        break;
      }
      case ir::InitItem::BlockAddr: {
        uint64_t at = s.data.size();
        s.data.insert(s.data.end(), it.size, 0);
        const ir::Global& fg = m_.global(it.global);
        if (fg.kind != GlobalKind::Function || !fg.defined) cx_.unsupported("blockaddress of a function not defined here");
        const std::vector<int64_t>& bo = cx_.block_offsets[fg.function];
        if (it.value >= bo.size() || bo[it.value] < 0) cx_.unsupported("blockaddress of an unknown block");
        uint32_t ts = cx_.section_symbol(cx_.function_section[fg.function]);
        s.relocs.push_back({at, it.size == 8 ? kit::x86_64::k64 : kit::x86_64::k32, ts, bo[it.value]});
        break;
      }
    }
  }
  s.data.resize(off + size, 0);
  s.size = s.data.size();
  obj::Symbol& sym = out_.symbols[cx_.global_sym[g]];
  sym.section = sec;
  sym.value = off;
  sym.size = t.size;
  cx_.where.clear();
}

void ModuleCompiler::emit_aliases() {
  for (uint32_t g = 0; g < m_.global_count(); ++g) {
    const ir::Global& gl = m_.global(g);
    if (gl.kind != GlobalKind::Alias) continue;
    uint32_t target = gl.aliasee;
    int64_t off = gl.alias_offset;
    for (int depth = 0; m_.global(target).kind == GlobalKind::Alias && depth < 64; ++depth) {
      off += m_.global(target).alias_offset;
      target = m_.global(target).aliasee;
    }
    const obj::Symbol& t = out_.symbols[cx_.symbol_of(target)];
    if (!t.defined()) cx_.unsupported("alias @" + name_of(g) + " of a symbol not defined in this module");
    obj::Symbol& s = out_.symbols[cx_.global_sym[g]];
    s.section = t.section;
    s.value = t.value + static_cast<uint64_t>(off);
    s.size = m_.type(gl.type).kind == ir::TypeKind::Func ? t.size : m_.type(gl.type).size;
    s.type = t.type;
  }
}

void ModuleCompiler::emit_ctors() {
  auto emit = [&](const std::vector<ir::Module::Ctor>& list, const char* base, uint32_t flag) {
    std::vector<ir::Module::Ctor> sorted(list.begin(), list.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ir::Module::Ctor& a, const ir::Module::Ctor& b) { return a.priority < b.priority; });
    for (const ir::Module::Ctor& c : sorted) {
      std::string name = base;
      if (c.priority != 65535) {
        char buf[16];
        std::snprintf(buf, sizeof buf, ".%05d", c.priority);
        name += buf;
      }
      uint32_t sec = section(name, obj::SectionKind::Data, obj::kAlloc | obj::kWrite | flag, 8, false);
      obj::Section& s = out_.section(sec);
      uint64_t at = s.data.size();
      s.data.insert(s.data.end(), 8, 0);
      s.size = s.data.size();
      s.relocs.push_back({at, kit::x86_64::k64, cx_.symbol_of(c.function_global), 0});
    }
  };
  emit(m_.ctors, ".init_array", obj::kInitArray);
  emit(m_.dtors, ".fini_array", obj::kFiniArray);
}

void ModuleCompiler::run() {
  define_symbols();
  for (uint32_t f = 0; f < m_.function_count(); ++f) compile_function(f);
  for (uint32_t g = 0; g < m_.global_count(); ++g) emit_data(g);
  emit_aliases();
  emit_ctors();
}

}  // namespace

void compile_module(ModuleContext& cx) { ModuleCompiler(cx).run(); }

bool compile(const ir::Module& m, const TargetSpec& target, const CodegenOptions& opts, obj::ObjectFile& out,
             Diagnostics& diags) {
  if (target.os == "windows") {
    diags.error(SourceLoc{}, "arch-x86_64: the Windows x64 calling convention is not implemented yet");
    return false;
  }
  out.arch = "x86_64";
  // Debugging aid (docs/arch-x86_64.md): KIT_X86_DUMP=ir prints the module
  // the backend receives to stderr; KIT_X86_DUMP=mir the machine IR of every
  // function after register allocation.
  const char* dump_env = std::getenv("KIT_X86_DUMP");
  std::string dump = dump_env ? dump_env : "";
  if (dump.find("ir") != std::string::npos && dump.find("mir") == std::string::npos) ir::print(m, std::cerr);
  ModuleContext cx(m, target, opts, out, diags);
  cx.dump_mir = dump.find("mir") != std::string::npos;
  try {
    compile_module(cx);
  } catch (const Unsupported& e) {
    diags.error(SourceLoc{}, std::string("arch-x86_64: cannot compile ") + e.what());
    return false;
  } catch (const Error& e) {
    diags.error(SourceLoc{}, std::string("arch-x86_64: ") + e.what());
    return false;
  }
  return !diags.has_errors();
}

}  // namespace kit::x86_64
