// SPDX-License-Identifier: MIT
#include "response.hpp"

#include <tccode/core.hpp>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "json_writer.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <utility>

namespace tccode_tool {

std::string printable(std::string_view s, std::size_t limit) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size() && i < limit) {
    const std::size_t length = utf8_length(s.substr(i));
    const auto byte = static_cast<unsigned char>(s[i]);
    if (length == 0 || byte < 0x20 || byte == 0x7F) {
      out += '?';
      ++i;
    } else {
      out.append(s.substr(i, length));
      i += length;
    }
  }
  if (i < s.size()) {
    out += "...";
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// text_buffer

text_buffer::~text_buffer() { std::free(data_); }

void text_buffer::append(std::string_view s) {
  if (s.empty()) {
    return;
  }
  if (capacity_ - size_ < s.size()) {
    grow(size_ + s.size());
  }
  std::memcpy(data_ + size_, s.data(), s.size());
  size_ += s.size();
}

void text_buffer::keep(std::size_t from, std::size_t length) noexcept {
  from = std::min(from, size_);
  length = std::min(length, size_ - from);
  if (from > 0 && length > 0) {
    std::memmove(data_, data_ + from, length);
  }
  size_ = length;
}

void text_buffer::swap(text_buffer& other) noexcept {
  std::swap(data_, other.data_);
  std::swap(size_, other.size_);
  std::swap(capacity_, other.capacity_);
}

void text_buffer::grow(std::size_t needed) {
  const std::size_t capacity = std::max({needed, capacity_ * 2, std::size_t{64}});
  void* data = std::realloc(data_, capacity);  // glibc remaps a large block: no copy, no second block
  if (data == nullptr) {
    throw std::bad_alloc();
  }
  data_ = static_cast<char*>(data);
  capacity_ = capacity;
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// ---------------------------------------------------------------------------------------------
// The text as RapidJSON reads it

/// The text, pulled in pieces as the parser asks for it, so that no line or value is ever held whole.
/// RapidJSON's in-situ mode writes each decoded string through its stream (PutBegin, Put, PutEnd):
/// here into one buffer, which the handler reads or takes. With stop_at_newline, a line's end reads as
/// the end of the text, as JSON Lines need. It counts lines, and can record the text of a malformed
/// value for the hint that --lenient would read it.
class input_stream {
 public:
  using Ch = char;

  explicit input_stream(const std::function<std::string_view()>& next) : next_(next) {}

  // NOLINTBEGIN(readability-identifier-naming): RapidJSON's stream concept
  char Peek() {
    if (pos_ == end_ && !refill()) {
      return '\0';
    }
    const char c = *pos_;
    return c == '\n' && stop_at_newline_ ? '\0' : c;
  }
  char Take() {
    if (pos_ == end_ && !refill()) {
      return '\0';
    }
    const char c = *pos_;
    if (c == '\n') {
      if (stop_at_newline_) {
        return '\0';
      }
      ++pos_;
      newline();
      return c;
    }
    ++pos_;
    return c;
  }
  [[nodiscard]] std::size_t Tell() const { return base_ + static_cast<std::size_t>(pos_ - begin_); }
  // The text of a string is the handler's to take (string(), take_string()), not RapidJSON's: its
  // pointer may not outlive the buffer's growth.
  char* PutBegin() {
    string_.clear();
    return nullptr;
  }
  void Put(char c) { string_.push_back(c); }
  std::size_t PutEnd(char* /*begin*/) const { return string_.size(); }
  // NOLINTEND(readability-identifier-naming)

  /// The last string read (RapidJSON's length: without its terminating NUL).
  [[nodiscard]] std::string_view string(std::size_t length) const { return string_.view().substr(0, length); }
  /// The same, taken: a huge message is not copied.
  text_buffer take_string(std::size_t length) {
    text_buffer out;
    out.swap(string_);
    out.truncate(length);
    return out;
  }

  void stop_at_newline(bool stop) { stop_at_newline_ = stop; }
  /// True when a line's end was read since watch_newlines().
  [[nodiscard]] bool newline_taken() const { return newline_taken_; }
  void watch_newlines() { newline_taken_ = false; }
  /// The line and column of `offset`, on the current line or (read through lenient_stream, which
  /// reads a byte ahead) the one before.
  [[nodiscard]] std::pair<std::size_t, std::size_t> place(std::size_t offset) const {
    if (offset >= line_start_ || line_ == 1) {
      return {line_, offset >= line_start_ ? offset - line_start_ + 1 : 1};
    }
    return {line_ - 1, offset >= previous_line_start_ ? offset - previous_line_start_ + 1 : 1};
  }

  /// True at a NUL byte of the text (which Peek() shows as the end).
  [[nodiscard]] bool real_nul() const { return pos_ != end_ && *pos_ == '\0'; }
  /// True at the end of the text, or of the line with stop_at_newline.
  bool at_end() { return Peek() == '\0' && !real_nul(); }

  /// Skips `prefix` (a byte-order mark) when the text starts with it.
  void skip_prefix(std::string_view prefix) {
    if (pos_ == end_ && !refill()) {
      return;
    }
    if (static_cast<std::size_t>(end_ - pos_) < prefix.size()) {
      // Pieces too small to hold the prefix (a byte at a time): gathered into one, only ever here.
      carry_.assign(pos_, end_);
      base_ = Tell();
      while (carry_.size() < prefix.size()) {
        const std::string_view piece = next_();
        if (piece.empty()) {
          eof_ = true;
          break;
        }
        carry_.append(piece);
      }
      begin_ = pos_ = carry_.data();
      end_ = begin_ + carry_.size();
    }
    if (std::string_view(pos_, static_cast<std::size_t>(end_ - pos_)).substr(0, prefix.size()) == prefix) {
      pos_ += prefix.size();
      line_start_ = Tell();
    }
  }

  /// The line being read (from 1).
  [[nodiscard]] std::size_t line() const { return line_; }

  /// Appends the line from here to `out`, its end ('\n') left to read, up to about `limit` bytes:
  /// false when it stopped there, before the line's end.
  bool take_line(text_buffer& out, std::size_t limit) {
    for (;;) {
      if (pos_ == end_ && !refill()) {
        return true;
      }
      const auto size = static_cast<std::size_t>(end_ - pos_);
      const void* newline = std::memchr(pos_, '\n', size);
      const std::size_t length = newline != nullptr ? static_cast<std::size_t>(static_cast<const char*>(newline) - pos_)
                                                    : std::min(size, limit - std::min(limit, out.size()));
      out.append(std::string_view(pos_, length));
      pos_ += length;
      if (newline != nullptr) {
        return true;
      }
      if (out.size() >= limit) {
        return false;
      }
    }
  }

  /// Gives `text` again, which was taken (take_line) up to here: it is read from its start once more,
  /// then the rest of the text. The piece being read stays valid, as next() is not called meanwhile.
  void unread(text_buffer&& text) {
    keep_recorded();
    const std::size_t at = Tell();
    resume_ = pos_;
    resume_end_ = end_;
    replay_ = std::move(text);
    base_ = at - replay_.size();
    begin_ = pos_ = record_from_ = replay_.view().data();
    end_ = begin_ + replay_.size();
    replaying_ = true;
  }

  /// Moves to the end of the line (its '\n' is left to read), or of the text.
  void skip_rest_of_line() {
    for (;;) {
      if (pos_ == end_ && !refill()) {
        return;
      }
      const void* newline = std::memchr(pos_, '\n', static_cast<std::size_t>(end_ - pos_));
      if (newline != nullptr) {
        pos_ = static_cast<const char*>(newline);
        return;
      }
      pos_ = end_;
    }
  }

  /// The next byte, whatever it is (a line's end too): false at the end of the text.
  bool take_byte(char& c) {
    if (pos_ == end_ && !refill()) {
      return false;
    }
    c = *pos_++;
    if (c == '\n') {
      newline();
    }
    return true;
  }

  /// Reads the rest of the text, unread.
  void skip_all() {
    pos_ = end_;
    while (refill()) {
      pos_ = end_;
    }
  }

  /// Keeps the text from here on (up to `limit` bytes), for recorded().
  void start_recording(std::size_t limit) {
    record_.clear();
    record_limit_ = limit;
    recording_ = true;
    record_from_ = pos_;
  }
  void stop_recording() { recording_ = false; }
  /// The text since start_recording(), or nothing when it outgrew its limit.
  std::optional<std::string> recorded() {
    keep_recorded();
    record_from_ = pos_;
    return recording_ ? std::optional<std::string>(record_) : std::nullopt;
  }

 private:
  bool refill() {
    if (replaying_) {  // the text given again is read: on with the piece it was taken from
      keep_recorded();
      base_ += static_cast<std::size_t>(end_ - begin_);
      replaying_ = false;
      begin_ = pos_ = record_from_ = resume_;
      end_ = resume_end_;
      if (pos_ != end_) {
        return true;
      }
    }
    if (eof_) {
      return false;
    }
    keep_recorded();
    base_ += static_cast<std::size_t>(end_ - begin_);
    const std::string_view piece = next_();
    if (piece.empty()) {
      eof_ = true;
      begin_ = pos_ = end_ = record_from_ = nullptr;
      return false;
    }
    begin_ = pos_ = record_from_ = piece.data();
    end_ = begin_ + piece.size();
    return true;
  }

  void newline() {
    ++line_;
    previous_line_start_ = line_start_;
    line_start_ = Tell();
    newline_taken_ = true;
  }

  void keep_recorded() {
    if (!recording_) {
      return;
    }
    const auto size = static_cast<std::size_t>(pos_ - record_from_);
    if (record_.size() + size > record_limit_) {
      recording_ = false;
      record_.clear();
      return;
    }
    record_.append(record_from_, size);
    record_from_ = pos_;
  }

  const std::function<std::string_view()>& next_;
  const char* begin_ = nullptr;  // the piece being read, which starts at offset base_ of the text
  const char* pos_ = nullptr;
  const char* end_ = nullptr;
  std::size_t base_ = 0;
  bool eof_ = false;
  std::string carry_;
  text_buffer replay_;  // text given again (unread), read before the rest of the piece it came from
  bool replaying_ = false;
  const char* resume_ = nullptr;
  const char* resume_end_ = nullptr;
  bool stop_at_newline_ = false;
  bool newline_taken_ = false;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;  // the offset where the current line starts
  std::size_t previous_line_start_ = 0;
  text_buffer string_;
  bool recording_ = false;
  std::size_t record_limit_ = 0;
  const char* record_from_ = nullptr;  // the first byte of the piece not yet in record_
  std::string record_;
};

// ---------------------------------------------------------------------------------------------
// Lenient reading: what logs and documentation show, made JSON as it is read

bool is_identifier_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'; }
bool is_identifier_part(char c) { return is_identifier_start(c) || (c >= '0' && c <= '9'); }
bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/// The text (an input_stream) made JSON as RapidJSON reads it: Python's and Node's strings in single
/// quotes or backticks become JSON strings, bare keys and words are quoted, Python's and JavaScript's
/// literals become JSON's. Comments and trailing commas are left to RapidJSON. Tell() is the offset in
/// the text itself, so that an error points at what the user wrote.
class lenient_stream {
 public:
  using Ch = char;

  explicit lenient_stream(input_stream& raw) : raw_(raw) {}

  // NOLINTBEGIN(readability-identifier-naming): RapidJSON's stream concept
  char Peek() {
    if (next_ == out_.size() && !produce()) {
      return '\0';
    }
    return out_[next_];
  }
  char Take() {
    const char c = Peek();
    if (next_ < out_.size()) {
      if (next_ == newline_at_) {
        char newline = 0;
        raw_.take_byte(newline);
        newline_at_ = none;
      }
      ++next_;
    }
    return c;
  }
  [[nodiscard]] std::size_t Tell() const { return next_ < out_.size() ? at_[next_] : raw_.Tell(); }
  char* PutBegin() { return raw_.PutBegin(); }
  void Put(char c) { raw_.Put(c); }
  std::size_t PutEnd(char* begin) const { return raw_.PutEnd(begin); }
  // NOLINTEND(readability-identifier-naming)

  [[nodiscard]] bool real_nul() const { return next_ == out_.size() && raw_.real_nul(); }
  bool at_end() { return Peek() == '\0' && !real_nul(); }
  /// True when text is read ahead: converted, not yet taken.
  [[nodiscard]] bool ahead() const { return next_ < out_.size(); }
  void skip_rest_of_line() {
    out_.clear();
    at_.clear();
    next_ = 0;
    newline_at_ = none;
    state_ = state::plain;
    raw_.skip_rest_of_line();
  }

 private:
  static constexpr std::size_t none = ~std::size_t{0};

  enum class state : unsigned char { plain, json_string, number, line_comment, block_comment, quoted };

  void emit(char c, std::size_t at) {
    out_ += c;
    at_.push_back(at);
  }
  void emit(std::string_view s, std::size_t at) {
    for (const char c : s) {
      emit(c, at);
    }
  }
  /// Takes the next byte of the text and writes it as it is.
  void copy() {
    const std::size_t at = raw_.Tell();
    if (raw_.Peek() == '\n') {
      emit('\n', at);
      newline_at_ = out_.size() - 1;
    } else {
      emit(raw_.Take(), at);
    }
  }

  /// Converts the next part of the text into out_: false at its end.
  bool produce() {
    out_.clear();
    at_.clear();
    next_ = 0;
    while (out_.empty()) {
      const char c = raw_.Peek();
      if (c == '\0') {  // the end, or a NUL byte: RapidJSON stops at either
        return false;
      }
      switch (state_) {
        case state::json_string:
          copy();
          if (escaped_) {
            escaped_ = false;
          } else if (c == '\\') {
            escaped_ = true;
          } else if (c == '"') {
            state_ = state::plain;
          }
          break;
        case state::number:
          if (is_identifier_part(c) || c == '.' || c == '+' || c == '-') {
            copy();
          } else {
            state_ = state::plain;
          }
          break;
        case state::line_comment:
          if (c == '\n') {
            state_ = state::plain;
          } else {
            copy();
          }
          break;
        case state::block_comment:
          copy();
          if (c == '/' && star_) {
            state_ = state::plain;
          }
          star_ = c == '*';
          break;
        case state::quoted:
          convert_quoted(c);
          break;
        case state::plain:
          plain(c);
          break;
      }
    }
    return true;
  }

  void plain(char c) {
    if (c == '"') {
      copy();
      state_ = state::json_string;
      escaped_ = false;
    } else if (c == '\'' || c == '`') {
      emit('"', raw_.Tell());
      raw_.Take();
      quote_ = c;
      state_ = state::quoted;
    } else if (c == '/') {
      copy();
      const char next = raw_.Peek();
      if (next == '/' || next == '*') {
        copy();
        state_ = next == '/' ? state::line_comment : state::block_comment;
        star_ = false;
      }
    } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
      state_ = state::number;
    } else if (is_identifier_start(c)) {
      convert_word();
    } else {
      copy();
    }
  }

  /// The next byte of a string in single quotes or backticks, as JSON: its double quotes escaped, \'
  /// and \` without their backslash, \xNN as \u00NN, raw control characters escaped.
  void convert_quoted(char c) {
    static constexpr char hex[] = "0123456789abcdef";
    const std::size_t at = raw_.Tell();
    if (c == '\n') {
      emit("\\u000a", at);
      newline_at_ = out_.size() - 1;
      return;
    }
    raw_.Take();
    if (c == quote_) {
      emit('"', at);
      state_ = state::plain;
    } else if (c == '\\') {
      const char next = raw_.Peek();
      if (next == '\0') {
        emit('\\', at);
      } else if (next == '\'' || next == '`') {
        emit(raw_.Take(), at);
      } else if (next == 'x') {
        raw_.Take();
        const char high = raw_.Peek();
        if (!is_hex(high)) {
          emit("\\x", at);
          return;
        }
        raw_.Take();
        const char low = raw_.Peek();
        if (!is_hex(low)) {
          emit("\\x", at);
          emit(high, at + 2);
          return;
        }
        raw_.Take();
        emit("\\u00", at);
        emit(high, at + 2);
        emit(low, at + 3);
      } else if (next == '\n') {  // a malformed escape, left to the parser to find: the line's end stays unread
        emit('\\', at);
        emit('\n', at + 1);
        newline_at_ = out_.size() - 1;
      } else {
        emit('\\', at);
        emit(raw_.Take(), at + 1);
      }
    } else if (c == '"') {
      emit("\\\"", at);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      emit("\\u00", at);
      emit(hex[(static_cast<unsigned char>(c) >> 4) & 0xF], at);
      emit(hex[static_cast<unsigned char>(c) & 0xF], at);
    } else {
      emit(c, at);
    }
  }

  /// A bare word: a key (followed by ':'), Python's and JavaScript's literals, a string prefix
  /// (u'...'), or anything else (Node's [Object]) as a string.
  void convert_word() {
    const std::size_t start = raw_.Tell();
    word_.clear();
    while (is_identifier_part(raw_.Peek())) {
      word_ += raw_.Take();
    }
    const char after = raw_.Peek();
    if (word_.size() <= 2 && word_.find_first_not_of("uUbBrR") == std::string::npos &&
        (after == '\'' || after == '"')) {
      return;  // a string prefix: dropped
    }
    // What follows the word, up to a colon: a key's, read now and written after it as it is.
    const std::size_t spaces_at = raw_.Tell();
    spaces_.clear();
    while (raw_.Peek() == ' ' || raw_.Peek() == '\t') {
      spaces_ += raw_.Take();
    }
    std::string_view literal;
    if (raw_.Peek() != ':') {
      literal = word_ == "True" || word_ == "true"     ? "true"
                : word_ == "False" || word_ == "false" ? "false"
                : word_ == "None" || word_ == "null" || word_ == "undefined" || word_ == "NaN" || word_ == "Infinity"
                    ? "null"
                    : "";
    }
    if (!literal.empty()) {
      for (std::size_t i = 0; i < literal.size(); ++i) {
        emit(literal[i], start + std::min(i, word_.size() - 1));
      }
    } else {
      emit('"', start);
      for (std::size_t i = 0; i < word_.size(); ++i) {
        emit(word_[i], start + i);
      }
      emit('"', start + word_.size());
    }
    for (std::size_t i = 0; i < spaces_.size(); ++i) {
      emit(spaces_[i], spaces_at + i);
    }
  }

  input_stream& raw_;
  std::string out_;              // converted text not yet read, from next_ on
  std::vector<std::size_t> at_;  // for each byte of out_: the offset in the text it comes from
  std::size_t next_ = 0;
  // A line's end is taken from the text only as the parser takes it (or the last byte made of it),
  // so that the text's line is the parser's: where an error is, and whether a value went on past its
  // first line.
  std::size_t newline_at_ = none;
  state state_ = state::plain;
  bool escaped_ = false;
  bool star_ = false;
  char quote_ = 0;
  std::string word_;
  std::string spaces_;
};

// ---------------------------------------------------------------------------------------------
// Responses from RapidJSON's events

// The parser writes strings in place (into input_stream's buffer), stops after one value (the
// framing is the reader's), and reads strings byte for byte, without checking that they are UTF-8:
// a message in GBK is shown with its bytes escaped, not refused, its code and module code explained.
constexpr unsigned strict_flags = rapidjson::kParseInsituFlag | rapidjson::kParseStopWhenDoneFlag;
constexpr unsigned lenient_flags = strict_flags | rapidjson::kParseTrailingCommasFlag | rapidjson::kParseCommentsFlag;

constexpr std::size_t hint_limit = std::size_t{1} << 20;  // the most text that a strict error's hint reads again

// RapidJSON's parser recurses into each object and array: a line of a million '[' would overflow the
// stack. No response nests this deep; deeper is malformed.
constexpr std::size_t max_depth = 1000;

/// The text of a number as it is shown: an integer as it is, another number as "%.17g" makes it (an
/// integral one without a fraction: 9177.0 is "9177").
std::string number_text(double d) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", d);
  return text;
}
template <class Integer>
std::string number_text(Integer i) {
  return std::to_string(i);
}

