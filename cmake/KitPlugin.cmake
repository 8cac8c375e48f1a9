# kit_add_plugin(): build a kit plugin and its manifest from one description.
#
#   kit_add_plugin(<id>
#     KIND arch|format|frontend
#     VERSION <major.minor.patch>
#     DESCRIPTION "<one line>"
#     PROVIDES <arch, format or language names...>
#     [EXTENSIONS .c .h ...]          # frontends: source suffixes
#     [CAPABILITIES codegen ...]      # only what the code really implements
#     [COMPONENT <cpack component>]   # default: <id>
#     [OUTPUT_DIR <dir>]              # default: KIT_PLUGIN_OUTPUT_DIR
#     [NO_INSTALL]                    # build only (kit's own test plugins)
#     SOURCES <files...>)
#
# The plugin's sources include "kit_plugin_meta.h" and say
# KIT_DEFINE_PLUGIN(MyClass); the C entry and the manifest
# (<id>.plugin.toml beside the library) come from the same arguments, and the
# ABI build key in the manifest is read from a probe compiled with the
# plugin's own compiler. Works in kit's tree and, through
# find_package(KitSDK), out of tree.
include_guard(GLOBAL)

set(_KIT_PLUGIN_CMAKE_DIR ${CMAKE_CURRENT_LIST_DIR})

function(_kit_sdk_include_dirs out)
  if(TARGET kit-sdk)  # in kit's own tree
    set(${out} "${PROJECT_SOURCE_DIR}/sdk/include;${PROJECT_BINARY_DIR}/sdk/include" PARENT_SCOPE)
  else()
    set(${out} "${KIT_SDK_INCLUDE_DIR}" PARENT_SCOPE)
  endif()
endfunction()

# The ABI build key this compiler produces, cached per SDK header hash.
function(_kit_detect_abi_key out)
  if(DEFINED CACHE{KIT_ABI_KEY_DETECTED} AND "${KIT_ABI_KEY_DETECTED_HASH}" STREQUAL "${KIT_SDK_HEADER_HASH}")
    set(${out} "${KIT_ABI_KEY_DETECTED}" PARENT_SCOPE)
    return()
  endif()
  _kit_sdk_include_dirs(incs)
  set(probe_dir ${CMAKE_BINARY_DIR}/CMakeFiles/kit_abi_probe)
  set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
  try_compile(ok ${probe_dir} ${_KIT_PLUGIN_CMAKE_DIR}/kit_abi_probe.cpp
    CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${incs}"
    CXX_STANDARD 20
    COPY_FILE ${probe_dir}/probe.a
    OUTPUT_VARIABLE log)
  if(NOT ok)
    message(FATAL_ERROR "kit: cannot compile the ABI key probe:\n${log}")
  endif()
  file(STRINGS ${probe_dir}/probe.a lines REGEX "KITABIKEY:.*:KITEND")
  string(REGEX MATCH "KITABIKEY:([^:]*):KITEND" _ "${lines}")
  if(NOT CMAKE_MATCH_1)
    message(FATAL_ERROR "kit: ABI key probe produced no key")
  endif()
  set(KIT_ABI_KEY_DETECTED "${CMAKE_MATCH_1}" CACHE INTERNAL "")
  set(KIT_ABI_KEY_DETECTED_HASH "${KIT_SDK_HEADER_HASH}" CACHE INTERNAL "")
  set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

# "<arch>-<os>" of the machine the library is built for.
function(_kit_library_target out)
  string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" arch)
  if(arch MATCHES "^(amd64|x64|x86_64)$")
    set(arch x86_64)
  elseif(arch MATCHES "^(arm64|aarch64)$")
    set(arch aarch64)
  endif()
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(os linux)
  elseif(CMAKE_SYSTEM_NAME STREQUAL "Windows")
    set(os windows)
  elseif(CMAKE_SYSTEM_NAME STREQUAL "Darwin")
    set(os macos)
  else()
    string(TOLOWER "${CMAKE_SYSTEM_NAME}" os)
  endif()
  set(${out} "${arch}-${os}" PARENT_SCOPE)
endfunction()

