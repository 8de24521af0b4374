# SPDX-License-Identifier: MIT
# cmake -DSOURCE=<project> -DDIR=<build> -DFORWARD=<configure options> -DPREFIX=<prefix path>
#       -P configure_build_run.cmake
# Configures a project with the build's toolchain and options, builds it, and runs its run_consumer
# target (which runs its program, through a cross build's emulator).
file(REMOVE_RECURSE "${DIR}")
foreach(step "-S;${SOURCE};-B;${DIR};${FORWARD};-DCMAKE_PREFIX_PATH=${PREFIX}" "--build;${DIR}"
             "--build;${DIR};--target;run_consumer")
  execute_process(COMMAND "${CMAKE_COMMAND}" ${step} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake ${step} failed")
  endif()
endforeach()
