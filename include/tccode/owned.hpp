// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 and API 3.0 endpoints, explained.
//
// An explanation that owns its message: for a message that is a temporary, such as an SDK
// exception's getMessage(), which explain(code, temporary, ...) gives.
#ifndef TCCODE_OWNED_HPP
#define TCCODE_OWNED_HPP

#include <tccode/core.hpp>
#include <tccode/system_error.hpp>
#include <tccode/to_string.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

namespace tccode {

/// An explanation together with the message it views. Every copy, move, assignment and swap
/// explains its own message again (explain is noexcept and allocates nothing), so its detail()
/// always views its own message, whatever state the object is in: moved from, assigned to itself,
/// swapped with itself. Its accessors are for lvalues: a temporary cannot hand out a view of itself.
class product;  // <tccode/api3.hpp>

class owned_explanation {
 public:
  /// How an API 3.0 code is explained (detail::explain3 of <tccode/api3.hpp>, which the object is given
  /// by what makes it, so that this header needs none of API 3.0).
  using explain3_function = explanation (*)(std::string_view code, std::string_view message, const product& p,
                                            lang l) noexcept;

  /// The explanation of code 0 and an empty message.
  owned_explanation() = default;
  /// Explains `message`, kept in the object, in service `s` and language `l`.
  owned_explanation(int code, std::string message, const service& s = service(), lang l = lang::zh)
      : code_(code), message_(std::move(message)), service_(s), language_(l) {
    rebase();
  }
  /// The same in the document's meaning of the code.
  owned_explanation(int code, std::string message, lang l)
      : owned_explanation(code, std::move(message), service(), l) {}
  /// The same with the response's codeDesc (CAM's module codes), kept too.
  owned_explanation(int code, std::string message, std::string code_desc, const service& s, lang l = lang::zh)
      : code_(code), message_(std::move(message)), code_desc_(std::move(code_desc)), service_(s), language_(l) {
    rebase();
  }
  /// API 3.0: explains `code` and `message`, both kept, in product `p` (which must outlive the object,
  /// as the built-in products do) with `how` (what explain(code, message, p) of <tccode/api3.hpp> gives).
  owned_explanation(std::string code, std::string message, const product& p, lang l, explain3_function how)
      : code_string_(std::move(code)), message_(std::move(message)), product_(&p), explain3_(how), language_(l) {
    rebase();
  }
  owned_explanation(const owned_explanation& other) { copy_from(other); }
  owned_explanation(owned_explanation&& other) noexcept {
    move_from(other);
    other.rebase();  // its strings are now whatever moved-from strings hold: explain those
  }
  owned_explanation& operator=(const owned_explanation& other) {
    if (this != &other) {
      copy_from(other);
    }
    return *this;
  }
  owned_explanation& operator=(owned_explanation&& other) noexcept {
    if (this != &other) {
      move_from(other);
      other.rebase();
    }
    return *this;
  }
  ~owned_explanation() = default;

  /// What explain(code, message, rest...) gives for a message that is a temporary owning its text:
  /// this, with a copy of the message (moved in from a std::string).
  template <class String, class... Rest>
  static owned_explanation of_temporary(int code, String&& message, Rest&&... rest) {
    return {code, string_of(std::forward<String>(message)), std::forward<Rest>(rest)...};
  }

  /// The same for an API 3.0 code and message, either a temporary (<tccode/api3.hpp>).
  template <class Code, class Message>
  static owned_explanation of_temporary3(Code&& code, Message&& message, const product& p, lang l,
                                         explain3_function how) {
    return {string_of(std::forward<Code>(code)), string_of(std::forward<Message>(message)), p, l, how};
  }

  /// Not an explanation, which would view the message of this object: use get() on a variable, or
  /// the object itself (to_string, make_error_code, decide and the formatters take it).
  template <class T, std::enable_if_t<std::is_same<T, explanation>::value, int> = 0>
  operator T() const {  // NOLINT(google-explicit-constructor)
    static_assert(detail::dependent_false<T>,
                  "tccode: an owned_explanation (what explain gives for a temporary message) keeps the message "
                  "and does not convert to an explanation, which would view it after the owned_explanation is "
                  "destroyed. Write `const auto e = tccode::explain(...)` and use e->retry(), e.get(), or keep "
                  "the message in a variable.");
    return explanation_;
  }

