// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// For SDKs whose retry policies speak the canonical status codes of gRPC and absl.
#ifndef TCCODE_STATUS_HPP
#define TCCODE_STATUS_HPP

#include <tccode/explain.hpp>

#include <string_view>

namespace tccode {

namespace detail {

/// The canonical code of a row that names none: what its advice implies.
constexpr canonical_code canonical_of_advice(retry_advice advice) noexcept {
  switch (advice) {
    case retry_advice::throttled:
      return canonical_code::resource_exhausted;
    case retry_advice::after_resign:
      return canonical_code::unauthenticated;
    case retry_advice::after_backoff:
      return canonical_code::unavailable;
    case retry_advice::never:
      break;
  }
  return canonical_code::unknown;
}

}  // namespace detail

/// The canonical status code closest to public code `code` in service `s`: its row's (column
/// `canonical` of data/codes.tsv for the built-in rows), else what its advice implies. Where gRPC
/// retries by default (UNAVAILABLE), the advice is a retry after backoff too.
[[nodiscard]] constexpr canonical_code canonical_code_for(int code, const service& s = generic) noexcept {
  if (code == 0) {
    return canonical_code::ok;
  }
  if (const row* r = s.find_public(code); r != nullptr && r->canonical) {
    return *r->canonical;
  }
  return detail::canonical_of_advice(retry_for(code, s));
}

/// The canonical status code of an explained response: its module row's when that row names one,
/// else its public code's (in the service it was explained in), else what its advice implies.
[[nodiscard]] constexpr canonical_code canonical_code_for(const explanation& e) noexcept {
  if (e.success()) {
    return canonical_code::ok;
  }
  if (e.module_entry && e.module_entry->canonical) {
    return *e.module_entry->canonical;
  }
  if (e.public_entry && e.public_entry->canonical && (!e.public_entry->retry || *e.public_entry->retry == e.retry)) {
    return *e.public_entry->canonical;
  }
  return detail::canonical_of_advice(e.retry);
}

/// The status code's canonical name, e.g. "INVALID_ARGUMENT".
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
