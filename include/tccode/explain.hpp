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

/// Conditions that group failures; with <tccode/system_error.hpp> they are std::error_condition
/// values that an error code made from an explanation meets exactly when the explanation does.
enum class condition {
  retryable = 1,      ///< the advice is not `never`
  throttled,          ///< the advice is `throttled`
  resign,             ///< the advice is `resign`
  client_error,       ///< public codes 4000-4999
  server_error,       ///< public codes 6000-6999
  auth_error,         ///< an authentication or authorisation failure, as the public code's row or the module row says
  may_have_executed,  ///< the server may have done the work (explanation::may_have_executed())
};

/// The enumerator's name: "never", "backoff", "throttled" or "resign" (describe(advice, lang) gives
/// the sentence for people).
[[nodiscard]] constexpr std::string_view name(retry_advice advice) noexcept {
  switch (advice) {
    case retry_advice::never:
      return "never";
    case retry_advice::backoff:
      return "backoff";
    case retry_advice::throttled:
      return "throttled";
    case retry_advice::resign:
      return "resign";
  }
  return "unknown";
}

/// The enumerator's name, e.g. "invalid_argument". (A switch: a constexpr array of names here would be
/// evaluated by every file that includes the core, 6.7 M instructions of compile time.)
[[nodiscard]] constexpr std::string_view name(canonical_code c) noexcept {
  switch (c) {
    case canonical_code::ok:
      return "ok";
    case canonical_code::cancelled:
      return "cancelled";
    case canonical_code::unknown:
      return "unknown";
    case canonical_code::invalid_argument:
      return "invalid_argument";
    case canonical_code::deadline_exceeded:
      return "deadline_exceeded";
    case canonical_code::not_found:
      return "not_found";
    case canonical_code::already_exists:
      return "already_exists";
    case canonical_code::permission_denied:
      return "permission_denied";
    case canonical_code::resource_exhausted:
      return "resource_exhausted";
    case canonical_code::failed_precondition:
      return "failed_precondition";
    case canonical_code::aborted:
      return "aborted";
    case canonical_code::out_of_range:
      return "out_of_range";
    case canonical_code::unimplemented:
      return "unimplemented";
    case canonical_code::internal:
      return "internal";
    case canonical_code::unavailable:
      return "unavailable";
    case canonical_code::data_loss:
      return "data_loss";
    case canonical_code::unauthenticated:
      return "unauthenticated";
  }
  return "unknown";
}

namespace detail {

/// A message of the form "N: text" (live streaming's old API: "20108: Channel is not in an editable
/// status"), as parse_message gives "(N)text": optional ASCII whitespace, an optional '-' and digits
/// that fit in int, ':', a space, then the text. Any other message has no module code: "12:30 server
/// busy" is a time of day.
constexpr parsed_message parse_colon_message(std::string_view message) noexcept {
  const std::string_view text = trimmed(message);
  int code = 0;
  const std::size_t digits = parse_int_prefix(text, code);
  if (digits > 0 && digits + 1 < text.size() && text[digits] == ':' && is_ascii_space(text[digits + 1])) {
    return parsed_message{code, trimmed(text.substr(digits + 1))};
  }
  return parsed_message{std::nullopt, text};
}

/// What `detail` holds where `pattern` (a server's message with one "%s") has "%s": the part of
/// `detail` between the pattern's text before and after it, when `detail` has both; else empty.
constexpr std::string_view template_argument(std::string_view pattern, std::string_view detail) noexcept {
  const std::size_t at = pattern.find("%s");
  if (at == std::string_view::npos) {
    return {};
  }
  const std::string_view before = pattern.substr(0, at);
  const std::string_view after = pattern.substr(at + 2);
  if (detail.size() < before.size() + after.size() || detail.substr(0, before.size()) != before ||
      detail.substr(detail.size() - after.size()) != after) {
    return {};
  }
  return trimmed(detail.substr(before.size(), detail.size() - before.size() - after.size()));
}

/// The advice of public code `code` in service `s`: its row's; for a code with no row (or a row
/// without advice), `backoff` for 6xxx (server errors) and `never` for anything else, 0 included.
constexpr retry_advice advice_of(int code, const service& s) noexcept {
  if (const row* r = s.find_public(code); r != nullptr && r->retry) {
    return *r->retry;
  }
  return class_of(code) == code_class::server ? retry_advice::backoff : retry_advice::never;
}

/// The canonical code that advice `a` implies, for a row that names none.
constexpr canonical_code canonical_of(retry_advice a) noexcept {
  switch (a) {
    case retry_advice::throttled:
      return canonical_code::resource_exhausted;
    case retry_advice::resign:
      return canonical_code::unauthenticated;
    case retry_advice::backoff:
      return canonical_code::unavailable;
    case retry_advice::never:
      break;
  }
  return canonical_code::unknown;
}

/// True when a failure with these rows is an authentication or authorisation failure: either row says so.
constexpr bool auth_error_of(const row* public_row, const row* module_row) noexcept {
  return (public_row != nullptr && public_row->auth_error) || (module_row != nullptr && module_row->auth_error);
}

/// The std::errc of a failure with these rows and combined advice `advice`: the module row's, else the
/// public code's when its advice is the combined one (as for the canonical status).
constexpr tccode::errc errc_of(const row* public_row, const row* module_row, retry_advice advice) noexcept {
  if (module_row != nullptr && module_row->errc != tccode::errc::none) {
    return module_row->errc;
  }
  const bool public_advice_holds = public_row != nullptr && (!public_row->retry || *public_row->retry == advice);
  return public_advice_holds ? public_row->errc : tccode::errc::none;
}

struct explain_access;

}  // namespace detail

