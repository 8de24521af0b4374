// SPDX-License-Identifier: MIT
// The tccode tool's reader of responses, apart so that a fuzzer can drive it: API 2.0 and API 3.0
// JSON bodies, and the error lines that the API 3.0 SDKs print. It reads a stream of any size as it
// comes, holding no more than one response at a time (and of a response too big to hold, no more than
// one item): JSON Lines, or JSON values one after another, pretty-printed or not.
#ifndef TCCODE_TOOLS_RESPONSE_HPP
#define TCCODE_TOOLS_RESPONSE_HPP

#include <algorithm>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tccode_tool {

/// Malformed input: one line on standard error, and exit status 2.
class input_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Bytes read from the input, in one block that grows with std::realloc. Where the C library remaps
/// a large block rather than copying it (glibc), a huge message grows in place: it is never in memory
/// twice, as it would be while a std::string doubles.
class text_buffer {
 public:
  text_buffer() noexcept = default;
  explicit text_buffer(std::string_view s) { append(s); }
  text_buffer(const text_buffer& other) : text_buffer(other.view()) {}
  text_buffer(text_buffer&& other) noexcept { swap(other); }
  text_buffer& operator=(const text_buffer& other) {
    if (this != &other) {
      assign(other.view());
    }
    return *this;
  }
  text_buffer& operator=(text_buffer&& other) noexcept {
    text_buffer gone(std::move(other));
    swap(gone);
    return *this;
  }
  ~text_buffer();

  void assign(std::string_view s) {
    size_ = 0;
    append(s);
  }
  void append(std::string_view s);
  void push_back(char c) {
    if (size_ == capacity_) {
      grow(size_ + 1);
    }
    data_[size_++] = c;
  }
  void truncate(std::size_t size) noexcept { size_ = std::min(size_, size); }
  /// Keeps only the `length` bytes from `from` (a part of the text, moved to its start): a huge
  /// message cut out of its line is not copied into a second block.
  void keep(std::size_t from, std::size_t length) noexcept;
  void clear() noexcept { size_ = 0; }
  void swap(text_buffer& other) noexcept;

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] std::string_view view() const noexcept { return {data_, size_}; }
  /// A view of the text, as std::string gives one.
  operator std::string_view() const noexcept { return view(); }

  friend bool operator==(const text_buffer& a, const text_buffer& b) noexcept { return a.view() == b.view(); }
  friend bool operator!=(const text_buffer& a, const text_buffer& b) noexcept { return a.view() != b.view(); }

 private:
  void grow(std::size_t needed);

  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

/// The API a response is of: API 2.0's {"code": 4100, ...}, or API 3.0's {"Response": {"Error": ...}}.
enum class api_generation : unsigned char { v2, v3 };

/// How a response was written: a JSON body, or the error text of an API 3.0 SDK as it is logged.
enum class written_as : unsigned char {
  json,
  go,      ///< [TencentCloudSDKError] Code=..., Message=..., RequestId=... (Terraform's and Packer's too)
  python,  ///< [TencentCloudSDKException] code:... message:... requestId:...
  cpp,     ///< RequestId=..., ErrorCode=..., ErrorMessage=... (Core::Error::PrintAll)
  java,    ///< [TencentCloudSDKException]code: ... message:... requestId:... [cause:...]
  node,    ///< [TencentCloudSDKException]message:...  requestId:...  traceId:...
};

/// One response to explain: the whole body, or one item of a batch response (its "detail", CMQ's
/// "errorList").
struct response {
  std::string label;  ///< empty for a whole response; "detail[2]", "detail.ins-1" or "errorList[0]" for an item
  api_generation api = api_generation::v2;
  written_as form = written_as::json;
  int code = 0;             ///< API 2.0's code
  std::string code_string;  ///< API 3.0's Error.Code: empty for a success, or for an SDK's error without one
  text_buffer message;      ///< API 2.0's message, API 3.0's Error.Message
  std::optional<std::string> unreadable;      ///< API 3.0: why the body is no answer ("Response" is null, ...)
  std::optional<std::string> cause;           ///< a logged error's cause (Java's " cause:...")
  std::optional<std::string> code_desc;       ///< "codeDesc" (any case), a string or a number's text
  std::optional<std::string> request_id;      ///< "requestId" (any case), a string or a number's text
  std::optional<std::string> receipt_handle;  ///< "receiptHandle": which message a CMQ errorList item is about
  std::vector<response> items;
};

