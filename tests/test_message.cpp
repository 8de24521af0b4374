// SPDX-License-Identifier: MIT
// parse_message and parse_code, case by case through their grammar.
#include <tccode/tccode.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "catch_compat.hpp"

namespace {

using namespace std::string_view_literals;

// The full-width parentheses U+FF08 and U+FF09, as UTF-8.
#define FW_OPEN "\xEF\xBC\x88"
#define FW_CLOSE "\xEF\xBC\x89"

struct message_case {
  std::string_view message;
  std::optional<int> module_code;
  std::string_view description;
};

// True when `part` lies inside `whole`: a view, not a copy.
bool is_view_into(std::string_view part, std::string_view whole) {
  const auto* first = whole.data();
  const auto* last = whole.data() + whole.size();
  return std::less_equal<>{}(first, part.data()) && std::less_equal<>{}(part.data() + part.size(), last);
}

void check_case(const message_case& c) {
  INFO("message \"" << std::string(c.message) << "\"");
  const tccode::parsed_message parsed = tccode::parse_message(c.message);
  CHECK(parsed.module_code == c.module_code);
  CHECK(parsed.description == c.description);
  CHECK(is_view_into(parsed.description, c.message));
}

}  // namespace

TEST_CASE("parse_message: the document's example", "[message]") {
  check_case({"(100004)projectId不正确", 100004, "projectId不正确"});
}

TEST_CASE("parse_message: module codes in ASCII and full-width parentheses", "[message]") {
  const message_case cases[] = {
      {"(1036)项目名称已经存在", 1036, "项目名称已经存在"},
      {FW_OPEN "1036" FW_CLOSE "项目名称已经存在", 1036, "项目名称已经存在"},
      {FW_OPEN "9003)x", 9003, "x"},  // either opener with either closer
      {"(9003" FW_CLOSE "x", 9003, "x"},
      {"(100004) incorrect projectId", 100004, "incorrect projectId"},  // the English page: a space after ')'
      {"  \t(7)  spaced  \r\n", 7, "spaced"},
      {"(0)zero", 0, "zero"},
      {"(007)leading zeros", 7, "leading zeros"},
      {"(-2700)negative", -2700, "negative"},
      {"(1)(2)x", 1, "(2)x"},  // only the first prefix is the module code
      {"(42)", 42, ""},        // only the prefix
      {"(42)   ", 42, ""},
      {"(5100)line\n", 5100, "line"},  // trailing newline
      {"(2147483647)max", 2147483647, "max"},
      {"(-2147483648)min", -2147483647 - 1, "min"},
  };
  for (const message_case& c : cases) {
    check_case(c);
  }
}

TEST_CASE("parse_message: messages without a module code keep all their text", "[message]") {
  const message_case cases[] = {
      {"", std::nullopt, ""},
      {"   \t\n", std::nullopt, ""},
      {"projectId不正确", std::nullopt, "projectId不正确"},
      {" no prefix here ", std::nullopt, "no prefix here"},
      {"()empty", std::nullopt, "()empty"},
      {"(abc)letters", std::nullopt, "(abc)letters"},
      {"(12a)mixed", std::nullopt, "(12a)mixed"},
      {"(+5)plus", std::nullopt, "(+5)plus"},
      {"(-)minus only", std::nullopt, "(-)minus only"},
      {"(--5)two minuses", std::nullopt, "(--5)two minuses"},
      {"( 5)space inside", std::nullopt, "( 5)space inside"},
      {"(5 )space inside", std::nullopt, "(5 )space inside"},
      {"(5", std::nullopt, "(5"},
      {"(5x", std::nullopt, "(5x"},
      {"5)no opener", std::nullopt, "5)no opener"},
      {"x(5)later", std::nullopt, "x(5)later"},
      {"[5]brackets", std::nullopt, "[5]brackets"},
      {"(2147483648)overflow", std::nullopt, "(2147483648)overflow"},
      {"(-2147483649)underflow", std::nullopt, "(-2147483649)underflow"},
      {"(99999999999999999999)big", std::nullopt, "(99999999999999999999)big"},
      {"\xEF(5)half a full-width opener", std::nullopt, "\xEF(5)half a full-width opener"},
      {"\xEF\xBC"
       "5)two thirds",
       std::nullopt,
       "\xEF\xBC"
       "5)two thirds"},
      {"(5\xEF\xBC", std::nullopt, "(5\xEF\xBC"},
      {FW_OPEN, std::nullopt, FW_OPEN},
      {"(", std::nullopt, "("},
  };
  for (const message_case& c : cases) {
    check_case(c);
  }
}

TEST_CASE("parse_message: embedded NUL and long inputs", "[message]") {
  const std::string with_nul("(12)a\0b", 7);
  const tccode::parsed_message nul = tccode::parse_message(with_nul);
  CHECK(nul.module_code == 12);
  CHECK(nul.description == std::string_view("a\0b", 3));

  const std::string digits = "(" + std::string(10000, '9') + ")x";
  const tccode::parsed_message many = tccode::parse_message(digits);
  CHECK(!many.module_code);
  CHECK(many.description.size() == digits.size());

  const std::string long_text = "(1)" + std::string(1 << 20, 'y');
  const tccode::parsed_message big = tccode::parse_message(long_text);
  CHECK(big.module_code == 1);
  CHECK(big.description.size() == std::size_t{1} << 20);
  CHECK(big.description.data() == long_text.data() + 3);
}

