# SPDX-License-Identifier: MIT
# cmake -DREADELF=<readelf> -DNONE=<.so> -DPUBLIC=<.so> -DQUERY=<.so> -DCONTROL_SMALL=<.so>
#       -DCONTROL_LARGE=<.so> -P check.cmake
# The built-in tables cost a shared library nothing at load time: no static initialiser (the
# .init_array is no larger than a library without tccode's tables) and a number of dynamic
# relocations that does not grow with the rows (17 rows as many as 2). The control, a table of
# string_views, shows that the count would grow if the text were stored as pointers.
function(relocations library out)
  execute_process(COMMAND "${READELF}" --relocs --wide "${library}" OUTPUT_VARIABLE text RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "readelf failed on ${library}")
  endif()
  string(REGEX MATCHALL "\n[0-9a-f]+ +[0-9a-f]+ +R_[A-Z0-9_]+" entries "${text}")
  list(LENGTH entries count)
  set(${out} ${count} PARENT_SCOPE)
endfunction()

function(init_array_size library out)
  execute_process(COMMAND "${READELF}" --section-headers --wide "${library}" OUTPUT_VARIABLE text)
  set(size 0)
  if(text MATCHES "\\.init_array +INIT_ARRAY +[0-9a-f]+ +[0-9a-f]+ +([0-9a-f]+)")
    math(EXPR size "0x${CMAKE_MATCH_1}")
  endif()
  set(${out} ${size} PARENT_SCOPE)
endfunction()

foreach(name NONE PUBLIC QUERY CONTROL_SMALL CONTROL_LARGE)
  relocations("${${name}}" relocations_${name})
  init_array_size("${${name}}" init_${name})
  message(STATUS "${name}: ${relocations_${name}} dynamic relocations, .init_array of ${init_${name}} bytes")
endforeach()

if(NOT relocations_PUBLIC EQUAL relocations_QUERY)
  message(FATAL_ERROR "public_codes (17 rows) needs ${relocations_PUBLIC} relocations, project_query (2 rows) "
                      "${relocations_QUERY}: the count grows with the rows")
endif()
if(init_PUBLIC GREATER init_NONE OR init_QUERY GREATER init_NONE)
  message(FATAL_ERROR "the tables add static initialisers (.init_array ${init_PUBLIC}/${init_QUERY} bytes, "
                      "${init_NONE} without them)")
endif()
if(NOT relocations_CONTROL_LARGE GREATER relocations_CONTROL_SMALL)
  message(FATAL_ERROR "the control does not show growth: the measurement is broken")
endif()
message(STATUS "public_codes (17 rows) and project_query (2 rows): ${relocations_PUBLIC} relocations each "
               "(a library without tccode's tables: ${relocations_NONE}); no static initialiser")