/// True when `key` is `lower` in any case (ASCII).
bool key_is(std::string_view key, std::string_view lower) {
  if (key.size() != lower.size()) {
    return false;
  }
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const char c = key[i] >= 'A' && key[i] <= 'Z' ? static_cast<char>(key[i] - 'A' + 'a') : key[i];
    if (c != lower[i]) {
      return false;
    }
  }
  return true;
}

/// The fields of a response that the reader reads; the first of each counts (in any case). "Response"
/// makes a whole value API 3.0's.
enum class field : unsigned char {
  none,
  code,
  message,
  code_desc,
  request_id,
  receipt_handle,
  detail,
  error_list,
  response
};
constexpr std::size_t field_count = 9;

field field_of(std::string_view key) {
  switch (key.size()) {
    case 4:
      return key_is(key, "code") ? field::code : field::none;
    case 6:
      return key_is(key, "detail") ? field::detail : field::none;
    case 7:
      return key_is(key, "message") ? field::message : field::none;
    case 8:
      return key_is(key, "codedesc") ? field::code_desc : key_is(key, "response") ? field::response : field::none;
    case 9:
      return key_is(key, "requestid") ? field::request_id : key_is(key, "errorlist") ? field::error_list : field::none;
    case 13:
      return key_is(key, "receipthandle") ? field::receipt_handle : field::none;
    default:
      return field::none;
  }
}

