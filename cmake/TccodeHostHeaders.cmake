# SPDX-License-Identifier: MIT
# For a cross build, the header-only libraries that the tests and the tool use (Catch2 v2,
# nlohmann/json, CLI11) as the host has them installed (Debian's packages): a cross toolchain finds
# no package of the host, and the host's /usr/include must not be on a cross compiler's path (its
# C library's headers would come first), so the library's own directory is copied into the build
# tree and used from there.
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
