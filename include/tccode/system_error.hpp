// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// std::error_code support: public codes (in a service's meaning) and module codes as error codes,
// conditions that group them, and a std::errc where one fits.
#ifndef TCCODE_SYSTEM_ERROR_HPP
#define TCCODE_SYSTEM_ERROR_HPP

#include <tccode/core.hpp>
#include <tccode/detail/config.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace tccode {

TCCODE_VISIBLE inline const std::error_category& condition_category() noexcept;

namespace detail {

/// "<Chinese> (<English>)", the form of every listed code's message.
inline std::string bilingual(std::string_view zh, std::string_view en) {
  std::string s(zh);
  s += " (";
  s += en;
  s += ')';
  return s;
}

/// The std::errc that a public code of the official document maps to (data/codes.tsv, column
/// errc; a test checks the two agree), or none.
inline std::error_condition generic_errc(int code) noexcept {
  switch (code) {
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
      return {};
  }
}

/// The category's name: "tccode." and `name` (or "unnamed"), kept in the category object.
class category_name {
 public:
  explicit category_name(std::string_view name) noexcept {
    const std::string_view prefix = "tccode.";
    const std::string_view rest = name.empty() ? std::string_view("unnamed") : name;
    std::size_t n = 0;
    for (const std::string_view part : {prefix, rest}) {
      for (std::size_t i = 0; i < part.size() && n + 1 < sizeof(name_); ++i) {
        name_[n++] = part[i];
      }
    }
    name_[n] = '\0';
  }
  [[nodiscard]] const char* c_str() const noexcept { return name_; }

 private:
  char name_[64] = {};
};

/// The public codes of one service: "tccode.public" for the generic profile.
class TCCODE_VISIBLE service_category_impl final : public std::error_category {
 public:
  explicit service_category_impl(const service& s) noexcept : service_(s), name_(s.name()) {}

  [[nodiscard]] const char* name() const noexcept override { return name_.c_str(); }

  [[nodiscard]] std::string message(int code) const override {
    if (const row* r = service_.find_public(code)) {
      return bilingual(r->zh.type, r->en.type);
    }
    if (code == 0) {
      return "success";
    }
    std::string s = std::to_string(code);
    s += " is not a listed public error code (unlisted ";
    s += tccode::name(class_of(code));
    s += ')';
    return s;
  }

  /// The std::errc of a code that keeps the official document's meaning; the service's own codes have none.
  [[nodiscard]] std::error_condition default_error_condition(int code) const noexcept override {
    if (code == 0) {
      return {};
    }
    const std::error_condition errc =
        service_.overrides().find(code) == nullptr ? generic_errc(code) : std::error_condition();
    return errc ? errc : std::error_condition(code, *this);
  }

  [[nodiscard]] bool equivalent(int code, const std::error_condition& c) const noexcept override {
    if (c.category() == condition_category()) {
      return matches(static_cast<condition>(c.value()), code, service_);
    }
    return default_error_condition(code) == c;
  }

 private:
  const service& service_;
  category_name name_;
};

/// The module codes of one table: "tccode." and the table's name. A code meets the conditions of
/// its row's advice.
class TCCODE_VISIBLE module_category_impl final : public std::error_category {
 public:
  explicit module_category_impl(table_view t) noexcept : table_(t), name_(t.name()) {}

  [[nodiscard]] const char* name() const noexcept override { return name_.c_str(); }

  [[nodiscard]] std::string message(int code) const override {
    if (const row* r = table_.find(code)) {
      return bilingual(r->zh.description, r->en.description);
    }
    std::string s = std::to_string(code);
    s += " is not a listed module code of ";
    s += name_.c_str();
    return s;
  }

  [[nodiscard]] bool equivalent(int code, const std::error_condition& c) const noexcept override {
    if (c.category() == condition_category()) {
      const row* r = table_.find(code);
      return r != nullptr && r->retry && matches(static_cast<condition>(c.value()), *r->retry);
    }
    return default_error_condition(code) == c;
  }

 private:
  table_view table_;
  category_name name_;
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
};

}  // namespace detail

/// The category of service `Service`'s public codes (a tccode::service with static storage),
/// named "tccode." and the service's name: its messages, conditions and std::errc follow the
/// service's meaning of each code.
template <const auto& Service>
TCCODE_VISIBLE const std::error_category& service_category() noexcept {
  static const detail::service_category_impl category(Service);
  return category;
}

/// The category of public codes in their official meaning, named "tccode.public".
TCCODE_VISIBLE inline const std::error_category& public_category() noexcept { return service_category<generic>(); }

/// The category of tccode's conditions, named "tccode.condition".
TCCODE_VISIBLE inline const std::error_category& condition_category() noexcept {
  static const detail::condition_category_impl category;
  return category;
}

/// The category of module table `Table` (project_crud, project_query or one of your own, which
/// must have static storage), named "tccode." and the table's name.
template <const auto& Table>
TCCODE_VISIBLE const std::error_category& module_category() noexcept {
  static const detail::module_category_impl category(Table);
  return category;
}

/// A public code as an error code (found by ADL).
inline std::error_code make_error_code(public_code code) noexcept {
  return {static_cast<int>(code), public_category()};
}

/// A condition as an error condition (found by ADL).
inline std::error_condition make_error_condition(condition c) noexcept {
  return {static_cast<int>(c), condition_category()};
}

/// Public code `code` in service `Service`'s meaning, as an error code.
template <const auto& Service>
std::error_code make_service_error_code(int code) noexcept {
  return {code, service_category<Service>()};
}

/// The module code `code` of table `Table` as an error code.
template <const auto& Table>
std::error_code make_module_error_code(int code) noexcept {
  return {code, module_category<Table>()};
}

}  // namespace tccode

namespace std {
template <>
struct is_error_code_enum<tccode::public_code> : true_type {};
template <>
struct is_error_condition_enum<tccode::condition> : true_type {};
}  // namespace std

#endif  // TCCODE_SYSTEM_ERROR_HPP