/// About the memory a response takes, its items aside.
std::size_t size_of(const response& r) {
  return sizeof(response) + r.label.size() + r.code_string.size() + r.message.size() +
         (r.code_desc ? r.code_desc->size() : 0) + (r.request_id ? r.request_id->size() : 0) +
         (r.receipt_handle ? r.receipt_handle->size() : 0) + (r.unreadable ? r.unreadable->size() : 0) +
         (r.cause ? r.cause->size() : 0);
}

/// Builds responses from RapidJSON's events, one top-level value at a time, and passes them on: a
/// whole value once the rest of its line is read too (pass_pending()), or, once what is held takes
/// more than read_options::hold, in parts as they are read (release()).
class builder {
 public:
  builder(input_stream& raw, response_handler& handler, std::size_t hold) : raw_(raw), handler_(handler), hold_(hold) {}

  /// A new top-level value begins.
  void start_value() {
    frames_.clear();
    containers_.clear();
    ignore_ = 0;
    depth_ = 0;
    role_ = role::root;
    value_error_.reset();
  }
  /// True when the value stopped because it nests deeper than max_depth.
  [[nodiscard]] bool too_deep() const { return depth_ > max_depth; }
  /// What makes the value just read malformed though it is JSON (no "code", a code that is not an
  /// integer, ...): the first that reading it whole would find.
  [[nodiscard]] const std::optional<std::string>& value_error() const { return value_error_; }

  /// The values read and held (the rest of their line not yet read) are passed on.
  void pass_pending() {
    for (response& r : pending_) {
      ++count_;
      handler_.each(std::move(r));
    }
    pending_.clear();
    pending_held_ = 0;
  }
  /// The values held are malformed with what follows: dropped; what was begun ends with `e`.
  void fail(const input_error& e) {
    pending_.clear();
    frames_.clear();
    pending_held_ = 0;
    doomed_ = false;
    handler_.fail(e);
  }
  [[nodiscard]] std::size_t count() const { return count_; }
  /// A logged error, read from its line: passed on as a whole value is.
  void logged(response&& r) {
    pending_.push_back(std::move(r));
    pass_pending();
  }

