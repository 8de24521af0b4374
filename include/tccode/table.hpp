// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_TABLE_HPP
#define TCCODE_TABLE_HPP

#include <tccode/detail/config.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace tccode {

/// The language of the text that a lookup returns; Chinese is the document's own.
enum class lang { zh, en };

/// Whether and how to retry a call that failed with a given code.
enum class retry_advice {
  never,          ///< the same request fails again: fix it first
  after_backoff,  ///< transient on the server's side: retry after an exponential backoff
  throttled,      ///< over the request quota: retry only behind a rate limiter or a long backoff
  after_resign,   ///< expired or replayed: sign again with a fresh Timestamp and Nonce, then retry
};

/// What a public code's thousands say about it, listed or not (class_of(code)).
enum class code_class {
  success,   ///< 0
  client,    ///< 4000-4999: the request is wrong
  resource,  ///< 5000-5999: the resource or the purchase failed
  server,    ///< 6000-6999: the server failed
  other,     ///< anything else (100193 among them)
};

/// The canonical status codes, numbered as gRPC and absl number them (<tccode/status.hpp> maps codes).
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

struct row;

/// One code of a table, with its text in one language.
struct entry {
  int code = 0;
  std::string_view name;                    ///< stable snake_case machine name, the same in every language
  std::string_view type;                    ///< the public code's error type; empty for module codes
  std::string_view description;             ///< what the code means
  std::string_view remedy;                  ///< what the caller should do; empty where the document says nothing
  std::string_view link;                    ///< the page the remedy's link leads to (the work-order page), or empty
  std::optional<retry_advice> retry;        ///< the code's own advice, when its row gives one
  std::optional<canonical_code> canonical;  ///< the closest canonical status, when its row gives one
  /// The table row it was looked up from (by lookup and explain), for its text in the other
  /// language; null for an entry made otherwise.
  const row* source = nullptr;
};

/// The text of a row in one language.
struct text {
  std::string_view type;
  std::string_view description;
  std::string_view remedy;
};

/// One code of a table, with its text in both languages. An aggregate: in C++20 designated
/// initialisers name each member; in C++17 make_row(code, name).with_...() does.
struct row {
  int code = 0;
  std::string_view name;  ///< snake_case, unique within its table
  text zh;
  text en;
  std::string_view link;  ///< the page that the remedy's link leads to, or empty
  std::optional<retry_advice> retry;
  std::optional<canonical_code> canonical;

  /// This row, which must outlive the result, as an entry in language `l` that knows its source
  /// (what lookup and explain return).
  [[nodiscard]] constexpr entry entry_in(lang l) const noexcept {
    entry e = in(l);
    e.source = this;
    return e;
  }

  /// The row as an entry in language `l` (with no source: the row may be a copy about to go).
  [[nodiscard]] constexpr entry in(lang l) const noexcept {
    const text& t = l == lang::en ? en : zh;
    return entry{code, name, t.type, t.description, t.remedy, link, retry, canonical, nullptr};
  }

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
};

/// A row with only its code and name; add the rest with with_type, with_description, with_remedy,
/// with_link, with_retry and with_canonical.
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

}  // namespace detail

template <std::size_t N>
class table;

/// A table seen through a pointer: its name and its rows, sorted by code. What every function that
/// takes a table takes; a table<N> converts to it. It does not own the rows.
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

  /// The row of `code`, or nullptr: a binary search. Of two rows with the same code (possible only
  /// in a table built at run time) it finds the one given first.
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

 private:
  std::string_view name_;
  const row* rows_ = nullptr;
  std::size_t size_ = 0;
};

/// A table of codes: the built-in ones, and another service's codes declared in code. Rows may be
/// given in any order; the table keeps them sorted by code (stably). Two rows with the same code
/// make a constexpr table fail to compile; a table built at run time keeps both, and lookup finds
/// the one given first.
template <std::size_t N>
class table {
 public:
  /// Copies `rows` and sorts them by code; the table has no name.
  constexpr explicit table(const row (&rows)[N]) noexcept : table(std::string_view(), rows) {}

  /// Copies `rows` and sorts them by code. `name` names the table (its error category, say): it
  /// must outlive the table, as a string literal does.
  constexpr table(std::string_view name TCCODE_LIFETIMEBOUND, const row (&rows)[N]) noexcept : name_(name) {
    for (std::size_t i = 0; i < N; ++i) {
      rows_[i] = rows[i];
    }
    for (std::size_t i = 1; i < N; ++i) {  // insertion sort: stable, constexpr in C++17, and N is small
      const row r = rows_[i];
      std::size_t j = i;
      for (; j > 0 && r.code < rows_[j - 1].code; --j) {
        rows_[j] = rows_[j - 1];
      }
      rows_[j] = r;
    }
    for (std::size_t i = 1; i < N; ++i) {
      if (rows_[i - 1].code == rows_[i].code) {
        detail::error_duplicate_code_in_table();
      }
    }
  }

  [[nodiscard]] constexpr std::string_view name() const noexcept { return name_; }
  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
  [[nodiscard]] constexpr const row& operator[](std::size_t i) const noexcept { return rows_[i]; }
  [[nodiscard]] constexpr const row* begin() const noexcept { return rows_; }
  [[nodiscard]] constexpr const row* end() const noexcept { return rows_ + N; }
  /// The row of `code`, or nullptr (see table_view::find).
  [[nodiscard]] constexpr const row* find(int code) const noexcept { return table_view(*this).find(code); }

 private:
  std::string_view name_;
  row rows_[N]{};
};

namespace detail {

/// The entry of `r` in language `l`, or nothing when `r` is null.
constexpr std::optional<entry> entry_of(const row* r, lang l) noexcept {
  return r != nullptr ? std::optional<entry>(r->entry_in(l)) : std::nullopt;
}

}  // namespace detail

/// True when the codes of `t` increase strictly, as they do in every constexpr table.
[[nodiscard]] constexpr bool is_sorted_unique(table_view t) noexcept {
  for (std::size_t i = 1; i < t.size(); ++i) {
    if (!(t[i - 1].code < t[i].code)) {
      return false;
    }
  }
  return true;
}

/// The entry of `code` in `t` in language `l`, or nothing when `t` has no such code.
[[nodiscard]] constexpr std::optional<entry> lookup(table_view t, int code, lang l = lang::zh) noexcept {
  return detail::entry_of(t.find(code), l);
}

/// The row of `code` in `t`, both languages, or nothing when `t` has no such code.
[[nodiscard]] constexpr std::optional<row> find_row(table_view t, int code) noexcept {
  if (const row* r = t.find(code)) {
    return *r;
  }
  return std::nullopt;
}

/// The row named `name` (e.g. "auth_failed") in `t`, or nothing when `t` has no such name.
[[nodiscard]] constexpr std::optional<row> find_row_by_name(table_view t, std::string_view name) noexcept {
  for (const row& r : t) {
    if (r.name == name) {
      return r;
    }
  }
  return std::nullopt;
}

}  // namespace tccode

#endif  // TCCODE_TABLE_HPP
