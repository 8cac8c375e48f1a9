# CPack: kit as a set of packages, one per install component.
#
#   kit          the host (bin/kit and its multicall links kit-cc, ...),
#                libkit-sdk's runtime, share/kit/targets.toml
#   kit-sdk-dev  the SDK's headers and CMake package (find_package(KitSDK))
#   <plugin id>  one per plugin: lib/kit/plugins/<library> + <id>.plugin.toml
#
# Generators: DEB and TGZ, one package per component. The Debian name of a
# component is "kit-" + id with '_' spelled '-' (Debian allows no '_'),
# the rule host/manifest.cpp package_for_plugin() uses in messages such as
# "missing: fmt-coff (package kit-fmt-coff)"; tests/lit/packaging checks
# that the two agree. Plugin and SDK packages depend on exactly this
# version of kit: the ABI build key ties a plugin to the SDK it was built
# with. Subsets of packages for distributions: packaging/subsets.toml.
#
# Included from the top-level CMakeLists.txt after every install() rule,
# right before include(CPack). See packaging/README.md.

get_property(_kit_plugin_components GLOBAL PROPERTY KIT_PLUGIN_COMPONENTS)

# The package name of a component (keep in step with package_for_plugin()).
function(kit_package_name component out)
  if(component STREQUAL "kit" OR component STREQUAL "kit-sdk-dev")
    set(${out} ${component} PARENT_SCOPE)
  else()
    string(REPLACE "_" "-" name "kit-${component}")
    set(${out} ${name} PARENT_SCOPE)
  endif()
endfunction()

set(CPACK_PACKAGE_NAME kit)
set(CPACK_PACKAGE_VENDOR "kit")
set(CPACK_PACKAGE_CONTACT "kit maintainers <kit@example.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Left at CPack's own default on purpose: only then does the DEB generator
# use the first line of each component's description as its synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://example.invalid/kit")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "")
# Exactly these components become packages (test plugins install nothing,
# and nothing else may slip in).
set(CPACK_COMPONENTS_ALL kit kit-sdk-dev ${_kit_plugin_components})
set(CPACK_COMPONENTS_GROUPING IGNORE)  # one package per component
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
# Archives unpack straight into a prefix: tar -C PREFIX -xzf kit-*.tar.gz
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY OFF)
set(CPACK_STRIP_FILES OFF)

# Debian
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # <name>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# No shlibs file: libkit-sdk is kit's own library (kit finds it through its
# RUNPATH), and what links against it, plugins and kit-sdk-dev, depends on
# this exact kit version anyway.
set(_kit_deb_version "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
set(_kit_system_name ${CMAKE_SYSTEM_NAME})

foreach(component kit kit-sdk-dev ${_kit_plugin_components})
  kit_package_name(${component} package)
  string(TOUPPER ${component} C)
  set(CPACK_DEBIAN_${C}_PACKAGE_NAME ${package})
  set(CPACK_ARCHIVE_${C}_FILE_NAME "${package}-${PROJECT_VERSION}-${_kit_system_name}")
  if(component STREQUAL "kit")
    # The host's shared-library dependencies (Boost.Program_options, spdlog,
    # fmt, libstdc++, libc) as dpkg-shlibdeps finds them.
    set(CPACK_DEBIAN_KIT_PACKAGE_SHLIBDEPS ON)
    set(summary "multi-target C toolchain: the kit host and SDK runtime")
    set(description "The kit executable, its multicall links (kit-cc, kit-ld, ...), the\n"
                    "kit SDK runtime library and the built-in target definitions. Targets\n"
                    "are served by plugins, packaged separately as kit-arch-*, kit-fmt-*\n"
                    "and kit-frontend-*.")
  elseif(component STREQUAL "kit-sdk-dev")
    set(CPACK_DEBIAN_KIT-SDK-DEV_PACKAGE_DEPENDS "kit (= ${_kit_deb_version})")
    set(summary "kit SDK: headers and CMake package for writing plugins")
    set(description "Headers and the KitSDK CMake package (find_package(KitSDK),\n"
                    "kit_add_plugin()) to build kit plugins out of tree.")
  else()
    set(CPACK_DEBIAN_${C}_PACKAGE_DEPENDS "kit (= ${_kit_deb_version})")
    get_property(plugin_description GLOBAL PROPERTY KIT_PLUGIN_DESCRIPTION_${component})
    set(summary "kit plugin ${component}")
    set(description "${plugin_description}")
  endif()
  string(JOIN "" description ${description})
  set(CPACK_COMPONENT_${C}_DISPLAY_NAME "${package}")
  set(CPACK_COMPONENT_${C}_DESCRIPTION "${summary}\n${description}")
  set(CPACK_DEBIAN_${C}_DESCRIPTION "${summary}\n${description}")
endforeach()
