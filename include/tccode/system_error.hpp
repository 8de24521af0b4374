// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// std::error_code support: an explanation as an error code that keeps everything the explanation
// knows (the service's meaning of the public code, the module row, the language), conditions that
// it meets exactly when the explanation does, and a std::errc where one fits.
#ifndef TCCODE_SYSTEM_ERROR_HPP
#define TCCODE_SYSTEM_ERROR_HPP

#include <tccode/core.hpp>
#include <tccode/detail/config.hpp>
#include <tccode/detail/words.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#if !defined(__GNUC__) && !defined(__clang__)
#include <atomic>
#endif

namespace tccode {

TCCODE_VISIBLE inline const std::error_category& condition_category() noexcept;

namespace detail {

/// The std::errc named by `e`, or none.
inline std::error_condition generic_condition(tccode::errc e) noexcept {
  switch (e) {
    case tccode::errc::invalid_argument:
      return std::errc::invalid_argument;
    case tccode::errc::permission_denied:
      return std::errc::permission_denied;
    case tccode::errc::protocol_not_supported:
      return std::errc::protocol_not_supported;
    case tccode::errc::not_supported:
      return std::errc::not_supported;
    case tccode::errc::resource_unavailable_try_again:
      return std::errc::resource_unavailable_try_again;
    case tccode::errc::timed_out:
      return std::errc::timed_out;
    case tccode::errc::bad_message:
      return std::errc::bad_message;
    case tccode::errc::not_connected:
      return std::errc::not_connected;
    case tccode::errc::none:
      break;
  }
  return {};
}

/// How a category words its messages: in one language, or "Chinese (English)".
enum class wording { bilingual, zh, en };

/// "<zh> (<en>)", or one of the two.
inline std::string worded(std::string_view zh, std::string_view en, wording w) {
  std::string s(w == wording::en ? en : zh);
  if (w == wording::bilingual) {
    s += " (";
    s += en;
    s += ')';
  }
  return s;
}

/// True when advice `a` meets condition `c`; false for the conditions that depend on the code.
constexpr bool matches(condition c, retry_advice a) noexcept {
  return (c == condition::retryable && a != retry_advice::never) ||
         (c == condition::throttled && a == retry_advice::throttled) ||
         (c == condition::resign && a == retry_advice::resign);
}

/// True when public code `code` meets condition `c`, of those that depend on the code's class alone.
constexpr bool matches_code(condition c, int code) noexcept {
  return (c == condition::client_error && class_of(code) == code_class::client) ||
         (c == condition::server_error && class_of(code) == code_class::server);
}

/// True when an API 3.0 failure of canonical status `c` meets client_error or server_error: the status's
/// HTTP class (4xx: the caller's; 5xx: the server's), as gRPC maps them.
constexpr bool matches_canonical(condition cond, canonical_code c) noexcept {
  const bool server = c == canonical_code::internal || c == canonical_code::unavailable ||
                      c == canonical_code::unknown || c == canonical_code::data_loss ||
                      c == canonical_code::deadline_exceeded || c == canonical_code::unimplemented;
  return (cond == condition::server_error && server) ||
         (cond == condition::client_error && !server && c != canonical_code::ok);
}

/// True when a response explained as `e` meets condition `c`: the advice's conditions follow its
/// combined advice, auth_error and may_have_executed its rows, the others its public code.
constexpr bool matches(condition c, const explanation& e) noexcept {
  if (c == condition::auth_error) {
    return e.auth_error();
  }
  if (c == condition::may_have_executed) {
    return !e.success() && e.may_have_executed();
  }
  const bool by_advice = c == condition::retryable || c == condition::throttled || c == condition::resign;
  if (by_advice) {
    return matches(c, e.retry());
  }
  return e.judgement() != nullptr ? !e.success() && matches_canonical(c, e.judgement()->canonical)
                                  : matches_code(c, e.code());
}

/// What a category says of a "%s" in a module row's description (CMQ's), which only a log line fills in.
constexpr std::string_view placeholder = "...";

/// `text` with each "%s" as `placeholder`.
inline std::string without_templates(std::string_view text) {
  std::string out;
  for (std::size_t at = text.find("%s"); at != std::string_view::npos; at = text.find("%s")) {
    out += text.substr(0, at);
    out += placeholder;
    text.remove_prefix(at + 2);
  }
  out += text;
  return out;
}

/// What a category is of: a service's meaning of the public codes, one module row (or none), a wording,
/// and whether the call behind the error code must not run twice.
struct category_key {
  service meaning;  ///< API 3.0: named after the product, without rows
  const row* module_row;
  wording words;
  bool once;
  /// API 3.0: the product's row, the common row and the judgement of the explanation (null for API 2.0).
  const code_row* product_row = nullptr;
  const code_row* common_row = nullptr;
  const tccode::judgement* judged = nullptr;

