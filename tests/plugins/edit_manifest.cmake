# cmake -DIN=<manifest> -DOUT=<manifest> -DEDITS=<file> -P edit_manifest.cmake
# Replaces whole "key = value" lines of a generated plugin manifest with the
# lines of EDITS (same key). A key that is not in the manifest is an error,
# so a test plugin cannot silently stop testing what it claims to.
file(STRINGS ${EDITS} edits)
file(READ ${IN} text)
foreach(edit IN LISTS edits)
  if(edit STREQUAL "")
    continue()
  endif()
  if(NOT edit MATCHES "^([a-z_]+) = ")
    message(FATAL_ERROR "edit_manifest: '${edit}' is not a 'key = value' line")
  endif()
  set(key ${CMAKE_MATCH_1})
  if(NOT text MATCHES "(^|\n)${key} = [^\n]*")
    message(FATAL_ERROR "edit_manifest: ${IN} has no '${key}' line")
  endif()
  string(REGEX REPLACE "(^|\n)${key} = [^\n]*" "\\1${edit}" text "${text}")
endforeach()
file(WRITE ${OUT} "# Edited after generation by tests/plugins/edit_manifest.cmake: this manifest\n# disagrees with its library on purpose.\n${text}")