/// A response explained: the public code's row in the service, the module code's row, the
/// server's own text and the advice. Rows are pointers into the tables (which outlive it); detail()
/// is a view into the message that was explained, which must outlive it too.
class explanation {
 public:
  constexpr explanation() noexcept = default;

  /// The public code as received.
  [[nodiscard]] constexpr int code() const noexcept { return code_; }
  /// True for code 0: the call succeeded.
  [[nodiscard]] constexpr bool success() const noexcept { return code_ == 0; }
  /// The row that gives the code its meaning in the service, or nullptr for an unlisted code.
  [[nodiscard]] constexpr const row* public_row() const noexcept { return public_row_; }
  /// The N of the message's "(N)" prefix, when it has one.
  [[nodiscard]] constexpr std::optional<int> module_code() const noexcept {
    return has_module_code_ ? std::optional<int>(module_code_) : std::nullopt;
  }
  /// The module code's row in the service's tables, or nullptr (no module code, or not listed).
  [[nodiscard]] constexpr const row* module_row() const noexcept { return module_row_; }
  /// The server's own text: the message after its prefix, trimmed (a view into the message).
  [[nodiscard]] constexpr std::string_view detail() const noexcept { return detail_; }
  /// What the server put into its message where the module row's message has "%s" (CMQ's "no such
  /// parameter %s" gives the parameter's name): a view into the message, or empty.
  [[nodiscard]] constexpr std::string_view argument() const noexcept { return argument_; }
  /// The advice: the module row's when it gives one (it knows the cause better), else the public
  /// code's; `never` for a success.
  [[nodiscard]] constexpr retry_advice retry() const noexcept { return retry_; }
  /// True when the call may have done its work before it failed: the module row's say, else the
  /// public code's, else (a code no row describes) true; true for a success. A call that must not run
  /// twice is retried only when this is false (<tccode/retry.hpp>).
  [[nodiscard]] constexpr bool may_have_executed() const noexcept {
    if (success()) {
      return true;
    }
    if (judgement_ != nullptr) {
      return judgement_->executed != execution::not_executed;
    }
    const row* r = module_row_ != nullptr && module_row_->executed != execution::unknown ? module_row_ : public_row_;
    return r == nullptr || r->executed != execution::not_executed;
  }
  /// The language the explanation was made in: of its text accessors, to_string and its error code.
  [[nodiscard]] constexpr lang language() const noexcept { return language_; }

