// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_SERVICE_HPP
#define TCCODE_SERVICE_HPP

#include <tccode/codes.hpp>
#include <tccode/table.hpp>

#include <cstddef>
#include <string_view>

namespace tccode {

/// A service's own meaning of codes: the public codes that it uses in a sense of its own (rows
/// that override the official document's, or add codes it lacks) and the module tables that
/// explain the "(N)" of its messages. Every table must outlive the service, as constexpr tables
/// at namespace scope do.
class service {
 public:
  /// The module tables of a service, in the order that explain consults them.
  class tables {
   public:
    constexpr tables() noexcept = default;
    constexpr tables(const table_view* first, std::size_t size) noexcept : first_(first), size_(size) {}
    [[nodiscard]] constexpr const table_view* begin() const noexcept { return first_; }
    [[nodiscard]] constexpr const table_view* end() const noexcept { return first_ + size_; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }

   private:
    const table_view* first_ = nullptr;
    std::size_t size_ = 0;
  };

  /// A service with the generic meaning of every code and no module table.
  constexpr explicit service(std::string_view name TCCODE_LIFETIMEBOUND) noexcept : name_(name) {}
  /// A service whose `overrides` give public codes their meaning here.
  constexpr service(std::string_view name TCCODE_LIFETIMEBOUND, table_view overrides) noexcept
      : name_(name), overrides_(overrides) {}
  /// The same, with the module tables `modules` (an array that outlives the service).
  template <std::size_t M>
  constexpr service(std::string_view name TCCODE_LIFETIMEBOUND, table_view overrides,
                    const table_view (&modules TCCODE_LIFETIMEBOUND)[M]) noexcept
      : name_(name), overrides_(overrides), modules_(modules, M) {}
  /// A braced list of tables would dangle: name the array.
  template <std::size_t M>
  service(std::string_view name, table_view overrides, const table_view (&&modules)[M]) = delete;

  /// The service's name: "public" for the generic profile; its error category is "tccode." and the name.
  [[nodiscard]] constexpr std::string_view name() const noexcept { return name_; }
  [[nodiscard]] constexpr table_view overrides() const noexcept { return overrides_; }
  [[nodiscard]] constexpr tables modules() const noexcept { return modules_; }

  /// The row that gives public code `code` its meaning here: the service's own, else the official
  /// document's, else nullptr (an unlisted code).
  [[nodiscard]] constexpr const row* find_public(int code) const noexcept {
    if (const row* r = overrides_.find(code)) {
      return r;
    }
    return public_codes.find(code);
  }

  /// The row of module code `code` in the first of the service's module tables that has it, or nullptr.
  [[nodiscard]] constexpr const row* find_module(int code) const noexcept {
    for (const table_view& t : modules_) {
      if (const row* r = t.find(code)) {
        return r;
      }
    }
    return nullptr;
  }

 private:
  std::string_view name_;
  table_view overrides_;
  tables modules_;
};

/// The generic profile: every public code as the official document gives it, no module table.
TCCODE_VISIBLE inline constexpr service generic{"public"};

}  // namespace tccode

#endif  // TCCODE_SERVICE_HPP
