// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_TABLE_HPP
#define TCCODE_TABLE_HPP

#include <tccode/detail/config.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace tccode {

// The language of the text that a lookup returns; Chinese is the document's own.
enum class lang { zh, en };

// Whether and how to retry a call that failed with a given public code (see retry_for).
enum class retry_advice {
  never,          // the same request fails again: fix it first
  after_backoff,  // transient on the server's side: retry after an exponential backoff
  throttled,      // over the request quota: retry only behind a rate limiter or a long backoff
  after_resign,   // expired or replayed: sign again with a fresh Timestamp and Nonce, then retry
};

// One code of a table, with its text in one language.
struct entry {
  int code = 0;
  std::string_view name;         // stable snake_case machine name, the same in every language
  std::string_view type;         // the public code's error type; empty for module codes
  std::string_view description;  // what the code means
  std::string_view remedy;       // what the caller should do; empty where the document says nothing
};

// The text of a row in one language.
struct text {
  std::string_view type;
  std::string_view description;
  std::string_view remedy;
};

// One code of a table, with its text in both languages.
struct row {
  int code = 0;
  std::string_view name;
  text zh;
  text en;
  std::string_view link;  // the page that the remedy's link leads to (the work-order page), or empty

  // The row as an entry in language `l`.
  [[nodiscard]] constexpr entry in(lang l) const noexcept {
    const text& t = l == lang::en ? en : zh;
    return entry{code, name, t.type, t.description, t.remedy};
  }
};

namespace detail {

// Marks a table with two rows of the same code. Not constexpr on purpose: reaching it while a
// constexpr table is built makes the build fail, with this name in the diagnostic.
inline void error_duplicate_code_in_table() noexcept {}

// True when codes[0..n) increase strictly: what the generated tables assert of themselves (a
// function, not a template, so that the three asserts cost one definition).
constexpr bool strictly_increasing(const int* codes, detail::size_t n) noexcept {
  for (detail::size_t i = 1; i < n; ++i) {
    if (!(codes[i - 1] < codes[i])) {
      return false;
    }
  }
  return true;
}

// An iterator over a table whose operator[] returns rows by value. It has no iterator_category:
// <iterator> would bring <string> and <system_error> into the core (C++20 deduces the category).
template <class Table>
class row_iterator {
 public:
  using value_type = row;
  using difference_type = detail::ptrdiff_t;
  using pointer = void;
  using reference = row;

  constexpr row_iterator(const Table* table, detail::size_t index) noexcept : table_(table), index_(index) {}
  [[nodiscard]] constexpr row operator*() const noexcept { return (*table_)[index_]; }
  constexpr row_iterator& operator++() noexcept {
    ++index_;
    return *this;
  }
  constexpr row_iterator operator++(int) noexcept {
    row_iterator old = *this;
    ++index_;
    return old;
  }
  friend constexpr bool operator==(const row_iterator& a, const row_iterator& b) noexcept {
    return a.table_ == b.table_ && a.index_ == b.index_;
  }
  friend constexpr bool operator!=(const row_iterator& a, const row_iterator& b) noexcept { return !(a == b); }

 private:
  const Table* table_;
  detail::size_t index_;
};

// The strings of a packed table's row, in this order. Each is a span of the table's text, held
// in one 32-bit number: its offset in the high 16 bits, its size in the low 16 (so 0x0006'0011 is
// the 17 bytes from offset 6). One number a string keeps the generated tables cheap to compile.
enum packed_field : detail::size_t {
  field_name,
  field_zh_type,
  field_zh_description,
  field_zh_remedy,
  field_en_type,
  field_en_description,
  field_en_remedy,
  field_link,
  field_count
};

// The built-in tables: every string of the table in one character array, the codes in an array
// of their own, and rows that hold the spans of their strings in the text. The object holds no pointer, so a
// shared library that uses it needs no relocation for it. A lookup hashes the code to one of
// 2^HashBits slots with a multiplier that data/generate.py chose to give each row a slot of its
// own; the slot names the only row that can hold the code.
template <detail::size_t Rows, detail::size_t Chars, unsigned HashBits>
struct packed_table {
  static_assert(Rows > 0 && Rows <= 255 && HashBits > 0 && HashBits < 32, "a packed table's shape");

  char text_data[Chars];
  std::uint32_t name_data;                    // the table's name
  int code_data[Rows];                        // the code of each row, in increasing order
  std::uint32_t row_data[Rows][field_count];  // the strings of each row, in packed_field order
  std::uint32_t hash_multiplier;
  std::uint8_t slot_data[detail::size_t{1} << HashBits];  // the row of each slot; 0 where none

