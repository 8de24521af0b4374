// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 and API 3.0 endpoints, explained.
//
// API 3.0: {"Response": {"Error": {"Code": "ResourceInUse.DiskMigrating", "Message": "..."}}}. The
// common codes, the hierarchy of codes (a code no table lists is judged by its longest listed prefix),
// the failures that the official SDKs make up, the actions that take a ClientToken, and explain for a
// code string, in a product's meaning of its codes or in the common one. Apart from the core, which an
// API 2.0 user includes: nothing here costs them compile time.
#ifndef TCCODE_API3_HPP
#define TCCODE_API3_HPP

#include <tccode/core.hpp>
#include <tccode/detail/api3_data.hpp>
#include <tccode/judgements.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace tccode {

namespace detail {

/// Bytes [p, p + 8) as a little-endian number, on every platform: written out, so that compilers make
/// it one load (a loop they do not).
constexpr std::uint64_t word_at(const char* p) noexcept {
  using u = std::uint64_t;
  using b = unsigned char;
  return u{b(p[0])} | u{b(p[1])} << 8 | u{b(p[2])} << 16 | u{b(p[3])} << 24 | u{b(p[4])} << 32 | u{b(p[5])} << 40 |
         u{b(p[6])} << 48 | u{b(p[7])} << 56;
}

constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t w) noexcept {
  h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 32);
}

}  // namespace detail

/// The value of an API 3.0 code: a hash of its bytes eight at a time (each word multiplied in, then a
/// final mix), 31 bits, the same in every process and on every platform; 0 only for the empty code (a
/// success). A test checks that no two of the codes tccode knows have the same value
/// (every common and product code). It is the code's std::error_code value and the key its table is
/// sorted by. data/generate.py computes it the same way.
[[nodiscard]] constexpr int code_value(std::string_view code) noexcept {
  const std::size_t n = code.size();
  if (n == 0) {
    return 0;
  }
  const char* p = code.data();
  std::uint64_t h = n;
  if (n < 8) {
    std::uint64_t w = 0;
    for (std::size_t i = n; i > 0; --i) {
      w = w << 8 | static_cast<unsigned char>(p[i - 1]);
    }
    h = detail::mix(h, w);
  } else {
    for (std::size_t i = 0; i + 8 < n; i += 8) {
      h = detail::mix(h, detail::word_at(p + i));
    }
    h = detail::mix(h, detail::word_at(p + n - 8));  // the last eight bytes, which may overlap the word before
  }
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  const auto value = static_cast<int>(h & 0x7FFFFFFFU);
  return value != 0 ? value : 0x7FFFFFFF;
}

/// An API 3.0 product in one API version (cvm 2017-03-12): its name (the first label of its host,
/// cvm.tencentcloudapi.com), its version and its codes, sorted by value. A small value; the codes it
/// names must outlive it, as the built-in tables do. A default-constructed product has no codes: its
/// codes are judged by the common ones alone.
class product {
 public:
  constexpr product() noexcept = default;
  /// The product `name` in API version `version` (its date, "2017-03-12"), with codes [first, first +
  /// count), sorted by value.
  constexpr product(std::string_view name TCCODE_LIFETIMEBOUND, std::string_view version TCCODE_LIFETIMEBOUND,
                    const code_row* first TCCODE_LIFETIMEBOUND, std::size_t count) noexcept
      : name_(name), version_(version), first_(first), count_(count) {}
  /// The same for an array of codes.
  template <std::size_t N>
  constexpr product(std::string_view name TCCODE_LIFETIMEBOUND, std::string_view version TCCODE_LIFETIMEBOUND,
                    const code_row (&codes TCCODE_LIFETIMEBOUND)[N]) noexcept
      : product(name, version, codes, N) {}

  /// The product's name, "common" for none.
  [[nodiscard]] constexpr std::string_view name() const noexcept { return name_; }
  /// The API version ("2017-03-12"), or empty.
  [[nodiscard]] constexpr std::string_view version() const noexcept { return version_; }
  [[nodiscard]] constexpr const code_row* begin() const noexcept { return first_; }
  [[nodiscard]] constexpr const code_row* end() const noexcept { return first_ + count_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }

  /// True when the codes are sorted by value, as find needs: for a table of one's own,
  /// `static_assert(product.is_sorted())`.
  [[nodiscard]] constexpr bool is_sorted() const noexcept {
    for (std::size_t i = 1; i < count_; ++i) {
      if (first_[i].value < first_[i - 1].value) {
        return false;
      }
    }
    return true;
  }

