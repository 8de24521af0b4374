# SPDX-License-Identifier: MIT
# clang++ 16 with LLVM's standard library, libc++ 16 (Debian: clang-16, libc++-16-dev,
# libc++abi-16-dev). Native: the programs run as they are.
set(CMAKE_C_COMPILER clang-16)
set(CMAKE_CXX_COMPILER clang++-16)
set(CMAKE_CXX_FLAGS_INIT "-stdlib=libc++")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-stdlib=libc++")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-stdlib=libc++")