  // The table's name: "public", "project_crud" or "project_query".
  [[nodiscard]] constexpr std::string_view name() const noexcept { return str(name_data); }
  // The number of rows.
  [[nodiscard]] static constexpr detail::size_t size() noexcept { return Rows; }
  // Row `i`, `i < size()`.
  [[nodiscard]] constexpr row operator[](detail::size_t i) const noexcept {
    const std::uint32_t(&p)[field_count] = row_data[i];
    return row{code_data[i], str(p[field_name]),
               text{str(p[field_zh_type]), str(p[field_zh_description]), str(p[field_zh_remedy])},
               text{str(p[field_en_type]), str(p[field_en_description]), str(p[field_en_remedy])}, str(p[field_link])};
  }
  // The code of row `i`.
  [[nodiscard]] constexpr int code_at(detail::size_t i) const noexcept { return code_data[i]; }
  // The row of `code`, or size() when there is none: a multiply, a shift and two loads.
  [[nodiscard]] constexpr detail::size_t index_of(int code) const noexcept {
    const std::uint32_t slot = (static_cast<std::uint32_t>(code) * hash_multiplier) >> (32U - HashBits);
    const detail::size_t i = slot_data[slot];  // an empty slot names row 0, whose code then differs
    return code_data[i] == code ? i : Rows;
  }
  // Row `i` as an entry in language `l`, without building the other language.
  [[nodiscard]] constexpr entry entry_at(detail::size_t i, lang l) const noexcept {
    const std::uint32_t(&p)[field_count] = row_data[i];
    const detail::size_t first = l == lang::en ? field_en_type : field_zh_type;  // type, description, remedy follow
    return entry{code_data[i], str(p[field_name]), str(p[first]), str(p[first + 1]), str(p[first + 2])};
  }
  [[nodiscard]] constexpr row_iterator<packed_table> begin() const noexcept { return {this, 0}; }
  [[nodiscard]] constexpr row_iterator<packed_table> end() const noexcept { return {this, Rows}; }

 private:
  [[nodiscard]] constexpr std::string_view str(std::uint32_t span) const noexcept {
    return std::string_view(text_data + (span >> 16), span & 0xFFFFU);
  }
};

}  // namespace detail

// A table of codes declared in code: another service's module codes, say. Rows may be given in
// any order; the table keeps them sorted by code. Two rows with the same code make a constexpr
// table fail to compile.
template <detail::size_t N>
class table {
 public:
  // Copies `rows` and sorts them by code; the table has no name.
  constexpr explicit table(const row (&rows)[N]) noexcept : table(std::string_view(), rows) {}

  // Copies `rows` and sorts them by code. `name` names the table (in its error category, say):
  // it must outlive the table, as a string literal does.
  constexpr table(std::string_view name, const row (&rows)[N]) noexcept : name_(name) {
    for (detail::size_t i = 0; i < N; ++i) {
      rows_[i] = rows[i];
    }
    for (detail::size_t i = 1; i < N; ++i) {  // insertion sort: constexpr in C++17, and N is small
      const row r = rows_[i];
      detail::size_t j = i;
      for (; j > 0 && r.code < rows_[j - 1].code; --j) {
        rows_[j] = rows_[j - 1];
      }
      rows_[j] = r;
    }
    for (detail::size_t i = 1; i < N; ++i) {
      if (rows_[i - 1].code == rows_[i].code) {
        detail::error_duplicate_code_in_table();
      }
    }
  }

  // The table's name, empty when it was given none.
  [[nodiscard]] constexpr std::string_view name() const noexcept { return name_; }
  // The number of rows.
  [[nodiscard]] static constexpr detail::size_t size() noexcept { return N; }
  // Row `i`, `i < size()`, in order of code.
  [[nodiscard]] constexpr const row& operator[](detail::size_t i) const noexcept { return rows_[i]; }
  // The code of row `i`.
  [[nodiscard]] constexpr int code_at(detail::size_t i) const noexcept { return rows_[i].code; }
  // The row of `code`, or size() when there is none: a binary search.
  [[nodiscard]] constexpr detail::size_t index_of(int code) const noexcept {
    detail::size_t lo = 0;
    detail::size_t hi = N;
    while (lo < hi) {
      const detail::size_t mid = lo + (hi - lo) / 2;
      const int c = rows_[mid].code;
      if (c < code) {
        lo = mid + 1;
      } else if (code < c) {
        hi = mid;
      } else {
        return mid;
      }
    }
    return N;
  }
  // Row `i` as an entry in language `l`.
  [[nodiscard]] constexpr entry entry_at(detail::size_t i, lang l) const noexcept { return rows_[i].in(l); }
  [[nodiscard]] constexpr const row* begin() const noexcept { return rows_; }
  [[nodiscard]] constexpr const row* end() const noexcept { return rows_ + N; }

 private:
  std::string_view name_;
  row rows_[N]{};
};

// True when the codes of `t` are in strictly increasing order, as lookup needs.
template <class Table>
[[nodiscard]] constexpr bool is_sorted_unique(const Table& t) noexcept {
  for (detail::size_t i = 1; i < t.size(); ++i) {
    if (!(t.code_at(i - 1) < t.code_at(i))) {
      return false;
    }
  }
  return true;
}

// The entry of `code` in `t` in language `l`, or nothing when `t` has no such code.
template <class Table>
[[nodiscard]] constexpr std::optional<entry> lookup(const Table& t, int code, lang l = lang::zh) noexcept {
  const detail::size_t i = t.index_of(code);
  if (i == t.size()) {
    return {};
  }
  return std::optional<entry>(std::in_place, t.entry_at(i, l));  // see message.hpp: no converting constructor
}

}  // namespace tccode

#endif  // TCCODE_TABLE_HPP