TEST_CASE("parse_message is constexpr", "[message][constexpr]") {
  STATIC_REQUIRE(tccode::parse_message("(100004)projectId").module_code == 100004);
  STATIC_REQUIRE(tccode::parse_message("(100004)projectId").description == "projectId"sv);
  STATIC_REQUIRE(tccode::parse_message(FW_OPEN "9003" FW_CLOSE " x ").module_code == 9003);
  STATIC_REQUIRE(!tccode::parse_message("(+5)").module_code);
  STATIC_REQUIRE(tccode::parse_message(" plain ").description == "plain"sv);
  STATIC_REQUIRE(noexcept(tccode::parse_message(std::string_view())));  // the function's, not the conversion's
}

TEST_CASE("parse_message and parse_code: runs of 1 to 12 digits", "[message][code]") {
  // Each run's value as a 64-bit number decides: up to INT_MAX it is the code, past it there is none.
  for (int digits = 1; digits <= 12; ++digits) {
    for (const char first : {'1', '2', '9'}) {
      std::string run(static_cast<std::size_t>(digits), '0');
      run[0] = first;
      for (std::size_t i = 1; i < run.size(); ++i) {
        run[i] = static_cast<char>('0' + (i * 7 + static_cast<std::size_t>(digits)) % 10);
      }
      const long long value = std::stoll(run);
      const std::optional<int> expected =
          value <= 2147483647LL ? std::optional<int>(static_cast<int>(value)) : std::nullopt;
      INFO("digits " << run);
      CHECK(tccode::parse_code(run) == expected);
      CHECK(tccode::parse_code("-" + run) ==
            (value <= 2147483648LL ? std::optional<int>(static_cast<int>(-value)) : std::nullopt));
      CHECK(tccode::parse_code(run + "x") == std::nullopt);
      const std::pair<std::string, std::string_view> tails[] = {{"", ""}, {"text", "text"}, {" 说明 ", "说明"}};
      for (const auto& [tail, description] : tails) {
        std::string message = "(";
        message += run;
        message += ')';
        message += tail;
        const tccode::parsed_message m = tccode::parse_message(message);
        CHECK(m.module_code == expected);
        const std::string_view whole = std::string_view(message).substr(0, message.find_last_not_of(' ') + 1);
        CHECK(m.description == (expected ? description : whole));
      }
    }
  }
}

TEST_CASE("parse_code: a code that arrives as a string", "[code]") {
  CHECK(tccode::parse_code("5100") == 5100);
  CHECK(tccode::parse_code("0") == 0);
  CHECK(tccode::parse_code("-2700") == -2700);
  CHECK(tccode::parse_code(" 5100 ") == 5100);
  CHECK(tccode::parse_code("\t100193\r\n") == 100193);
  CHECK(tccode::parse_code("007") == 7);
  CHECK(tccode::parse_code("2147483647") == 2147483647);
  CHECK(tccode::parse_code("-2147483648") == -2147483647 - 1);
}

TEST_CASE("parse_code: anything else is empty", "[code]") {
  for (const std::string_view text : {""sv, " "sv, "-"sv, "+5"sv, "5100.0"sv, "0x10"sv, "51 00"sv, "5100abc"sv, "abc"sv,
                                      "--1"sv, "1-"sv, "2147483648"sv, "-2147483649"sv, "99999999999999999999"sv,
                                      "\xEF\xBC\x91"sv /* full-width 1 */, std::string_view("5\0", 2)}) {
    INFO("code \"" << std::string(text) << "\"");
    CHECK(!tccode::parse_code(text));
  }
}

TEST_CASE("parse_code is constexpr", "[code][constexpr]") {
  STATIC_REQUIRE(tccode::parse_code("5100") == 5100);
  STATIC_REQUIRE(tccode::parse_code(" -2700 ") == -2700);
  STATIC_REQUIRE(!tccode::parse_code("5100x"));
  STATIC_REQUIRE(noexcept(tccode::parse_code(std::string_view())));
}

namespace {

// A view type of an SDK's own (LLVM's StringRef, say): it owns nothing, so a temporary of it is
// safe to pass as the message; tccode's trap for temporaries is for types that own their text.
class string_ref {
 public:
  constexpr string_ref(const char* data, std::size_t size) noexcept : data_(data), size_(size) {}
  constexpr operator std::string_view() const noexcept {
    return {data_, size_};
  }  // NOLINT(google-explicit-constructor)

 private:
  const char* data_;
  std::size_t size_;
};

string_ref message_ref(const std::string& stored) { return {stored.data(), stored.size()}; }

}  // namespace

TEST_CASE("a temporary view that owns nothing passes, and the documented safe forms", "[message][lifetime]") {
  static_assert(!tccode::detail::is_owning_temporary<string_ref>, "a view type owns nothing");
  static_assert(tccode::detail::is_owning_temporary<std::string>, "a std::string owns its text");
  static_assert(tccode::detail::is_owning_temporary<const std::string>, "so does a const one");
  static_assert(!tccode::detail::is_owning_temporary<std::string&>, "an lvalue lives on");
  const std::string stored = "(1036)name taken";
  const tccode::explanation e = tccode::explain(5100, message_ref(stored), tccode::project_crud);
  CHECK(e.module_row() == tccode::lookup(tccode::project_crud, 1036));
  CHECK(e.detail() == "name taken");
  CHECK(e.detail().data() == stored.data() + 6);  // a view into the stored message
  CHECK(tccode::parse_message(message_ref(stored)).module_code == 1036);
  // The forms the README gives for an SDK's temporary getMessage(): keep it, or explain_owned
  // (run under AddressSanitizer by the asan preset).
  const auto get_message = [] { return std::string("(1036)") + std::string(64, 'x'); };
  const std::string kept = get_message();
  CHECK(tccode::explain(5100, kept.c_str(), tccode::project_crud).detail() == std::string(64, 'x'));
  const tccode::owned_explanation owned = tccode::explain_owned(5100, get_message(), tccode::project_crud);
  CHECK(owned->detail() == std::string(64, 'x'));
}
