# SPDX-License-Identifier: MIT
# cmake -DCOMPILER=<c++> -DSOURCE=<file> -DINCLUDE=<dir> -DEXPECT=<regex> -DWORK=<dir> [-DDEFINE=<NAME=VALUE>]
#       [-DFLAGS=<the build's CMAKE_CXX_FLAGS>] [-DSTD=<the standard option, -std=c++17 by default>] -P expect_error.cmake
# SOURCE (with -D<DEFINE>) must fail to compile with a diagnostic matching EXPECT, and compile with
# -DTCCODE_TEST_CONTROL (so the failure is the one the test is about). Prints the diagnostic.
file(MAKE_DIRECTORY "${WORK}")
set(options "")
if(DEFINE)
  set(options "-D${DEFINE}")
endif()
separate_arguments(flags UNIX_COMMAND "${FLAGS}")
list(APPEND options ${flags})
if(NOT STD)
  set(STD -std=c++17)
endif()
execute_process(COMMAND "${COMPILER}" ${STD} "-I${INCLUDE}" ${options} -DTCCODE_TEST_CONTROL -c "${SOURCE}"
                        -o "${WORK}/control.o"
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the control build of ${SOURCE} failed:\n${errors}")
endif()
execute_process(COMMAND "${COMPILER}" ${STD} "-I${INCLUDE}" ${options} -c "${SOURCE}" -o "${WORK}/test.o"
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(result EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but must not")
endif()
if(NOT errors MATCHES "${EXPECT}")
  message(FATAL_ERROR "${SOURCE} failed to compile, but without '${EXPECT}':\n${errors}")
endif()
string(REGEX MATCH "[^\n]*${EXPECT}[^\n]*" line "${errors}")
message(STATUS "${SOURCE} fails to compile, as it must:\n${line}")
