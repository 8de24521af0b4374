# SPDX-License-Identifier: MIT
# cmake -DGIT=<git> -DSOURCE_DIR=<tccode> -DREPOSITORY=<dir> -P make_repository.cmake
# A git repository of the working tree (its tracked files, and new files that are not ignored),
# committed, as a user's mirror of tccode would be; REPOSITORY.commit holds the commit's hash, for
# FetchContent's GIT_TAG. REPOSITORY.tar.gz is the archive of that commit, as a host serves one for
# a commit or a tag (git archive), and REPOSITORY.tar.gz.sha256 its SHA-256, for URL_HASH.
file(REMOVE_RECURSE "${REPOSITORY}")
file(MAKE_DIRECTORY "${REPOSITORY}")
execute_process(COMMAND "${GIT}" -C "${SOURCE_DIR}" ls-files --cached --others --exclude-standard
                OUTPUT_VARIABLE files RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "git ls-files failed in ${SOURCE_DIR}: the source is not a git checkout")
endif()
string(REPLACE "\n" ";" files "${files}")
set(count 0)
foreach(file IN LISTS files)
  if(file AND EXISTS "${SOURCE_DIR}/${file}" AND NOT IS_DIRECTORY "${SOURCE_DIR}/${file}")
    get_filename_component(directory "${REPOSITORY}/${file}" DIRECTORY)
    file(COPY "${SOURCE_DIR}/${file}" DESTINATION "${directory}")
    math(EXPR count "${count} + 1")
  endif()
endforeach()
set(git "${GIT}" -C "${REPOSITORY}" -c user.name=tccode-test -c user.email=tccode-test@localhost
    -c commit.gpgsign=false)
foreach(step "init;-q" "add;-A" "commit;-q;-m;the working tree, for the FetchContent test" "rev-parse;HEAD")
  execute_process(COMMAND ${git} ${step} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "git ${step} failed: ${errors}")
  endif()
endforeach()
file(WRITE "${REPOSITORY}.commit" "${output}")
execute_process(COMMAND ${git} archive --format=tar.gz --prefix=tccode/ -o "${REPOSITORY}.tar.gz" HEAD
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "git archive failed: ${errors}")
endif()
file(SHA256 "${REPOSITORY}.tar.gz" hash)
file(WRITE "${REPOSITORY}.tar.gz.sha256" "${hash}")
file(SIZE "${REPOSITORY}.tar.gz" archive_size)
message(STATUS "${count} files committed to ${REPOSITORY} as ${output}; the archive has ${archive_size} bytes")
