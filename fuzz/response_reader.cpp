// SPDX-License-Identifier: MIT
// Fuzzes the tool's response reader: malformed input is one line of error, never anything else;
// the text read in two pieces (split anywhere) reads as it does in one; leniently read, it never
// fails otherwise; read with nothing held (each response passed on in parts as it is read), it reads
// the same; and what it reads, written out again as JSON, reads back the same (bytes that are not
// UTF-8 as the text \xNN, as the tool shows them): an API 3.0 response or an SDK's logged error as
// an API 3.0 body, whose Code, Message and RequestId read back as they were.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check.hpp"
#include "json_writer.hpp"
#include "response.hpp"

namespace {

struct result {
  std::vector<tccode_tool::response> responses;
  std::vector<std::string> errors;
};

/// Gathers what the reader passes on, a response passed on in parts put together again.
class gather final : public tccode_tool::response_handler {
 public:
  explicit gather(result& out) : out_(out) {}

  void each(tccode_tool::response&& r) override {
    if (open_.empty()) {
      out_.responses.push_back(std::move(r));
    } else {
      TCCODE_FUZZ_CHECK(!r.label.empty());  // an item
      open_.back().items.push_back(std::move(r));
    }
  }
  void begin(tccode_tool::response&& head) override {
    TCCODE_FUZZ_CHECK(head.items.empty());
    TCCODE_FUZZ_CHECK(head.label.empty() == open_.empty());
    open_.push_back(std::move(head));
  }
  void end(tccode_tool::response&& tail) override {
    TCCODE_FUZZ_CHECK(!open_.empty());
    TCCODE_FUZZ_CHECK(tail.items.empty() && tail.message.empty());
    tccode_tool::response r = std::move(open_.back());
    open_.pop_back();
    // The fields read after the items: each read once, before them or after.
    for (auto [field, late] : {std::pair{&r.code_desc, &tail.code_desc},
                               {&r.request_id, &tail.request_id},
                               {&r.receipt_handle, &tail.receipt_handle}}) {
      TCCODE_FUZZ_CHECK(!(*field && *late));
      if (*late) {
        *field = std::move(*late);
      }
    }
    each(std::move(r));
  }
  void fail(const tccode_tool::input_error& e) override {
    open_.clear();  // what was begun is abandoned
    out_.errors.emplace_back(e.what());
  }
  [[nodiscard]] bool closed() const { return open_.empty(); }

