# SPDX-License-Identifier: MIT
# cmake -DBUILD_DIR=<build> -DPREFIX=<prefix> -P install.cmake: a fresh install of the build tree,
# then a check that it holds the headers and package files and nothing else.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT installed)
foreach(file IN LISTS installed)
  if(NOT file MATCHES "^include/tccode/([a-z]+/)?[a-z_]+\\.hpp$|^share/cmake/tccode/tccode[A-Za-z-]*\\.cmake$|^share/pkgconfig/tccode\\.pc$|^bin/tccode(\\.exe)?$")
    message(FATAL_ERROR "the install holds an unexpected file: ${file}")
  endif()
endforeach()
foreach(file include/tccode/tccode.hpp share/cmake/tccode/tccodeConfig.cmake
             share/cmake/tccode/tccodeConfigVersion.cmake share/pkgconfig/tccode.pc)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "the install lacks ${file}")
  endif()
endforeach()
list(LENGTH installed count)
message(STATUS "installed ${count} files into ${PREFIX}")
