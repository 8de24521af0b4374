// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_TABLE_HPP
#define TCCODE_TABLE_HPP

#include <tccode/detail/config.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace tccode {

/// The language of text; Chinese is the documents' own.
enum class lang { zh, en };

/// Whether and how to retry a call that failed with a given code.
enum class retry_advice {
  never,      ///< the same request fails again: fix it first
  backoff,    ///< transient: retry after an exponential backoff
  throttled,  ///< over a rate or quota: retry only behind a rate limiter or a long backoff
  resign,     ///< expired or replayed: sign again with a fresh Timestamp and Nonce, then retry
};

/// The canonical status codes, numbered as gRPC and absl number them.
enum class canonical_code {
  ok = 0,
  cancelled = 1,
  unknown = 2,
  invalid_argument = 3,
  deadline_exceeded = 4,
  not_found = 5,
  already_exists = 6,
  permission_denied = 7,
  resource_exhausted = 8,
  failed_precondition = 9,
  aborted = 10,
  out_of_range = 11,
  unimplemented = 12,
  internal = 13,
  unavailable = 14,
  data_loss = 15,
  unauthenticated = 16,
};

/// Whether a call that failed with a code may have done its work on the server before it failed:
/// what a call that must not run twice (a purchase, a create) needs to know before it is retried.
enum class execution : unsigned char {
  unknown,            ///< the row does not say (a row of your own without with_executed)
  not_executed,       ///< refused before it ran: authentication, signature, expiry, parameters, quota...
  may_have_executed,  ///< the server may have done the work: an internal error, a partial batch...
};

/// The std::errc that a code maps to, where one fits, named as std::errc names it: the core cannot
/// include <system_error> (<tccode/system_error.hpp> turns it into a std::error_condition). Values are
/// only ever added, at the end.
enum class errc : unsigned char {
  none,                            ///< no std::errc fits
  invalid_argument,                ///< the request's parameters are wrong
  permission_denied,               ///< the account or key may not do this
  protocol_not_supported,          ///< the protocol (HTTP, a method) is not accepted
  not_supported,                   ///< the operation or API is not supported here
  resource_unavailable_try_again,  ///< the API is down for now
  timed_out,                       ///< no answer in time
  bad_message,                     ///< an answer that could not be read
  not_connected,                   ///< the request never reached the server
};

/// A failure without an API answer: what an SDK's transport reports (<tccode/transport.hpp> explains it).
enum class transport_failure {
  not_sent,      ///< the request never reached the server: DNS, a refused connection, the TLS handshake
  timeout,       ///< no answer in time: the server may have done the work
  bad_response,  ///< an answer that is not the API's: an HTTP 5xx page, a cut or unreadable body
};

/// A judgement of a code: whether and how to retry, whether the call may have run, its canonical
/// status, std::errc and auth, with why. Written once (data/judgements.tsv) and shared by every code
/// that has it; the API 3.0 tables name theirs (<tccode/api3.hpp>: tccode::judgements).
struct judgement {
  std::string_view id;  ///< its name in data/judgements.tsv: "busy", "rate_limited", ...
  retry_advice retry = retry_advice::never;
  execution executed = execution::unknown;
  canonical_code canonical = canonical_code::unknown;
  tccode::errc errc = tccode::errc::none;
  bool auth_error = false;
  std::string_view reason;           ///< why the advice, in English
  std::string_view executed_reason;  ///< why the call may or may not have run, in English
};

/// One code of API 3.0 ("ResourceInUse.DiskMigrating"), in a product's table or the common codes: its
/// value, the code, its official text in both languages and its judgement. Tables of them are sorted
/// by value.
struct code_row {
  int value = 0;                 ///< code_value(code): the code's std::error_code value, and the table's order
  std::string_view code;         ///< the code as the API answers it
  std::string_view zh;           ///< the official Chinese description, or empty
  std::string_view en;           ///< the official English description, or empty where there is none
  unsigned short judgement = 0;  ///< an index into tccode::judgements (<tccode/api3.hpp>)
  unsigned char rule = 0;        ///< how it was judged: an index into tccode::judgement_rules
  unsigned char flags = 0;       ///< code_row::tccode_own, code_row::english_of_other_version
  /// Where the common row of the code's longest prefix listed among the common codes (the code itself
  /// included) is: 1 + its index in tccode::common_codes, or code_row::no_common_row; 0 where the table
  /// does not say (a table of the user's), and explain searches. The generator records it, so that a
  /// code found in its product is explained without a second lookup.
  unsigned char common = 0;

