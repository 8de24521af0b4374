# SPDX-License-Identifier: MIT
# 32-bit x86 with the host's g++ -m32 (Debian: lib32stdc++-12-dev, libc6-dev-i386, lib32gcc-12-dev).
# Debian's gcc-multilib, which conflicts with the s390x cross compiler, adds one thing to these: the
# directory asm/ of the kernel's headers, as /usr/include/asm. The same link is made here, in the
# build tree.
set(_tccode_asm "${CMAKE_BINARY_DIR}/x86-32-include")
if(NOT EXISTS "${_tccode_asm}/asm")
  file(MAKE_DIRECTORY "${_tccode_asm}")
  file(CREATE_LINK /usr/include/x86_64-linux-gnu/asm "${_tccode_asm}/asm" SYMBOLIC)
endif()
set(CMAKE_C_COMPILER gcc)
set(CMAKE_CXX_COMPILER g++)
set(CMAKE_C_FLAGS_INIT "-m32 -isystem ${_tccode_asm}")
set(CMAKE_CXX_FLAGS_INIT "-m32 -isystem ${_tccode_asm}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-m32")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-m32")

# Where the kernel runs 32-bit programs, they run as they are. A kernel without 32-bit support (as on
# some CI machines) refuses to start them ("Exec format error"); there they run under QEMU's user-mode
# emulation (Debian: qemu-user), as s390x's do, in a cross build: CMake puts the emulator before the
# target's programs (custom commands, try_run, add_test from CMake 3.29, and tests/ before its own
# scripts' programs) only when CMAKE_CROSSCOMPILING is on, which setting CMAKE_SYSTEM_NAME turns on. A
# tiny program, built and run by the first configure, decides; the answer stays in the cache (-D can
# give it: native, or the emulator), and try_compile's projects, which read this file too, are given it.
if(NOT DEFINED TCCODE_X86_32_RUNNER)
  set(_tccode_probe "${CMAKE_BINARY_DIR}/x86-32-probe/probe")
  file(WRITE "${_tccode_probe}.cpp" "int main() { return 0; }\n")
  execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -m32 "${_tccode_probe}.cpp" -o "${_tccode_probe}"
                  RESULT_VARIABLE _tccode_result OUTPUT_VARIABLE _tccode_output ERROR_VARIABLE _tccode_output)
  if(NOT _tccode_result EQUAL 0)
    message(FATAL_ERROR "x86-32: ${CMAKE_CXX_COMPILER} -m32 cannot build a program (Debian: apt-get install "
                        "lib32stdc++-12-dev libc6-dev-i386 lib32gcc-12-dev):\n${_tccode_output}")
  endif()
  execute_process(COMMAND "${_tccode_probe}" RESULT_VARIABLE _tccode_native OUTPUT_QUIET ERROR_QUIET)
  if(_tccode_native EQUAL 0)
    set(_tccode_runner native)
  else()
    find_program(TCCODE_QEMU_I386 NAMES qemu-i386)
    set(_tccode_emulated "no qemu-i386 found")
    if(TCCODE_QEMU_I386)
      execute_process(COMMAND "${TCCODE_QEMU_I386}" "${_tccode_probe}" RESULT_VARIABLE _tccode_emulated
                      OUTPUT_QUIET ERROR_QUIET)
    endif()
    if(NOT _tccode_emulated EQUAL 0)
      message(FATAL_ERROR "x86-32: a 32-bit program runs neither natively (${_tccode_native}) nor under QEMU "
                          "(${_tccode_emulated}): install QEMU's user-mode emulation (Debian: apt-get install "
                          "qemu-user), or use a kernel that runs 32-bit programs")
    endif()
    set(_tccode_runner "${TCCODE_QEMU_I386}")
  endif()
  set(TCCODE_X86_32_RUNNER "${_tccode_runner}" CACHE STRING
      "How the 32-bit programs run: native, or the emulator that runs them (decided by the first configure)")
endif()
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES TCCODE_X86_32_RUNNER)
if(NOT TCCODE_X86_32_RUNNER STREQUAL "native")
  set(CMAKE_SYSTEM_NAME Linux)
  set(CMAKE_SYSTEM_PROCESSOR i686)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${TCCODE_X86_32_RUNNER})
endif()
# Said once per configure (this file is read twice by the first).
get_property(_tccode_said GLOBAL PROPERTY TCCODE_X86_32_SAID)
if(NOT _tccode_said)
  set_property(GLOBAL PROPERTY TCCODE_X86_32_SAID TRUE)
  if(TCCODE_X86_32_RUNNER STREQUAL "native")
    message(STATUS "x86-32: programs run natively")
  else()
    message(STATUS "x86-32: programs run under ${TCCODE_X86_32_RUNNER}")
  endif()
endif()
