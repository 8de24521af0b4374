// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_DETAIL_CONFIG_HPP
#define TCCODE_DETAIL_CONFIG_HPP

/// Default visibility for what must be one object in a whole program: the built-in tables and the
/// error categories. Error codes compare categories by address, so two shared libraries built with
/// -fvisibility=hidden must still share them. Empty where symbols are not ELF/Mach-O (Windows: see
/// the README on DLLs).
#if defined(_WIN32) || defined(__CYGWIN__)
#define TCCODE_VISIBLE
#elif defined(__GNUC__) || defined(__clang__)
#define TCCODE_VISIBLE __attribute__((visibility("default")))
#else
#define TCCODE_VISIBLE
#endif

/// On a parameter whose contents the result views: lets clang and MSVC warn when the argument is a
/// temporary that dies before the result is used.
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::lifetimebound)
#define TCCODE_LIFETIMEBOUND [[clang::lifetimebound]]
#elif __has_cpp_attribute(msvc::lifetimebound)
#define TCCODE_LIFETIMEBOUND [[msvc::lifetimebound]]
#endif
#endif
#ifndef TCCODE_LIFETIMEBOUND
#define TCCODE_LIFETIMEBOUND
#endif

#endif  // TCCODE_DETAIL_CONFIG_HPP
