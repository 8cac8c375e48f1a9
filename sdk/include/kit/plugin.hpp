// The C++ side of the plugin contract.
//
// A plugin is a class deriving from one of ArchPlugin, FormatPlugin or
// FrontendPlugin, plus one line, KIT_DEFINE_PLUGIN(Class), that emits the
// C entry (kit/plugin.h) from the identity CMake generated for it
// (kit_plugin_meta.h, see cmake/KitPlugin.cmake). The host reads the entry,
// checks it against the manifest and the accept rule, and calls create.
//
// Capabilities are the contract: a method of an interface may be called
// only when the plugin's entry carries the matching KIT_CAP_* bit. The
// default implementations throw kit::Unsupported naming the capability, so
// even a host bug can never produce a fake result.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kit/abi_key.h"
#include "kit/plugin.h"

namespace kit {

struct TargetSpec;
class Diagnostics;

enum class PluginKind : uint32_t {
  Arch = KIT_PLUGIN_ARCH,
  Format = KIT_PLUGIN_FORMAT,
  Frontend = KIT_PLUGIN_FRONTEND,
};

// "arch", "format", "frontend"; nullptr-safe: unknown values give "unknown".
std::string_view plugin_kind_name(uint32_t kind);
// Parses the manifest spelling; returns 0 if unknown.
uint32_t plugin_kind_from_name(std::string_view name);

// One capability: its bit, the token used in manifests, and the phrase used
// in "plugin P cannot <phrase> yet".
struct CapabilityInfo {
  uint64_t bit;
  const char* token;   // "codegen"
  const char* phrase;  // "generate code"
  uint32_t kind;       // the plugin kind it belongs to
};
std::span<const CapabilityInfo> all_capabilities();
const CapabilityInfo* find_capability(uint64_t bit);
const CapabilityInfo* find_capability(std::string_view token);
// Tokens of every bit set in caps, in bit order.
std::vector<std::string> capability_tokens(uint64_t caps);

// Thrown when a plugin is asked for something its capabilities exclude.
class Unsupported : public std::exception {
 public:
  explicit Unsupported(uint64_t capability);
  const char* what() const noexcept override { return message_.c_str(); }
  uint64_t capability() const { return capability_; }

 private:
  uint64_t capability_;
  std::string message_;
};

class Plugin {
 public:
  virtual ~Plugin();
  Plugin() = default;
  Plugin(const Plugin&) = delete;
  Plugin& operator=(const Plugin&) = delete;
  virtual PluginKind kind() const = 0;
};

// The kind interfaces live in kit/arch.hpp, kit/format.hpp and
// kit/frontend.hpp.
class ArchPlugin;
class FormatPlugin;
class FrontendPlugin;

namespace detail {
// Copies what into a C buffer, truncating, always NUL-terminated.
void copy_error(char* dst, size_t size, const char* what) noexcept;

template <class T>
kit_plugin_instance* create_plugin(const kit_host_services* host, char* error,
                                   size_t error_size) noexcept {
  (void)host;
  try {
    Plugin* p = new T();
    return reinterpret_cast<kit_plugin_instance*>(p);
  } catch (const std::exception& e) {
    copy_error(error, error_size, e.what());
  } catch (...) {
    copy_error(error, error_size, "unknown exception");
  }
  return nullptr;
}

inline void destroy_plugin(kit_plugin_instance* instance) noexcept {
  delete reinterpret_cast<Plugin*>(instance);
}
}  // namespace detail

inline Plugin* plugin_from_instance(kit_plugin_instance* instance) {
  return reinterpret_cast<Plugin*>(instance);
}

}  // namespace kit

#if defined(_WIN32)
#define KIT_PLUGIN_EXPORT __declspec(dllexport)
#else
#define KIT_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

// Emits the plugin's C entry from the macros of the generated
// kit_plugin_meta.h (KIT_PLUGIN_ID, KIT_PLUGIN_KIND, ...). Use once per
// plugin, at namespace scope, in a file that includes kit_plugin_meta.h.
#define KIT_DEFINE_PLUGIN(Class)                                                     \
  namespace {                                                                        \
  const char* const kit_plugin_provides_[] = {KIT_PLUGIN_PROVIDES nullptr};          \
  const char* const kit_plugin_extensions_[] = {KIT_PLUGIN_EXTENSIONS nullptr};      \
  }                                                                                  \
  extern "C" KIT_PLUGIN_EXPORT const kit_plugin_entry KIT_PLUGIN_ENTRY_NAME(         \
      KIT_SDK_MAJOR);                                                                \
  extern "C" KIT_PLUGIN_EXPORT const kit_plugin_entry KIT_PLUGIN_ENTRY_NAME(         \
      KIT_SDK_MAJOR) = {                                                             \
      sizeof(kit_plugin_entry),                                                      \
      KIT_SDK_MAJOR,                                                                 \
      KIT_SDK_MINOR,                                                                 \
      KIT_ABI_KEY,                                                                   \
      KIT_PLUGIN_KIND,                                                               \
      0,                                                                             \
      KIT_PLUGIN_ID,                                                                 \
      KIT_PLUGIN_VERSION,                                                            \
      KIT_PLUGIN_DESCRIPTION,                                                        \
      kit_plugin_provides_,                                                          \
      kit_plugin_extensions_,                                                        \
      KIT_PLUGIN_CAPABILITIES,                                                       \
      &::kit::detail::create_plugin<Class>,                                          \
      &::kit::detail::destroy_plugin,                                                \
  }
