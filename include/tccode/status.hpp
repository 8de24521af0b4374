// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// For SDKs whose retry policies speak the canonical status codes of gRPC and absl.
#ifndef TCCODE_STATUS_HPP
#define TCCODE_STATUS_HPP

#include <tccode/explain.hpp>

#include <string_view>

namespace tccode {

// The canonical status codes, numbered as gRPC and absl number them.
enum class canonical_code {
  ok = 0,
  cancelled = 1,
  unknown = 2,
  invalid_argument = 3,
  deadline_exceeded = 4,
  not_found = 5,
  already_exists = 6,
  permission_denied = 7,
  resource_exhausted = 8,
  failed_precondition = 9,
  aborted = 10,
  out_of_range = 11,
  unimplemented = 12,
  internal = 13,
  unavailable = 14,
  data_loss = 15,
  unauthenticated = 16,
};

// The canonical status code closest to public code `code`. Where gRPC retries by default
// (UNAVAILABLE), retry_for(code) advises a retry after backoff too.
[[nodiscard]] constexpr canonical_code canonical_code_for(int code) noexcept {
  switch (code) {
    case 0:
      return canonical_code::ok;
    case 4000:  // missing or malformed parameter
      return canonical_code::invalid_argument;
    case 4100:  // signature wrong
    case 4200:  // signature's Timestamp expired
    case 4500:  // signature's Nonce reused or Timestamp off
      return canonical_code::unauthenticated;
    case 4300:  // account banned or not among the API's users
    case 5500:  // qualification review not passed
      return canonical_code::permission_denied;
    case 4400:  // request quota exceeded
      return canonical_code::resource_exhausted;
    case 4600:  // protocol not supported
    case 6100:  // API not in this version
      return canonical_code::unimplemented;
    case 5000:  // resource does not exist
      return canonical_code::not_found;
    case 5100:  // operation failed; the document says retry later
    case 6200:  // API down for maintenance; retry later
      return canonical_code::unavailable;
    case 5200:    // purchase not possible as asked
    case 5300:    // balance insufficient
    case 100193:  // orders of one batch must be paid together
      return canonical_code::failed_precondition;
    case 5400:  // partly done: the per-item results tell what failed
      return canonical_code::unknown;
    case 6000:  // internal error
      return canonical_code::internal;
    default:
      return class_of(code) == code_class::server ? canonical_code::unavailable : canonical_code::unknown;
  }
}

// The status code's canonical name, e.g. "INVALID_ARGUMENT".
[[nodiscard]] constexpr std::string_view name(canonical_code c) noexcept {
  constexpr std::string_view names[] = {
      "OK",        "CANCELLED",      "UNKNOWN",           "INVALID_ARGUMENT",   "DEADLINE_EXCEEDED",
      "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
      "ABORTED",   "OUT_OF_RANGE",   "UNIMPLEMENTED",     "INTERNAL",           "UNAVAILABLE",
      "DATA_LOSS", "UNAUTHENTICATED"};
  const auto i = static_cast<unsigned>(c);
  return i < sizeof(names) / sizeof(names[0]) ? names[i] : std::string_view("UNKNOWN");
}

}  // namespace tccode

#endif  // TCCODE_STATUS_HPP