  // NOLINTBEGIN(readability-identifier-naming): RapidJSON's handler concept
  bool Null() { return scalar("null"); }
  bool Bool(bool /*b*/) { return scalar("boolean"); }
  bool Int(int i) { return number(i, i, ""); }
  bool Uint(unsigned u) {
    return number(u, u <= static_cast<unsigned>(INT_MAX) ? std::optional<int>(static_cast<int>(u)) : std::nullopt,
                  " does not fit in int");
  }
  bool Int64(std::int64_t i) { return number(i, std::nullopt, " does not fit in int"); }
  bool Uint64(std::uint64_t u) { return number(u, std::nullopt, " does not fit in int"); }
  bool Double(double d) {
    // An integral number written as a double (5100.0) is that integer.
    const bool integral = std::trunc(d) == d;
    const bool fits = integral && d >= INT_MIN && d <= INT_MAX;
    return number(d, fits ? std::optional<int>(static_cast<int>(d)) : std::nullopt,
                  integral ? " does not fit in int" : " is not an integer");
  }
  bool RawNumber(const char* /*text*/, rapidjson::SizeType /*length*/, bool /*copy*/) { return true; }
  bool String(const char* /*str*/, rapidjson::SizeType length, bool /*copy*/);
  bool StartObject();
  bool Key(const char* /*str*/, rapidjson::SizeType length, bool /*copy*/);
  bool EndObject(rapidjson::SizeType /*members*/);
  bool StartArray();
  bool EndArray(rapidjson::SizeType /*elements*/);
  // NOLINTEND(readability-identifier-naming)

 private:
  /// What the next value is to the response being read.
  enum class role : unsigned char {
    root,
    none,
    ignore,
    code,
    message,
    code_desc,
    request_id,
    receipt_handle,
    detail,
    error_list,
    item,
    response3,  // API 3.0: the value of "Response"
    error3,     // its "Error"
    code3,      // the Error's "Code"
    message3    // and "Message"
  };

  struct frame {
    response r;                // its fields, and its items while it is held
    std::string begun_label;   // its label, once passed on in parts
    field from = field::none;  // its parent's field that holds it: detail or errorList
    bool seen[field_count] = {};
    bool code_read = false;
    bool message_read = false;
    bool begun = false;
    std::size_t held = 0;              // what its items take
    std::optional<std::string> error;  // its own: the code's (rank 1) or the message's (rank 2)
    int error_rank = 0;
    std::optional<std::string> detail_error;      // the first of its detail items'
    std::optional<std::string> error_list_error;  // the first of its errorList items'
    bool code3_seen = false;                      // API 3.0: the Error's "Code" (any case), once
    bool message3_seen = false;
    bool error3_seen = false;
    bool request_id3_seen = false;

    [[nodiscard]] bool failed() const { return error || detail_error || error_list_error; }
    [[nodiscard]] std::string prefix() const {
      const std::string& label = begun ? begun_label : r.label;
      return label.empty() ? std::string() : printable(label) + ": ";
    }
  };

  /// An object or array open in the value, but for those ignored (counted in ignore_).
  struct container {
    enum kind : unsigned char { response_object, items_array, items_object, response3_object, error3_object } is;
    field from;         // of items: detail or errorList
    std::size_t index;  // of an items array: the items so far
  };

  /// This frame's own error, unless it has one that ranks before: a response's code is checked
  /// before its message, and both before its items (detail's, then errorList's), wherever they are.
  void own_error(frame& f, int rank, const std::string& what) {
    if (!f.error || rank < f.error_rank) {
      f.error = f.prefix() + what;
      f.error_rank = rank;
    }
    doom_if_begun();
  }
  /// Why the API 3.0 response being read is no answer, unless something before says so already.
  void unreadable(const std::string& why) {
    std::optional<std::string>& slot = frames_.back().r.unreadable;
    if (!slot) {
      slot = why;
    }
  }
  /// The API 3.0 value of `role` is of the wrong type: an answer that the SDKs cannot read either.
  /// True when the role was one of API 3.0's.
  bool wrong_type3(const char* type) {
    const char* name = role_ == role::response3  ? "Response"
                       : role_ == role::error3   ? "Error"
                       : role_ == role::code3    ? "Code"
                       : role_ == role::message3 ? "Message"
                                                 : nullptr;
    if (name == nullptr) {
      return false;
    }
    if (role_ == role::message3 && std::strcmp(type, "null") == 0) {
      return true;  // as good as no message
    }
    const bool object_expected = role_ == role::response3 || role_ == role::error3;
    const bool null = std::strcmp(type, "null") == 0;
    unreadable(std::string("\"") + name + "\" is " + type +
               (null              ? ""
                : object_expected ? ", not an object"
                                  : ", not a string"));
    return true;
  }
  /// The whole value is API 3.0's: what was read of it as API 2.0's is dropped.
  void become_api3(frame& f) {
    f.r = response();
    f.r.api = api_generation::v3;
    f.held = 0;
    f.error.reset();
    f.error_rank = 0;
    f.detail_error.reset();
    f.error_list_error.reset();
    f.message_read = false;
  }

  /// An error of an item of the top frame.
  void item_error(field from, std::string what) {
    frame& parent = frames_.back();
    std::optional<std::string>& slot = from == field::error_list ? parent.error_list_error : parent.detail_error;
    if (!slot) {
      slot = std::move(what);
    }
    doom_if_begun();
  }
  /// Once a response passed on in parts is found malformed, nothing more of it is passed on.
  void doom_if_begun() {
    if (!frames_.empty() && frames_.front().begun) {
      doomed_ = true;
    }
  }

  /// After a value: what the next one is.
  void next_role() {
    if (containers_.empty()) {
      role_ = role::none;
      return;
    }
    container& c = containers_.back();
    role_ = c.is == container::items_array ? role::item : role::none;
  }

  bool scalar(const char* type);
  /// A number: `code` is its value as a code when it is one, `why` what it is else.
  template <class Number>
  bool number(Number value, std::optional<int> code, const char* why);
  /// A value that is not an object where an item or the whole response is: an error, and its
  /// contents (an array's) ignored.
  void not_an_object(const char* type);
  void push_frame(std::string label, field from);
  void finish_frame();
  void release();
  /// What the values and items held take.
  [[nodiscard]] std::size_t held() const {
    std::size_t all = pending_held_;
    for (const frame& f : frames_) {
      all += f.held;
    }
    return all;
  }
  [[nodiscard]] std::string item_label(const container& c, std::string_view key) const;

  input_stream& raw_;
  response_handler& handler_;
  std::size_t hold_;
  std::vector<frame> frames_;  // the response being read, then its item being read, and so on
  std::vector<container> containers_;
  std::size_t ignore_ = 0;  // the depth inside a value that is not read
  std::size_t depth_ = 0;   // of objects and arrays
  role role_ = role::root;
  std::string key_;  // of an items object: the key of the item that follows
  std::optional<std::string> value_error_;
  std::vector<response> pending_;  // whole values read, waiting for the rest of their line
  std::size_t pending_held_ = 0;   // what they take
  std::size_t count_ = 0;
  bool doomed_ = false;
};

bool builder::scalar(const char* type) {
  if (ignore_ > 0) {
    return true;
  }
  if (wrong_type3(type)) {
    next_role();
    return true;
  }
  switch (role_) {
    case role::root:
    case role::item:
      not_an_object(type);
      return true;
    case role::code:
      own_error(frames_.back(), 1, std::string("\"code\" is ") + type + ", not an integer or a string");
      break;
    case role::message:
      if (std::strcmp(type, "null") == 0) {  // as good as no message
        frames_.back().message_read = true;
      } else {
        own_error(frames_.back(), 2, std::string("\"message\" is ") + type + ", not a string");
      }
      break;
    default:
      break;
  }
  next_role();
  return true;
}

