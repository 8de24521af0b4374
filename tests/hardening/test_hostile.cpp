// SPDX-License-Identifier: MIT
// Hostile inputs get defined answers, and the core allocates nothing: this program replaces the
// global operator new to count every heap allocation.
#include <tccode/tccode.hpp>

#include <atomic>
#include <climits>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <optional>
#include <string>
#include <string_view>

#include "../catch_compat.hpp"

namespace {
std::atomic<std::size_t> allocation_count{0};

void* counted_allocation(std::size_t size) {
  allocation_count.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) {
    return p;
  }
  throw std::bad_alloc();
}
}  // namespace

// Under AddressSanitizer, allocations made before main (in the sanitizer's own operator new) may be
// freed by this program's operator delete: a mismatch of the test's making, not of tccode's.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TCCODE_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(TCCODE_TEST_ASAN)
extern "C" const char* __asan_default_options() { return "alloc_dealloc_mismatch=0"; }  // NOLINT
#endif

void* operator new(std::size_t size) { return counted_allocation(size); }
void* operator new[](std::size_t size) { return counted_allocation(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

using namespace std::string_view_literals;

/// The heap allocations that f() makes.
template <class F>
std::size_t allocations_in(F&& f) {
  const std::size_t before = allocation_count.load();
  f();
  return allocation_count.load() - before;
}

/// Runs every core function on `input` (as a message, as a code string, and its length as a code),
/// and returns how many heap allocations that made.
std::size_t core_allocations(std::string_view input) {
  volatile std::size_t sink = 0;
  return allocations_in([&] {
    const tccode::parsed_message m = tccode::parse_message(input);
    const std::optional<int> code = tccode::parse_code(input);
    const int n = static_cast<int>(input.size());
    const tccode::explanation e = tccode::explain(n, input, tccode::project_crud, tccode::lang::en);
    const tccode::explanation f = tccode::explain(code.value_or(INT_MIN), input);
    sink = sink + m.description.size() + (code ? 1U : 0U) + e.detail().size() + f.detail().size() + e.remedy().size() +
           f.description().size() + (tccode::lookup(tccode::public_codes, n) ? 1U : 0U) +
           (tccode::lookup(tccode::project_query, input) ? 1U : 0U) + static_cast<std::size_t>(f.retry()) +
           static_cast<std::size_t>(e.canonical());
  });
}

}  // namespace

TEST_CASE("the allocation counter counts", "[alloc]") {
  const std::size_t n = allocations_in([] {
    const std::string* s = new std::string(100, 'x');
    delete s;
  });
  CHECK(n >= 1);
}

TEST_CASE("a 64 MiB message", "[hostile][alloc]") {
  std::string big = "(7)" + std::string(64U << 20U, 'x');
  std::optional<tccode::parsed_message> parsed;
  const std::size_t n = allocations_in([&] { parsed = tccode::parse_message(big); });
  CHECK(n == 0);
  REQUIRE(parsed);
  CHECK(parsed->module_code == 7);
  CHECK(parsed->description.size() == (64U << 20U));
  CHECK(parsed->description.data() == big.data() + 3);
  CHECK(core_allocations(big) == 0);
  big[1] = 'x';  // no longer a prefix: all of it is the description
  CHECK(tccode::parse_message(big).description.size() == big.size());
  CHECK(!tccode::parse_message(big).module_code);
}

TEST_CASE("every single byte value", "[hostile][alloc]") {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const std::string_view one(&c, 1);
    INFO("byte " << b);
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    const tccode::parsed_message m = tccode::parse_message(one);
    CHECK(!m.module_code);
    CHECK(m.description.size() == (space ? 0U : 1U));
    const std::optional<int> code = tccode::parse_code(one);
    if (c >= '0' && c <= '9') {
      CHECK(code == c - '0');
    } else {
      CHECK(!code);
    }
    CHECK(core_allocations(one) == 0);
    // And as the byte after a prefix.
    const std::string after = std::string("(1)") + c;
    CHECK(tccode::parse_message(after).module_code == 1);
    CHECK(core_allocations(after) == 0);
  }
}