  /// Swaps two owned explanations (itself included); each views its own message afterwards.
  friend void swap(owned_explanation& a, owned_explanation& b) noexcept {
    owned_explanation t = std::move(a);
    a = std::move(b);
    b = std::move(t);
  }

  /// The explanation; its detail() views message(). Not on a temporary, whose message dies with it.
  [[nodiscard]] const explanation& get() const& noexcept { return explanation_; }
  void get() const&& = delete;
  [[nodiscard]] const explanation& operator*() const& noexcept { return explanation_; }
  void operator*() const&& = delete;
  [[nodiscard]] const explanation* operator->() const& noexcept { return &explanation_; }
  void operator->() const&& = delete;
  /// The message, as received.
  [[nodiscard]] const std::string& message() const& noexcept { return message_; }
  void message() const&& = delete;

 private:
  /// A std::string of `s`: moved from a std::string, copied from anything else that is text.
  template <class String>
  static std::string string_of(String&& s) {
    if constexpr (std::is_same<std::remove_cv_t<std::remove_reference_t<String>>, std::string>::value) {
      return std::forward<String>(s);
    } else {
      return std::string(std::string_view(s));
    }
  }

  /// This object as a copy of `other`, explained again.
  void copy_from(const owned_explanation& other) {
    code_string_ = other.code_string_;
    message_ = other.message_;
    code_desc_ = other.code_desc_;
    take_values(other);
  }

  /// This object with `other`'s strings moved in, explained again (`other` must be explained again too).
  void move_from(owned_explanation& other) noexcept {
    code_string_ = std::move(other.code_string_);
    message_ = std::move(other.message_);
    code_desc_ = std::move(other.code_desc_);
    take_values(other);
  }

  void take_values(const owned_explanation& other) noexcept {
    code_ = other.code_;
    service_ = other.service_;
    product_ = other.product_;
    explain3_ = other.explain3_;
    language_ = other.language_;
    rebase();
  }

  void rebase() noexcept {
    explanation_ = explain3_ != nullptr
                       ? explain3_(std::string_view(code_string_), std::string_view(message_), *product_, language_)
                       : explain(code_, std::string_view(message_), std::string_view(code_desc_), service_, language_);
  }

  int code_ = 0;
  std::string code_string_;
  std::string message_;
  std::string code_desc_;
  service service_;
  const product* product_ = nullptr;
  explain3_function explain3_ = nullptr;
  lang language_ = lang::zh;
  explanation explanation_;
};

/// Explains `message` (an SDK exception's getMessage(), say) in service `s` and language `l`, and
/// keeps it: moving the message in allocates nothing.
[[nodiscard]] inline owned_explanation explain_owned(int code, std::string message, const service& s = service(),
                                                     lang l = lang::zh) {
  return {code, std::move(message), s, l};
}

/// The same in the document's meaning of the code.
[[nodiscard]] inline owned_explanation explain_owned(int code, std::string message, lang l) {
  return {code, std::move(message), service(), l};
}

/// The same with the response's codeDesc (CAM), kept too.
[[nodiscard]] inline owned_explanation explain_owned(int code, std::string message, std::string code_desc,
                                                     const service& s, lang l = lang::zh) {
  return {code, std::move(message), std::move(code_desc), s, l};
}

/// Writes to_string of the explanation.
inline std::ostream& operator<<(std::ostream& os, const owned_explanation& e) { return os << e.get(); }

/// to_string of the explanation.
inline std::string to_string(const owned_explanation& e) { return to_string(e.get()); }

/// to_string of the explanation in language `l`.
inline std::string to_string(const owned_explanation& e, lang l) { return to_string(e.get(), l); }

/// The explanation's error code (which views no message, so a temporary owned_explanation will do).
inline std::error_code make_error_code(const owned_explanation& e) { return make_error_code(e.get()); }

/// The same for a call that may run twice, or must not.
inline std::error_code make_error_code(const owned_explanation& e, bool idempotent) {
  return make_error_code(e.get(), idempotent);
}

}  // namespace tccode

#endif  // TCCODE_OWNED_HPP
