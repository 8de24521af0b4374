// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_EXPLAIN_HPP
#define TCCODE_EXPLAIN_HPP

#include <tccode/codes.hpp>
#include <tccode/message.hpp>
#include <tccode/table.hpp>

#include <optional>
#include <string_view>
#include <type_traits>

namespace tccode {

// The advice for a call that failed with public code `code`: per code as data/codes.tsv gives it
// with its reason; for a code not in public_codes, `after_backoff` for 6xxx (server errors) and
// `never` for anything else, 0 (success) included.
[[nodiscard]] constexpr retry_advice retry_for(int code) noexcept {
  const detail::size_t i = public_codes.index_of(code);
  if (i != public_codes.size()) {
    return detail::public_codes_retry[i];
  }
  return code >= 6000 && code <= 6999 ? retry_advice::after_backoff : retry_advice::never;
}

// The enumerator's name: "never", "after_backoff", "throttled" or "after_resign".
[[nodiscard]] constexpr std::string_view name(retry_advice advice) noexcept {
  switch (advice) {
    case retry_advice::never:
      return "never";
    case retry_advice::after_backoff:
      return "after_backoff";
    case retry_advice::throttled:
      return "throttled";
    case retry_advice::after_resign:
      return "after_resign";
  }
  return "unknown";
}

// What a public code's thousands say about it, listed or not.
enum class code_class {
  success,   // 0
  client,    // 4000-4999: the request is wrong
  resource,  // 5000-5999: the resource or the purchase failed
  server,    // 6000-6999: the server failed
  other,     // anything else (100193 among them)
};

// The class of public code `code`.
[[nodiscard]] constexpr code_class class_of(int code) noexcept {
  if (code == 0) {
    return code_class::success;
  }
  if (code >= 4000 && code <= 6999) {
    return code < 5000 ? code_class::client : code < 6000 ? code_class::resource : code_class::server;
  }
  return code_class::other;
}

// What a class is called in a message: "success", "client error", "resource error", "server error",
// or "error".
[[nodiscard]] constexpr std::string_view name(code_class c) noexcept {
  switch (c) {
    case code_class::success:
      return "success";
    case code_class::client:
      return "client error";
    case code_class::resource:
      return "resource error";
    case code_class::server:
      return "server error";
    case code_class::other:
      break;
  }
  return "error";
}

// Conditions that group public codes; with <tccode/system_error.hpp> they are std::error_condition values.
enum class condition {
  retryable = 1,  // retry_for(code) != retry_advice::never
  throttled,      // retry_for(code) == retry_advice::throttled (4400)
  needs_resign,   // retry_for(code) == retry_advice::after_resign (4200, 4500)
  client_error,   // 4000-4999
  server_error,   // 6000-6999
  auth_error,     // 4100, 4200, 4300 and 4500: signature, expiry, access and replay
};

// True when public code `code` meets condition `c`.
[[nodiscard]] constexpr bool matches(condition c, int code) noexcept {
  switch (c) {
    case condition::retryable:
      return retry_for(code) != retry_advice::never;
    case condition::throttled:
      return retry_for(code) == retry_advice::throttled;
    case condition::needs_resign:
      return retry_for(code) == retry_advice::after_resign;
    case condition::client_error:
      return class_of(code) == code_class::client;
    case condition::server_error:
      return class_of(code) == code_class::server;
    case condition::auth_error:
      return code == 4100 || code == 4200 || code == 4300 || code == 4500;
  }
  return false;
}

// A failed (or successful) response, explained. The server's text always survives in `detail`.
struct explanation {
  int code = 0;                       // the public code as received
  std::optional<entry> public_entry;  // empty when the code is not in public_codes
  std::optional<int> module_code;     // from the message's "(N)" prefix
  std::optional<entry> module_entry;  // empty without a module table, or when N is not in it
  std::string_view detail;            // the server's own description, a view into the message
  retry_advice retry = retry_advice::never;

  // True for code 0: the call succeeded.
  [[nodiscard]] constexpr bool success() const noexcept { return code == 0; }
};

// Explains a response's code and message, without a module table.
[[nodiscard]] constexpr explanation explain(int code, std::string_view message, lang l = lang::zh) noexcept {
  const parsed_message parsed = parse_message(message);
  return explanation{
      code,           lookup(public_codes, code, l), parsed.module_code, std::optional<entry>(), parsed.description,
      retry_for(code)};
}

// Explains a response's code and message; `module` (project_crud, project_query or a table of
// your own) explains the message's module code.
template <class Table, std::enable_if_t<!std::is_same<Table, lang>::value, int> = 0>
[[nodiscard]] constexpr explanation explain(int code, std::string_view message, const Table& module,
                                            lang l = lang::zh) noexcept {
  const explanation e = explain(code, message, l);
  return explanation{e.code,        e.public_entry,
                     e.module_code, e.module_code ? lookup(module, *e.module_code, l) : std::optional<entry>(),
                     e.detail,      e.retry};
}

}  // namespace tccode

#endif  // TCCODE_EXPLAIN_HPP