  /// The row of `code` (exactly), or nullptr.
  [[nodiscard]] constexpr const code_row* find(std::string_view code) const noexcept {
    return find(code_value(code), code);
  }
  /// The row of `code`, whose value is `value`, or nullptr: a binary search by value.
  [[nodiscard]] constexpr const code_row* find(int value, std::string_view code) const noexcept {
    const code_row* first = first_;
    std::size_t count = count_;
    while (count > 0) {
      const std::size_t half = count / 2;
      if (first[half].value < value) {
        first += half + 1;
        count -= half + 1;
      } else {
        count = half;
      }
    }
    for (; first != end() && first->value == value; ++first) {
      if (first->code == code) {
        return first;
      }
    }
    return nullptr;
  }

 private:
  std::string_view name_ = "common";
  std::string_view version_;
  const code_row* first_ = nullptr;
  std::size_t count_ = 0;
};

/// The common codes alone, as a product: "common".
TCCODE_VISIBLE inline constexpr product common{"common", "", common_codes};

namespace detail {

/// `code` and its prefixes that end before a '.', longest first. At most 8 (codes have 4 parts at most).
struct code_prefixes {
  static constexpr std::size_t most = 8;
  std::size_t length[most] = {};
  std::size_t count = 0;
};

constexpr code_prefixes prefixes_of(std::string_view code) noexcept {
  code_prefixes out;
  out.length[out.count++] = code.size();
  for (std::size_t i = code.size(); i > 0 && out.count < code_prefixes::most; --i) {
    if (code[i - 1] == '.') {
      out.length[out.count++] = i - 1;
    }
  }
  return out;
}

/// True when an SDK's message says that the request was not sent (sdk_messages' "not sent" patterns),
/// false when it says that it timed out afterwards, empty when it says neither.
constexpr int message_says(std::string_view message) noexcept {
  for (const sdk_message& m : sdk_messages) {
    if (message.find(m.pattern) != std::string_view::npos) {
      return m.not_sent ? 1 : 2;
    }
  }
  return 0;
}

/// explain's body for API 3.0.
constexpr explanation explain3(std::string_view code, std::string_view message, const product& p, lang l) noexcept {
  if (code.empty()) {
    return explain_access::explain3(0, code, message, nullptr, nullptr, nullptr, p.name(), l);
  }
  const int value = code_value(code);
  const code_row* const exact = p.find(value, code);
  const code_row* in_product = nullptr;  // the product's row of the longest prefix it lists, if that judges
  const code_row* in_common = nullptr;   // the common row of the longest prefix the common codes list
  const code_row* judged = nullptr;      // the row of the longest prefix either lists, the product's first
  if (exact != nullptr && exact->common != 0) {
    // The generator recorded the common row: no search.
    in_product = judged = exact;
    in_common = exact->common != code_row::no_common_row ? &common_codes[exact->common - 1] : nullptr;
  } else {
    // A product's row shorter than the common row that judges is not the code's: a common
    // UnsupportedOperation.IdempotentProcessing is not the product's UnsupportedOperation.
    const code_prefixes prefixes = prefixes_of(code);
    for (std::size_t i = 0; i < prefixes.count && (judged == nullptr || in_common == nullptr); ++i) {
      const std::string_view prefix = code.substr(0, prefixes.length[i]);
      const int prefix_value = i == 0 ? value : code_value(prefix);
      if (judged == nullptr && (in_product = i == 0 ? exact : p.find(prefix_value, prefix)) != nullptr) {
        judged = in_product;
      }
      if (in_common == nullptr && (in_common = common.find(prefix_value, prefix)) != nullptr && judged == nullptr) {
        judged = in_common;
      }
    }
  }
  int index = judged != nullptr ? judged->judgement : unknown_code_judgement;
  if (judged != nullptr && (judged->flags & code_row::message_decides) != 0) {
    const int says = message_says(message);
    index = says == 1 ? not_sent_judgement : says == 2 ? timed_out_judgement : index;
  }
  return explain_access::explain3(value, code, message, in_product, in_common, &judgements[index], p.name(), l);
}

}  // namespace detail

constexpr explanation detail::explain_access::explain3(int value, std::string_view code, std::string_view message,
                                                       const code_row* product_row, const code_row* common_row,
                                                       const tccode::judgement* j, std::string_view product_name,
                                                       lang l) noexcept {
  explanation e;
  e.code_ = value;
  e.code_string_ = code;
  e.detail_ = trimmed(message);
  e.product_row_ = product_row;
  e.common_row_ = common_row;
  e.judgement_ = value != 0 ? j : nullptr;
  e.retry_ = value != 0 && j != nullptr ? j->retry : retry_advice::never;
  e.service_name_ = product_name;
  e.language_ = l;
  return e;
}

