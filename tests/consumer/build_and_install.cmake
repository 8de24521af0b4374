# SPDX-License-Identifier: MIT
# cmake -DDIR=<configured build> -DPREFIX=<dir> -P build_and_install.cmake
# Builds a configured project and installs it into a fresh PREFIX.
file(REMOVE_RECURSE "${PREFIX}")
foreach(step "--build;${DIR}" "--install;${DIR};--prefix;${PREFIX}")
  execute_process(COMMAND "${CMAKE_COMMAND}" ${step} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake ${step} failed")
  endif()
endforeach()
