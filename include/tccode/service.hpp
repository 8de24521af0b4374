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
/// every explanation made with it), as constexpr tables at namespace scope do.
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

  /// The row that gives public code `code` its meaning here: the service's own, else the official
  /// document's, else nullptr (an unlisted code).
  [[nodiscard]] constexpr const row* find_public(int code) const noexcept {
    if (const row* r = overrides_.find(code)) {
      return r;
    }
    return lookup(public_codes, code);
  }

  /// The row of module code `code` in the first of the module tables that has it, or nullptr.
  [[nodiscard]] constexpr const row* find_module(int code) const noexcept {
    for (const table_view* t = modules_begin(); t != modules_end(); ++t) {
      if (const row* r = t->find(code)) {
        return r;
      }
    }
    return nullptr;
  }

 private:
  std::string_view name_ = "public";
  table_view overrides_;
  const table_view* modules_ = nullptr;
  std::size_t module_count_ = 0;
  table_view single_;  // the module table of a service made from one table
};

}  // namespace tccode

#endif  // TCCODE_SERVICE_HPP