template <class Number>
bool builder::number(Number value, std::optional<int> code, const char* why) {
  if (ignore_ > 0) {
    return true;
  }
  if (wrong_type3("number")) {
    next_role();
    return true;
  }
  switch (role_) {
    case role::root:
    case role::item:
      not_an_object("number");
      return true;
    case role::code:
      if (code) {
        frames_.back().r.code = *code;
        frames_.back().code_read = true;
      } else {
        own_error(frames_.back(), 1, "\"code\" " + number_text(value) + why);
      }
      break;
    case role::message:
      own_error(frames_.back(), 2, "\"message\" is number, not a string");
      break;
    case role::code_desc:
      frames_.back().r.code_desc = number_text(value);
      break;
    case role::request_id:
      frames_.back().r.request_id = number_text(value);
      break;
    case role::receipt_handle:
      frames_.back().r.receipt_handle = number_text(value);
      break;
    default:
      break;
  }
  next_role();
  return true;
}

bool builder::String(const char* /*str*/, rapidjson::SizeType length, bool /*copy*/) {
  if (ignore_ > 0) {
    return true;
  }
  switch (role_) {
    case role::root:
    case role::item:
      not_an_object("string");
      return true;
    case role::code: {
      const std::string_view text = raw_.string(length);
      if (const std::optional<int> code = tccode::parse_code(text)) {
        frames_.back().r.code = *code;
        frames_.back().code_read = true;
      } else {
        own_error(frames_.back(), 1, R"("code" ")" + printable(text) + R"(" is not an integer)");
      }
      break;
    }
    case role::message:
      frames_.back().r.message = raw_.take_string(length);
      frames_.back().message_read = true;
      break;
    case role::code_desc:
      frames_.back().r.code_desc = std::string(raw_.string(length));
      break;
    case role::request_id:
      frames_.back().r.request_id = std::string(raw_.string(length));
      break;
    case role::receipt_handle:
      frames_.back().r.receipt_handle = std::string(raw_.string(length));
      break;
    case role::code3:
      if (length == 0) {
        unreadable(R"("Code" is empty)");
      } else {
        frames_.back().r.code_string = std::string(raw_.string(length));
      }
      break;
    case role::message3:
      frames_.back().r.message = raw_.take_string(length);
      break;
    case role::response3:
    case role::error3:
      wrong_type3("string");
      break;
    default:
      break;
  }
  next_role();
  return true;
}

void builder::not_an_object(const char* type) {
  const std::string what = std::string("expected a JSON object, found ") + type;
  if (role_ == role::root) {
    value_error_ = what;
  } else {
    container& c = containers_.back();
    const field from = c.from;
    std::string label = item_label(c, key_);
    c.index += 1;
    item_error(from, printable(label) + ": " + what);
  }
  if (std::strcmp(type, "array") == 0) {
    ignore_ = 1;
    return;
  }
  next_role();
}

std::string builder::item_label(const container& c, std::string_view key) const {
  if (c.is == container::items_object) {
    return "detail." + std::string(key);
  }
  return (c.from == field::error_list ? "errorList[" : "detail[") + std::to_string(c.index) + "]";
}

bool builder::StartObject() {
  if (++depth_ > max_depth) {
    return false;
  }
  if (ignore_ > 0) {
    ++ignore_;
    return true;
  }
  switch (role_) {
    case role::root:
      push_frame(std::string(), field::none);
      break;
    case role::item: {
      const container& c = containers_.back();
      push_frame(item_label(c, key_), c.from);
      break;
    }
    case role::detail:
      containers_.push_back({container::items_object, field::detail, 0});
      role_ = role::none;
      break;
    case role::response3:
      containers_.push_back({container::response3_object, field::none, 0});
      role_ = role::none;
      break;
    case role::error3:
      containers_.push_back({container::error3_object, field::none, 0});
      role_ = role::none;
      break;
    case role::code3:
    case role::message3:
      wrong_type3("object");
      ignore_ = 1;
      break;
    case role::code:
      own_error(frames_.back(), 1, "\"code\" is object, not an integer or a string");
      ignore_ = 1;
      break;
    case role::message:
      own_error(frames_.back(), 2, "\"message\" is object, not a string");
      ignore_ = 1;
      break;
    default:
      ignore_ = 1;
      break;
  }
  return true;
}

bool builder::StartArray() {
  if (++depth_ > max_depth) {
    return false;
  }
  if (ignore_ > 0) {
    ++ignore_;
    return true;
  }
  switch (role_) {
    case role::root:
    case role::item:
      not_an_object("array");
      break;
    case role::detail:
    case role::error_list:
      containers_.push_back({container::items_array, role_ == role::detail ? field::detail : field::error_list, 0});
      role_ = role::item;
      break;
    case role::response3:
    case role::error3:
    case role::code3:
    case role::message3:
      wrong_type3("array");
      ignore_ = 1;
      break;
    case role::code:
      own_error(frames_.back(), 1, "\"code\" is array, not an integer or a string");
      ignore_ = 1;
      break;
    case role::message:
      own_error(frames_.back(), 2, "\"message\" is array, not a string");
      ignore_ = 1;
      break;
    default:
      ignore_ = 1;
      break;
  }
  return true;
}

bool builder::Key(const char* /*str*/, rapidjson::SizeType length, bool /*copy*/) {
  if (ignore_ > 0) {
    return true;
  }
  const container& c = containers_.back();
  const std::string_view key = raw_.string(length);
  if (c.is == container::items_object) {
    key_.assign(key.data(), key.size());
    role_ = role::item;
    return true;
  }
  frame& f = frames_.back();
  // API 3.0's Response and its Error: the first of each field counts, in any case, as API 2.0's do.
  if (c.is == container::response3_object) {
    bool* seen = key_is(key, "error") ? &f.error3_seen : key_is(key, "requestid") ? &f.request_id3_seen : nullptr;
    role_ = seen == nullptr || *seen ? role::ignore : seen == &f.error3_seen ? role::error3 : role::request_id;
    if (seen != nullptr) {
      *seen = true;
    }
    return true;
  }
  if (c.is == container::error3_object) {
    bool* seen = key_is(key, "code") ? &f.code3_seen : key_is(key, "message") ? &f.message3_seen : nullptr;
    role_ = seen == nullptr || *seen ? role::ignore : seen == &f.code3_seen ? role::code3 : role::message3;
    if (seen != nullptr) {
      *seen = true;
    }
    return true;
  }
  if (f.r.api == api_generation::v3) {  // beside "Response", nothing of the body is read
    role_ = role::ignore;
    return true;
  }
  const field which = field_of(key);
  const auto i = static_cast<std::size_t>(which);
  if (which == field::none || f.seen[i]) {
    role_ = role::ignore;
    return true;
  }
  f.seen[i] = true;
  switch (which) {
    case field::code:
      role_ = role::code;
      break;
    case field::message:
      role_ = role::message;
      break;
    case field::code_desc:
      role_ = role::code_desc;
      break;
    case field::request_id:
      role_ = role::request_id;
      break;
    case field::receipt_handle:
      role_ = role::receipt_handle;
      break;
    case field::detail:
      role_ = role::detail;
      break;
    case field::error_list:
      role_ = role::error_list;
      break;
    case field::response:
      // API 3.0's body, unless a "code" came first (an API 2.0 body with a field of that name); an
      // item's "Response" is only a field.
      if (frames_.size() == 1 && !f.seen[static_cast<std::size_t>(field::code)]) {
        become_api3(f);
        role_ = role::response3;
      } else {
        role_ = role::ignore;
      }
      break;
    case field::none:
      break;
  }
  return true;
}

bool builder::EndObject(rapidjson::SizeType /*members*/) {
  --depth_;
  if (ignore_ > 0) {
    if (--ignore_ == 0) {
      next_role();
    }
    return true;
  }
  const container::kind closed = containers_.back().is;
  if (closed == container::error3_object && !frames_.back().code3_seen) {
    unreadable(R"("Error" has no "Code")");
  }
  if (closed == container::items_object || closed == container::response3_object ||
      closed == container::error3_object) {
    containers_.pop_back();
  } else {
    finish_frame();
  }
  next_role();
  return true;
}

bool builder::EndArray(rapidjson::SizeType /*elements*/) {
  --depth_;
  if (ignore_ > 0) {
    if (--ignore_ == 0) {
      next_role();
    }
    return true;
  }
  containers_.pop_back();
  next_role();
  return true;
}

