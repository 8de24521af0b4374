// SPDX-License-Identifier: MIT
#include "response.hpp"

#include <tccode/core.hpp>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "json_writer.hpp"

#include <cstdint>
#include <cstdio>

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
// Lenient reading: what logs and documentation show, made JSON

namespace {

bool is_identifier_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'; }
bool is_identifier_part(char c) { return is_identifier_start(c) || (c >= '0' && c <= '9'); }
bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

class lenient_converter {
 public:
  lenient_converter(std::string_view in, std::vector<std::pair<std::size_t, std::size_t>>& shifts)
      : in_(in), shifts_(shifts) {
    shifts_.clear();
    out_.reserve(in.size() + 16);
  }

  std::string run() {
    while (i_ < in_.size()) {
      const char c = in_[i_];
      if (c == '"') {
        copy_json_string();
      } else if (c == '\'' || c == '`') {
        convert_quoted(c);
      } else if (c == '/' && i_ + 1 < in_.size() && (in_[i_ + 1] == '/' || in_[i_ + 1] == '*')) {
        copy_comment();
      } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
        copy_while([](char d) { return is_identifier_part(d) || d == '.' || d == '+' || d == '-'; });
      } else if (is_identifier_start(c)) {
        convert_word();
      } else {
        out_ += c;
        ++i_;
      }
    }
    return std::move(out_);
  }

 private:
  /// From here on, offsets in the output and the input correspond again.
  void shifted() { shifts_.emplace_back(out_.size(), i_); }

  template <class Predicate>
  void copy_while(Predicate p) {
    const std::size_t start = i_;
    while (i_ < in_.size() && p(in_[i_])) {
      ++i_;
    }
    out_.append(in_.substr(start, i_ - start));
  }

  void copy_json_string() {
    const std::size_t start = i_++;
    while (i_ < in_.size() && in_[i_] != '"') {
      i_ += in_[i_] == '\\' ? 2U : 1U;
    }
    i_ = std::min(i_ + 1, in_.size());
    out_.append(in_.substr(start, i_ - start));
  }

  void copy_comment() {
    const std::size_t end = in_[i_ + 1] == '/' ? in_.find('\n', i_) : in_.find("*/", i_ + 2);
    const std::size_t stop = end == std::string_view::npos ? in_.size() : end + (in_[i_ + 1] == '/' ? 0 : 2);
    out_.append(in_.substr(i_, stop - i_));
    i_ = stop;
  }

  /// A string in single quotes or backticks, as JSON: its double quotes escaped, \' and \` without
  /// their backslash, \xNN as \u00NN, raw control characters escaped.
  void convert_quoted(char quote) {
    out_ += '"';
    ++i_;
    while (i_ < in_.size()) {
      const char c = in_[i_];
      if (c == quote) {
        out_ += '"';
        ++i_;
        return;
      }
      if (c == '\\' && i_ + 1 < in_.size()) {
        const char next = in_[i_ + 1];
        if (next == '\'' || next == '`') {
          out_ += next;
          i_ += 2;
          shifted();
        } else if (next == 'x' && i_ + 3 < in_.size() && is_hex(in_[i_ + 2]) && is_hex(in_[i_ + 3])) {
          out_ += "\\u00";
          out_ += in_[i_ + 2];
          out_ += in_[i_ + 3];
          i_ += 4;
          shifted();
        } else {
          out_ += c;
          out_ += next;
          i_ += 2;
        }
      } else if (c == '"') {
        out_ += "\\\"";
        ++i_;
        shifted();
      } else if (static_cast<unsigned char>(c) < 0x20) {
        static constexpr char hex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
        out_ += hex[static_cast<unsigned char>(c) & 0xF];
        ++i_;
        shifted();
      } else {
        out_ += c;
        ++i_;
      }
    }
  }