  static constexpr unsigned char no_common_row = 255;  ///< no common code is a prefix of it

  static constexpr unsigned char tccode_own = 1;                ///< a row of tccode's own, not a document's
  static constexpr unsigned char english_of_other_version = 2;  ///< the English is of another API version
  static constexpr unsigned char message_decides = 4;           ///< an SDK's code: its message says whether it was sent
  /// The description in language `l`.
  [[nodiscard]] constexpr std::string_view in(lang l) const noexcept { return l == lang::en ? en : zh; }
};

/// A row's text in one language.
struct text {
  std::string_view type;         ///< a public code's error type; empty for module codes
  std::string_view description;  ///< what the code means
  std::string_view remedy;       ///< what the caller should do; empty where the document says nothing
};

/// One code of a table, with its text in both languages. An aggregate: in C++20 designated
/// initialisers name each member; in C++17 make_row(code, name).with_...() builds one.
struct row {
  int code = 0;
  std::string_view name;  ///< a machine name, unique within its table
  text zh;
  text en;
  std::string_view link;                    ///< the page that the remedy's link leads to, or empty
  std::optional<retry_advice> retry;        ///< the code's own advice, when the row gives one
  std::optional<canonical_code> canonical;  ///< the closest canonical status, when the row gives one
  /// A module row of a service that gives one module code two meanings: the public code it comes
  /// with (CMQ's 10470 is one thing under 4000, another under 4490). 0: any public code.
  int under = 0;
  /// The server's own message for this code as the document quotes it (CMQ, CKafka), "%s" where the
  /// server puts a value in; empty where the document quotes none.
  std::string_view message;
  /// True when the English text is tccode's own: the official document has none for this row.
  bool english_by_tccode = false;
  /// Whether a call that failed with this code may have run (data/*.tsv give each row's reason).
  execution executed = execution::unknown;
  /// The std::errc that the code maps to, or errc::none.
  tccode::errc errc = tccode::errc::none;
  /// True for an authentication or authorisation failure (condition::auth_error).
  bool auth_error = false;

  /// The text in language `l`.
  [[nodiscard]] constexpr const text& in(lang l) const noexcept { return l == lang::en ? en : zh; }

  /// This row with the error type in Chinese and English (public codes only).
  [[nodiscard]] constexpr row with_type(std::string_view zh_type, std::string_view en_type) const noexcept {
    row r = *this;
    r.zh.type = zh_type;
    r.en.type = en_type;
    return r;
  }
  /// This row with its description in Chinese and English.
  [[nodiscard]] constexpr row with_description(std::string_view zh_text, std::string_view en_text) const noexcept {
    row r = *this;
    r.zh.description = zh_text;
    r.en.description = en_text;
    return r;
  }
  /// This row with its remedy in Chinese and English.
  [[nodiscard]] constexpr row with_remedy(std::string_view zh_text, std::string_view en_text) const noexcept {
    row r = *this;
    r.zh.remedy = zh_text;
    r.en.remedy = en_text;
    return r;
  }
  /// This row with the page that its remedy links to.
  [[nodiscard]] constexpr row with_link(std::string_view url) const noexcept {
    row r = *this;
    r.link = url;
    return r;
  }
  /// This row with its retry advice.
  [[nodiscard]] constexpr row with_retry(retry_advice advice) const noexcept {
    row r = *this;
    r.retry = advice;
    return r;
  }
  /// This row with its closest canonical status code.
  [[nodiscard]] constexpr row with_canonical(canonical_code c) const noexcept {
    row r = *this;
    r.canonical = c;
    return r;
  }
  /// This module row, for `public_code` only (see `under`).
  [[nodiscard]] constexpr row with_under(int public_code) const noexcept {
    row r = *this;
    r.under = public_code;
    return r;
  }
  /// This row, saying whether a call that failed with it may have run.
  [[nodiscard]] constexpr row with_executed(execution e) const noexcept {
    row r = *this;
    r.executed = e;
    return r;
  }
  /// This row, mapping to std::errc `e` (<tccode/system_error.hpp>).
  [[nodiscard]] constexpr row with_errc(tccode::errc e) const noexcept {
    row r = *this;
    r.errc = e;
    return r;
  }
  /// This row, an authentication or authorisation failure.
  [[nodiscard]] constexpr row with_auth_error(bool is_auth_error = true) const noexcept {
    row r = *this;
    r.auth_error = is_auth_error;
    return r;
  }
  /// This row with the server's own message, "%s" where the server puts a value in.
  [[nodiscard]] constexpr row with_message(std::string_view server_message) const noexcept {
    row r = *this;
    r.message = server_message;
    return r;
  }
};

