# SPDX-License-Identifier: MIT
# cmake -DCLANG_FORMAT=<exe> -DROOT=<source dir> -P clang_format_check.cmake
# Every C++ file of the project is as .clang-format lays it out (clang-format --dry-run --Werror).
set(files "")
foreach(dir include tests tools fuzz examples bench)
  file(GLOB_RECURSE found "${ROOT}/${dir}/*.hpp" "${ROOT}/${dir}/*.cpp")
  list(APPEND files ${found})
endforeach()
# API 3.0's product headers are generated, tables that clang-format leaves alone, and 5 MB: not read.
list(FILTER files EXCLUDE REGEX "/include/tccode/products/[^/]+\\.hpp$")
list(LENGTH files count)
if(count EQUAL 0)
  message(FATAL_ERROR "no C++ files under ${ROOT}")
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "clang-format: files are not formatted (run clang-format -i on them)")
endif()
message(STATUS "clang-format: ${count} files formatted")