  /// A bare word: a key (followed by ':'), Python's and JavaScript's literals, a string prefix
  /// (u'...'), or anything else (Node's [Object]) as a string.
  void convert_word() {
    const std::size_t start = i_;
    while (i_ < in_.size() && is_identifier_part(in_[i_])) {
      ++i_;
    }
    const std::string_view word = in_.substr(start, i_ - start);
    if (word.size() <= 2 && word.find_first_not_of("uUbBrR") == std::string_view::npos && i_ < in_.size() &&
        (in_[i_] == '\'' || in_[i_] == '"')) {
      shifted();  // a string prefix: dropped
      return;
    }
    std::size_t next = i_;
    while (next < in_.size() && (in_[next] == ' ' || in_[next] == '\t')) {
      ++next;
    }
    const bool is_key = next < in_.size() && in_[next] == ':';
    std::string_view literal;
    if (!is_key) {
      literal = word == "True" || word == "true"     ? "true"
                : word == "False" || word == "false" ? "false"
                : word == "None" || word == "null" || word == "undefined" || word == "NaN" || word == "Infinity"
                    ? "null"
                    : "";
    }
    if (!literal.empty()) {
      out_ += literal;
    } else {
      out_ += '"';
      out_ += word;
      out_ += '"';
    }
    if (literal.size() != word.size()) {
      shifted();
    }
  }

  std::string_view in_;
  std::vector<std::pair<std::size_t, std::size_t>>& shifts_;
  std::string out_;
  std::size_t i_ = 0;
};

}  // namespace

std::string lenient_to_json(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>& shifts) {
  return lenient_converter(text, shifts).run();
}

// ---------------------------------------------------------------------------------------------
// A response from a parsed value

namespace {

constexpr unsigned strict_flags =
    rapidjson::kParseInsituFlag | rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseValidateEncodingFlag;
constexpr unsigned lenient_flags = strict_flags | rapidjson::kParseTrailingCommasFlag | rapidjson::kParseCommentsFlag;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool blank(std::string_view s) {
  for (const char c : s) {
    if (!is_space(c)) {
      return false;
    }
  }
  return true;
}

const char* type_name(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return "boolean";
    case rapidjson::kObjectType:
      return "object";
    case rapidjson::kArrayType:
      return "array";
    case rapidjson::kStringType:
      return "string";
    case rapidjson::kNumberType:
      break;
  }
  return "number";
}

/// True when the key is `lower` in any case (ASCII).
bool key_is(const rapidjson::Value& key, std::string_view lower) {
  if (key.GetStringLength() != lower.size()) {
    return false;
  }
  const char* k = key.GetString();
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const char c = k[i] >= 'A' && k[i] <= 'Z' ? static_cast<char>(k[i] - 'A' + 'a') : k[i];
    if (c != lower[i]) {
      return false;
    }
  }
  return true;
}

std::string number_text(const rapidjson::Value& v) {
  if (v.IsInt64()) {
    return std::to_string(v.GetInt64());
  }
  if (v.IsUint64()) {
    return std::to_string(v.GetUint64());
  }
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", v.GetDouble());
  return text;
}

/// The text of a string value. The input is valid UTF-8 (the parser checks), but RapidJSON 1.1.0
/// decodes a lone low surrogate (\uDC00-\uDFFF) into bytes that are not: malformed, as JSON says.
std::string string_of(const rapidjson::Value& v, const std::string& item, std::string_view field) {
  const std::string_view text(v.GetString(), v.GetStringLength());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_length(text.substr(i));
    if (length == 0) {
      throw input_error(item + "\"" + std::string(field) + "\" has a lone UTF-16 surrogate: malformed JSON");
    }
    i += length;
  }
  return std::string(text);
}

/// A field shown as found: a string, or a number's text; nothing for other values.
std::optional<std::string> text_of(const rapidjson::Value* v, const std::string& item, std::string_view field) {
  if (v != nullptr && v->IsString()) {
    return string_of(*v, item, field);
  }
  if (v != nullptr && v->IsNumber()) {
    return number_text(*v);
  }
  return std::nullopt;
}

