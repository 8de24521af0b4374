// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// An explanation that owns its message: for a message that is a temporary, such as an SDK
// exception's getMessage().
#ifndef TCCODE_OWNED_HPP
#define TCCODE_OWNED_HPP

#include <tccode/core.hpp>
#include <tccode/format.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace tccode {

/// An explanation together with the message it views: copies and moves keep `detail` pointing
/// into their own copy of the message.
class owned_explanation {
 public:
  owned_explanation() = default;
  /// Explains `message`, kept in the object; `extra` is what explain takes after the message.
  template <class... Extra>
  explicit owned_explanation(int code, std::string message, const Extra&... extra)
      : message_(std::move(message)), explanation_(explain(code, std::string_view(message_), extra...)) {
    detail_offset_ = static_cast<std::size_t>(explanation_.detail.data() - message_.data());
  }
  owned_explanation(const owned_explanation& other)
      : message_(other.message_), explanation_(other.explanation_), detail_offset_(other.detail_offset_) {
    rebase();
  }
  owned_explanation(owned_explanation&& other) noexcept
      : message_(std::move(other.message_)), explanation_(other.explanation_), detail_offset_(other.detail_offset_) {
    rebase();
  }
  owned_explanation& operator=(const owned_explanation& other) {
    if (this != &other) {
      message_ = other.message_;
      explanation_ = other.explanation_;
      detail_offset_ = other.detail_offset_;
      rebase();
    }
    return *this;
  }
  owned_explanation& operator=(owned_explanation&& other) noexcept {
    message_ = std::move(other.message_);
    explanation_ = other.explanation_;
    detail_offset_ = other.detail_offset_;
    rebase();
    return *this;
  }
  ~owned_explanation() = default;

  /// The explanation; its `detail` views message().
  [[nodiscard]] const explanation& get() const noexcept { return explanation_; }
  [[nodiscard]] const explanation& operator*() const noexcept { return explanation_; }
  [[nodiscard]] const explanation* operator->() const noexcept { return &explanation_; }
  /// The message, as received.
  [[nodiscard]] const std::string& message() const noexcept { return message_; }

 private:
  void rebase() noexcept {
    explanation_.detail = std::string_view(message_).substr(detail_offset_, explanation_.detail.size());
  }

  std::string message_;
  explanation explanation_;
  std::size_t detail_offset_ = 0;
};

/// Explains `message` (an SDK exception's getMessage(), say) and keeps it: `extra` is what explain
/// takes after the message. Moving the message in allocates nothing.
template <class... Extra>
[[nodiscard]] owned_explanation explain_owned(int code, std::string message, const Extra&... extra) {
  return owned_explanation(code, std::move(message), extra...);
}

/// Writes to_string of the explanation.
inline std::ostream& operator<<(std::ostream& os, const owned_explanation& e) { return os << *e; }

/// to_string of the explanation.
inline std::string to_string(const owned_explanation& e) { return to_string(*e); }

}  // namespace tccode

#endif  // TCCODE_OWNED_HPP
