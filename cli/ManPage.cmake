# Writes eqplan's man page with help2man: the NAME and SYNOPSIS from `eqplan --help`, and a
# COMMANDS section with each command's own help (`eqplan help COMMAND`).
#   cmake -DEQPLAN=path/to/eqplan -DHELP2MAN=path/to/help2man -DOUTPUT=eqplan.1 -P ManPage.cmake
execute_process(COMMAND ${EQPLAN} help OUTPUT_VARIABLE overview RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "eqplan help failed (${result})")
endif()
# The commands: the lines "  NAME ..." under "Commands:".
string(REGEX MATCH "Commands:\n(.*)\n\nOptions every command takes" commands_block "${overview}")
string(REGEX MATCHALL "\n  [a-z-]+" names "\n${CMAKE_MATCH_1}")
set(include "[COMMANDS]\n")
foreach(name IN LISTS names)
    string(STRIP "${name}" name)
    if(name STREQUAL "help")
        continue()
    endif()
    execute_process(COMMAND ${EQPLAN} help ${name} OUTPUT_VARIABLE page RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "eqplan help ${name} failed (${result})")
    endif()
    # Roff: backslashes and hyphens escaped, a line starting with . or ' protected; as laid out.
    string(REPLACE "\\" "\\e" page "${page}")
    string(REPLACE "-" "\\-" page "${page}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" page "${page}")
    string(APPEND include ".SS ${name}\n.nf\n${page}.fi\n")
endforeach()
get_filename_component(folder "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${folder}")
file(WRITE "${OUTPUT}.h2m" "${include}")
execute_process(COMMAND ${HELP2MAN} --no-info --section 1
                        --name "read, update, check and publish a school's Equality Action Plan"
                        --include ${OUTPUT}.h2m --output ${OUTPUT} ${EQPLAN}
                RESULT_VARIABLE result ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man failed: ${error}")
endif()
file(REMOVE "${OUTPUT}.h2m")
