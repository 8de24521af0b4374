// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_SERVICE_HPP
#define TCCODE_SERVICE_HPP

#include <tccode/codes.hpp>
#include <tccode/table.hpp>

#include <cstddef>
#include <string_view>

namespace tccode {

/// A service's meaning of codes: the public codes it uses in a sense of its own (rows that
/// override the official document's, or add codes it lacks) and the module tables that explain the
/// "(N)" of its messages. A table converts to the service that has the document's public codes and
/// that one module table. A service is a small value; the tables it names must outlive it (and
/// every explanation made with it), as constexpr tables at namespace scope do. The built-in
/// services are in <tccode/services.hpp>.
class service {
 public:
  /// The official document's meaning of every public code, and no module table: named "public".
  constexpr service() noexcept = default;
  /// The document's public codes, with `module` explaining the module codes (named "public").
  template <std::size_t N>
  constexpr service(const table<N>& module TCCODE_LIFETIMEBOUND) noexcept  // NOLINT(google-explicit-constructor)
      : single_(module) {}
  /// The same for a table seen through a view.
  constexpr service(table_view module) noexcept : single_(module) {}  // NOLINT(google-explicit-constructor)
  /// A service of a temporary table would dangle.
  template <std::size_t N>
  service(const table<N>&& module) = delete;
  /// A service named `name` whose `overrides` give public codes their meaning here, and that
  /// looks module codes up in `modules`, in order (an array that outlives the service).
  template <std::size_t M>
  constexpr service(std::string_view name TCCODE_LIFETIMEBOUND, table_view overrides,
                    const table_view (&modules TCCODE_LIFETIMEBOUND)[M]) noexcept
      : name_(name), overrides_(overrides), modules_(modules), module_count_(M) {}
  /// The same without module tables.
  constexpr service(std::string_view name TCCODE_LIFETIMEBOUND, table_view overrides) noexcept
      : name_(name), overrides_(overrides) {}
  /// A braced list of tables would dangle: name the array.
  template <std::size_t M>
  service(std::string_view name, table_view overrides, const table_view (&&modules)[M]) = delete;
  /// A service that extends `base` (a built-in one, say, which must outlive it): its `overrides`
  /// and `modules` first, then the base's; the base's host and message form.
  template <std::size_t M>
  constexpr service(std::string_view name TCCODE_LIFETIMEBOUND, table_view overrides,
                    const table_view (&modules TCCODE_LIFETIMEBOUND)[M],
                    const service& base TCCODE_LIFETIMEBOUND) noexcept
      : name_(name),
        overrides_(overrides),
        modules_(modules),
        module_count_(M),
        host_(base.host_),
        colon_module_codes_(base.colon_module_codes_),
        base_(&base) {}
  /// A temporary base (a table converted to a service, say) would dangle: name a service that outlives this one.
  template <std::size_t M>
  service(std::string_view name, table_view overrides, const table_view (&modules)[M], const service&& base) = delete;
  /// The same without module tables of its own.
  constexpr service(std::string_view name TCCODE_LIFETIMEBOUND, table_view overrides,
                    const service& base TCCODE_LIFETIMEBOUND) noexcept
      : name_(name),
        overrides_(overrides),
        host_(base.host_),
        colon_module_codes_(base.colon_module_codes_),
        base_(&base) {}
  /// A temporary base would dangle.
  service(std::string_view name, table_view overrides, const service&& base) = delete;

  /// The service's name: "public" for the document's meaning. Its error category's name is
  /// "tccode." and this.
  [[nodiscard]] constexpr std::string_view name() const noexcept { return name_; }
  /// The rows that override the document's public codes (or add codes).
  [[nodiscard]] constexpr table_view overrides() const noexcept { return overrides_; }
  /// The module tables, in the order explain consults them (views into this service).
  [[nodiscard]] constexpr const table_view* modules_begin() const noexcept {
    return modules_ != nullptr ? modules_ : &single_;
  }
  [[nodiscard]] constexpr const table_view* modules_end() const noexcept {
    return modules_ != nullptr ? modules_ + module_count_ : single_.empty() ? &single_ : &single_ + 1;
  }

  /// The row that gives public code `code` its meaning here: the service's own, else its base's,
  /// else the official document's, else nullptr (an unlisted code).
  [[nodiscard]] constexpr const row* find_public(int code) const noexcept {
    if (const row* r = overrides_.find(code)) {
      return r;
    }
    return base_ != nullptr ? base_->find_public(code) : lookup(public_codes, code);
  }
  /// The service this one extends, or nullptr.
  [[nodiscard]] constexpr const service* base() const noexcept { return base_; }

  /// The row of module code `code` that comes with public code `public_code`, in the first module
  /// table that has one: a row for that public code, else a row for any public code; or nullptr.
  [[nodiscard]] constexpr const row* find_module(int code, int public_code = 0) const noexcept {
    for (const table_view* t = modules_begin(); t != modules_end(); ++t) {
      const row* any = nullptr;
      for (const row* r = t->find(code); r != nullptr && r != t->end() && r->code == code; ++r) {
        if (r->under == public_code && public_code != 0) {
          return r;
        }
        any = any == nullptr && r->under == 0 ? r : any;
      }
      if (any != nullptr) {
        return any;
      }
    }
    return base_ != nullptr ? base_->find_module(code, public_code) : nullptr;
  }

  /// The module row named `name` (a module code that the service gives as a string, as CAM's
  /// codeDesc) that comes with public code `public_code`, or with any; or nullptr.
  [[nodiscard]] constexpr const row* find_module(std::string_view name, int public_code) const noexcept {
    for (const table_view* t = modules_begin(); t != modules_end(); ++t) {
      const row* any = nullptr;
      for (const row& r : *t) {
        if (r.code == 0 && r.name == name) {
          if (r.under == public_code) {
            return &r;
          }
          any = any == nullptr && r.under == 0 ? &r : any;
        }
      }
      if (any != nullptr) {
        return any;
      }
    }
    return base_ != nullptr ? base_->find_module(name, public_code) : nullptr;
  }

  /// The first label of the service's API 2.0 host ("cvm" for cvm.api.qcloud.com; "cmq" for
  /// cmq-queue-gz.api.qcloud.com too), or empty.
  [[nodiscard]] constexpr std::string_view host() const noexcept { return host_; }
  /// True when the service's messages give the module code as "N: text" (live streaming's old API)
  /// as well as "(N)text".
  [[nodiscard]] constexpr bool colon_module_codes() const noexcept { return colon_module_codes_; }

  /// This service, reached at `host` (see host()).
  [[nodiscard]] constexpr service with_host(std::string_view host TCCODE_LIFETIMEBOUND) const noexcept {
    service s = *this;
    s.host_ = host;
    return s;
  }
  /// This service, whose messages may give the module code as "N: text".
  [[nodiscard]] constexpr service with_colon_module_codes() const noexcept {
    service s = *this;
    s.colon_module_codes_ = true;
    return s;
  }

 private:
  std::string_view name_ = "public";
  table_view overrides_;
  const table_view* modules_ = nullptr;
  std::size_t module_count_ = 0;
  table_view single_;  // the module table of a service made from one table
  std::string_view host_;
  bool colon_module_codes_ = false;
  const service* base_ = nullptr;
};

}  // namespace tccode

#endif  // TCCODE_SERVICE_HPP