  /// The public code's error type in language `l`, or empty (unlisted, success); for API 3.0, the
  /// meaning of the code's family: its common code's (or common prefix's) description.
  [[nodiscard]] constexpr std::string_view type(lang l) const noexcept {
    if (judgement_ != nullptr) {
      return common_row_ != nullptr ? common_row_->in(l) : std::string_view();
    }
    return public_row_ != nullptr ? public_row_->in(l).type : std::string_view();
  }
  [[nodiscard]] constexpr std::string_view type() const noexcept { return type(language_); }
  /// What went wrong in language `l`: the module row's description, else the public code's, else empty.
  [[nodiscard]] constexpr std::string_view description(lang l) const noexcept {
    if (judgement_ != nullptr) {
      const code_row* r = product_row_ != nullptr ? product_row_ : common_row_;
      return r != nullptr ? r->in(l) : std::string_view();
    }
    if (module_row_ != nullptr && !module_row_->in(l).description.empty()) {
      return module_row_->in(l).description;
    }
    return public_row_ != nullptr ? public_row_->in(l).description : std::string_view();
  }
  [[nodiscard]] constexpr std::string_view description() const noexcept { return description(language_); }
  /// What to do in language `l`: the module row's remedy; else the public code's, unless the module
  /// row's advice overrides the public code's (5100's "retry later" is wrong for a name that is
  /// taken); else empty.
  [[nodiscard]] constexpr std::string_view remedy(lang l) const noexcept {
    if (module_row_ != nullptr && !module_row_->in(l).remedy.empty()) {
      return module_row_->in(l).remedy;
    }
    const bool public_advice_holds = public_row_ != nullptr && (!public_row_->retry || *public_row_->retry == retry_);
    return public_advice_holds ? public_row_->in(l).remedy : std::string_view();
  }
  [[nodiscard]] constexpr std::string_view remedy() const noexcept { return remedy(language_); }
  /// The canonical status closest to the response: the module row's when it names one, else the
  /// public code's (when its advice is the explanation's), else what the advice implies; ok for 0.
  [[nodiscard]] constexpr canonical_code canonical() const noexcept {
    if (success()) {
      return canonical_code::ok;
    }
    if (judgement_ != nullptr) {
      return judgement_->canonical;
    }
    if (module_row_ != nullptr && module_row_->canonical) {
      return *module_row_->canonical;
    }
    if (public_row_ != nullptr && public_row_->canonical && (!public_row_->retry || *public_row_->retry == retry_)) {
      return *public_row_->canonical;
    }
    return detail::canonical_of(retry_);
  }
  /// The std::errc that the response maps to, or errc::none: the module row's, else the public code's
  /// (when its advice is the explanation's); none for a success.
  [[nodiscard]] constexpr tccode::errc errc() const noexcept {
    return success()               ? tccode::errc::none
           : judgement_ != nullptr ? judgement_->errc
                                   : detail::errc_of(public_row_, module_row_, retry_);
  }
  /// True for an authentication or authorisation failure: the public code's row or the module row says so.
  [[nodiscard]] constexpr bool auth_error() const noexcept {
    return !success() &&
           (judgement_ != nullptr ? judgement_->auth_error : detail::auth_error_of(public_row_, module_row_));
  }

  /// API 3.0: the Code as received ("ResourceInUse.DiskMigrating": a view into it); empty for API 2.0.
  /// code() is its value, code_value(code_string()).
  [[nodiscard]] constexpr std::string_view code_string() const noexcept { return code_string_; }
  /// API 3.0: the product's row of the code, or of its longest listed prefix; nullptr where the product
  /// lists neither, or where a longer prefix is a common code (which then judges).
  [[nodiscard]] constexpr const code_row* product_row() const noexcept { return product_row_; }
  /// API 3.0: the common row of the code, or of its longest listed prefix (a family's root: AuthFailure,
  /// OperationDenied); nullptr where none is.
  [[nodiscard]] constexpr const code_row* common_row() const noexcept { return common_row_; }
  /// API 3.0: the row whose judgement decides (the product's, else the common one): the code itself,
  /// or the prefix that judged it; nullptr for a code that nothing knows.
  [[nodiscard]] constexpr const code_row* judged_by() const noexcept {
    return product_row_ != nullptr ? product_row_ : common_row_;
  }
  /// API 3.0: the judgement that decides (with why); nullptr for API 2.0, whose rows carry theirs.
  [[nodiscard]] constexpr const tccode::judgement* judgement() const noexcept { return judgement_; }

 private:
  friend struct detail::explain_access;

  int code_ = 0;
  int module_code_ = 0;
  bool has_module_code_ = false;
  lang language_ = lang::zh;
  retry_advice retry_ = retry_advice::never;
  const row* public_row_ = nullptr;
  const row* module_row_ = nullptr;
  std::string_view detail_;
  std::string_view argument_;
  bool transport_ = false;        // a failure without an API answer (<tccode/transport.hpp>)
  std::string_view code_string_;  // API 3.0 (<tccode/api3.hpp>): the code, its rows and judgement
  const code_row* product_row_ = nullptr;
  const code_row* common_row_ = nullptr;
  const tccode::judgement* judgement_ = nullptr;
  std::string_view service_name_;  // the service's name, overrides and base, for its error category
  table_view overrides_;
  const service* base_ = nullptr;
};

