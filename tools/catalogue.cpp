// SPDX-License-Identifier: MIT AND Apache-2.0
#include "catalogue.hpp"

#if TCCODE_TOOL_CATALOGUE
#include <tccode/products.hpp>
#endif

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

namespace tool {

namespace {

#if TCCODE_TOOL_CATALOGUE
// The catalogue as the tool lists it: a copy of its entries' pointers, so that the header's type
// stays the library's own.
struct versions {
  product_version all[std::size(tccode::products::catalogue)] = {};
  constexpr versions() {
    std::size_t i = 0;
    for (const tccode::products::catalogue_entry& e : tccode::products::catalogue) {
      all[i++] = {e.product, e.host, e.newest};
    }
  }
};
constexpr versions built_in{};
#endif

bool is_label_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

}  // namespace

bool has_catalogue() noexcept { return TCCODE_TOOL_CATALOGUE != 0; }

const tccode::product* find_product(std::string_view name, std::string_view version) noexcept {
  if (name == tccode::common.name()) {
    return &tccode::common;  // in every version
  }
#if TCCODE_TOOL_CATALOGUE
  return tccode::products::find_product(name, version);
#else
  static_cast<void>(version);
  return nullptr;
#endif
}

const tccode::product* product_in_text(std::string_view text) noexcept {
  constexpr std::string_view suffix = ".tencentcloudapi.com";
  if (!has_catalogue()) {
    return nullptr;
  }
  for (std::size_t at = text.find(suffix); at != std::string_view::npos; at = text.find(suffix, at + 1)) {
    std::size_t first = at;
    while (first > 0 && is_label_char(text[first - 1])) {
      --first;
    }
    const std::string_view host = text.substr(first, at + suffix.size() - first);
#if TCCODE_TOOL_CATALOGUE
    if (const tccode::product* p = tccode::products::product_for_host(host)) {
      return p;
    }
#else
    static_cast<void>(host);
#endif
  }
  return nullptr;
}

std::string product_names() {
  std::string out(tccode::common.name());
  for (const product_version* v = product_versions_begin(); v != product_versions_end(); ++v) {
    if (v->newest) {
      out += ", ";
      out += v->product->name();
    }
  }
  return out;
}

const product_version* product_versions_begin() noexcept {
#if TCCODE_TOOL_CATALOGUE
  return built_in.all;
#else
  return nullptr;
#endif
}

const product_version* product_versions_end() noexcept {
#if TCCODE_TOOL_CATALOGUE
  return built_in.all + std::size(built_in.all);
#else
  return nullptr;
#endif
}

}  // namespace tool
