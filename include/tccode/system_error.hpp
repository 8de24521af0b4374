// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// std::error_code support: an explanation as an error code that keeps everything the explanation
// knows (the service's meaning of the public code, the module row, the language), conditions that
// it meets exactly when the explanation does, and a std::errc where one fits.
#ifndef TCCODE_SYSTEM_ERROR_HPP
#define TCCODE_SYSTEM_ERROR_HPP

#include <tccode/core.hpp>
#include <tccode/detail/config.hpp>

#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#if !defined(__GNUC__) && !defined(__clang__)
#include <atomic>
#endif

namespace tccode {

TCCODE_VISIBLE inline const std::error_category& condition_category() noexcept;

namespace detail {

/// The std::errc named by `e`, or none.
inline std::error_condition generic_condition(tccode::errc e) noexcept {
  switch (e) {
    case tccode::errc::invalid_argument:
      return std::errc::invalid_argument;
    case tccode::errc::permission_denied:
      return std::errc::permission_denied;
    case tccode::errc::protocol_not_supported:
      return std::errc::protocol_not_supported;
    case tccode::errc::not_supported:
      return std::errc::not_supported;
    case tccode::errc::resource_unavailable_try_again:
      return std::errc::resource_unavailable_try_again;
    case tccode::errc::timed_out:
      return std::errc::timed_out;
    case tccode::errc::bad_message:
      return std::errc::bad_message;
    case tccode::errc::not_connected:
      return std::errc::not_connected;
    case tccode::errc::none:
      break;
  }
  return {};
}

/// How a category words its messages: in one language, or "Chinese (English)".
enum class wording { bilingual, zh, en };

/// "<zh> (<en>)", or one of the two.
inline std::string worded(std::string_view zh, std::string_view en, wording w) {
  std::string s(w == wording::en ? en : zh);
  if (w == wording::bilingual) {
    s += " (";
    s += en;
    s += ')';
  }
  return s;
}

/// The public codes of one service, with (or without) one module row: the category of the error
/// codes made from explanations. The value of an error code is the public code.
class TCCODE_VISIBLE explained_category final : public std::error_category {
 public:
  explained_category(const service& s, const row* module_row, wording w)
      : service_(s), module_row_(module_row), wording_(w), name_("tccode.") {
    name_ += s.name().empty() ? std::string_view("unnamed") : s.name();
    if (module_row != nullptr) {
      name_ += '.';
      name_ += module_row->name.empty() ? std::to_string(module_row->code) : std::string(module_row->name);
    }
    if (w != wording::bilingual) {
      name_ += w == wording::en ? ".en" : ".zh";
    }
  }

  /// True when this is the category of `s`, `module_row` and `w`.
  [[nodiscard]] bool is(const service& s, const row* module_row, wording w) const noexcept {
    return s.name() == service_.name() && s.overrides().begin() == service_.overrides().begin() &&
           s.overrides().size() == service_.overrides().size() && s.base() == service_.base() &&
           module_row == module_row_ && w == wording_;
  }

  [[nodiscard]] const char* name() const noexcept override { return name_.c_str(); }

  /// The combined advice of public code `code` with this category's module row, as explain gives it.
  [[nodiscard]] retry_advice advice(int code) const noexcept {
    return code == 0                                      ? retry_advice::never
           : module_row_ != nullptr && module_row_->retry ? *module_row_->retry
                                                          : advice_of(code, service_);
  }

  [[nodiscard]] std::string message(int code) const override {
    std::string s;
    if (const row* r = service_.find_public(code); r != nullptr && !r->zh.type.empty()) {
      s = worded(r->zh.type, r->en.type, wording_);
    } else if (r != nullptr) {  // a code the service lists without a type of its own (CMQ's 7000)
      s = std::to_string(code);
    } else if (code == 0) {
      s = worded(class_text(code_class::success, lang::zh), class_text(code_class::success, lang::en), wording_);
    } else {
      s = std::to_string(code) + ' ' +
          worded(unlisted_text(class_of(code), lang::zh), unlisted_text(class_of(code), lang::en), wording_);
    }
    if (module_row_ != nullptr) {
      s += ": ";
      s += worded(module_row_->zh.description, module_row_->en.description, wording_);
    }
    return s;
  }

  /// The std::errc of the rows (the module row's, else the public code's), as the explanation's errc().
  [[nodiscard]] std::error_condition default_error_condition(int code) const noexcept override {
    if (code == 0) {
      return {};
    }
    const std::error_condition errc = generic_condition(errc_of(service_.find_public(code), module_row_, advice(code)));
    return errc ? errc : std::error_condition(code, *this);
  }

  /// A condition of tccode's is met as the explanation meets it: the advice's conditions by the
  /// module row's advice (when it gives one) or the public code's, auth_error by the rows, the others
  /// by the public code.
  [[nodiscard]] bool equivalent(int code, const std::error_condition& c) const noexcept override {
    if (c.category() == condition_category()) {
      const auto cond = static_cast<condition>(c.value());
      if (cond == condition::auth_error) {
        return code != 0 && auth_error_of(service_.find_public(code), module_row_);
      }
      return matches(cond, advice(code)) || matches_code(cond, code);
    }
    return default_error_condition(code) == c;
  }

