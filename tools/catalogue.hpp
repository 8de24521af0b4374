// SPDX-License-Identifier: MIT
// The tool's view of API 3.0's built-in products: every product of <tccode/products.hpp> where the
// tool is built with the catalogue (TCCODE_CATALOGUE, the default), else the common codes alone. In a
// translation unit of its own, so that the catalogue (5 MB of tables) is compiled once.
#ifndef TCCODE_TOOLS_CATALOGUE_HPP
#define TCCODE_TOOLS_CATALOGUE_HPP

#include <tccode/api3.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace tool {

/// True where the tool has every product; false where it was built without them (the common codes only).
bool has_catalogue() noexcept;

/// The product `name` in API version `version` ("2017-03-12" or "v20170312"; empty: the version its
/// name stands for), or nullptr; "common" is the common codes alone, in any version.
const tccode::product* find_product(std::string_view name, std::string_view version) noexcept;

/// The product of the first API 3.0 host named in `text` ("cvm.ap-guangzhou.tencentcloudapi.com", as an
/// SDK's network error or a URL names it), or nullptr.
const tccode::product* product_in_text(std::string_view text) noexcept;

/// The products' names, comma separated, for a usage error.
std::string product_names();

/// One built-in product version, for --products.
struct product_version {
  const tccode::product* product;
  std::string_view host;
  bool newest;
};

/// The built-in product versions, by name then version; none without the catalogue.
const product_version* product_versions_begin() noexcept;
const product_version* product_versions_end() noexcept;

}  // namespace tool

#endif  // TCCODE_TOOLS_CATALOGUE_HPP