void builder::push_frame(std::string label, field from) {
  frames_.emplace_back();
  frames_.back().r.label = std::move(label);
  frames_.back().from = from;
  containers_.push_back({container::response_object, field::none, 0});
  role_ = role::none;
}

void builder::finish_frame() {
  containers_.pop_back();
  frame& f = frames_.back();
  if (!f.seen[static_cast<std::size_t>(field::code)] && f.r.api == api_generation::v2) {
    own_error(f, 1, "no \"code\" field");
  }
  std::optional<std::string> error = std::move(f.error          ? f.error
                                               : f.detail_error ? f.detail_error
                                                                : f.error_list_error);
  if (frames_.size() == 1) {  // the whole value: its response is moved once, from its frame
    const bool begun = f.begun;
    const bool failed = error.has_value();
    if (failed) {
      value_error_ = std::move(error);
    } else if (begun) {
      response tail = std::move(f.r);
      frames_.pop_back();
      if (!doomed_) {
        handler_.end(std::move(tail));
      }
      return;
    } else {
      pending_held_ += size_of(f.r) + f.held;
      pending_.push_back(std::move(f.r));
    }
    frames_.pop_back();
    if (!failed && held() > hold_) {
      release();
    }
    return;
  }
  // An item of the frame below.
  const field from = f.from;
  const bool begun = f.begun;
  const std::size_t held_below = f.held;
  response done = std::move(f.r);
  frames_.pop_back();
  containers_.back().index += 1;
  if (error) {
    item_error(from, std::move(*error));
  } else if (begun) {
    if (!doomed_) {
      handler_.end(std::move(done));
    }
  } else if (frames_.back().begun) {
    if (!doomed_) {
      handler_.each(std::move(done));
    }
  } else if (!frames_.front().failed()) {  // an item of a malformed response is not kept
    frames_.back().held += size_of(done) + held_below;
    frames_.back().r.items.push_back(std::move(done));
    if (held() > hold_) {
      release();
    }
  }
}

