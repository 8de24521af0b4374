# SPDX-License-Identifier: MIT
# Warnings for tccode's own tests, examples and tools: a helper target that is never installed
# or exported, so consumers of tccode::tccode never see these flags.
add_library(tccode_warnings INTERFACE)
if(MSVC)
  target_compile_options(tccode_warnings INTERFACE /W4 /WX /permissive- /utf-8)
else()
  target_compile_options(tccode_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wold-style-cast -Wundef -Werror)
endif()
