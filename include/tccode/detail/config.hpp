// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_DETAIL_CONFIG_HPP
#define TCCODE_DETAIL_CONFIG_HPP

// Default visibility for what must be one object in a whole program: the built-in tables and the
// error categories. Error codes compare categories by address, so two shared libraries built with
// -fvisibility=hidden must still share them. Empty where symbols are not ELF/Mach-O (Windows).
#if defined(_WIN32) || defined(__CYGWIN__)
#define TCCODE_VISIBLE
#elif defined(__GNUC__) || defined(__clang__)
#define TCCODE_VISIBLE __attribute__((visibility("default")))
#else
#define TCCODE_VISIBLE
#endif

namespace tccode::detail {

// std::size_t and std::ptrdiff_t without <cstddef>, which in libstdc++ also declares std::byte and
// its operator templates: 1 to 2% of the core's compile time (bench/include_cost.py).
using size_t = decltype(sizeof(0));
using ptrdiff_t = decltype(static_cast<const char*>(nullptr) - static_cast<const char*>(nullptr));

}  // namespace tccode::detail

#endif  // TCCODE_DETAIL_CONFIG_HPP