 private:
  result& out_;
  std::vector<tccode_tool::response> open_;
};

/// Reads `text`, fed in pieces cut at `cuts` (offsets in order); `hold` 0 passes each response on in
/// parts as soon as its code and message are read.
result read(const std::string& text, bool lenient, const std::vector<std::size_t>& cuts = {},
            std::size_t hold = tccode_tool::read_options{}.hold) {
  result out;
  gather g(out);
  tccode_tool::response_reader reader("fuzz", tccode_tool::read_options{lenient, hold}, g);
  std::size_t from = 0;
  std::size_t next_cut = 0;
  reader.read([&]() -> std::string_view {
    while (from < text.size()) {  // an empty piece would be the end: cuts at one place give one
      const std::size_t to = next_cut < cuts.size() ? cuts[next_cut++] : text.size();
      if (to > from) {
        const std::string_view piece = std::string_view(text).substr(from, to - from);
        from = to;
        return piece;
      }
    }
    return {};
  });
  TCCODE_FUZZ_CHECK(g.closed());
  return out;
}

bool same(const tccode_tool::response& a, const tccode_tool::response& b) {
  if (a.label != b.label || a.api != b.api || a.form != b.form || a.code != b.code || a.code_string != b.code_string ||
      a.message != b.message || a.code_desc != b.code_desc || a.request_id != b.request_id ||
      a.receipt_handle != b.receipt_handle || a.unreadable != b.unreadable || a.cause != b.cause ||
      a.items.size() != b.items.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (!same(a.items[i], b.items[i])) {
      return false;
    }
  }
  return true;
}

bool same(const result& a, const result& b) {
  if (a.errors != b.errors || a.responses.size() != b.responses.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.responses.size(); ++i) {
    if (!same(a.responses[i], b.responses[i])) {
      return false;
    }
  }
  return true;
}

void check_errors(const result& r) {
  for (const std::string& what : r.errors) {
    TCCODE_FUZZ_CHECK(what.find('\n') == std::string::npos);  // one line
    TCCODE_FUZZ_CHECK(what.compare(0, 11, "fuzz: line ") == 0 || what.compare(0, 17, "fuzz: empty input") == 0);
  }
}

/// An API 3.0 response (a body, or a logged error) has what API 3.0 has and nothing of API 2.0's; a
/// logged error has its code and requestId without spaces at their ends, as the SDKs print them.
void check_api3(const tccode_tool::response& r) {
  TCCODE_FUZZ_CHECK(r.code == 0 && !r.code_desc && !r.receipt_handle && r.items.empty() && r.label.empty());
  if (r.form == tccode_tool::written_as::json) {
    TCCODE_FUZZ_CHECK(!r.cause);
    TCCODE_FUZZ_CHECK(!r.unreadable || r.unreadable->compare(0, 1, "\"") == 0);  // it names the field
    return;
  }
  TCCODE_FUZZ_CHECK(!r.unreadable);
  const auto trimmed = [](std::string_view s) {
    return s.empty() || (s.front() != ' ' && s.back() != ' ' && s.find('\n') == std::string_view::npos);
  };
  TCCODE_FUZZ_CHECK(trimmed(r.code_string) && trimmed(r.message.view()));
  TCCODE_FUZZ_CHECK(!r.request_id || (!r.request_id->empty() && trimmed(*r.request_id)));
}

/// Written as an API 3.0 body, `r` reads back with the same Code, Message and RequestId.
void check_round_trip3(const tccode_tool::response& r) {
  check_api3(r);
  if (r.unreadable || (r.form != tccode_tool::written_as::json && r.code_string.empty())) {
    return;  // no answer: nothing to write again
  }
  std::string body;
  tccode_tool::json_writer w(body);
  w.begin_object().key("Response").begin_object();
  if (!r.code_string.empty()) {
    w.key("Error").begin_object().member("Code", r.code_string).member("Message", r.message).end_object();
  }
  if (r.request_id) {
    w.member("RequestId", *r.request_id);
  }
  w.end_object().end_object();
  const result again = read(body, false);
  TCCODE_FUZZ_CHECK(again.errors.empty() && again.responses.size() == 1);
  const tccode_tool::response& back = again.responses[0];
  TCCODE_FUZZ_CHECK(back.api == tccode_tool::api_generation::v3 && !back.unreadable);
  TCCODE_FUZZ_CHECK(back.code_string == tccode_tool::as_utf8(r.code_string));
  TCCODE_FUZZ_CHECK(back.message.view() == (r.code_string.empty() ? std::string() : tccode_tool::as_utf8(r.message)));
  TCCODE_FUZZ_CHECK(back.request_id ==
                    (r.request_id ? std::optional<std::string>(tccode_tool::as_utf8(*r.request_id)) : std::nullopt));
}

void check_round_trip(const tccode_tool::response& r) {
  if (r.api == tccode_tool::api_generation::v3) {
    check_round_trip3(r);
    return;
  }
  TCCODE_FUZZ_CHECK(r.form == tccode_tool::written_as::json && r.code_string.empty() && !r.unreadable && !r.cause);
  std::string body;
  tccode_tool::json_writer w(body);
  w.begin_object().key("code").number(r.code).member("message", r.message);
  if (r.request_id) {
    w.member("requestId", *r.request_id);
  }
  if (r.code_desc) {
    w.member("codeDesc", *r.code_desc);
  }
  w.end_object();
  const result again = read(body, false);
  TCCODE_FUZZ_CHECK(again.errors.empty());
  TCCODE_FUZZ_CHECK(again.responses.size() == 1);
  // Text that is not UTF-8 comes back as the JSON output shows it.
  const auto shown = [](const std::optional<std::string>& s) {
    return s ? std::optional<std::string>(tccode_tool::as_utf8(*s)) : std::nullopt;
  };
  TCCODE_FUZZ_CHECK(again.responses[0].code == r.code);
  TCCODE_FUZZ_CHECK(again.responses[0].message.view() == tccode_tool::as_utf8(r.message));
  TCCODE_FUZZ_CHECK(again.responses[0].request_id == shown(r.request_id));
  TCCODE_FUZZ_CHECK(again.responses[0].code_desc == shown(r.code_desc));
  for (const tccode_tool::response& item : r.items) {
    check_round_trip(item);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const bool lenient : {false, true}) {
    const result whole = read(text, lenient);
    check_errors(whole);
    // The same, whatever the pieces: one cut chosen by the input, and one byte at a time for short ones.
    const std::size_t cut = size == 0 ? 0 : data[0] % size;
    TCCODE_FUZZ_CHECK(same(whole, read(text, lenient, {cut})));
    if (size <= 64) {
      std::vector<std::size_t> bytes;
      for (std::size_t i = 1; i < size; ++i) {
        bytes.push_back(i);
      }
      TCCODE_FUZZ_CHECK(same(whole, read(text, lenient, bytes)));
    }
    // Passed on in parts as it is read, it reads the same: the same errors, and when there are none
    // (an error can follow parts already passed on), the same responses.
    const result parts = read(text, lenient, {cut}, 0);
    TCCODE_FUZZ_CHECK(parts.errors == whole.errors);
    TCCODE_FUZZ_CHECK(!whole.errors.empty() || same(whole, parts));
    for (const tccode_tool::response& r : whole.responses) {
      check_round_trip(r);
    }
  }
  return 0;
}
