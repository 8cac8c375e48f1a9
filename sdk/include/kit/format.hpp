// The interface of format plugins: one object file format.
//
//  - Reading (KIT_CAP_READ_OBJECT): relocatable objects -> the object model.
//  - Writing (KIT_CAP_WRITE_OBJECT): the object model -> relocatable bytes.
//  - Linking (KIT_CAP_LINK_EXECUTABLE / KIT_CAP_LINK_SHARED, with
//    KIT_CAP_READ_SHARED for shared-library inputs): inputs -> an image,
//    using the SDK's link core for resolution, archives and layout and the
//    arch plugin for relocations and stubs.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "kit/plugin.hpp"

namespace kit {

class ArchPlugin;
namespace obj {
class ObjectFile;
}
namespace link {
struct Options;
}

class FormatPlugin : public Plugin {
 public:
  ~FormatPlugin() override;
  PluginKind kind() const final { return PluginKind::Format; }

  // True when bytes start like a relocatable object of this format.
  virtual bool is_object(std::span<const uint8_t> bytes) const;
  // KIT_CAP_READ_OBJECT. name is used in messages ("lib.a(x.o)"). Throws
  // kit::Error located at name (and the offending offset) on malformed input.
  virtual std::unique_ptr<obj::ObjectFile> read_object(std::span<const uint8_t> bytes,
                                                       const std::string& name,
                                                       const ArchPlugin& arch) const;
  // KIT_CAP_WRITE_OBJECT
  virtual std::vector<uint8_t> write_object(const obj::ObjectFile& object,
                                            const TargetSpec& target,
                                            const ArchPlugin& arch) const;
  // KIT_CAP_LINK_EXECUTABLE / KIT_CAP_LINK_SHARED: writes options.output
  // atomically. Problems (undefined symbols, ...) go to diags; returns false
  // if any error was reported, and then no output file exists.
  virtual bool link(const link::Options& options, const TargetSpec& target,
                    const ArchPlugin& arch, Diagnostics& diags) const;
};

}  // namespace kit