/// The code field: a JSON integer, or a string such as "5100".
int read_code(const rapidjson::Value& v, const std::string& item) {
  if (v.IsInt()) {
    return v.GetInt();
  }
  if (v.IsInt64() || v.IsUint64()) {
    throw input_error(item + "\"code\" " + number_text(v) + " does not fit in int");
  }
  if (v.IsNumber()) {
    throw input_error(item + "\"code\" " + number_text(v) + " is not an integer");
  }
  if (v.IsString()) {
    const std::string_view text(v.GetString(), v.GetStringLength());
    if (const std::optional<int> code = tccode::parse_code(text)) {
      return *code;
    }
    throw input_error(item + R"("code" ")" + printable(text) + R"(" is not an integer)");
  }
  throw input_error(item + "\"code\" is " + type_name(v) + ", not an integer or a string");
}

response read_response(const rapidjson::Value& body, std::string label) {
  const std::string item = label.empty() ? std::string() : printable(label) + ": ";
  if (!body.IsObject()) {
    throw input_error(item + "expected a JSON object, found " + type_name(body));
  }
  const rapidjson::Value* code = nullptr;
  const rapidjson::Value* message = nullptr;
  const rapidjson::Value* code_desc = nullptr;
  const rapidjson::Value* request_id = nullptr;
  const rapidjson::Value* receipt_handle = nullptr;
  const rapidjson::Value* detail = nullptr;
  const rapidjson::Value* error_list = nullptr;
  for (auto m = body.MemberBegin(); m != body.MemberEnd(); ++m) {  // the first of each, in any case
    for (auto [field, name] : {std::pair{&code, "code"},
                               {&message, "message"},
                               {&code_desc, "codedesc"},
                               {&request_id, "requestid"},
                               {&receipt_handle, "receipthandle"},
                               {&detail, "detail"},
                               {&error_list, "errorlist"}}) {
      if (*field == nullptr && key_is(m->name, name)) {
        *field = &m->value;
      }
    }
  }
  if (code == nullptr) {
    throw input_error(item + "no \"code\" field");
  }
  response r;
  r.label = std::move(label);
  r.code = read_code(*code, item);
  if (message != nullptr && !message->IsNull()) {
    if (!message->IsString()) {
      throw input_error(item + "\"message\" is " + type_name(*message) + ", not a string");
    }
    r.message = string_of(*message, item, "message");
  }
  r.code_desc = text_of(code_desc, item, "codeDesc");
  r.request_id = text_of(request_id, item, "requestId");
  r.receipt_handle = text_of(receipt_handle, item, "receiptHandle");
  // A batch response: each item's code and message under "detail" (an array, or keyed by resource),
  // or CMQ's "errorList".
  if (detail != nullptr && detail->IsArray()) {
    for (rapidjson::SizeType i = 0; i < detail->Size(); ++i) {
      r.items.push_back(read_response((*detail)[i], "detail[" + std::to_string(i) + "]"));
    }
  } else if (detail != nullptr && detail->IsObject()) {
    for (auto m = detail->MemberBegin(); m != detail->MemberEnd(); ++m) {
      r.items.push_back(
          read_response(m->value, "detail." + std::string(m->name.GetString(), m->name.GetStringLength())));
    }
  }
  if (error_list != nullptr && error_list->IsArray()) {
    for (rapidjson::SizeType i = 0; i < error_list->Size(); ++i) {
      r.items.push_back(read_response((*error_list)[i], "errorList[" + std::to_string(i) + "]"));
    }
  }
  return r;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The reader

struct response_reader::impl {
  impl(std::string src, read_options opts, std::function<void(response&&)> on_each,
       std::function<void(const input_error&)> on_fail)
      : source(std::move(src)), options(opts), each(std::move(on_each)), fail(std::move(on_fail)) {}

  std::string source;
  read_options options;
  std::function<void(response&&)> each;
  std::function<void(const input_error&)> fail;

  enum class form { undecided, lines, values, stopped };
  form text_form = form::undecided;
  std::string buffer;           // the text not yet read, from `consumed` on
  std::size_t consumed = 0;     // the bytes of `buffer` already read
  std::size_t line = 1;         // the number of the line that starts at `line_start`
  std::int64_t line_start = 0;  // where that line starts in `buffer` (before it, after a compaction)
  bool any = false;             // a value (or what should be one) was seen
  bool bom_checked = false;
  std::size_t count = 0;  // responses passed on

  // The values form: the value being scanned, from `value_start`.
  bool in_value = false;
  std::size_t value_start = 0;
  std::size_t value_line = 0;
  std::size_t value_column = 0;
  std::size_t scan = 0;
  std::size_t value_end = std::string::npos;  // just past its closing bracket, once found
  int depth = 0;
  char quote = 0;
  bool escaped = false;

  // Parsing: the text being parsed, in place; a pool that keeps its first 16 KB.
  std::string scratch;
  std::size_t content = 0;  // the bytes of `scratch` that are text: NUL bytes follow
  std::vector<std::pair<std::size_t, std::size_t>> shifts;
  std::vector<response> pending;
  alignas(std::max_align_t) char pool_storage[16384];
  rapidjson::MemoryPoolAllocator<> pool{pool_storage, sizeof pool_storage};
  rapidjson::Document document{&pool};

  /// Parses the next value of `scratch` at `at`: false (the document holds the error) when it is
  /// malformed; else `at` moves past it.
  bool parse_one(std::size_t& at, bool lenient) {
    pool.Clear();
    rapidjson::InsituStringStream in(&scratch[at]);
    if (lenient) {
      document.ParseStream<lenient_flags>(in);
    } else {
      document.ParseStream<strict_flags>(in);
    }
    if (document.HasParseError()) {
      return false;
    }
    at += in.Tell();
    return true;
  }

  /// `text` (made JSON, when lenient) into `scratch`, followed by NUL bytes: the parser stops at
  /// the first, and RapidJSON 1.1.0 reads up to three bytes past it when a string ends in the middle
  /// of a UTF-8 sequence.
  void prepare(std::string_view text, bool lenient) {
    if (lenient) {
      scratch = lenient_to_json(text, shifts);
    } else {
      scratch.assign(text.data(), text.size());
      shifts.clear();
    }
    content = scratch.size();
    scratch.append(8, '\0');
  }

  [[nodiscard]] std::size_t skip_space(std::size_t at) const {
    while (at < content && is_space(scratch[at])) {
      ++at;
    }
    return at;
  }

  /// The offset in the text prepared of an offset in `scratch`.
  [[nodiscard]] std::size_t original(std::size_t offset) const {
    std::size_t result = offset;
    for (const auto& [out, in] : shifts) {  // in order; few
      if (out > offset) {
        break;
      }
      result = in + (offset - out);
    }
    return result;
  }

  /// True when every value of `text` reads leniently: for the hint of a strict error.
  bool reads_leniently(std::string_view text) {
    prepare(text, true);
    std::size_t at = skip_space(0);
    while (at < content) {
      if (!parse_one(at, true) || !document.IsObject()) {
        return false;
      }
      at = skip_space(at);
    }
    return true;
  }

  void report(std::string_view text, std::size_t first_line, std::size_t first_column, std::size_t offset,
              const std::string& what) {
    offset = std::min(original(offset), text.size());
    std::size_t l = first_line;
    std::size_t column = first_column;
    for (std::size_t i = 0; i < offset; ++i) {
      if (text[i] == '\n') {
        ++l;
        column = 1;
      } else {
        ++column;
      }
    }
    fail(input_error(source + ": line " + std::to_string(l) + ", column " + std::to_string(column) + ": " + what));
  }

  /// Reads every value of `text`, which starts at line `first_line`, column `first_column`, into
  /// `pending`; false (and one error passed on) when any of it is malformed.
  bool parse_text(std::string_view text, std::size_t first_line, std::size_t first_column) {
    pending.clear();
    prepare(text, options.lenient);
    const std::size_t first = skip_space(0);
    for (std::size_t at = first; at < content; at = skip_space(at)) {
      const std::size_t start = at;
      if (!parse_one(at, options.lenient)) {
        const std::size_t offset = start + document.GetErrorOffset();
        std::string what =
            offset < content && scratch[offset] == '\0' ? std::string("malformed JSON: a NUL byte (binary data?)")
            : start > first && document.GetErrorOffset() == 0
                ? std::string("malformed JSON: text after the value")
                : std::string("malformed JSON: ") + rapidjson::GetParseError_En(document.GetParseError());
        if (!options.lenient && reads_leniently(text)) {
          what += " (--lenient reads it: Python's and Node's notation, trailing commas)";
        }
        prepare(text, options.lenient);  // for the offsets
        report(text, first_line, first_column, offset, what);
        return false;
      }
      try {
        pending.push_back(read_response(document, std::string()));
      } catch (const input_error& e) {
        report(text, first_line, first_column, start, e.what());
        return false;
      }
    }
    return true;
  }

  void pass_pending() {
    for (response& r : pending) {
      ++count;
      each(std::move(r));
    }
    pending.clear();
  }

  void next_line(std::size_t newline) {
    ++line;
    line_start = static_cast<std::int64_t>(newline) + 1;
  }

  /// Drops the bytes read from the front of the buffer, now and then.
  void compact() {
    if (consumed == 0 || (consumed < 65536 && consumed < buffer.size())) {
      return;
    }
    buffer.erase(0, consumed);
    line_start -= static_cast<std::int64_t>(consumed);
    if (in_value) {
      value_start -= consumed;
      scan -= consumed;
      value_end -= value_end != std::string::npos ? consumed : std::size_t{0};
    }
    consumed = 0;
  }

  /// Whether the first value of the first line that is not blank ends on that line, or the line is
  /// bracketed like an object or array but malformed before its end: then the text is JSON Lines.
  /// (Binary data is not, nor the first line of a pretty-printed value that is malformed.)
  bool first_value_on_its_line(std::string_view text) {
    prepare(text, options.lenient);
    std::size_t at = skip_space(0);
    std::size_t end = content;
    while (end > at && is_space(scratch[end - 1])) {
      --end;
    }
    const std::size_t start = at;
    const bool bracketed =
        at < end && (scratch[at] == '{' || scratch[at] == '[') && (scratch[end - 1] == '}' || scratch[end - 1] == ']');
    return parse_one(at, options.lenient) || (bracketed && start + document.GetErrorOffset() < end);
  }

  void decide(bool at_end) {
    if (!bom_checked) {  // a UTF-8 byte-order mark (a file saved on Windows) before the text
      if (buffer.size() - consumed < 3 && !at_end) {
        return;
      }
      if (buffer.compare(consumed, 3, "\xEF\xBB\xBF") == 0) {
        consumed += 3;
        line_start = static_cast<std::int64_t>(consumed);
      }
      bom_checked = true;
    }
    while (text_form == form::undecided) {
      const std::size_t newline = buffer.find('\n', consumed);
      if (newline == std::string::npos && !at_end) {
        return;
      }
      const std::size_t end = newline == std::string::npos ? buffer.size() : newline;
      const std::string_view text(buffer.data() + consumed, end - consumed);
      if (!blank(text)) {
        text_form = first_value_on_its_line(text) ? form::lines : form::values;
        return;
      }
      consumed = end == buffer.size() ? end : end + 1;
      if (newline == std::string::npos) {
        return;
      }
      next_line(newline);
    }
  }

  void read_lines(bool at_end) {
    for (;;) {
      const std::size_t newline = buffer.find('\n', consumed);
      if (newline == std::string::npos) {
        if (at_end && consumed < buffer.size()) {
          read_line(std::string_view(buffer).substr(consumed));
          consumed = buffer.size();
        }
        return;
      }
      read_line(std::string_view(buffer).substr(consumed, newline - consumed));
      consumed = newline + 1;
      next_line(newline);
    }
  }

  void read_line(std::string_view text) {
    if (blank(text)) {
      return;
    }
    any = true;
    if (parse_text(text, line, 1)) {
      pass_pending();
    }
  }

  /// Finds the end of the value being scanned: just past the bracket that closes it.
  void find_value_end() {
    const bool lenient = options.lenient;
    for (; scan < buffer.size(); ++scan) {
      const char c = buffer[scan];
      if (quote != 0) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || (lenient && (c == '\'' || c == '`'))) {
        quote = c;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        value_end = ++scan;
        return;
      }
    }
  }

  void read_values(bool at_end) {
    for (;;) {
      if (!in_value) {
        while (consumed < buffer.size() && is_space(buffer[consumed])) {
          if (buffer[consumed] == '\n') {
            next_line(consumed);
          }
          ++consumed;
        }
        if (consumed == buffer.size()) {
          return;
        }
        any = true;
        in_value = true;
        value_start = consumed;
        value_line = line;
        value_column = static_cast<std::size_t>(static_cast<std::int64_t>(consumed) - line_start) + 1;
        scan = consumed;
        depth = 0;
        quote = 0;
        escaped = false;
        value_end = buffer[consumed] == '{' || buffer[consumed] == '[' ? std::string::npos : consumed;
      }
      if (value_end == std::string::npos) {
        find_value_end();
        if (value_end == std::string::npos) {
          if (!at_end) {
            return;
          }
          value_end = buffer.size();  // unterminated: the parser says so
        }
      }
      // The rest of the value's last line is blank, or starts another value; anything else is read
      // with it, as one error.
      std::size_t end = value_end;
      std::size_t rest = value_end;
      while (rest < buffer.size() && (buffer[rest] == ' ' || buffer[rest] == '\t' || buffer[rest] == '\r')) {
        ++rest;
      }
      if (rest == buffer.size() && !at_end) {
        return;
      }
      if (rest < buffer.size() && buffer[rest] != '\n' && buffer[rest] != '{' && buffer[rest] != '[') {
        const std::size_t newline = buffer.find('\n', rest);
        if (newline == std::string::npos && !at_end) {
          return;
        }
        end = newline == std::string::npos ? buffer.size() : newline;
      }
      const std::string_view text(buffer.data() + value_start, end - value_start);
      const bool ok = parse_text(text, value_line, value_column);
      for (std::size_t i = value_start; i < end; ++i) {
        if (buffer[i] == '\n') {
          next_line(i);
        }
      }
      consumed = end;
      in_value = false;
      if (!ok) {
        text_form = form::stopped;
        return;
      }
      pass_pending();
    }
  }

  void process(bool at_end) {
    if (text_form == form::undecided) {
      decide(at_end);
    }
    if (text_form == form::lines) {
      read_lines(at_end);
    } else if (text_form == form::values) {
      read_values(at_end);
    }
  }
};

response_reader::response_reader(std::string source, read_options options, std::function<void(response&&)> each,
                                 std::function<void(const input_error&)> fail)
    : impl_(std::make_unique<impl>(std::move(source), options, std::move(each), std::move(fail))) {}

response_reader::~response_reader() = default;

void response_reader::feed(std::string_view bytes) {
  if (impl_->text_form == impl::form::stopped) {
    return;
  }
  impl_->compact();
  impl_->buffer.append(bytes.data(), bytes.size());
  impl_->process(false);
}

void response_reader::finish() {
  if (impl_->text_form != impl::form::stopped) {
    impl_->process(true);
  }
  if (!impl_->any) {
    impl_->fail(
        input_error(impl_->source + R"(: empty input: expected a JSON response such as {"code": 0, "message": ""})"));
  }
}

std::size_t response_reader::responses() const { return impl_->count; }

}  // namespace tccode_tool