function(kit_add_plugin id)
  cmake_parse_arguments(P "NO_INSTALL" "KIND;VERSION;DESCRIPTION;COMPONENT;OUTPUT_DIR"
                        "PROVIDES;EXTENSIONS;CAPABILITIES;SOURCES" ${ARGN})
  if(NOT P_KIND MATCHES "^(arch|format|frontend)$")
    message(FATAL_ERROR "kit_add_plugin(${id}): KIND must be arch, format or frontend")
  endif()
  if(NOT P_VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
    message(FATAL_ERROR "kit_add_plugin(${id}): VERSION must be MAJOR.MINOR.PATCH")
  endif()
  if(NOT P_COMPONENT)
    set(P_COMPONENT ${id})
  endif()
  if(NOT P_OUTPUT_DIR)
    set(P_OUTPUT_DIR ${KIT_PLUGIN_OUTPUT_DIR})
  endif()

  set(KIT_P_ID ${id})
  set(KIT_P_KIND ${P_KIND})
  string(TOUPPER ${P_KIND} kind_upper)
  set(KIT_P_KIND_MACRO KIT_PLUGIN_${kind_upper})
  set(KIT_P_VERSION ${P_VERSION})
  set(KIT_P_DESCRIPTION "${P_DESCRIPTION}")
  set(KIT_P_TARGET kit-${id})
  set(KIT_P_PROVIDES_C "")
  set(KIT_P_PROVIDES_TOML "")
  foreach(p ${P_PROVIDES})
    string(APPEND KIT_P_PROVIDES_C "\"${p}\", ")
    list(APPEND toml_list "\"${p}\"")
  endforeach()
  string(JOIN ", " KIT_P_PROVIDES_TOML ${toml_list})
  set(toml_list "")
  set(KIT_P_EXTENSIONS_C "")
  foreach(e ${P_EXTENSIONS})
    string(APPEND KIT_P_EXTENSIONS_C "\"${e}\", ")
    list(APPEND toml_list "\"${e}\"")
  endforeach()
  string(JOIN ", " KIT_P_EXTENSIONS_TOML ${toml_list})
  set(toml_list "")
  set(KIT_P_CAPS_C "")
  foreach(c ${P_CAPABILITIES})
    string(TOUPPER ${c} cu)
    string(REPLACE "-" "_" cu ${cu})
    string(APPEND KIT_P_CAPS_C " | KIT_CAP_${cu}")
    list(APPEND toml_list "\"${c}\"")
  endforeach()
  string(JOIN ", " KIT_P_CAPS_TOML ${toml_list})
  _kit_detect_abi_key(KIT_P_ABI_KEY)
  _kit_library_target(KIT_P_LIBRARY_TARGET)

  set(gen ${CMAKE_CURRENT_BINARY_DIR}/kit_plugin_gen)
  configure_file(${_KIT_PLUGIN_CMAKE_DIR}/kit_plugin_meta.h.in ${gen}/kit_plugin_meta.h @ONLY)
  configure_file(${_KIT_PLUGIN_CMAKE_DIR}/plugin_manifest.toml.in ${gen}/${id}.plugin.toml.in @ONLY)
  file(GENERATE OUTPUT ${P_OUTPUT_DIR}/${id}.plugin.toml INPUT ${gen}/${id}.plugin.toml.in)

  add_library(kit-${id} MODULE ${P_SOURCES})
  target_include_directories(kit-${id} PRIVATE ${gen})
  if(TARGET kit-sdk)
    target_link_libraries(kit-${id} PRIVATE kit-sdk)
  else()
    target_link_libraries(kit-${id} PRIVATE kit::kit-sdk)
  endif()
  set_target_properties(kit-${id} PROPERTIES
    OUTPUT_NAME kit-${id}
    LIBRARY_OUTPUT_DIRECTORY ${P_OUTPUT_DIR}
    RUNTIME_OUTPUT_DIRECTORY ${P_OUTPUT_DIR}
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    BUILD_RPATH "\$ORIGIN/../.."
    INSTALL_RPATH "\$ORIGIN/../..")
  if(WIN32)
    set_target_properties(kit-${id} PROPERTIES PREFIX "")
  endif()
  # Catch a missing symbol at build time, not at load time. (Sanitizer
  # runtimes live in the executable, so they are undefined here by design.)
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT KIT_SANITIZE)
    target_link_options(kit-${id} PRIVATE "LINKER:--no-undefined")
  endif()
  if(P_NO_INSTALL)
    return()
  endif()
  install(TARGETS kit-${id} LIBRARY DESTINATION ${KIT_PLUGIN_SUBDIR} COMPONENT ${P_COMPONENT}
          RUNTIME DESTINATION ${KIT_PLUGIN_SUBDIR} COMPONENT ${P_COMPONENT})
  install(FILES ${P_OUTPUT_DIR}/${id}.plugin.toml DESTINATION ${KIT_PLUGIN_SUBDIR}
          COMPONENT ${P_COMPONENT})
  # packaging/ makes one package per component (kit's CPack setup reads this).
  set_property(GLOBAL APPEND PROPERTY KIT_PLUGIN_COMPONENTS ${P_COMPONENT})
  set_property(GLOBAL PROPERTY KIT_PLUGIN_DESCRIPTION_${P_COMPONENT} "${P_DESCRIPTION}")
endfunction()
