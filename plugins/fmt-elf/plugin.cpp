// The fmt-elf plugin: ELF relocatable objects, executables and shared
// libraries. The class only routes: reading is read.cpp, object writing
// write_object.cpp, linking link*.cpp (through elf_link, link.hpp).
// Capabilities are listed in CMakeLists.txt; only what is implemented is
// claimed, and kit reports the rest as missing.
#include "kit/format.hpp"
#include "kit/target.hpp"
#include "kit_plugin_meta.h"
#include "link.hpp"
#include "read.hpp"
#include "write_object.hpp"

namespace {

class ElfFormat final : public kit::FormatPlugin {
 public:
  bool is_object(std::span<const uint8_t> bytes) const override {
    return kit::elf::is_elf_object(bytes);
  }

  std::unique_ptr<kit::obj::ObjectFile> read_object(std::span<const uint8_t> bytes,
                                                    const std::string& name,
                                                    const kit::ArchPlugin& arch) const override {
    return kit::elf::read_object(bytes, name, kit::elf::RelocMap::for_arch(arch));
  }

  std::unique_ptr<kit::obj::ObjectFile> list_file(std::span<const uint8_t> bytes,
                                                  const std::string& name, uint32_t flags,
                                                  kit::FileListing& listing) const override {
    return kit::elf::list_file(bytes, name, flags, listing);
  }

  std::vector<uint8_t> write_object(const kit::obj::ObjectFile& object,
                                    const kit::TargetSpec& target,
                                    const kit::ArchPlugin& arch) const override {
    std::span<const kit::RelocKindInfo> kinds;
    try {
      kinds = arch.reloc_kinds();
    } catch (const kit::Unsupported&) {
      // The arch numbers its kinds by the psABI: they are ELF types.
    }
    const std::string& a = object.arch.empty() ? target.arch : object.arch;
    return kit::elf::write_object(object, a, target.endian, kinds);
  }

  bool link(const kit::link::Options& options, const kit::TargetSpec& target,
            const kit::ArchPlugin& arch, kit::Diagnostics& diags) const override {
#if KIT_FMT_ELF_HAS_LINK
    return kit::elf::elf_link(options, target, arch, diags);
#else
    return FormatPlugin::link(options, target, arch, diags);  // throws Unsupported
#endif
  }
};

}  // namespace

KIT_DEFINE_PLUGIN(ElfFormat);
