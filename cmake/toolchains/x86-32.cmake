# SPDX-License-Identifier: MIT
# 32-bit x86 with the host's g++ -m32 (Debian: lib32stdc++-12-dev, libc6-dev-i386, lib32gcc-12-dev).
# Debian's gcc-multilib, which conflicts with the s390x cross compiler, adds one thing to these: the
# directory asm/ of the kernel's headers, as /usr/include/asm. The same link is made here, in the
# build tree. Native: the kernel runs the 32-bit programs as they are.
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
