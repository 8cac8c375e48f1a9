// Capability table and the out-of-line parts of the plugin interfaces (the
// key functions: they pin each interface's vtable and type info in
// libkit-sdk so every plugin shares one copy).
#include <cstring>

#include "kit/arch.hpp"
#include "kit/diag.hpp"
#include "kit/format.hpp"
#include "kit/frontend.hpp"
#include "kit/ir/ir.hpp"
#include "kit/obj/object.hpp"
#include "kit/plugin.hpp"

namespace kit {

namespace {
constexpr CapabilityInfo kCapabilities[] = {
    {KIT_CAP_CODEGEN, "codegen", "generate code", KIT_PLUGIN_ARCH},
    {KIT_CAP_RELOCATE, "relocate", "apply relocations", KIT_PLUGIN_ARCH},
    {KIT_CAP_DISASSEMBLE, "disassemble", "disassemble", KIT_PLUGIN_ARCH},
    {KIT_CAP_ASSEMBLE, "assemble", "assemble", KIT_PLUGIN_ARCH},
    {KIT_CAP_JIT, "jit", "run code in memory", KIT_PLUGIN_ARCH},
    {KIT_CAP_READ_OBJECT, "read-object", "read object files", KIT_PLUGIN_FORMAT},
    {KIT_CAP_WRITE_OBJECT, "write-object", "write object files", KIT_PLUGIN_FORMAT},
    {KIT_CAP_LINK_EXECUTABLE, "link-executable", "link executables", KIT_PLUGIN_FORMAT},
    {KIT_CAP_LINK_SHARED, "link-shared", "link shared libraries", KIT_PLUGIN_FORMAT},
    {KIT_CAP_READ_SHARED, "read-shared", "link against shared libraries", KIT_PLUGIN_FORMAT},
    {KIT_CAP_PREPROCESS, "preprocess", "preprocess", KIT_PLUGIN_FRONTEND},
    {KIT_CAP_COMPILE, "compile", "compile", KIT_PLUGIN_FRONTEND},
};
}  // namespace

std::string_view plugin_kind_name(uint32_t kind) {
  switch (kind) {
    case KIT_PLUGIN_ARCH: return "arch";
    case KIT_PLUGIN_FORMAT: return "format";
    case KIT_PLUGIN_FRONTEND: return "frontend";
    default: return "unknown";
  }
}

uint32_t plugin_kind_from_name(std::string_view name) {
  if (name == "arch") return KIT_PLUGIN_ARCH;
  if (name == "format") return KIT_PLUGIN_FORMAT;
  if (name == "frontend") return KIT_PLUGIN_FRONTEND;
  return 0;
}

std::span<const CapabilityInfo> all_capabilities() { return kCapabilities; }

const CapabilityInfo* find_capability(uint64_t bit) {
  for (const auto& c : kCapabilities)
    if (c.bit == bit) return &c;
  return nullptr;
}

const CapabilityInfo* find_capability(std::string_view token) {
  for (const auto& c : kCapabilities)
    if (token == c.token) return &c;
  return nullptr;
}

std::vector<std::string> capability_tokens(uint64_t caps) {
  std::vector<std::string> out;
  for (int i = 0; i < 64; ++i) {
    uint64_t bit = uint64_t{1} << i;
    if (!(caps & bit)) continue;
    const CapabilityInfo* c = find_capability(bit);
    out.push_back(c ? c->token : "bit" + std::to_string(i));
  }
  return out;
}

static std::string unsupported_message(uint64_t cap) {
  const CapabilityInfo* c = find_capability(cap);
  return std::string("plugin cannot ") + (c ? c->phrase : "do this") + " yet";
}

Unsupported::Unsupported(uint64_t capability)
    : capability_(capability), message_(unsupported_message(capability)) {}

Plugin::~Plugin() = default;
ArchPlugin::~ArchPlugin() = default;
FormatPlugin::~FormatPlugin() = default;
FrontendPlugin::~FrontendPlugin() = default;

// Default implementations: the capability is not claimed, so say so.
bool FrontendPlugin::preprocess(const TargetSpec&, const FrontendOptions&, const std::string&,
                                std::string&, Diagnostics&) {
  throw Unsupported(KIT_CAP_PREPROCESS);
}
std::unique_ptr<ir::Module> FrontendPlugin::compile(const TargetSpec&, const FrontendOptions&,
                                                    const std::string&, Diagnostics&) {
  throw Unsupported(KIT_CAP_COMPILE);
}

bool ArchPlugin::compile(const ir::Module&, const TargetSpec&, const CodegenOptions&,
                         obj::ObjectFile&, Diagnostics&) {
  throw Unsupported(KIT_CAP_CODEGEN);
}
std::span<const RelocKindInfo> ArchPlugin::reloc_kinds() const { throw Unsupported(KIT_CAP_RELOCATE); }
void ArchPlugin::apply_reloc(uint32_t, uint8_t*, const RelocValues&) const {
  throw Unsupported(KIT_CAP_RELOCATE);
}
size_t ArchPlugin::plt_entry_size() const { throw Unsupported(KIT_CAP_RELOCATE); }
void ArchPlugin::write_plt_entry(uint8_t*, uint64_t, uint64_t) const {
  throw Unsupported(KIT_CAP_RELOCATE);
}
size_t ArchPlugin::disassemble_one(std::span<const uint8_t>, uint64_t, const TargetSpec&,
                                   std::string&) const {
  throw Unsupported(KIT_CAP_DISASSEMBLE);
}

const RelocKindInfo* find_reloc_kind(std::span<const RelocKindInfo> table, uint32_t kind) {
  for (const auto& r : table)
    if (r.kind == kind) return &r;
  return nullptr;
}

bool FormatPlugin::is_object(std::span<const uint8_t>) const { return false; }
std::unique_ptr<obj::ObjectFile> FormatPlugin::read_object(std::span<const uint8_t>,
                                                           const std::string&,
                                                           const ArchPlugin&) const {
  throw Unsupported(KIT_CAP_READ_OBJECT);
}
std::unique_ptr<obj::ObjectFile> FormatPlugin::list_file(std::span<const uint8_t>,
                                                         const std::string&, uint32_t,
                                                         FileListing&) const {
  throw Unsupported(KIT_CAP_READ_OBJECT);
}
std::vector<uint8_t> FormatPlugin::write_object(const obj::ObjectFile&, const TargetSpec&,
                                                const ArchPlugin&) const {
  throw Unsupported(KIT_CAP_WRITE_OBJECT);
}
bool FormatPlugin::link(const link::Options&, const TargetSpec&, const ArchPlugin&,
                        Diagnostics&) const {
  throw Unsupported(KIT_CAP_LINK_EXECUTABLE);
}

namespace detail {
void copy_error(char* dst, size_t size, const char* what) noexcept {
  if (!dst || size == 0) return;
  if (!what) what = "";
  size_t n = std::strlen(what);
  if (n >= size) n = size - 1;
  std::memcpy(dst, what, n);
  dst[n] = '\0';
}
}  // namespace detail

}  // namespace kit