/// A row with only its code and name; add the rest with with_type, with_description, with_remedy,
/// with_link, with_retry, with_canonical, with_executed, with_errc and with_auth_error.
[[nodiscard]] constexpr row make_row(int code, std::string_view name) noexcept {
  row r;
  r.code = code;
  r.name = name;
  return r;
}

namespace detail {

/// Marks a table with two rows of the same code. Not constexpr on purpose: reaching it while a
/// constexpr table is built makes the build fail, with this name in the diagnostic.
inline void error_duplicate_code_in_table() noexcept {}

/// The rows are sorted and unique already: the generated tables, which data/generate.py sorts and
/// checks (and the tests check again), are built without sorting them a second time.
struct presorted_t {};
inline constexpr presorted_t presorted{};

}  // namespace detail

template <std::size_t N>
class table;

namespace detail {

/// True when `a` goes before `b` in a table: by code, then by the public code it comes under.
constexpr bool row_before(const row& a, const row& b) noexcept {
  return a.code < b.code || (a.code == b.code && a.under < b.under);
}

/// True when `a` and `b` say the same thing twice: the same code under the same public code (rows
/// with code 0 that a service keys by name, as CAM's codeDesc, differ by name).
constexpr bool same_key(const row& a, const row& b) noexcept {
  return a.code == b.code && a.under == b.under && (a.code != 0 || a.name == b.name);
}

}  // namespace detail

/// A table seen through a pointer: its name and its rows, sorted by code. What a service holds; a
/// table<N> converts to it. It does not own the rows.
class table_view {
 public:
  constexpr table_view() noexcept = default;
  /// The rows [rows, rows + size), which must be sorted by code and outlive the view.
  constexpr table_view(std::string_view name, const row* rows, std::size_t size) noexcept
      : name_(name), rows_(rows), size_(size) {}
  template <std::size_t N>
  constexpr table_view(const table<N>& t TCCODE_LIFETIMEBOUND) noexcept  // NOLINT(google-explicit-constructor)
      : table_view(t.name(), t.begin(), N) {}
  /// A view of a temporary table would dangle.
  template <std::size_t N>
  table_view(const table<N>&& t) = delete;

  /// The table's name ("public", "project_crud", ...), empty when it was given none.
  [[nodiscard]] constexpr std::string_view name() const noexcept { return name_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  /// Row `i`, `i < size()`, in order of code.
  [[nodiscard]] constexpr const row& operator[](std::size_t i) const noexcept { return rows_[i]; }
  [[nodiscard]] constexpr const row* begin() const noexcept { return rows_; }
  [[nodiscard]] constexpr const row* end() const noexcept { return rows_ + size_; }

  /// The row of `code`, or nullptr: a binary search. Of rows with the same code (one code under two
  /// public codes, as CMQ's 10470; rows keyed by a string code, as CAM's, all with code 0; two rows of
  /// a table built at run time) it finds the first in the table's order.
  [[nodiscard]] constexpr const row* find(int code) const noexcept {
    const row* first = rows_;
    std::size_t count = size_;
    while (count > 0) {
      const std::size_t half = count / 2;
      if (first[half].code < code) {
        first += half + 1;
        count -= half + 1;
      } else {
        count = half;
      }
    }
    return first != end() && first->code == code ? first : nullptr;
  }

  /// The row named `name` ("auth_failed", say), or nullptr.
  [[nodiscard]] constexpr const row* find(std::string_view name) const noexcept {
    for (const row& r : *this) {
      if (r.name == name) {
        return &r;
      }
    }
    return nullptr;
  }

 private:
  std::string_view name_;
  const row* rows_ = nullptr;
  std::size_t size_ = 0;
};

/// A table of codes: the built-in ones, and another service's codes declared in code. Rows may be
/// given in any order; the table keeps them sorted by code (stably), then by the public code they
/// come under. Two rows of the same code under the same public code make a constexpr table fail to
/// compile; a table built at run time keeps both, and lookup finds the one given first.
template <std::size_t N>
class table {
 public:
  /// Copies `rows` and sorts them by code; the table has no name.
  constexpr explicit table(const row (&rows)[N]) noexcept : table(std::string_view(), rows) {}

