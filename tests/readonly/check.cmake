# SPDX-License-Identifier: MIT
# cmake -DREADELF=<readelf> -DNONE=<.so> -DPUBLIC=<.so> -DQUERY=<.so> -P check.cmake
# The built-in tables cost a shared library no code at load time: no static initialiser (the
# .init_array is no larger than a library without tccode's tables), and the dynamic relocations
# that their rows add are relative ones (one for each string of a row: the loader adds the load
# address, without a symbol lookup): a library that uses public_codes (17 rows) has as many
# symbolic relocations as one that uses project_query (2 rows). Prints the counts that the README
# states.
function(relocations library out_all out_relative)
  execute_process(COMMAND "${READELF}" --relocs --wide "${library}" OUTPUT_VARIABLE text RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "readelf failed on ${library}")
  endif()
  string(REGEX MATCHALL "\n[0-9a-f]+ +[0-9a-f]+ +R_[A-Z0-9_]+" entries "${text}")
  string(REGEX MATCHALL "\n[0-9a-f]+ +[0-9a-f]+ +R_[A-Z0-9_]*RELATIVE" relative "${text}")
  list(LENGTH entries all_count)
  list(LENGTH relative relative_count)
  set(${out_all} ${all_count} PARENT_SCOPE)
  set(${out_relative} ${relative_count} PARENT_SCOPE)
endfunction()

function(init_array_size library out)
  execute_process(COMMAND "${READELF}" --section-headers --wide "${library}" OUTPUT_VARIABLE text)
  set(size 0)
  if(text MATCHES "\\.init_array +INIT_ARRAY +[0-9a-f]+ +[0-9a-f]+ +([0-9a-f]+)")
    math(EXPR size "0x${CMAKE_MATCH_1}")
  endif()
  set(${out} ${size} PARENT_SCOPE)
endfunction()

foreach(name NONE PUBLIC QUERY)
  relocations("${${name}}" all_${name} relative_${name})
  init_array_size("${${name}}" init_${name})
  message(STATUS "${name}: ${all_${name}} dynamic relocations (${relative_${name}} relative), "
                 ".init_array of ${init_${name}} bytes")
endforeach()

foreach(name PUBLIC QUERY)
  if(init_${name} GREATER init_NONE)
    message(FATAL_ERROR "${name}: the table adds a static initialiser (.init_array ${init_${name}} bytes, "
                        "${init_NONE} without it)")
  endif()
  math(EXPR added_${name} "${all_${name}} - ${all_NONE}")
  math(EXPR symbolic_${name} "${all_${name}} - ${relative_${name}}")
  message(STATUS "${name}: ${added_${name}} relocations more than without a table, ${symbolic_${name}} symbolic in all")
endforeach()
if(NOT symbolic_PUBLIC EQUAL symbolic_QUERY)
  message(FATAL_ERROR "public_codes needs ${symbolic_PUBLIC} symbolic relocations, project_query ${symbolic_QUERY}: "
                      "rows add relocations that are not relative")
endif()
if(NOT relative_PUBLIC GREATER relative_QUERY)
  message(FATAL_ERROR "public_codes (17 rows) should need more relative relocations than project_query (2 rows): "
                      "the measurement is broken")
endif()
message(STATUS "the rows add only relative relocations; no static initialiser")
