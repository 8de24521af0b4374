// SPDX-License-Identifier: MIT
// The core header stays light: it must not bring <string> or <system_error> (each several times the
// compile time of <string_view>). Compiling this file is the test.
#include <tccode/core.hpp>

#if defined(_GLIBCXX_STRING) || defined(_LIBCPP_STRING) || defined(_STRING_)
#error "<tccode/core.hpp> includes <string>"
#endif
#if defined(_GLIBCXX_SYSTEM_ERROR) || defined(_LIBCPP_SYSTEM_ERROR) || defined(_SYSTEM_ERROR_)
#error "<tccode/core.hpp> includes <system_error>"
#endif

static_assert(tccode::retry_for(5100) == tccode::retry_advice::after_backoff, "the core has explain and retry_for");