  [[nodiscard]] bool operator==(const category_key& k) const noexcept {
    return module_row == k.module_row && words == k.words && once == k.once && meaning.base() == k.meaning.base() &&
           meaning.overrides().begin() == k.meaning.overrides().begin() &&
           meaning.overrides().size() == k.meaning.overrides().size() && product_row == k.product_row &&
           common_row == k.common_row && judged == k.judged && meaning.name() == k.meaning.name();
  }

  /// A hash of what operator== compares (FNV-1a over the name's bytes and the pointers).
  [[nodiscard]] std::size_t hash() const noexcept {
    std::uint64_t h = 14695981039346656037ULL;
    const auto mix = [&h](std::uint64_t v) { h = (h ^ v) * 1099511628211ULL; };
    for (const char c : meaning.name()) {
      mix(static_cast<unsigned char>(c));
    }
    mix(reinterpret_cast<std::uintptr_t>(meaning.overrides().begin()));
    mix(reinterpret_cast<std::uintptr_t>(meaning.base()));
    mix(reinterpret_cast<std::uintptr_t>(module_row));
    mix(reinterpret_cast<std::uintptr_t>(product_row));
    mix(reinterpret_cast<std::uintptr_t>(common_row));
    mix(reinterpret_cast<std::uintptr_t>(judged));
    mix(static_cast<std::uint64_t>(words) * 2 + (once ? 1 : 0));
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

/// The public codes of one service, with (or without) one module row: the category of the error
/// codes made from explanations. The value of an error code is the public code.
class TCCODE_VISIBLE explained_category final : public std::error_category {
 public:
  explicit explained_category(const category_key& key) : key_(key), name_("tccode.") {
    name_ += key.meaning.name().empty() ? std::string_view("unnamed") : key.meaning.name();
    if (const code_row* r = key.product_row != nullptr ? key.product_row : key.common_row) {
      name_ += '.';
      name_ += r->code;
    } else if (key.judged != nullptr) {
      name_ += ".unknown";
    }
    if (key.module_row != nullptr) {
      name_ += '.';
      name_ += key.module_row->name.empty() ? std::to_string(key.module_row->code) : std::string(key.module_row->name);
    }
    if (key.words != wording::bilingual) {
      name_ += key.words == wording::en ? ".en" : ".zh";
    }
    if (key.once) {
      name_ += ".once";
    }
  }

  /// What this is the category of.
  [[nodiscard]] const category_key& key() const noexcept { return key_; }

  [[nodiscard]] const char* name() const noexcept override { return name_.c_str(); }

  /// The combined advice of public code `code` with this category's module row, as explain gives it.
  [[nodiscard]] retry_advice advice(int code) const noexcept {
    if (key_.judged != nullptr) {
      return code == 0 ? retry_advice::never : key_.judged->retry;
    }
    return code == 0                                              ? retry_advice::never
           : key_.module_row != nullptr && key_.module_row->retry ? *key_.module_row->retry
                                                                  : advice_of(code, key_.meaning);
  }

  /// Whether a call that failed with public code `code` and this module row may have run, as the
  /// explanation's may_have_executed() says.
  [[nodiscard]] bool may_have_executed(int code) const noexcept {
    if (key_.judged != nullptr) {
      return code != 0 && key_.judged->executed != execution::not_executed;
    }
    const row* r = key_.module_row != nullptr && key_.module_row->executed != execution::unknown
                       ? key_.module_row
                       : key_.meaning.find_public(code);
    return code != 0 && (r == nullptr || r->executed != execution::not_executed);
  }

  [[nodiscard]] std::string message(int code) const override {
    const wording w = key_.words;
    if (key_.judged != nullptr) {
      return message3(code);
    }
    std::string s;
    if (const row* r = key_.meaning.find_public(code); r != nullptr && !r->zh.type.empty()) {
      s = worded(r->zh.type, r->en.type, w);
    } else if (r != nullptr) {  // a code the service lists without a type of its own
      s = std::to_string(code);
    } else if (code == 0) {
      s = worded(describe(code_class::success, lang::zh), describe(code_class::success, lang::en), w);
    } else {
      s = std::to_string(code) + ' ' +
          worded(describe_unlisted(class_of(code), lang::zh), describe_unlisted(class_of(code), lang::en), w);
    }
    if (key_.module_row != nullptr) {
      s += ": ";
      s += without_templates(worded(key_.module_row->zh.description, key_.module_row->en.description, w));
    }
    return s;
  }

  /// The std::errc of the rows (the module row's, else the public code's), as the explanation's errc().
  [[nodiscard]] std::error_condition default_error_condition(int code) const noexcept override {
    if (code == 0) {
      return {};
    }
    if (key_.judged != nullptr) {
      const std::error_condition errc = generic_condition(key_.judged->errc);
      return errc ? errc : std::error_condition(code, *this);
    }
    const std::error_condition errc =
        generic_condition(errc_of(key_.meaning.find_public(code), key_.module_row, advice(code)));
    return errc ? errc : std::error_condition(code, *this);
  }

  /// A condition of tccode's is met as the explanation meets it: the advice's conditions by the
  /// module row's advice (when it gives one) or the public code's, auth_error and may_have_executed by
  /// the rows, the others by the public code. For a call that must not run twice, retryable holds only
  /// where the failure did not run, as decide retries it.
  [[nodiscard]] bool equivalent(int code, const std::error_condition& c) const noexcept override {
    if (c.category() == condition_category()) {
      const auto cond = static_cast<condition>(c.value());
      switch (cond) {
        case condition::auth_error:
          return code != 0 && (key_.judged != nullptr ? key_.judged->auth_error
                                                      : auth_error_of(key_.meaning.find_public(code), key_.module_row));
        case condition::may_have_executed:
          return may_have_executed(code);
        case condition::retryable:
          return matches(cond, advice(code)) && !(key_.once && may_have_executed(code));
        default:
          return matches(cond, advice(code)) ||
                 (key_.judged != nullptr ? code != 0 && matches_canonical(cond, key_.judged->canonical)
                                         : matches_code(cond, code));
      }
    }
    return default_error_condition(code) == c;
  }

 private:
  /// An API 3.0 category's message: the family's meaning (the common row's description) and the
  /// code's (the product row's), in one language or both; how the code was judged when its value is
  /// not a row's (a code judged by its prefix, or one nothing knows).
  [[nodiscard]] std::string message3(int code) const {
    const code_row* family = key_.common_row;
    const code_row* own = key_.product_row;
    const auto text = [this](const code_row* r) { return worded(r->zh, r->en.empty() ? r->zh : r->en, key_.words); };
    std::string s;
    const code_row* judged = own != nullptr ? own : family;
    if (judged == nullptr) {
      return worded(words_in[0].api3_unknown, words_in[1].api3_unknown, key_.words) + ' ' + std::to_string(code);
    }
    if (code != judged->value) {
      const std::string as = worded(words_in[0].api3_judged_as, words_in[1].api3_judged_as, key_.words);
      s = '(' + as.substr(0, as.find("%s")) + std::string(judged->code) + as.substr(as.find("%s") + 2) + ") ";
    }
    if (family != nullptr && own != nullptr && family != own && !family->zh.empty()) {
      s += text(family);
      s += ": ";
    }
    s += text(judged);
    return s;
  }

  category_key key_;
  std::string name_;
};

/// The categories made so far: a hash table of lists that only grow, shared by every thread without
/// a lock. Its nodes live as long as the program (a category must outlive every error code of it).
struct category_node {
  explained_category category;
  const category_node* next;
};

// A list's head is read and swung atomically: with the compiler's builtins on GCC and Clang
// (<atomic> would cost every includer of this header about 90 M instructions of compile time, 8%,
// for one pointer), with std::atomic elsewhere.
#if defined(__GNUC__) || defined(__clang__)
using category_head = const category_node*;
inline const category_node* load(const category_head& head) noexcept {
  return __atomic_load_n(&head, __ATOMIC_ACQUIRE);
}
inline bool swing(category_head& head, const category_node*& expected, const category_node* desired) noexcept {
  return __atomic_compare_exchange_n(&head, &expected, desired, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}
#else
using category_head = std::atomic<const category_node*>;
inline const category_node* load(const category_head& head) noexcept { return head.load(std::memory_order_acquire); }
inline bool swing(category_head& head, const category_node*& expected, const category_node* desired) noexcept {
  return head.compare_exchange_strong(expected, desired, std::memory_order_acq_rel, std::memory_order_acquire);
}
#endif

/// The lists of the table: 16,384 of them (128 KB of zeroes until used), so that 20,000 categories
/// (one for each code of every API 3.0 product, in one language) make lists of one or two.
constexpr std::size_t category_lists = std::size_t{1} << 14;

/// The one category of `key`: made on first use, the same object afterwards (and across shared
/// libraries, which share this function's table). Finding it costs a hash and a short list, however
/// many categories there are.
TCCODE_VISIBLE inline const std::error_category& category_of(const category_key& key) {
  static category_head heads[category_lists] = {};
  category_head& head = heads[key.hash() & (category_lists - 1)];
  const category_node* seen = load(head);
  for (const category_node* n = seen; n != nullptr; n = n->next) {
    if (n->category.key() == key) {
      return n->category;
    }
  }
  auto* made = new category_node{explained_category(key), seen};  // NOLINT(cppcoreguidelines-owning-memory)
  while (!swing(head, made->next, made)) {
    // Another thread added nodes (those before `seen`): one of them may be this category.
    for (const category_node* n = made->next; n != seen; n = n->next) {
      if (n->category.key() == key) {
        delete made;  // NOLINT(cppcoreguidelines-owning-memory)
        return n->category;
      }
    }
    seen = made->next;
  }
  return made->category;
}

class TCCODE_VISIBLE condition_category_impl final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "tccode.condition"; }

  [[nodiscard]] std::string message(int c) const override {
    switch (static_cast<condition>(c)) {
      case condition::retryable:
        return "retryable";
      case condition::throttled:
        return "throttled: retry behind a rate limiter";
      case condition::resign:
        return "sign again with a fresh Timestamp and Nonce, then retry";
      case condition::client_error:
        return "client error";
      case condition::server_error:
        return "server error";
      case condition::auth_error:
        return "authentication or authorisation error";
      case condition::may_have_executed:
        return "the server may have done the work";
    }
    return "unknown tccode condition";
  }
};

}  // namespace detail

/// The category of public codes in the official document's meaning, named "tccode.public", with
/// messages in Chinese and English ("<zh> (<en>)").
TCCODE_VISIBLE inline const std::error_category& public_category() {
  return detail::category_of({service(), nullptr, detail::wording::bilingual, false});
}

/// The category of tccode's conditions, named "tccode.condition".
TCCODE_VISIBLE inline const std::error_category& condition_category() noexcept {
  static const detail::condition_category_impl category;
  return category;
}

/// The explanation as an error code for a call that may run twice (`idempotent`) or must not: for one that must not,
/// the error code is `retryable` only where the failure did not run (".once" ends its category's name), as decide
/// retries it; every error code meets `may_have_executed` as the explanation says.
inline std::error_code make_error_code(const explanation& e, bool idempotent) {
  const detail::wording w = e.language() == lang::en ? detail::wording::en : detail::wording::zh;
  return {e.code(), detail::category_of({detail::explain_access::service_of(e), e.module_row(), w, !idempotent,
                                         e.product_row(), e.common_row(), e.judgement()})};
}

/// The explanation as an error code: its value is the public code, its category the service's
/// meaning of it together with the module row ("tccode.public", "tccode.public.project_name_exists",
/// "tccode.cmq", with ".en" or ".zh" for the explanation's language), so that `ec == condition::X`
/// holds exactly when it holds of the explanation, and `ec.message()` is in its language. A category
/// is made once for each service, module row and language, and lives as long as the program; it
/// refers to the service's tables and the module row, which must live as long as the error code
/// (the built-in ones and constexpr tables at namespace scope always do).
inline std::error_code make_error_code(const explanation& e) { return make_error_code(e, true); }

/// A public code as an error code of public_category() (found by ADL: `std::error_code ec =
/// tccode::public_code::auth_failed;`).
inline std::error_code make_error_code(public_code code) { return {static_cast<int>(code), public_category()}; }

/// A condition as an error condition (found by ADL).
inline std::error_condition make_error_condition(condition c) noexcept {
  return {static_cast<int>(c), condition_category()};
}

}  // namespace tccode

namespace std {
template <>
struct is_error_code_enum<tccode::public_code> : true_type {};
template <>
struct is_error_condition_enum<tccode::condition> : true_type {};
}  // namespace std

#endif  // TCCODE_SYSTEM_ERROR_HPP