/// Explains an API 3.0 response's Error.Code and Error.Message in product `p`'s meaning of its codes:
/// the code's row in the product, else the row of its longest listed prefix in the product or among
/// the common codes (ResourceInUse.DiskMigrating by ResourceInUse), else a code nothing knows (retried
/// after a backoff only where the call may run twice). An empty code is a success. The explanation
/// views `code` and `message`, which must outlive it.
[[nodiscard]] constexpr explanation explain(std::string_view code TCCODE_LIFETIMEBOUND,
                                            std::string_view message TCCODE_LIFETIMEBOUND, const product& p,
                                            lang l = lang::zh) noexcept {
  return detail::explain3(code, message, p, l);
}

/// The same in the common codes' meaning.
[[nodiscard]] constexpr explanation explain(std::string_view code TCCODE_LIFETIMEBOUND,
                                            std::string_view message TCCODE_LIFETIMEBOUND, lang l = lang::zh) noexcept {
  return detail::explain3(code, message, common, l);
}

namespace detail {

/// True for what explain takes as a code string or a message: text, not a number.
template <class T>
constexpr bool is_text = std::is_convertible<T, std::string_view>::value &&
                         !std::is_arithmetic<std::remove_cv_t<std::remove_reference_t<T>>>::value;

/// The owned_explanation of an API 3.0 code and message, in `p` and `l`.
template <class Owned, class Code, class Message>
Owned owned3(Code&& code, Message&& message, const product& p = common, lang l = lang::zh) {
  return Owned::of_temporary3(static_cast<Code&&>(code), static_cast<Message&&>(message), p, l, &explain3);
}
template <class Owned, class Code, class Message>
Owned owned3(Code&& code, Message&& message, lang l) {
  return owned3<Owned>(static_cast<Code&&>(code), static_cast<Message&&>(message), common, l);
}

}  // namespace detail

/// A code or message that is a temporary owning its text (the C++ SDK's GetErrorCode() and
/// GetErrorMessage() return std::string): explain keeps a copy of both in an owned_explanation
/// (<tccode/owned.hpp>, in <tccode/tccode.hpp>), which works within the statement or kept with auto,
/// and does not convert to an explanation.
template <class Code, class Message, class... Rest,
          std::enable_if_t<(detail::is_owning_temporary<Code> ||
                            detail::is_owning_temporary<Message>)&&detail::is_text<Code> &&
                               detail::is_text<Message>,
                           int> = 0>
auto explain(Code&& code, Message&& message, Rest&&... rest) ->
    typename detail::dependent<owned_explanation, Code>::type {
  // An incomplete owned_explanation here means that <tccode/owned.hpp> is not included.
  using owned = typename detail::dependent<owned_explanation, Code>::type;
  return detail::owned3<owned>(static_cast<Code&&>(code), static_cast<Message&&>(message),
                               static_cast<Rest&&>(rest)...);
}

namespace detail {

/// True when API versions `a` and `b` are the same, each written "2017-03-12" or "v20170312".
constexpr bool same_api_version(std::string_view a, std::string_view b) noexcept {
  const auto digits = [](std::string_view v, std::size_t i) {  // the i-th digit of the date
    return v.size() == 9 && v[0] == 'v' ? v[1 + i] : v.size() == 10 ? v[i < 4 ? i : i < 6 ? i + 1 : i + 2] : '\0';
  };
  if (a == b) {
    return true;
  }
  for (std::size_t i = 0; i < 8; ++i) {
    if (digits(a, i) == '\0' || digits(a, i) != digits(b, i)) {
      return false;
    }
  }
  return true;
}

}  // namespace detail

/// True when action `action` of product `product` (in API version `version`, "2017-03-12" or
/// "v20170312"; any version when empty) takes a ClientToken: sent the same on every attempt, it makes
/// the call idempotent, so that a call that must not run twice may be retried
/// (call_state::idempotent). From the request types of tencentcloud-sdk-go with a ClientToken field.
[[nodiscard]] constexpr bool takes_client_token(std::string_view product, std::string_view action,
                                                std::string_view version = {}) noexcept {
  for (const detail::client_token_action& a : detail::client_token_actions) {
    if (a.product != product || a.action != action) {
      continue;
    }
    if (version.empty() || detail::same_api_version(a.version, version)) {
      return true;
    }
  }
  return false;
}

}  // namespace tccode

#endif  // TCCODE_API3_HPP
