# SPDX-License-Identifier: MIT
# Header-only libraries that the tests and the tool use (Catch2 v2, RapidJSON, CLI11, fmt and
# spdlog in their header-only modes) as the host has them installed (Debian's packages), for a
# target that the host's packages do not serve: a cross toolchain finds no package of the host, and
# the host's /usr/include must not be on a cross compiler's path (its C library's headers would come
# first), so the library's own directory is copied into the build tree and used from there.
#
# tccode_host_headers(<imported target> <directory under include/> <a file in it>)
#   Makes <imported target> (an INTERFACE library) if the host has the headers; says so either way.
function(tccode_host_headers target directory marker)
  if(TARGET ${target})
    return()
  endif()
  string(MAKE_C_IDENTIFIER "TCCODE_HOST_${directory}" variable)
  find_path(${variable} "${directory}/${marker}" PATHS /usr/include /usr/local/include NO_DEFAULT_PATH
            NO_CMAKE_FIND_ROOT_PATH)
  if(NOT ${variable})
    message(STATUS "tccode: the host has no ${directory}/${marker} to copy for the target")
    return()
  endif()
  set(copy "${CMAKE_BINARY_DIR}/host-headers/${directory}")
  file(COPY "${${variable}}/${directory}/" DESTINATION "${copy}")
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${CMAKE_BINARY_DIR}/host-headers"
                                             INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${CMAKE_BINARY_DIR}/host-headers")
  message(STATUS "tccode: ${directory}/ copied from the host (${${variable}}) for the target")
endfunction()

# tccode_fmt_targets(): tccode_fmt_headers and tccode_spdlog_headers, fmt and spdlog in their
# header-only modes from the host's headers (Debian: libfmt-dev, libspdlog-dev), when installed:
# Debian's CMake packages link the libraries built for x86-64 and libstdc++, which fit no other
# target or standard library.
function(tccode_fmt_targets)
  tccode_host_headers(tccode_fmt_headers fmt format.h)
  tccode_host_headers(tccode_spdlog_headers spdlog spdlog.h)
  if(TARGET tccode_fmt_headers AND TARGET tccode_spdlog_headers)
    set_property(TARGET tccode_fmt_headers PROPERTY INTERFACE_COMPILE_DEFINITIONS FMT_HEADER_ONLY=1)
    set_property(TARGET tccode_spdlog_headers PROPERTY INTERFACE_COMPILE_DEFINITIONS SPDLOG_HEADER_ONLY
                                                                                       SPDLOG_FMT_EXTERNAL)
  endif()
endfunction()

# tccode_check_std_format(): TCCODE_HAVE_STD_FORMAT, true where <tccode/format.hpp> gives
# std::format its formatters (the standard library's <format>, or libc++ 16's with
# -fexperimental-library and TCCODE_STD_FORMAT=1 in the flags).
function(tccode_check_std_format)
  include(CheckCXXSourceCompiles)
  set(CMAKE_REQUIRED_INCLUDES "${PROJECT_SOURCE_DIR}/include")
  check_cxx_source_compiles([[
#include <tccode/format.hpp>
#include <format>
int main() { return std::format("{:en}", tccode::retry_advice::never).empty() ? 1 : 0; }
]] TCCODE_HAVE_STD_FORMAT)
endfunction()
