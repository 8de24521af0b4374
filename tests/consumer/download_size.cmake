# SPDX-License-Identifier: MIT
# cmake -DGIT=<git> -DREPOSITORY=<dir> -DWORK=<dir> -DLIMIT=<bytes> -P download_size.cmake
# What a FetchContent consumer downloads, against LIMIT bytes: the archive of a commit (the README's
# way: URL and URL_HASH), and what a clone of the repository (GIT_REPOSITORY) fetches (its .git of one
# commit); each with the size of the tree it gives, in bytes and in files, for information.
function(tree_size dir out_bytes out_files)
  file(GLOB_RECURSE files LIST_DIRECTORIES false "${dir}/*")
  set(bytes 0)
  foreach(file IN LISTS files)
    file(SIZE "${file}" size)
    math(EXPR bytes "${bytes} + ${size}")
  endforeach()
  list(LENGTH files count)
  set(${out_bytes} ${bytes} PARENT_SCOPE)
  set(${out_files} ${count} PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/archive")
file(SIZE "${REPOSITORY}.tar.gz" archive)
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar xzf "${REPOSITORY}.tar.gz" WORKING_DIRECTORY "${WORK}/archive"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the archive does not extract")
endif()
tree_size("${WORK}/archive" archive_tree archive_files)
execute_process(COMMAND "${GIT}" clone -q "file://${REPOSITORY}" "${WORK}/clone" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "git clone failed")
endif()
tree_size("${WORK}/clone/.git" clone_git clone_git_files)
tree_size("${WORK}/clone" clone_tree clone_files)
message(STATUS "archive: ${archive} bytes to download, a tree of ${archive_tree} bytes in ${archive_files} files")
message(STATUS "git clone: ${clone_git} bytes fetched (its .git), a checkout of ${clone_tree} bytes in ${clone_files} files with it")
if(archive GREATER LIMIT OR clone_git GREATER LIMIT)
  message(FATAL_ERROR "download size: more than ${LIMIT} bytes")
endif()
message(STATUS "download size: ok (at most ${LIMIT} bytes)")