namespace detail {

/// explain's one body.
struct explain_access {
  static constexpr explanation explain(int code, std::string_view message, std::string_view code_desc, const service& s,
                                       lang l) noexcept {
    parsed_message parsed = parse_message(message);
    if (!parsed.module_code && s.colon_module_codes()) {
      parsed = parse_colon_message(message);
    }
    explanation e;
    e.code_ = code;
    e.language_ = l;
    e.public_row_ = s.find_public(code);
    e.detail_ = parsed.description;
    e.service_name_ = s.name();
    e.overrides_ = s.overrides();
    e.base_ = s.base();
    if (parsed.module_code) {
      e.has_module_code_ = true;
      e.module_code_ = *parsed.module_code;
      e.module_row_ = s.find_module(*parsed.module_code, code);
    } else if (!code_desc.empty()) {
      e.module_row_ = s.find_module(code_desc, code);
    }
    if (e.module_row_ != nullptr) {
      e.argument_ = template_argument(e.module_row_->message, e.detail_);
    }
    e.retry_ = code == 0                                          ? retry_advice::never
               : e.module_row_ != nullptr && e.module_row_->retry ? *e.module_row_->retry
                                                                  : advice_of(code, s);
    return e;
  }

  /// A failure without an API answer (code 1, 2 or 3 in service `s`, <tccode/transport.hpp>).
  static constexpr explanation explain_transport(transport_failure t, const service& s, lang l) noexcept {
    explanation e = explain(static_cast<int>(t) + 1, {}, {}, s, l);
    e.transport_ = true;
    return e;
  }

  /// An API 3.0 response, its rows found: `value` is code_value(code), 0 for success (defined in
  /// <tccode/api3.hpp>, which alone calls it).
  static constexpr explanation explain3(int value, std::string_view code, std::string_view message,
                                        const code_row* product_row, const code_row* common_row,
                                        const tccode::judgement* j, std::string_view product_name, lang l) noexcept;

  /// True for a failure without an API answer: its code is tccode's, not the API's.
  static constexpr bool is_transport(const explanation& e) noexcept { return e.transport_; }

  /// The service an explanation was made in, without its module tables (which it no longer needs).
  static constexpr service service_of(const explanation& e) noexcept {
    return e.base_ != nullptr ? service(e.service_name_, e.overrides_, *e.base_)
                              : service(e.service_name_, e.overrides_);
  }
};

}  // namespace detail

/// Explains a response's code and message in the official document's meaning of the code.
[[nodiscard]] constexpr explanation explain(int code, std::string_view message TCCODE_LIFETIMEBOUND,
                                            lang l = lang::zh) noexcept {
  return detail::explain_access::explain(code, message, {}, service(), l);
}

/// Explains a response of service `s` (a table converts to the service of the document's public
/// codes and that module table): the service's meaning of the public code, the first of its module
/// tables that has the module code, and the advice.
[[nodiscard]] constexpr explanation explain(int code, std::string_view message TCCODE_LIFETIMEBOUND, const service& s,
                                            lang l = lang::zh) noexcept {
  return detail::explain_access::explain(code, message, {}, s, l);
}

/// The same with the response's codeDesc, for a service that names module codes there rather than
/// in the message (CAM: "InvalidParameter.policyName.InUse"); a "(N)" in the message goes first.
[[nodiscard]] constexpr explanation explain(int code, std::string_view message TCCODE_LIFETIMEBOUND,
                                            std::string_view code_desc, const service& s, lang l = lang::zh) noexcept {
  return detail::explain_access::explain(code, message, code_desc, s, l);
}

class owned_explanation;  // <tccode/owned.hpp>

namespace detail {

/// `T`, named so that it depends on `U`: a template can name a class that is complete only where its
/// header is included, and is looked at only when the template is used.
template <class T, class U>
struct dependent {
  using type = T;
};

}  // namespace detail

/// A message that is a temporary owning its text (an SDK's getMessage(), a std::string): the
/// explanation would view destroyed memory, so explain keeps a copy (moved in from a std::string) and
/// gives an owned_explanation (<tccode/owned.hpp>, in <tccode/tccode.hpp>). It works within the
/// statement (make_error_code(explain(c, ex.getMessage(), s)), decide(policy, explain(...), call, rng),
/// fmt::print("{}", explain(...))) or kept with auto; it does not convert to an explanation.
template <class String, class... Rest, std::enable_if_t<detail::is_owning_temporary<String>, int> = 0>
auto explain(int code, String&& message, Rest&&... rest) ->
    typename detail::dependent<owned_explanation, String>::type {
  // An incomplete owned_explanation here means that <tccode/owned.hpp> is not included.
  using owned = typename detail::dependent<owned_explanation, String>::type;
  // static_cast<T&&> is std::forward, without <utility> in the core.
  return owned::of_temporary(code, static_cast<String&&>(message), static_cast<Rest&&>(rest)...);
}

}  // namespace tccode

#endif  // TCCODE_EXPLAIN_HPP
