// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// std::error_code support: public codes and module codes as error codes, conditions that group
// them, and a std::errc where one fits.
#ifndef TCCODE_SYSTEM_ERROR_HPP
#define TCCODE_SYSTEM_ERROR_HPP

#include <tccode/core.hpp>
#include <tccode/detail/append.hpp>
#include <tccode/detail/config.hpp>

#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace tccode {

// The public codes as an error code enum: `std::error_code ec = public_code::auth_failed;`.
// Any int converts: `static_cast<public_code>(4102)` is an unlisted code.
enum class public_code : int {
  success = 0,
  invalid_parameter = 4000,
  auth_failed = 4100,
  request_expired = 4200,
  access_denied = 4300,
  quota_exceeded = 4400,
  replay_attack = 4500,
  protocol_not_supported = 4600,
  resource_not_found = 5000,
  resource_operation_failed = 5100,
  purchase_failed = 5200,
  insufficient_balance = 5300,
  partial_success = 5400,
  qualification_rejected = 5500,
  internal_error = 6000,
  version_not_supported = 6100,
  api_unavailable = 6200,
  payment_failed = 100193,
};

namespace detail {

// "<Chinese> (<English>)", the form of every listed code's message.
inline std::string bilingual(std::string_view zh, std::string_view en) {
  std::string s;
  s.reserve(zh.size() + en.size() + 3);
  append(s, zh);
  append(s, " (");
  append(s, en);
  s += ')';
  return s;
}

class TCCODE_VISIBLE public_category_impl final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "tccode.public"; }

  [[nodiscard]] std::string message(int code) const override {
    if (const detail::size_t i = public_codes.index_of(code); i != public_codes.size()) {
      const row r = public_codes[i];
      return bilingual(r.zh.type, r.en.type);
    }
    if (code == 0) {
      return "success";
    }
    std::string s = std::to_string(code);
    detail::append(s, " is not a listed public error code (unlisted ");
    detail::append(s, tccode::name(class_of(code)));
    s += ')';
    return s;
  }

  [[nodiscard]] std::error_condition default_error_condition(int code) const noexcept override {
    switch (code) {
      case 0:
        return {};
      case 4000:
        return std::errc::invalid_argument;
      case 4300:
        return std::errc::permission_denied;
      case 4600:
        return std::errc::protocol_not_supported;
      case 6100:
        return std::errc::not_supported;
      case 6200:
        return std::errc::resource_unavailable_try_again;
      default:
        return {code, *this};
    }
  }
};

class TCCODE_VISIBLE condition_category_impl final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "tccode.condition"; }

  [[nodiscard]] std::string message(int c) const override {
    switch (static_cast<condition>(c)) {
      case condition::retryable:
        return "retryable";
      case condition::throttled:
        return "throttled: retry behind a rate limiter";
      case condition::needs_resign:
        return "needs a new signature before a retry";
      case condition::client_error:
        return "client error";
      case condition::server_error:
        return "server error";
      case condition::auth_error:
        return "authentication or authorisation error";
    }
    return "unknown tccode condition";
  }

  [[nodiscard]] bool equivalent(const std::error_code& code, int c) const noexcept override;
};

// The category of a module table: its name is "tccode." and the table's name.
template <class Table>
class TCCODE_VISIBLE module_category_impl final : public std::error_category {
 public:
  explicit module_category_impl(const Table& table) noexcept : table_(table) {
    const std::string_view prefix = "tccode.";
    std::string_view table_name = table.name().empty() ? std::string_view("unnamed") : table.name();
    table_name = table_name.substr(0, sizeof(name_) - 1 - prefix.size());
    detail::size_t n = 0;
    for (const char c : prefix) {
      name_[n++] = c;
    }
    for (const char c : table_name) {
      name_[n++] = c;
    }
    name_[n] = '\0';
  }

  [[nodiscard]] const char* name() const noexcept override { return name_; }

  [[nodiscard]] std::string message(int code) const override {
    if (const detail::size_t i = table_.index_of(code); i != table_.size()) {
      const row& r = table_[i];  // a table's own row, or a temporary that the reference keeps alive
      return bilingual(r.zh.description, r.en.description);
    }
    std::string s = std::to_string(code);
    detail::append(s, " is not a listed module code of ");
    detail::append(s, name_);
    return s;
  }

 private:
  const Table& table_;
  char name_[64] = {};
};

}  // namespace detail

// The category of public codes, named "tccode.public".
TCCODE_VISIBLE inline const std::error_category& public_category() noexcept {
  static const detail::public_category_impl category;
  return category;
}

// The category of tccode's conditions, named "tccode.condition".
TCCODE_VISIBLE inline const std::error_category& condition_category() noexcept {
  static const detail::condition_category_impl category;
  return category;
}

// The category of module table `Table` (project_crud, project_query or one of your own, which
// must have static storage), named "tccode." and the table's name.
template <const auto& Table>
TCCODE_VISIBLE const std::error_category& module_category() noexcept {
  static const detail::module_category_impl<std::decay_t<decltype(Table)>> category(Table);
  return category;
}

// A public code as an error code (found by ADL).
inline std::error_code make_error_code(public_code code) noexcept {
  return {static_cast<int>(code), public_category()};
}

// A condition as an error condition (found by ADL).
inline std::error_condition make_error_condition(condition c) noexcept {
  return {static_cast<int>(c), condition_category()};
}

// The module code `code` of table `Table` as an error code.
template <const auto& Table>
std::error_code make_module_error_code(int code) noexcept {
  return {code, module_category<Table>()};
}

inline bool detail::condition_category_impl::equivalent(const std::error_code& code, int c) const noexcept {
  return code.category() == public_category() && matches(static_cast<condition>(c), code.value());
}

}  // namespace tccode

namespace std {
template <>
struct is_error_code_enum<tccode::public_code> : true_type {};
template <>
struct is_error_condition_enum<tccode::condition> : true_type {};
}  // namespace std

#endif  // TCCODE_SYSTEM_ERROR_HPP
