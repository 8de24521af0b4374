# SPDX-License-Identifier: MIT
# cmake -DREADME=<README.md> -DNAME=<name> [-DPROGRAM=<exe> [-DEMULATOR=<command>] [-DOUTPUT_IN=<file.md>]]
#       [-DSOURCE=<file> [-DEXCERPT=ON]] -P readme_check.cmake
# The README shows what is true: the code block between "<!-- begin NAME -->" and
# "<!-- end NAME -->" is SOURCE, character for character (with EXCERPT, a part of SOURCE, where a
# line "// ..." stands for lines left out), and the block between "<!-- begin output of NAME -->"
# and "<!-- end output of NAME -->" is what PROGRAM prints (that block in OUTPUT_IN, when the README
# leaves the output to another page).
file(READ "${README}" readme)

function(fenced_block marker out)
  string(FIND "${readme}" "<!-- begin ${marker} -->\n" begin)
  string(FIND "${readme}" "<!-- end ${marker} -->" end)
  if(begin EQUAL -1 OR end EQUAL -1 OR end LESS begin)
    message(FATAL_ERROR "README has no block <!-- begin ${marker} --> ... <!-- end ${marker} -->")
  endif()
  math(EXPR length "${end} - ${begin}")
  string(SUBSTRING "${readme}" ${begin} ${length} block)
  # Drop the marker line, the opening fence line and the closing fence.
  if(NOT block MATCHES "^<!-- [^\n]* -->\n```[a-z]*\n(.*)```\n$")
    message(FATAL_ERROR "the README block ${marker} is not one fenced code block")
  endif()
  set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

if(SOURCE)
  fenced_block("${NAME}" shown)
  file(READ "${SOURCE}" source)
  if(EXCERPT)
    # Each piece between "// ..." lines is in SOURCE, after the piece before it.
    string(REGEX REPLACE "\n *// \\.\\.\\.\n" "\n@ELIDED@\n" pieces "${shown}")
    set(rest "${source}")
    while(NOT pieces STREQUAL "")
      string(FIND "${pieces}" "@ELIDED@\n" cut)
      if(cut EQUAL -1)
        set(piece "${pieces}")
        set(pieces "")
      else()
        string(SUBSTRING "${pieces}" 0 ${cut} piece)
        math(EXPR cut "${cut} + 9")
        string(SUBSTRING "${pieces}" ${cut} -1 pieces)
      endif()
      string(FIND "${rest}" "${piece}" at)
      if(at EQUAL -1)
        message(FATAL_ERROR "the README's ${NAME} is not a part of ${SOURCE}; this piece is not:\n${piece}")
      endif()
      string(LENGTH "${piece}" length)
      math(EXPR at "${at} + ${length}")
      string(SUBSTRING "${rest}" ${at} -1 rest)
    endwhile()
  elseif(NOT shown STREQUAL source)
    message(FATAL_ERROR "the README's ${NAME} differs from ${SOURCE}:\n${shown}\n---\n${source}")
  endif()
endif()

if(NOT PROGRAM)  # a snippet without output
  message(STATUS "README's ${NAME} is current")
  return()
endif()
if(OUTPUT_IN)
  file(READ "${OUTPUT_IN}" readme)
endif()
fenced_block("output of ${NAME}" shown_output)
separate_arguments(emulator UNIX_COMMAND "${EMULATOR}")  # a cross build's, or nothing
execute_process(COMMAND ${emulator} "${PROGRAM}" OUTPUT_VARIABLE output RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed: ${result}")
endif()
if(NOT shown_output STREQUAL output)
  message(FATAL_ERROR "the README shows output of ${NAME} that the program does not print.\nREADME:\n${shown_output}\nprogram:\n${output}")
endif()
message(STATUS "README's ${NAME} is current")
