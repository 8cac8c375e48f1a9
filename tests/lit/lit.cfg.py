# lit configuration for kit. Each test is one file with its RUN lines.
# Substitutions:
#   %kit            the kit executable of this build
#   %kit-bin        the directory holding kit and its multicall links
#   %kit-src        the source tree
#   %kit-build      the build tree (what `cmake --install` and cpack read)
#   %kit-plugins    the build tree's plugin directory (the 8 real plugins)
#   %test-plugins   the deliberately broken test plugins (tests/plugins), one
#                   directory per case: %test-plugins/<case>/
#   %python         python3
#   %cmake, %cpack  CMake and CPack of this build
#   %cmake-generator  -G "<generator>" -DCMAKE_MAKE_PROGRAM=<tool>, for
#                   configuring other projects (tests/example-plugin) alike
#   %cxx            the C++ compiler of this build
#   %install-subset packaging/install-subset
#   %c-run          tests/c/run.py: builds a tests/c program with kit in each
#                   lane of the lit parameter c_lanes (default: pie; the
#                   lit-c-lanes ctest entry passes nopie,static,musl), runs
#                   it, prints its output; `%c-run --gcc` also diffs against
#                   gcc's build. Usage: %c-run [--gcc] %s %t [-- cc flags]
# Features: sanitize (ASan/UBSan build), dpkg (dpkg-deb is available), and
# one per tool found on PATH (gcc, clang, readelf, ...).
import os
import lit.formats

config.name = "kit"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".test", ".kir", ".c", ".toml"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
# Lanes other than the default get their own scratch tree, so the two ctest
# entries can run at the same time.
c_lanes = lit_config.params.get("c_lanes", "pie")
config.test_exec_root = os.path.join(config.kit_binary_dir, "tests",
                                     "lit" if c_lanes == "pie" else "lit-lanes")

kit = os.path.join(config.kit_bin_dir, "kit")
config.substitutions.append(("%kit-bin", config.kit_bin_dir))
config.substitutions.append(("%kit-src", config.kit_source_dir))
config.substitutions.append(("%kit-build", config.kit_binary_dir))
config.substitutions.append(("%kit-plugins", config.kit_plugin_dir))
config.substitutions.append(("%install-subset",
                             os.path.join(config.kit_source_dir, "packaging", "install-subset")))
config.substitutions.append(("%cmake-generator",
                             '-G "%s" -DCMAKE_MAKE_PROGRAM="%s"' % (config.cmake_generator,
                                                                    config.make_program)))
config.substitutions.append(("%cpack", config.cpack))
config.substitutions.append(("%test-plugins", config.kit_test_plugin_dir))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("%cmake", config.cmake))
config.substitutions.append(("%cxx", config.cxx_compiler))
config.substitutions.append(("%c-run", "%s %s --kit %s --lanes %s" % (
    config.python, os.path.join(config.kit_source_dir, "tests", "c", "run.py"), kit, c_lanes)))
config.substitutions.append(("%kit", kit))

# FileCheck, not, split-file, count from LLVM's tools; the system PATH for
# everything else (readelf, gcc, ...).
path = [config.llvm_tools_dir, config.kit_bin_dir, os.environ.get("PATH", "")]
config.environment["PATH"] = os.pathsep.join(path)
# Keep tests hermetic: no user or system configuration, no user plugins.
for var in ["KIT_PLUGIN_PATH", "KIT_LOG", "KIT_PLUGIN_DEBUG", "XDG_CONFIG_HOME", "XDG_DATA_HOME"]:
    config.environment.pop(var, None)
config.environment["HOME"] = os.path.join(config.test_exec_root, "home")
config.environment["KIT_SYSTEM_CONFIG"] = os.path.join(config.test_exec_root, "no-system-config.toml")
if config.sanitize:
    config.environment["ASAN_OPTIONS"] = "detect_leaks=1"
    config.available_features.add("sanitize")

import shutil
if shutil.which("dpkg-deb", path=config.environment["PATH"]):
    config.available_features.add("dpkg")
for tool in ["gcc", "clang", "autoconf", "automake", "libtoolize", "make", "ccache", "ld.lld", "readelf", "llvm-readobj", "qemu-aarch64", "qemu-riscv64", "musl-gcc", "tcc"]:
    if shutil.which(tool, path=config.environment["PATH"]):
        config.available_features.add(tool)