TEST_CASE("invalid and truncated UTF-8, embedded NUL, half a full-width parenthesis", "[hostile][alloc]") {
  struct hostile {
    std::string_view message;
    std::optional<int> code;
    std::string_view description;
  };
  const hostile cases[] = {
      {"(5)\xe9\x89"sv, 5, "\xe9\x89"sv},  // truncated UTF-8 after the prefix is the server's text
      {"\xe9\x89(5)x"sv, std::nullopt, "\xe9\x89(5)x"sv},
      {"\xff\xfe(5)"sv, std::nullopt, "\xff\xfe(5)"sv},
      {"(5)\xff"sv, 5, "\xff"sv},
      {"(12)a\0b"sv, 12, "a\0b"sv},
      {"\0(12)x"sv, std::nullopt, "\0(12)x"sv},  // NUL is not whitespace
      {"(1\0)x"sv, std::nullopt, "(1\0)x"sv},
      {"\xef(5)x"sv, std::nullopt, "\xef(5)x"sv},  // the first byte of U+FF08 only
      {"\xef\xbc"
       "5)x"sv,
       std::nullopt,
       "\xef\xbc"
       "5)x"sv},
      {"\xef\xbc\x88"
       "5\xef\xbc"sv,
       std::nullopt,
       "\xef\xbc\x88"
       "5\xef\xbc"sv},  // the closer cut short
      {"\xef\xbc\x88"
       "5\xef\xbc\x89"sv,
       5, ""sv},
      {"(5\xef\xbc\x88"sv, std::nullopt, "(5\xef\xbc\x88"sv},  // an opener where the closer goes
  };
  for (const hostile& h : cases) {
    const tccode::parsed_message m = tccode::parse_message(h.message);
    CHECK(m.module_code == h.code);
    CHECK(m.description == h.description);
    CHECK(core_allocations(h.message) == 0);
  }
}

TEST_CASE("ten thousand digits", "[hostile][alloc]") {
  const std::string digits(10000, '7');
  const std::string message = "(" + digits + ")x";
  CHECK(!tccode::parse_message(message).module_code);
  CHECK(tccode::parse_message(message).description == message);
  CHECK(!tccode::parse_code(digits));
  CHECK(!tccode::parse_code("-" + digits));
  CHECK(core_allocations(message) == 0);
  CHECK(core_allocations(digits) == 0);
}

TEST_CASE("INT_MIN, INT_MAX and one past each", "[hostile][alloc]") {
  CHECK(tccode::parse_code("2147483647") == INT_MAX);
  CHECK(tccode::parse_code("-2147483648") == INT_MIN);
  CHECK(!tccode::parse_code("2147483648"));
  CHECK(!tccode::parse_code("-2147483649"));
  CHECK(tccode::parse_message("(2147483647)x").module_code == INT_MAX);
  CHECK(tccode::parse_message("(-2147483648)x").module_code == INT_MIN);
  CHECK(!tccode::parse_message("(2147483648)x").module_code);
  CHECK(!tccode::parse_message("(-2147483649)x").module_code);
  for (const int code : {INT_MIN, INT_MIN + 1, -1, 0, 1, INT_MAX - 1, INT_MAX}) {
    INFO("code " << code);
    std::size_t n = 0;
    tccode::explanation e;
    n += allocations_in([&] { e = tccode::explain(code, "(2147483647)x", tccode::project_crud); });
    CHECK(e.code() == code);
    CHECK(e.module_code() == INT_MAX);
    CHECK(!e.module_row());
    const tccode::row* found = &tccode::public_codes[0];
    n += allocations_in([&] { found = tccode::lookup(tccode::public_codes, code); });
    CHECK(!found);
    CHECK(e.retry() == tccode::retry_advice::never);
    CHECK(n == 0);
  }
}

TEST_CASE("the core allocates nothing on the document's rows", "[alloc]") {
  for (const tccode::row& r : tccode::public_codes) {
    const std::string message = "(1036)" + std::string(r.zh.description);
    std::size_t n = 0;
    const tccode::row* e = nullptr;
    n += allocations_in([&] { e = tccode::lookup(tccode::public_codes, r.code); });
    n += core_allocations(message);
    CHECK(e);
    CHECK(n == 0);
  }
}

TEST_CASE("explain_owned: a message moved in costs no allocation, a copied one one", "[alloc][owned]") {
  std::string message = "(1036)" + std::string(200, 'x');  // longer than any small-string buffer
  const std::string copy = message;
  std::optional<tccode::owned_explanation> moved;
  CHECK(allocations_in([&] { moved.emplace(tccode::explain_owned(5100, std::move(message), tccode::project_crud)); }) ==
        0);
  CHECK(moved->get().detail() == std::string(200, 'x'));
  std::optional<tccode::owned_explanation> copied;
  CHECK(allocations_in([&] { copied.emplace(tccode::explain_owned(5100, copy, tccode::project_crud)); }) == 1);
  CHECK(copied->get().module_row()->name == "project_name_exists");
}