 private:
  service service_;
  const row* module_row_;
  wording wording_;
  std::string name_;
};

/// The categories made so far: a list that only grows, shared by every thread without a lock.
/// Its nodes live as long as the program (a category must outlive every error code of it).
struct category_node {
  explained_category category;
  const category_node* next;
};

// The list's head is read and swung atomically: with the compiler's builtins on GCC and Clang
// (<atomic> would cost every includer of this header about 90 M instructions of compile time, 8%,
// for one pointer), with std::atomic elsewhere.
#if defined(__GNUC__) || defined(__clang__)
using category_head = const category_node*;
inline const category_node* load(const category_head& head) noexcept {
  return __atomic_load_n(&head, __ATOMIC_ACQUIRE);
}
inline bool swing(category_head& head, const category_node*& expected, const category_node* desired) noexcept {
  return __atomic_compare_exchange_n(&head, &expected, desired, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}
#else
using category_head = std::atomic<const category_node*>;
inline const category_node* load(const category_head& head) noexcept { return head.load(std::memory_order_acquire); }
inline bool swing(category_head& head, const category_node*& expected, const category_node* desired) noexcept {
  return head.compare_exchange_strong(expected, desired, std::memory_order_acq_rel, std::memory_order_acquire);
}
#endif

/// The one category of service `s` with `module_row`, worded as `w`: made on first use, the same
/// object afterwards (and across shared libraries, which share this function's list).
TCCODE_VISIBLE inline const std::error_category& category_of(const service& s, const row* module_row, wording w) {
  static category_head head{nullptr};
  const category_node* seen = load(head);
  for (const category_node* n = seen; n != nullptr; n = n->next) {
    if (n->category.is(s, module_row, w)) {
      return n->category;
    }
  }
  auto* made =
      new category_node{explained_category(s, module_row, w), seen};  // NOLINT(cppcoreguidelines-owning-memory)
  while (!swing(head, made->next, made)) {
    // Another thread added nodes (those before `seen`): one of them may be this category.
    for (const category_node* n = made->next; n != seen; n = n->next) {
      if (n->category.is(s, module_row, w)) {
        delete made;  // NOLINT(cppcoreguidelines-owning-memory)
        return n->category;
      }
    }
    seen = made->next;
  }
  return made->category;
}

class TCCODE_VISIBLE condition_category_impl final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "tccode.condition"; }

  [[nodiscard]] std::string message(int c) const override {
    switch (static_cast<condition>(c)) {
      case condition::retryable:
        return "retryable";
      case condition::throttled:
        return "throttled: retry behind a rate limiter";
      case condition::resign:
        return "sign again with a fresh Timestamp and Nonce, then retry";
      case condition::client_error:
        return "client error";
      case condition::server_error:
        return "server error";
      case condition::auth_error:
        return "authentication or authorisation error";
    }
    return "unknown tccode condition";
  }
};

}  // namespace detail

/// The category of public codes in the official document's meaning, named "tccode.public", with
/// messages in Chinese and English ("<zh> (<en>)").
TCCODE_VISIBLE inline const std::error_category& public_category() {
  return detail::category_of(service(), nullptr, detail::wording::bilingual);
}

/// The category of tccode's conditions, named "tccode.condition".
TCCODE_VISIBLE inline const std::error_category& condition_category() noexcept {
  static const detail::condition_category_impl category;
  return category;
}

/// The explanation as an error code: its value is the public code, its category the service's
/// meaning of it together with the module row ("tccode.public", "tccode.public.project_name_exists",
/// "tccode.cmq", with ".en" or ".zh" for the explanation's language), so that `ec == condition::X`
/// holds exactly when it holds of the explanation, and `ec.message()` is in its language. A
/// category is made once for each service, module row and language, and lives as long as the program.
inline std::error_code make_error_code(const explanation& e) {
  const detail::wording w = e.language() == lang::en ? detail::wording::en : detail::wording::zh;
  return {e.code(), detail::category_of(detail::explain_access::service_of(e), e.module_row(), w)};
}

/// A public code as an error code of public_category() (found by ADL: `std::error_code ec =
/// tccode::public_code::auth_failed;`).
inline std::error_code make_error_code(public_code code) { return {static_cast<int>(code), public_category()}; }

/// A condition as an error condition (found by ADL).
inline std::error_condition make_error_condition(condition c) noexcept {
  return {static_cast<int>(c), condition_category()};
}

}  // namespace tccode

namespace std {
template <>
struct is_error_code_enum<tccode::public_code> : true_type {};
template <>
struct is_error_condition_enum<tccode::condition> : true_type {};
}  // namespace std

#endif  // TCCODE_SYSTEM_ERROR_HPP