  /// Copies `rows` and sorts them by code. `name` names the table (in its error category and the
  /// tool): it must outlive the table, as a string literal does.
  constexpr table(std::string_view name TCCODE_LIFETIMEBOUND, const row (&rows)[N]) noexcept : name_(name) {
    for (std::size_t i = 0; i < N; ++i) {
      rows_[i] = rows[i];
    }
    for (std::size_t i = 1; i < N; ++i) {                // insertion sort: stable, constexpr in C++17, and N is small
      if (detail::row_before(rows_[i], rows_[i - 1])) {  // rows given in order (the built-in ones) stay
        const row r = rows_[i];
        std::size_t j = i;
        for (; j > 0 && detail::row_before(r, rows_[j - 1]); --j) {
          rows_[j] = rows_[j - 1];
        }
        rows_[j] = r;
      }
    }
    for (std::size_t i = 1; i < N; ++i) {
      for (std::size_t j = i; j > 0 && rows_[j - 1].code == rows_[i].code; --j) {
        if (detail::same_key(rows_[j - 1], rows_[i])) {
          detail::error_duplicate_code_in_table();
        }
      }
    }
  }

  /// Copies `rows`, which are sorted and unique already (the generated tables).
  constexpr table(detail::presorted_t, std::string_view name TCCODE_LIFETIMEBOUND, const row (&rows)[N]) noexcept
      : name_(name) {
    for (std::size_t i = 0; i < N; ++i) {
      rows_[i] = rows[i];
    }
  }

  [[nodiscard]] constexpr std::string_view name() const noexcept { return name_; }
  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
  [[nodiscard]] constexpr const row& operator[](std::size_t i) const noexcept { return rows_[i]; }
  [[nodiscard]] constexpr const row* begin() const noexcept { return rows_; }
  [[nodiscard]] constexpr const row* end() const noexcept { return rows_ + N; }

 private:
  std::string_view name_;
  row rows_[N]{};
};

namespace detail {

/// The first row of `code` among the N rows at `first`, sorted by code, or nullptr: a binary search
/// whose steps the compiler lays out in full for a table of known size (as it lays out a switch).
template <std::size_t N>
constexpr const row* find_in(const row* first, int code) noexcept {
  if constexpr (N == 0) {
    return nullptr;
  } else if constexpr (N == 1) {
    return first->code == code ? first : nullptr;
  } else {
    constexpr std::size_t half = N / 2;
    return first[half - 1].code < code ? find_in<N - half>(first + half, code) : find_in<half>(first, code);
  }
}

}  // namespace detail

/// The row of `code` in `t`, or nullptr when `t` has no such code. The row lives as long as the table.
[[nodiscard]] constexpr const row* lookup(table_view t, int code) noexcept { return t.find(code); }

/// The same for a table of known size (the built-in ones): a search laid out in full, as fast as a switch.
template <std::size_t N>
[[nodiscard]] constexpr const row* lookup(const table<N>& t, int code) noexcept {
  return detail::find_in<N>(t.begin(), code);
}
/// A row of a temporary table would dangle.
template <std::size_t N>
const row* lookup(const table<N>&& t, int code) = delete;

/// The row named `name` in `t` ("auth_failed", say), or nullptr.
[[nodiscard]] constexpr const row* lookup(table_view t, std::string_view name) noexcept { return t.find(name); }

}  // namespace tccode

#endif  // TCCODE_TABLE_HPP
