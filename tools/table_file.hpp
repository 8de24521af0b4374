// SPDX-License-Identifier: MIT
// The tccode tool's --table FILE: a service's rows read at run time from a TSV file with the
// columns of data/codes.tsv.
#ifndef TCCODE_TOOLS_TABLE_FILE_HPP
#define TCCODE_TOOLS_TABLE_FILE_HPP

#include <tccode/core.hpp>

#include <string>
#include <vector>

namespace tccode_tool {

/// A module table of the file: the rows whose `table` column names it, sorted by code.
struct loaded_table {
  std::string name;
  std::vector<tccode::row> rows;

  [[nodiscard]] tccode::table_view view() const { return {name, rows.data(), rows.size()}; }
};

/// A service read from a file. Its rows view `text`: keep the object where it is (it is neither
/// copied nor moved once loaded).
class loaded_service {
 public:
  /// Reads `path`. Throws input_error "PATH:LINE: what is wrong" for a malformed file.
  explicit loaded_service(const std::string& path);
  loaded_service(const loaded_service&) = delete;
  loaded_service& operator=(const loaded_service&) = delete;
  loaded_service(loaded_service&&) = delete;
  loaded_service& operator=(loaded_service&&) = delete;
  ~loaded_service() = default;

  /// The service: named after the file (cmq.tsv: "cmq"), its "public" rows overriding the document's.
  [[nodiscard]] tccode::service service() const { return {name_, overrides_.view()}; }
  [[nodiscard]] const std::string& name() const { return name_; }
  /// The file's name, without its directory.
  [[nodiscard]] const std::string& file_name() const { return file_name_; }
  /// The rows whose table is "public".
  [[nodiscard]] const loaded_table& overrides() const { return overrides_; }
  /// The module tables, in the order the file first names them.
  [[nodiscard]] const std::vector<loaded_table>& modules() const { return modules_; }

 private:
  std::string name_;
  std::string file_name_;
  std::string text_;
  loaded_table overrides_;
  std::vector<loaded_table> modules_;
};

}  // namespace tccode_tool

#endif  // TCCODE_TOOLS_TABLE_FILE_HPP