struct read_options {
  /// Also read what logs and documentation show that is not JSON: Python's dict repr ('...', True,
  /// None, u'...'), Node's util.inspect (unquoted keys, '...' and `...`), trailing commas, comments.
  bool lenient = false;
  /// How much a response's items (and the responses of a line before its end) may take before they
  /// are passed on as they are read rather than whole: about the bytes of their text.
  std::size_t hold = std::size_t{1} << 20;
};

/// What the reader finds, in order.
class response_handler {
 public:
  response_handler() = default;
  response_handler(const response_handler&) = delete;
  response_handler& operator=(const response_handler&) = delete;
  response_handler(response_handler&&) = delete;
  response_handler& operator=(response_handler&&) = delete;
  virtual ~response_handler() = default;

  /// A response, whole, with its items; or, while a response is begun, an item of the one begun last.
  virtual void each(response&& r) = 0;
  /// A response (or an item) too big to hold whole: what was read before its items (at least its
  /// code and message); its items follow one by one, then `end`.
  virtual void begin(response&& head) = 0;
  /// The end of the response begun last: `tail` holds the fields read after its items began.
  virtual void end(response&& tail) = 0;
  /// Malformed input. Every response begun and not ended is abandoned: it ends here.
  virtual void fail(const input_error& e) = 0;
};

/// Reads responses from a text it pulls in pieces, and passes each on as soon as it is complete and
/// its line (of JSON Lines) or the rest of its last line is read. A line that does not start with '{'
/// and holds an API 3.0 SDK's error text (written_as) is that error, read from its line; any other is
/// read as JSON. The first line that is not blank
/// decides the form: when its first value ends on it, the text is JSON Lines: each line is read on its
/// own, and a line that is malformed in any way (trailing junk included) is one error, after which the
/// next line is read. Otherwise the text is JSON values one after another (a pretty-printed response):
/// the first malformed value is an error and the rest is not read. An error's message is
/// "NAME: line L, column C: what". Input without any value is an error too.
///
/// Memory: a response's own fields, and of its items about `read_options::hold`: past that, a
/// response whose code and message are read is passed on in parts (begin, each item, end). Strings are
/// read as they are, byte for byte: text that is not UTF-8 (GBK) is kept for the caller to show.
class response_reader {
 public:
  response_reader(std::string name, read_options options, response_handler& handler);
  ~response_reader();
  response_reader(const response_reader&) = delete;
  response_reader& operator=(const response_reader&) = delete;
  response_reader(response_reader&&) = delete;
  response_reader& operator=(response_reader&&) = delete;

  /// Reads the whole text: `next` gives each piece (an empty piece is the end), and may throw to
  /// stop, for a read that failed. A piece stays valid until `next` is called again.
  void read(const std::function<std::string_view()>& next);
  /// The responses passed on so far (whole or begun; items not counted).
  [[nodiscard]] std::size_t responses() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// The SDK error that `line` (one line of a log, without its end) prints, taken out of it (the
/// message moved, not copied): false, and `line` left as it was, when it holds none.
bool read_logged_error(text_buffer& line, response& out);

/// `s` with control bytes and invalid UTF-8 shown as '?', cut to about `limit` bytes: safe for a
/// one-line error message.
std::string printable(std::string_view s, std::size_t limit = 200);

}  // namespace tccode_tool

#endif  // TCCODE_TOOLS_RESPONSE_HPP
