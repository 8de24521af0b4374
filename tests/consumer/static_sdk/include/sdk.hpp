// SPDX-License-Identifier: MIT
// The public header of an SDK that uses tccode inside: it names none of tccode's types.
#ifndef SDK_HPP
#define SDK_HPP

#include <string>

namespace sdk {

/// How the SDK words a failed call: tccode's log line, in English.
std::string describe_failure(int code, const std::string& message);

/// True when the SDK would retry the call.
bool would_retry(int code, const std::string& message);

}  // namespace sdk

#endif  // SDK_HPP
