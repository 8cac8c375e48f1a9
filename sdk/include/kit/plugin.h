/*
 * The kit plugin ABI: what a plugin library exports and what the host reads.
 *
 * Every plugin exports exactly one C-linkage, const data symbol named
 * KIT_PLUGIN_ENTRY_SYMBOL ("kit_plugin_entry_v1" for SDK major 1). It is
 * plain data so the host can read it without calling plugin code, and it
 * is versioned by name: a breaking SDK change bumps the major and renames
 * the symbol, so a host can still find an older or newer plugin's entry
 * (kit_plugin_entry_v2, ...) and name the mismatch instead of crashing.
 *
 * The first two fields never move: struct_size and sdk_major. A host reads
 * them before anything else.
 *
 * Accept rule (see docs/SDK.md): same SDK major, plugin minor <= host minor,
 * identical ABI build key. The ABI build key names the C++ ABI, the standard
 * library and its ABI flag, the SDK major and a hash of the SDK's public
 * headers, because C++ objects (IR modules, object files) cross the
 * boundary behind this C entry.
 *
 * This header is C so that any tool can read the entry; the C++ interfaces
 * behind `create` live in kit/plugin.hpp.
 */
#ifndef KIT_PLUGIN_H
#define KIT_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#include "kit/sdk_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Plugin kinds. */
enum kit_plugin_kind {
  KIT_PLUGIN_ARCH = 1,     /* an instruction set: codegen, ABI lowering, relocations */
  KIT_PLUGIN_FORMAT = 2,   /* an object format: read/write objects, link images */
  KIT_PLUGIN_FRONTEND = 3, /* a language: source -> kit IR */
};

/*
 * Capability flags. One 64-bit space shared by all kinds so that a
 * capability has one name everywhere (manifests, messages, docs). A plugin
 * sets only what it really implements; the host refuses to route a request
 * to a plugin that lacks the capability and says so.
 * Names (as written in manifests) are in kit_capability_name().
 */
#define KIT_CAP_CODEGEN        (UINT64_C(1) << 0)  /* arch: IR -> machine code object */
#define KIT_CAP_RELOCATE       (UINT64_C(1) << 1)  /* arch: apply relocations in a link */
#define KIT_CAP_DISASSEMBLE    (UINT64_C(1) << 2)  /* arch: machine code -> text */
#define KIT_CAP_ASSEMBLE       (UINT64_C(1) << 3)  /* arch: assembly text -> object */
#define KIT_CAP_JIT            (UINT64_C(1) << 4)  /* arch: run code in this process */
#define KIT_CAP_READ_OBJECT    (UINT64_C(1) << 16) /* format: relocatable objects -> object model */
#define KIT_CAP_WRITE_OBJECT   (UINT64_C(1) << 17) /* format: object model -> relocatable object */
#define KIT_CAP_LINK_EXECUTABLE (UINT64_C(1) << 18) /* format: write executables */
#define KIT_CAP_LINK_SHARED    (UINT64_C(1) << 19) /* format: write shared libraries / DLLs */
#define KIT_CAP_READ_SHARED    (UINT64_C(1) << 20) /* format: link against shared libraries */
#define KIT_CAP_PREPROCESS     (UINT64_C(1) << 32) /* frontend: preprocess only */
#define KIT_CAP_COMPILE        (UINT64_C(1) << 33) /* frontend: source -> kit IR */

/* Opaque to C; a kit::Plugin* in C++. */
typedef struct kit_plugin_instance kit_plugin_instance;

/* Services the host hands to a plugin at creation. Reserved fields are zero. */
typedef struct kit_host_services {
  uint32_t struct_size;
  uint16_t sdk_major, sdk_minor;
  const char *host_version;
  void *reserved[4];
} kit_host_services;

/*
 * create() returns a new instance or NULL; on NULL it writes a message into
 * error (NUL-terminated, at most error_size bytes). It must not throw:
 * KIT_DEFINE_PLUGIN wraps the C++ factory and turns exceptions into errors.
 */
typedef kit_plugin_instance *(*kit_plugin_create_fn)(const kit_host_services *host,
                                                     char *error, size_t error_size);
typedef void (*kit_plugin_destroy_fn)(kit_plugin_instance *instance);

typedef struct kit_plugin_entry {
  uint32_t struct_size;        /* sizeof(kit_plugin_entry) of the plugin's SDK */
  uint16_t sdk_major;          /* KIT_SDK_MAJOR the plugin was built with */
  uint16_t sdk_minor;          /* KIT_SDK_MINOR the plugin was built with */
  const char *abi_key;         /* KIT_ABI_KEY of the plugin's compiler and SDK */
  uint32_t kind;               /* enum kit_plugin_kind */
  uint32_t reserved0;
  const char *id;              /* unique name, e.g. "arch-x86_64" */
  const char *version;         /* the plugin's own version, "MAJOR.MINOR.PATCH" */
  const char *description;     /* one line */
  const char *const *provides; /* NULL-terminated: arches, formats or languages */
  const char *const *extensions; /* frontends: NULL-terminated source suffixes (".c") */
  uint64_t capabilities;       /* KIT_CAP_* */
  kit_plugin_create_fn create;
  kit_plugin_destroy_fn destroy;
} kit_plugin_entry;

#define KIT_PLUGIN_ENTRY_PREFIX "kit_plugin_entry_v"
#define KIT_PLUGIN_ENTRY_NAME_(major) kit_plugin_entry_v##major
#define KIT_PLUGIN_ENTRY_NAME(major) KIT_PLUGIN_ENTRY_NAME_(major)
#define KIT_STRINGIFY_(x) #x
#define KIT_STRINGIFY(x) KIT_STRINGIFY_(x)
/* The symbol this SDK's plugins export, e.g. "kit_plugin_entry_v1". */
#define KIT_PLUGIN_ENTRY_SYMBOL KIT_PLUGIN_ENTRY_PREFIX KIT_STRINGIFY(KIT_SDK_MAJOR)

#ifdef __cplusplus
}
#endif

#endif /* KIT_PLUGIN_H */