/// Too much is held: the values of the line read so far are passed on, and each response being read
/// (from the outermost) whose code and message are read is begun, its items so far passed on.
void builder::release() {
  if (doomed_) {
    return;
  }
  for (response& r : pending_) {
    ++count_;
    handler_.each(std::move(r));
  }
  pending_.clear();
  pending_held_ = 0;
  for (frame& f : frames_) {
    if (f.begun) {
      continue;
    }
    if (!f.code_read || !f.message_read || f.failed()) {
      break;  // nor can the items below it go before it
    }
    std::vector<response> items = std::move(f.r.items);
    f.begun_label = f.r.label;
    response head = std::move(f.r);
    head.items.clear();
    f.r = response();  // from now on, the fields that follow the items
    f.begun = true;
    f.held = 0;
    if (&f == &frames_.front()) {
      ++count_;
    }
    handler_.begin(std::move(head));
    for (response& item : items) {
      handler_.each(std::move(item));
    }
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Error lines of the API 3.0 SDKs, as logs show them

namespace {

/// `s` without the spaces (and a Windows line end) at its ends.
std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_space(s.front()))) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (is_space(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

/// A field that an SDK prints for a value it does not have ("None", "null", or nothing): empty.
std::string_view present(std::string_view s) {
  s = trim(s);
  return s == "None" || s == "null" ? std::string_view() : s;
}

/// True for the shape of an API 3.0 code: letters and digits in parts joined by '.', the first an
/// upper-case letter (AuthFailure.SignatureFailure). A Java class (java.net.ConnectException) is not.
bool looks_like_code(std::string_view s) {
  if (s.empty() || s.front() < 'A' || s.front() > 'Z' || s.back() == '.') {
    return false;
  }
  return std::all_of(s.begin(), s.end(), [](char c) { return is_identifier_part(c) || c == '.'; });
}

/// Where the parts of a logged error are in its line: offsets of the line.
struct logged_parts {
  written_as form = written_as::json;
  std::string_view code;
  std::string_view message;
  std::string_view request_id;
  std::string_view cause;
};

/// Go's TencentCloudSDKError.Error(), in each of its versions: "[TencentCloudSDKError] Code=C,
/// Message=M" then ", RequestId=R" (empty, or "%!d(string=R)" in the version that printed it with
/// %d), then the newest's ": cause". The message often holds ", " and "=" (a Go error, a JSON body):
/// it runs to the last ", RequestId=". Terraform's and Packer's text embeds it after their own.
bool parse_go(std::string_view text, logged_parts& out) {
  const std::size_t message_at = text.find(", Message=");
  if (message_at == std::string_view::npos) {
    return false;
  }
  out.form = written_as::go;
  out.code = text.substr(0, message_at);
  const std::string_view rest = text.substr(message_at + 10);
  const std::size_t id_at = rest.rfind(", RequestId=");
  if (id_at == std::string_view::npos) {
    out.message = rest;  // without a requestId, a cause cannot be told from the message
    return true;
  }
  out.message = rest.substr(0, id_at);
  std::string_view id = rest.substr(id_at + 12);
  std::size_t id_end = 0;  // where the requestId ends and a cause (": ...") may start
  if (id.substr(0, 11) == "%!d(string=") {
    const std::size_t close = id.find(')');
    out.request_id = id.substr(11, close == std::string_view::npos ? std::string_view::npos : close - 11);
    id_end = close == std::string_view::npos ? id.size() : close + 1;
  } else {
    id_end = std::min(id.find(": "), id.size());
    out.request_id = id.substr(0, id_end);
  }
  std::string_view cause = id.substr(id_end);
  if (!cause.empty() && cause.front() == ':') {
    out.cause = cause.substr(1);
  }
  return true;
}

/// Python's TencentCloudSDKException.__str__: "[TencentCloudSDKException] code:C message:M
/// requestId:R", R "None" for the SDK's own errors.
bool parse_python(std::string_view text, logged_parts& out) {
  const std::size_t message_at = text.find(" message:");
  if (message_at == std::string_view::npos) {
    return false;
  }
  out.form = written_as::python;
  out.code = text.substr(0, message_at);
  const std::string_view rest = text.substr(message_at + 9);
  const std::size_t id_at = rest.rfind(" requestId:");
  out.message = id_at == std::string_view::npos ? rest : rest.substr(0, id_at);
  out.request_id = id_at == std::string_view::npos ? std::string_view() : rest.substr(id_at + 11);
  return true;
}

/// Java's TencentCloudSDKException.toString() and Node's: "[TencentCloudSDKException]code: C
/// message:M requestId:R" and, in 3.1, " cause:X" (C "null" when an IOException was wrapped); the
/// 3.0 SDK's had no code ("message:M requestId:R", an API error's code in M as "Code-Message"), and
/// Node's has none either ("message:M  requestId:R  traceId:T").
bool parse_java(std::string_view text, logged_parts& out) {
  out.form = written_as::java;
  std::string_view rest = text;
  if (rest.substr(0, 5) == "code:") {
    const std::size_t message_at = rest.find(" message:");
    if (message_at == std::string_view::npos) {
      return false;
    }
    out.code = rest.substr(5, message_at - 5);
    rest = rest.substr(message_at + 9);
  } else if (rest.substr(0, 8) == "message:") {
    rest = rest.substr(8);
  } else {
    return false;
  }
  const std::size_t id_at = rest.rfind(" requestId:");
  if (id_at == std::string_view::npos) {
    out.message = rest;
    return true;
  }
  out.message = rest.substr(0, id_at);
  std::string_view tail = rest.substr(id_at + 11);
  if (const std::size_t trace = tail.find(" traceId:"); trace != std::string_view::npos) {
    out.form = written_as::node;
    tail = tail.substr(0, trace);
  }
  if (const std::size_t cause = tail.find(" cause:"); cause != std::string_view::npos) {
    out.cause = tail.substr(cause + 7);
    tail = tail.substr(0, cause);
  }
  out.request_id = tail;
  if (out.code.empty()) {  // the 3.0 SDK's API error: "AuthFailure.SignatureFailure-the message"
    const std::size_t dash = out.message.find('-');
    if (dash != std::string_view::npos && looks_like_code(out.message.substr(0, dash))) {
      out.code = out.message.substr(0, dash);
      out.message = out.message.substr(dash + 1);
    }
  }
  return true;
}

/// The C++ SDK's Core::Error::PrintAll(): "RequestId=R, ErrorCode=C, ErrorMessage=M".
bool parse_cpp(std::string_view line, std::size_t code_at, logged_parts& out) {
  const std::size_t id_at = line.rfind("RequestId=", code_at);
  const std::size_t message_at = line.find(", ErrorMessage=", code_at);
  if (id_at == std::string_view::npos || message_at == std::string_view::npos) {
    return false;
  }
  out.form = written_as::cpp;
  out.request_id = line.substr(id_at + 10, code_at - id_at - 10);
  out.code = line.substr(code_at + 12, message_at - code_at - 12);
  out.message = line.substr(message_at + 15);
  return true;
}

}  // namespace

bool read_logged_error(text_buffer& line, response& out) {
  std::string_view text = line.view();
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  // The first of the forms in the line: what comes before is a log's (a time, Terraform's
  // "Error: ", Packer's "Failed to run instance: ", a Python traceback's exception class).
  static constexpr std::string_view go = "[TencentCloudSDKError] Code=";
  static constexpr std::string_view python = "[TencentCloudSDKException] code:";
  static constexpr std::string_view java = "[TencentCloudSDKException]";
  const std::size_t sdk_at = text.find("[TencentCloudSDK");
  const std::size_t cpp_at = text.find(", ErrorCode=");
  logged_parts parts;
  bool found = false;
  if (sdk_at != std::string_view::npos && (cpp_at == std::string_view::npos || sdk_at < cpp_at)) {
    std::string_view form = text.substr(sdk_at);
    // Embedded in brackets, as Terraform's "reason[[TencentCloudSDKError] ...]": its ']' is not the text's.
    if (sdk_at > 0 && text[sdk_at - 1] == '[' && form.back() == ']') {
      form.remove_suffix(1);
    }
    if (form.substr(0, go.size()) == go) {
      found = parse_go(form.substr(go.size()), parts);
    } else if (form.substr(0, python.size()) == python) {
      found = parse_python(form.substr(python.size()), parts);
    } else if (form.substr(0, java.size()) == java) {
      found = parse_java(form.substr(java.size()), parts);
    }
  }
  if (!found && cpp_at != std::string_view::npos) {
    found = parse_cpp(text, cpp_at, parts);
  }
  if (!found) {
    return false;
  }
  out = response();
  out.api = api_generation::v3;
  out.form = parts.form;
  out.code_string = std::string(present(parts.code));
  if (const std::string_view id = present(parts.request_id); !id.empty()) {
    out.request_id = std::string(id);
  }
  if (const std::string_view cause = trim(parts.cause); !cause.empty()) {
    out.cause = std::string(cause);
  }
  const std::string_view message = trim(parts.message);
  if (message.empty()) {
    line.clear();
  } else {
    line.keep(static_cast<std::size_t>(message.data() - line.view().data()), message.size());
  }
  out.message = std::move(line);
  return true;
}

// ---------------------------------------------------------------------------------------------
// The reader

namespace {

template <unsigned Flags, class Stream, class Handler>
bool parse_value(rapidjson::Reader& reader, Stream& s, Handler& h) {
  reader.Parse<Flags>(s, h);
  return !reader.HasParseError();
}

/// RapidJSON's events only as far as telling whether a value is an object.
struct object_or_not {
  bool object = false;
  bool first = true;
  std::size_t depth = 0;

  bool event(bool is_object) {
    object = first ? is_object : object;
    first = false;
    return true;
  }
  // NOLINTBEGIN(readability-identifier-naming): RapidJSON's handler concept
  bool Null() { return event(false); }
  bool Bool(bool /*b*/) { return event(false); }
  bool Int(int /*i*/) { return event(false); }
  bool Uint(unsigned /*u*/) { return event(false); }
  bool Int64(std::int64_t /*i*/) { return event(false); }
  bool Uint64(std::uint64_t /*u*/) { return event(false); }
  bool Double(double /*d*/) { return event(false); }
  bool RawNumber(const char* /*s*/, rapidjson::SizeType /*n*/, bool /*c*/) { return event(false); }
  bool String(const char* /*s*/, rapidjson::SizeType /*n*/, bool /*c*/) { return event(false); }
  bool StartObject() { return event(true) && ++depth <= max_depth; }
  bool Key(const char* /*s*/, rapidjson::SizeType /*n*/, bool /*c*/) { return true; }
  bool EndObject(rapidjson::SizeType /*n*/) { return depth-- > 0; }
  bool StartArray() { return event(false) && ++depth <= max_depth; }
  bool EndArray(rapidjson::SizeType /*n*/) { return depth-- > 0; }
  // NOLINTEND(readability-identifier-naming)
};

/// True when every value of `text` reads leniently: for the hint of a strict error.
bool reads_leniently(std::string_view text) {
  bool given = false;
  const std::function<std::string_view()> next = [&given, text] {
    const bool first = !given;
    given = true;
    return first ? text : std::string_view();
  };
  input_stream raw(next);
  lenient_stream s(raw);
  rapidjson::Reader reader;
  for (;;) {
    while (is_space(s.Peek())) {
      s.Take();
    }
    if (s.at_end()) {
      return true;
    }
    object_or_not h;
    if (!parse_value<lenient_flags>(reader, s, h) || !h.object) {
      return false;
    }
  }
}

}  // namespace

struct response_reader::impl {
  impl(std::string source_name, read_options opts, response_handler& on)
      : name(std::move(source_name)), options(opts), handler(on) {}

  std::string name;
  read_options options;
  response_handler& handler;
  const builder* live = nullptr;  // while the text is read
  std::size_t count = 0;

  enum class form { undecided, lines, values };
  form text_form = form::undecided;

  template <class Stream>
  void run(Stream& s, input_stream& raw, builder& b);
  bool read_logged_line(input_stream& raw, builder& b);
  template <class Stream>
  bool read_unit(Stream& s, input_stream& raw, builder& b, rapidjson::Reader& reader);
  template <class Stream>
  void decide_after_error(Stream& s, input_stream& raw, char first_byte, std::size_t start_line,
                          std::size_t error_offset);
  static std::optional<std::string> unit_text(input_stream& raw, bool to_line_end);

  [[nodiscard]] std::string where(std::size_t line, std::size_t column) const {
    return name + ": line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
  }
};

/// Skips the spaces and line ends before a value. The lenient stream is left with nothing read ahead,
/// so that a line can be read from the text itself.
void skip_spaces(input_stream& raw) {
  while (is_space(raw.Peek())) {
    raw.Take();
  }
}
void skip_spaces(lenient_stream& s, input_stream& raw) {
  while (s.ahead() && is_space(s.Peek())) {
    s.Take();
  }
  if (!s.ahead()) {
    skip_spaces(raw);
  }
}
void skip_spaces(input_stream& /*s*/, input_stream& raw) { skip_spaces(raw); }
bool ahead(const lenient_stream& s) { return s.ahead(); }
bool ahead(const input_stream& /*s*/) { return false; }

/// How much of a line is read to find a logged error in it: its form starts there or never.
constexpr std::size_t logged_limit = std::size_t{1} << 20;

template <class Stream>
void response_reader::impl::run(Stream& s, input_stream& raw, builder& b) {
  rapidjson::Reader reader;
  raw.skip_prefix("\xEF\xBB\xBF");  // a UTF-8 byte-order mark (a file saved on Windows) before the text
  bool any = false;
  std::size_t last_line = 0;  // where the last value ended
  for (;;) {
    raw.stop_at_newline(false);
    skip_spaces(s, raw);
    // A line of its own that does not start like a JSON object may be an SDK's error text.
    if (raw.line() != last_line && !ahead(s) && raw.Peek() != '{' && !raw.at_end() && !raw.real_nul()) {
      any = true;
      if (read_logged_line(raw, b)) {
        last_line = raw.line();
        continue;
      }
    }
    if (s.at_end()) {
      break;
    }
    any = true;
    if (!read_unit(s, raw, b, reader) && text_form == form::values) {
      raw.skip_all();  // the rest is not read
      break;
    }
    last_line = raw.line();
  }
  if (!any) {
    handler.fail(input_error(name + R"(: empty input: expected a JSON response such as {"code": 0, "message": ""})"));
  }
}

/// Reads the line from here when it holds an SDK's error text, and passes it on: false, and the line
/// left to read again, when it holds none.
bool response_reader::impl::read_logged_line(input_stream& raw, builder& b) {
  text_buffer line;
  const bool whole = raw.take_line(line, logged_limit);
  const std::string_view seen = line.view();
  if (seen.find("[TencentCloudSDK") == std::string_view::npos && seen.find(", ErrorCode=") == std::string_view::npos) {
    raw.unread(std::move(line));
    return false;
  }
  if (!whole) {
    raw.take_line(line, std::numeric_limits<std::size_t>::max());
  }
  response r;
  if (!read_logged_error(line, r)) {
    raw.unread(std::move(line));
    return false;
  }
  if (text_form == form::undecided) {
    text_form = form::lines;
  }
  b.logged(std::move(r));
  return true;
}

/// Reads a line of JSON Lines, or a value and the rest of its last line: false when it is malformed,
/// the error passed on and the rest of its line left unread.
template <class Stream>
bool response_reader::impl::read_unit(Stream& s, input_stream& raw, builder& b, rapidjson::Reader& reader) {
  const bool hint = !options.lenient;
  if (hint) {
    raw.start_recording(hint_limit);
  }
  raw.watch_newlines();
  const char first_byte = s.Peek();
  // A line of JSON Lines is read on its own; so is a value that is not an object or array, which is
  // malformed to its line's end.
  raw.stop_at_newline(text_form == form::lines || (first_byte != '{' && first_byte != '['));
  bool rest_of_line = text_form == form::lines;  // values follow on the line, each complete on it
  for (bool first = true;; first = false) {
    const std::size_t start = s.Tell();
    const auto [start_line, start_column] = raw.place(start);
    b.start_value();
    const bool parsed =
        options.lenient ? parse_value<lenient_flags>(reader, s, b) : parse_value<strict_flags>(reader, s, b);
    if (!parsed) {
      const std::size_t offset = reader.GetErrorOffset();
      const auto [line, column] = raw.place(offset);
      std::string what = where(line, column);
      what +=
          s.real_nul() && s.Tell() == offset ? std::string("malformed JSON: a NUL byte (binary data?)")
          : !first && offset == start        ? std::string("malformed JSON: text after the value")
          : b.too_deep()
              ? std::string("malformed JSON: nested deeper than ") + std::to_string(max_depth) + " objects and arrays"
              : std::string("malformed JSON: ") + rapidjson::GetParseError_En(reader.GetParseErrorCode());
      if (text_form == form::undecided) {
        decide_after_error(s, raw, first_byte, start_line, offset);
      }
      if (hint) {
        const std::optional<std::string> text = unit_text(raw, text_form == form::lines || rest_of_line);
        if (text && reads_leniently(*text)) {
          what += " (--lenient reads it: Python's and Node's notation, trailing commas)";
        }
      }
      s.skip_rest_of_line();
      b.fail(input_error(what));
      return false;
    }
    if (text_form == form::undecided) {  // its first value ends on its line: JSON Lines
      text_form = raw.newline_taken() ? form::values : form::lines;
      rest_of_line = text_form == form::lines;
    }
    if (b.value_error()) {
      s.skip_rest_of_line();
      b.fail(input_error(where(start_line, start_column) + *b.value_error()));
      return false;
    }
    // What follows the value on its line.
    raw.stop_at_newline(true);
    while (s.Peek() == ' ' || s.Peek() == '\t' || s.Peek() == '\r') {
      s.Take();
    }
    if (s.at_end()) {
      break;
    }
    if (!rest_of_line) {
      const char c = s.Peek();
      if (c == '{' || c == '[') {  // another value, read on its own
        break;
      }
      rest_of_line = true;  // anything else is read with this value, as one error unless it is a value
    }
  }
  raw.stop_at_newline(false);
  raw.stop_recording();
  b.pass_pending();
  return true;
}

/// The first value is malformed, and its line decides the form: JSON Lines when the line is bracketed
/// like an object or array and the error is before its end (a malformed line), else a pretty-printed
/// value whose first line this is. Reads to the end of the line.
template <class Stream>
void response_reader::impl::decide_after_error(Stream& s, input_stream& raw, char first_byte, std::size_t start_line,
                                               std::size_t error_offset) {
  if (raw.place(error_offset).first != start_line) {
    text_form = form::values;  // the value went on past its first line
    return;
  }
  raw.stop_at_newline(true);
  char last = 0;  // the line's last byte that is not a space
  std::size_t last_at = 0;
  while (!s.at_end()) {
    const std::size_t at = s.Tell();
    char c = 0;
    if (s.real_nul()) {
      raw.take_byte(c);
    } else {
      c = s.Take();
    }
    if (!is_space(c)) {
      last = c;
      last_at = at;
    }
  }
  const bool bracketed = (first_byte == '{' || first_byte == '[') && (last == '}' || last == ']');
  text_form = bracketed && error_offset <= last_at ? form::lines : form::values;
}

/// The text of the malformed value from its start, for the hint: to the end of its line, or (a
/// pretty-printed value) to its closing bracket and then to the end of that line unless another value
/// starts there. Reads it; nothing when it is longer than the hint reads.
std::optional<std::string> response_reader::impl::unit_text(input_stream& raw, bool to_line_end) {
  raw.stop_at_newline(false);
  std::optional<std::string> text = raw.recorded();
  if (!text) {
    return std::nullopt;
  }
  std::size_t i = to_line_end ? text->size() : 0;  // the bytes of `text` looked at
  // The byte at i, read from the text when it is past what was recorded (a line's end is left there).
  const auto peek = [&](char& c) {
    if (i < text->size()) {
      c = (*text)[i];
      return true;
    }
    if (text->size() >= hint_limit || raw.at_end()) {
      return false;
    }
    c = raw.Peek();
    return true;
  };
  const auto advance = [&] {
    char c = 0;
    if (i == text->size() && raw.take_byte(c)) {
      *text += c;
    }
    ++i;
  };
  char c = 0;
  if (!to_line_end && !text->empty() && ((*text)[0] == '{' || (*text)[0] == '[')) {
    int depth = 0;
    bool quoted = false;
    bool escaped = false;
    for (; peek(c); advance()) {
      if (quoted) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        advance();
        break;
      }
    }
    const std::size_t value_end = i;
    while (peek(c) && (c == ' ' || c == '\t' || c == '\r')) {
      advance();
    }
    if (!peek(c) || c == '\n' || c == '{' || c == '[') {
      text->resize(std::min(value_end, text->size()));
      return text;
    }
  }
  while (peek(c) && c != '\n') {
    advance();
  }
  text->resize(std::min(i, text->size()));
  return text;
}

response_reader::response_reader(std::string name, read_options options, response_handler& handler)
    : impl_(std::make_unique<impl>(std::move(name), options, handler)) {}

response_reader::~response_reader() = default;

void response_reader::read(const std::function<std::string_view()>& next) {
  input_stream raw(next);
  builder b(raw, impl_->handler, impl_->options.hold);
  impl_->live = &b;
  if (impl_->options.lenient) {
    lenient_stream s(raw);
    impl_->run(s, raw, b);
  } else {
    impl_->run(raw, raw, b);
  }
  impl_->count += b.count();
  impl_->live = nullptr;
}

std::size_t response_reader::responses() const {
  return impl_->count + (impl_->live != nullptr ? impl_->live->count() : 0);
}

}  // namespace tccode_tool
