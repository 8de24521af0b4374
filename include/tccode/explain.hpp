// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_EXPLAIN_HPP
#define TCCODE_EXPLAIN_HPP

#include <tccode/codes.hpp>
#include <tccode/message.hpp>
#include <tccode/service.hpp>
#include <tccode/table.hpp>

#include <optional>
#include <string_view>
#include <type_traits>

namespace tccode {

/// The class of public code `code`.
[[nodiscard]] constexpr code_class class_of(int code) noexcept {
  if (code == 0) {
    return code_class::success;
  }
  if (code >= 4000 && code <= 6999) {
    return code < 5000 ? code_class::client : code < 6000 ? code_class::resource : code_class::server;
  }
  return code_class::other;
}

/// What a class is called in a message: "success", "client error", "resource error", "server error",
/// or "error".
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

/// The advice for a call that failed with public code `code`, in service `s`: the advice of the
/// row that gives the code its meaning there (data/codes.tsv has each one's reason); for an
/// unlisted code, `after_backoff` for 6xxx (server errors) and `never` for anything else, 0
/// (success) included.
[[nodiscard]] constexpr retry_advice retry_for(int code, const service& s = generic) noexcept {
  if (const row* r = s.find_public(code); r != nullptr && r->retry) {
    return *r->retry;
  }
  return class_of(code) == code_class::server ? retry_advice::after_backoff : retry_advice::never;
}

/// The enumerator's name: "never", "after_backoff", "throttled" or "after_resign" (for machines;
/// describe(advice, lang) gives the sentence for people).
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

/// Conditions that group codes; with <tccode/system_error.hpp> they are std::error_condition values.
enum class condition {
  retryable = 1,  ///< the advice is not `never`
  throttled,      ///< the advice is `throttled` (4400)
  needs_resign,   ///< the advice is `after_resign` (4200, 4500)
  client_error,   ///< public codes 4000-4999
  server_error,   ///< public codes 6000-6999
  auth_error,     ///< public codes 4100, 4200, 4300 and 4500: signature, expiry, access and replay
};

namespace detail {

/// True for the conditions that follow the advice: retryable, throttled and needs_resign.
constexpr bool follows_advice(condition c) noexcept {
  return c == condition::retryable || c == condition::throttled || c == condition::needs_resign;
}

}  // namespace detail

/// True when advice `a` meets condition `c`; false for the conditions that depend on the code
/// (client_error, server_error, auth_error).
[[nodiscard]] constexpr bool matches(condition c, retry_advice a) noexcept {
  return (c == condition::retryable && a != retry_advice::never) ||
         (c == condition::throttled && a == retry_advice::throttled) ||
         (c == condition::needs_resign && a == retry_advice::after_resign);
}

/// True when public code `code` meets condition `c` in service `s`. The advice's conditions follow
/// the service's meaning of the code; client_error, server_error and auth_error, the code itself.
[[nodiscard]] constexpr bool matches(condition c, int code, const service& s = generic) noexcept {
  if (detail::follows_advice(c)) {
    return matches(c, retry_for(code, s));
  }
  if (c == condition::auth_error) {
    for (const int auth : detail::auth_error_codes) {
      if (auth == code) {
        return true;
      }
    }
    return false;
  }
  return (c == condition::client_error && class_of(code) == code_class::client) ||
         (c == condition::server_error && class_of(code) == code_class::server);
}

/// A failed (or successful) response, explained. The server's text always survives in `detail`.
struct explanation {
  int code = 0;                              ///< the public code as received
  std::optional<entry> public_entry;         ///< the code's meaning in the service; empty when unlisted
  std::optional<int> module_code;            ///< from the message's "(N)" prefix
  std::optional<entry> module_entry;         ///< empty without a module table, or when N is not in it
  std::string_view detail;                   ///< the server's own description, a view into the message
  retry_advice retry = retry_advice::never;  ///< the module row's advice when it has one, else the public code's
  lang language = lang::zh;                  ///< the language of the entries, and of to_string

  /// True for code 0: the call succeeded.
  [[nodiscard]] constexpr bool success() const noexcept { return code == 0; }
};

/// True when the explained response meets condition `c`: its combined advice, and its public code.
[[nodiscard]] constexpr bool matches(condition c, const explanation& e) noexcept {
  return detail::follows_advice(c) ? matches(c, e.retry) : matches(c, e.code);
}

namespace detail {

/// explain's one body: `module` explains the module code, or (when null) the service's tables do.
constexpr explanation explain_in(int code, std::string_view message, const service& s, const table_view* module,
                                 lang l) noexcept {
  const parsed_message parsed = parse_message(message);
  const row* module_row = nullptr;
  if (parsed.module_code) {
    module_row = module != nullptr ? module->find(*parsed.module_code) : s.find_module(*parsed.module_code);
  }
  const retry_advice advice = code == 0                                    ? retry_advice::never
                              : module_row != nullptr && module_row->retry ? *module_row->retry
                                                                           : retry_for(code, s);
  return explanation{
      code, entry_of(s.find_public(code), l), parsed.module_code, entry_of(module_row, l), parsed.description, advice,
      l};
}

}  // namespace detail

/// Explains a response's code and message with the official document's meaning of the code. The
/// advice is the public code's (see retry_for).
[[nodiscard]] constexpr explanation explain(int code, std::string_view message TCCODE_LIFETIMEBOUND,
                                            lang l = lang::zh) noexcept {
  return detail::explain_in(code, message, generic, nullptr, l);
}

/// The same, with `module` (project_crud, project_query or a table of your own) explaining the
/// message's module code. When the module code is in `module` and its row gives an advice, that
/// advice is the explanation's: it knows the cause better than the public code does.
[[nodiscard]] constexpr explanation explain(int code, std::string_view message TCCODE_LIFETIMEBOUND, table_view module,
                                            lang l = lang::zh) noexcept {
  return detail::explain_in(code, message, generic, &module, l);
}

/// Explains a response of service `s`: the service's meaning of the public code, and the first
/// of its module tables that has the module code; the advice as above.
[[nodiscard]] constexpr explanation explain(int code, std::string_view message TCCODE_LIFETIMEBOUND, const service& s,
                                            lang l = lang::zh) noexcept {
  return detail::explain_in(code, message, s, nullptr, l);
}

/// The same, with `module` explaining the module code instead of the service's tables.
[[nodiscard]] constexpr explanation explain(int code, std::string_view message TCCODE_LIFETIMEBOUND, const service& s,
                                            table_view module, lang l = lang::zh) noexcept {
  return detail::explain_in(code, message, s, &module, l);
}

/// A temporary std::string (an SDK's getMessage(), say) is rejected: the explanation's detail
/// would view destroyed memory. Keep the message in a variable, or use explain_owned
/// (<tccode/owned.hpp>).
template <class String, class... Rest, std::enable_if_t<detail::is_owning_temporary<String>, int> = 0>
constexpr explanation explain(int, String&&, Rest&&...) noexcept {
  static_assert(detail::dependent_false<String>,
                "tccode::explain: the message is a temporary string, and the explanation would view it after it is "
                "destroyed. Keep the message in a variable that outlives the explanation, or call "
                "tccode::explain_owned (<tccode/owned.hpp>), which keeps a copy.");
  return {};
}

}  // namespace tccode

#endif  // TCCODE_EXPLAIN_HPP
