/*
 * The ABI build key: the facts that must be equal for C++ objects to cross
 * between the host and a plugin safely.
 *
 *   <C++ ABI>/<standard library and its ABI flag>/sdk<major>/<header hash>
 *
 * e.g. "itanium/libstdc++-cxx11/sdk1/3f5c0a9e12b4d678". GCC and Clang share
 * the Itanium C++ ABI, so a plugin built with either against libstdc++ is
 * accepted; one built against libc++, with the old libstdc++ string ABI, or
 * by MSVC is refused by name. The key is a preprocessor string so that the
 * manifest generator (cmake/KitPlugin.cmake) can read it out of a compiled
 * probe for any compiler, cross compilers included.
 */
#ifndef KIT_ABI_KEY_H
#define KIT_ABI_KEY_H

#ifdef __cplusplus
#include <version>
#endif

#include "kit/sdk_version.h"

#if defined(_MSC_VER) && !defined(__clang__)
#define KIT_ABI_CXX "msvc"
#elif defined(_MSC_VER)
#define KIT_ABI_CXX "msvc-clang"
#else
#define KIT_ABI_CXX "itanium"
#endif

#if defined(_LIBCPP_VERSION)
#define KIT_ABI_STDLIB_(v) "libc++-abi" #v
#define KIT_ABI_STDLIB_X(v) KIT_ABI_STDLIB_(v)
#define KIT_ABI_STDLIB KIT_ABI_STDLIB_X(_LIBCPP_ABI_VERSION)
#elif defined(__GLIBCXX__)
#if defined(_GLIBCXX_USE_CXX11_ABI) && _GLIBCXX_USE_CXX11_ABI
#define KIT_ABI_STDLIB "libstdc++-cxx11"
#else
#define KIT_ABI_STDLIB "libstdc++-cxx98"
#endif
#elif defined(_MSVC_STL_VERSION)
#define KIT_ABI_STDLIB "msvc-stl"
#elif defined(__cplusplus)
#define KIT_ABI_STDLIB "unknown-stdlib"
#else
#define KIT_ABI_STDLIB "c"
#endif

#define KIT_ABI_SDK_(m) "sdk" #m
#define KIT_ABI_SDK_X(m) KIT_ABI_SDK_(m)

#define KIT_ABI_KEY \
  KIT_ABI_CXX "/" KIT_ABI_STDLIB "/" KIT_ABI_SDK_X(KIT_SDK_MAJOR) "/" KIT_SDK_HEADER_HASH

#endif
